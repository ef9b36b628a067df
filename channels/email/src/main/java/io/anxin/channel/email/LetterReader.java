package io.anxin.channel.email;

import io.anxin.core.message.InboundMessage;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a MIME message into a {@link Letter}: the sender, the threading headers, the text the customer wrote (plain
 * text preferred, else the HTML's text; quoted history and signature stripped) and the attached files.
 */
final class LetterReader {

    /**
     * Chinese letters are often labelled GB2312 (or GBK) while using characters only GBK or GB18030 have; GB18030
     * contains both, so reading them as GB18030 never garbles a character the label undersold.
     */
    private static final Set<String> GB = Set.of("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "ms936",
            "windows-936", "euc-cn", "x-euc-cn", "csgb2312", "gb18030", "hz-gb-2312");

    private LetterReader() {}

    static Letter read(MimeMessage mail, Instant readAt) throws MessagingException, IOException {
        String from = sender(mail);
        String subject = subject(mail);
        String raw = mail.getHeader("Message-ID", null);
        Body body = new Body();
        walk(mail, body, true);
        String text = body.plain.isEmpty() ? (body.html.isEmpty() ? "" : HtmlText.of(String.join("\n", body.html)))
                : String.join("\n", body.plain);
        text = Quotes.strip(text);
        Instant sent = mail.getSentDate() != null ? mail.getSentDate().toInstant() : readAt;
        String rawId = raw != null && !raw.isBlank() ? raw.strip() : "<" + fingerprint(from, subject, sent, text) + "@anxin.local>";
        return new Letter(messageId(rawId), rawId, from, subject, replyTo(mail), text, body.files,
                AutomaticMail.reason(mail, from, subject), sent);
    }

    /**
     * The Message-ID as an inbound message id: without its angle brackets, or hashed when longer than an id may be
     * (the engine de-duplicates by it, so the same letter must always give the same id).
     */
    static String messageId(String raw) {
        String id = raw.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        if (id.isBlank() || id.length() > InboundMessage.MAX_ID_LENGTH || id.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            return "sha256:" + sha256(raw.strip());
        }
        return id;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A letter without a Message-ID (rare, but allowed) is known by what it says, which a re-read gives again. */
    private static String fingerprint(@Nullable String from, String subject, Instant sent, String text) {
        return sha256(from + "\n" + subject + "\n" + sent + "\n" + text).substring(0, 40);
    }

    private static @Nullable String sender(MimeMessage mail) throws MessagingException {
        Address[] replyTo = null;
        try {
            replyTo = mail.getReplyTo();
        } catch (MessagingException e) {
            // a malformed Reply-To: answer the From
        }
        Address[] candidates = replyTo != null && replyTo.length > 0 ? replyTo : mail.getFrom();
        if (candidates == null) {
            return null;
        }
        for (Address address : candidates) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                String email = internet.getAddress().strip().toLowerCase(Locale.ROOT);
                if (email.matches("[^@\\s<>]+@[^@\\s<>]+") && email.length() <= InboundMessage.MAX_ID_LENGTH) {
                    return email;
                }
            }
        }
        return null;
    }

    private static String subject(MimeMessage mail) throws MessagingException {
        String raw = mail.getHeader("Subject", null);
        if (raw == null) {
            return "";
        }
        try {
            return decodeWords(MimeUtility.unfold(raw)).strip();
        } catch (RuntimeException e) {
            return raw.strip();
        }
    }

    /** Encoded words (=?GBK?B?…?=) with the GB labels read as GB18030, like the bodies. */
    private static String decodeWords(String raw) {
        String relabelled = java.util.regex.Pattern.compile("=\\?([^?]+)\\?").matcher(raw).replaceAll(m ->
                "=?" + (GB.contains(m.group(1).toLowerCase(Locale.ROOT)) ? "GB18030" : m.group(1)) + "?");
        try {
            return MimeUtility.decodeText(relabelled);
        } catch (java.io.UnsupportedEncodingException e) {
            return raw;
        }
    }

    private static List<String> replyTo(MimeMessage mail) throws MessagingException {
        List<String> ids = new ArrayList<>();
        String inReplyTo = mail.getHeader("In-Reply-To", " ");
        if (inReplyTo != null) {
            ids.addAll(ids(inReplyTo));
        }
        String references = mail.getHeader("References", " ");
        if (references != null) {
            List<String> refs = ids(references);
            for (int i = refs.size() - 1; i >= 0; i--) {
                if (!ids.contains(refs.get(i))) {
                    ids.add(refs.get(i));
                }
            }
        }
        return ids.size() > 50 ? ids.subList(0, 50) : ids;
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<[^<>\\s]+>").matcher(header);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    private static final class Body {
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<Letter.Attached> files = new ArrayList<>();
    }

    private static void walk(Part part, Body body, boolean top) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (part.getFileName() != null && !top);
        if (part.isMimeType("multipart/alternative") && part.getContent() instanceof Multipart alternatives) {
            // the same text twice: the plain one if there is one
            Part chosen = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart p = alternatives.getBodyPart(i);
                if (p.isMimeType("text/plain") || chosen == null) {
                    chosen = p;
                }
            }
            if (chosen != null) {
                walk(chosen, body, false);
            }
        } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), body, false);
            }
        } else if (!attached && part.isMimeType("text/plain")) {
            body.plain.add(decode(part));
        } else if (!attached && part.isMimeType("text/html")) {
            body.html.add(decode(part));
        } else if (!part.isMimeType("multipart/*")) {
            byte[] content;
            try (InputStream in = part.getInputStream()) {
                content = in.readAllBytes();
            }
            body.files.add(new Letter.Attached(fileName(part, body.files.size()), mimeType(part), content));
        }
    }

    private static String fileName(Part part, int index) {
        String name = null;
        try {
            name = part.getFileName();
            if (name != null) {
                name = decodeWords(name);
            }
        } catch (MessagingException | RuntimeException e) {
            // a name that cannot be read: the file is still kept
        }
        if (name == null || name.isBlank()) {
            return "attachment-" + (index + 1);
        }
        // a name, never a path
        name = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "attachment-" + (index + 1) : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String mimeType(Part part) {
        try {
            String base = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            return base.matches("[\\w.+-]+/[\\w.+-]+") ? base : "application/octet-stream";
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** The part's text in its declared charset (GB labels as GB18030); undeclared: UTF-8 if it is valid, else GB18030. */
    static String decode(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String declared = null;
        try {
            declared = new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            // unreadable Content-Type: guessed below
        }
        Charset charset = charset(declared);
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static @Nullable Charset charset(@Nullable String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (GB.contains(name)) {
            return Charset.forName("GB18030");
        }
        if (name.equals("us-ascii") || name.equals("ascii")) {
            return null; // often a lie: guessed from the bytes
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
