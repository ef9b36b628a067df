package io.anxin.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips what the customer did not write for this letter from its plain text: the quoted history that replies
 * carry below (or above) the new words, and the signature. Triage then reads only the new words: an old
 * acknowledgement quoted below a reply must not be taken for the customer's complaint again.
 */
final class Quotes {

    /** A line where the quoted history starts: everything from it on is the earlier letters. */
    private static final Pattern HISTORY = Pattern.compile(String.join("|",
            "^-{2,}\\s*(Original Message|Forwarded message|原始邮件|原始郵件|回复的原邮件|转发的邮件)\\s*-{2,}.*",
            "^_{10,}\\s*$",
            "^On .{4,200}wrote:\\s*$",
            "^在\\s?.{4,200}(写道|寫道)[:：]\\s*$",
            "^.{4,200}于.{4,100}(写道|寫道)[:：]\\s*$",
            "^(发件人|寄件者|From)\\s*[:：].+$",
            "^Le .{4,200} a écrit\\s*:\\s*$"), Pattern.CASE_INSENSITIVE);

    /** A line where the signature starts: the usual "-- " delimiter, and what phones and webmail add. */
    private static final Pattern SIGNATURE = Pattern.compile(String.join("|",
            "^--\\s?$",
            "^(Sent from|Get Outlook for) .{1,60}$",
            "^发自我的.{1,30}$",
            "^(发自|來自|来自|发送自)\\s?.{0,20}(邮箱|郵箱|邮件|Mail|iPhone|iPad|Android|手机|手機).{0,20}$"),
            Pattern.CASE_INSENSITIVE);

    private Quotes() {}

    static String strip(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (HISTORY.matcher(trimmed).matches() && !kept.stream().allMatch(String::isBlank)) {
                break;
            }
            if (SIGNATURE.matcher(line).matches() || SIGNATURE.matcher(trimmed).matches()) {
                break;
            }
            if (trimmed.startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        String stripped = String.join("\n", kept).replaceAll("\\n{3,}", "\n\n").strip();
        // A letter that is all quote (a bare forward) keeps its text: the customer sent it for a reason.
        return stripped.isEmpty() ? text.strip() : stripped;
    }
}
