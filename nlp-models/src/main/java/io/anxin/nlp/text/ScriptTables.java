package io.anxin.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Traditional-to-simplified character table derived from OpenCC. Indexed by char because every
 * entry is in the BMP and lookups run for every character of every message.
 */
final class ScriptTables {

    private static final String RESOURCE = "/io/anxin/nlp/text/opencc-chars.txt";
    private static final ScriptTables INSTANCE = load();

    private final char[] toSimplified = new char[Character.MAX_VALUE + 1];
    private final boolean[] traditionalOnly = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] simplifiedOnly = new boolean[Character.MAX_VALUE + 1];

    private ScriptTables() {}

    static ScriptTables get() {
        return INSTANCE;
    }

    char simplify(char c) {
        char mapped = toSimplified[c];
        return mapped == 0 ? c : mapped;
    }

    boolean isTraditionalOnly(char c) {
        return traditionalOnly[c];
    }

    boolean isSimplifiedOnly(char c) {
        return simplifiedOnly[c];
    }

    private static ScriptTables load() {
        ScriptTables tables = new ScriptTables();
        try (InputStream in = Objects.requireNonNull(
                        ScriptTables.class.getResourceAsStream(RESOURCE), RESOURCE + " missing");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts[0].equals("S")) {
                    for (char c : parts[1].toCharArray()) {
                        tables.simplifiedOnly[c] = true;
                    }
                } else {
                    char traditional = parts[0].charAt(0);
                    tables.toSimplified[traditional] = parts[1].charAt(0);
                    tables.traditionalOnly[traditional] = parts[2].equals("1");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}
