package io.anxin.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates what a careless or hostile sender might send in place of a request body or a frame: a seeded generator,
 * so that a failure names the seed that reproduces it. Each value is drawn from shapes that have broken parsers
 * before: wrong types, empty and huge strings, control characters and lone surrogates, invalid UTF-8, truncation,
 * deep nesting, bodies over the size limit, stray bytes.
 */
final class Garbage {

    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "\t\n\r", "null", "\"", "\\", "\uD800",
            "\uDFFF", "😀😀😀", "\u202Egnp.exe", "<script>alert(1)</script>", "' OR 1=1 --", "%00%ff", "../../etc/passwd",
            "投诉\u0000投诉", "保证退款", "{{7*7}}", "${jndi:ldap://127.0.0.1/x}", "\uFEFF");

    private final Random random;

    Garbage(long seed) {
        this.random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A string value: odd, random code points, or long (up to several times the 4,000-character limit). */
    String text() {
        return switch (random.nextInt(6)) {
            case 0 -> ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
            case 1 -> "好".repeat(1 + random.nextInt(9000));
            case 2 -> randomCodePoints(1 + random.nextInt(60));
            case 3 -> "x".repeat(random.nextInt(200));
            default -> "我的卡被扣了钱" + randomCodePoints(random.nextInt(10));
        };
    }

    /** Any JSON value, with {@code depth} levels of nesting at most. */
    String value(int depth) {
        int pick = random.nextInt(depth > 0 ? 9 : 7);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> random.nextBoolean() ? "1e309" : "-0.0000001";
            case 4, 5, 6 -> quote(text());
            case 7 -> "[" + value(depth - 1) + "," + value(depth - 1) + "]";
            default -> "{\"a\":" + value(depth - 1) + "}";
        };
    }

    /** A JSON object with the given fields (each present or not, well typed or not) and perhaps an unknown one. */
    String object(Map<String, String> wellFormed) {
        StringBuilder json = new StringBuilder("{");
        wellFormed.forEach((field, good) -> {
            if (random.nextInt(6) == 0) {
                return;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(field)).append(':').append(random.nextInt(3) == 0 ? value(2) : quote(good));
        });
        if (random.nextInt(5) == 0) {
            json.append(json.length() > 1 ? "," : "").append(quote(text())).append(':').append(value(1));
        }
        return json.append('}').toString();
    }

    /** A body: mostly an object as above, often broken on purpose. */
    byte[] body(Map<String, String> wellFormed) {
        String object = object(wellFormed);
        byte[] utf8 = object.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(10)) {
            case 0 -> java.util.Arrays.copyOf(utf8, random.nextInt(utf8.length + 1)); // truncated
            case 1 -> invalidUtf8(utf8);
            case 2 -> randomBytes(random.nextInt(300));
            case 3 -> ("[".repeat(2000 + random.nextInt(3000)) + "]".repeat(10)).getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"text\":\"" + "字".repeat(30_000) + "\"}").getBytes(StandardCharsets.UTF_8); // over 64 KB
            case 5 -> (object + (random.nextBoolean() ? "}}garbage" : "\u0000")).getBytes(StandardCharsets.UTF_8);
            case 6 -> ("\uFEFF" + object).getBytes(StandardCharsets.UTF_8);
            default -> utf8;
        };
    }

    /** The bytes with an invalid UTF-8 sequence spliced in (a lone continuation byte, an overlong form, a surrogate). */
    byte[] invalidUtf8(byte[] utf8) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                {(byte) 0xE4, (byte) 0xBD}};
        int at = utf8.length == 0 ? 0 : random.nextInt(utf8.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    String hex(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private String randomCodePoints(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x4E00 + random.nextInt(0x5000);
                case 2 -> 0x1F300 + random.nextInt(0x300);
                default -> random.nextInt(0x110000);
            };
            if (Character.isValidCodePoint(cp)) {
                text.appendCodePoint(cp);
            }
        }
        return text.toString();
    }

    /** A JSON string literal of any text, escaped as JSON requires (lone surrogates pass as \\u escapes). */
    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
