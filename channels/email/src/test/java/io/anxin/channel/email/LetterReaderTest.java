package io.anxin.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Letters as Chinese and Western mail clients write them, read into what the engine gets. */
class LetterReaderTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    /** The raw bytes a mail client would send, parsed back as the IMAP reader does. */
    private static MimeMessage raw(String headers, byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(headers.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void a_letter_labelled_gb2312_with_characters_only_gbk_has_is_read_without_garbling() throws Exception {
        // 镕 and 喆 are in GBK but not in GB2312: clients label such letters GB2312 all the same
        byte[] body = "朱镕基路的网点，柜员陶喆态度很差。".getBytes(Charset.forName("GBK"));
        MimeMessage mail = raw("""
                From: =?GBK?B?1cXPyMn6?= <zhang@customer.example>
                To: kefu@bank.example
                Subject: =?GB2312?B?zbbL3w==?=
                Message-ID: <abc123@customer.example>
                Content-Type: text/plain; charset=gb2312
                Content-Transfer-Encoding: 8bit
                """, body);

        Letter letter = LetterReader.read(mail, NOW);

        assertThat(letter.text()).isEqualTo("朱镕基路的网点，柜员陶喆态度很差。");
        assertThat(letter.subject()).isEqualTo("投诉");
        assertThat(letter.from()).isEqualTo("zhang@customer.example");
        assertThat(letter.messageId()).isEqualTo("abc123@customer.example");
        assertThat(letter.automatic()).isNull();
    }

    @Test
    void an_html_letter_is_reduced_to_its_words_without_scripts_styles_or_the_quoted_history() throws Exception {
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setFrom(new InternetAddress("li@customer.example"));
        mail.setSubject("回复：[C-202611-0042] 您的来信", "UTF-8");
        mail.setText("<html><head><style>p{color:red}</style></head><body><p>我的卡号是后四位1234，</p>"
                + "<p>昨天又被扣了<b>200元</b>。<script>steal()</script></p>"
                + "<div class=\"gmail_quote\">On Mon wrote:<blockquote>尊敬的客户：您好！</blockquote></div>"
                + "</body></html>", "GB18030", "html");
        mail.saveChanges();

        Letter letter = LetterReader.read(new MimeMessage(mail), NOW);

        assertThat(letter.text()).isEqualTo("我的卡号是后四位1234，\n昨天又被扣了200元。");
    }

    @Test
    void quoted_history_and_signatures_are_stripped_from_plain_text() {
        assertThat(Quotes.strip("""
                钱已经到账了，谢谢。

                --
                王女士
                13800138000
                """)).isEqualTo("钱已经到账了，谢谢。");
        assertThat(Quotes.strip("""
                还是没有人联系我。
                发自我的iPhone

                ------------------ 原始邮件 ------------------
                发件人: "客服中心"<kefu@bank.example>
                您反映的问题已登记为投诉
                """)).isEqualTo("还是没有人联系我。");
        assertThat(Quotes.strip("""
                Still nothing.

                On Mon, 23 Nov 2026 at 10:00, Customer Service <kefu@bank.example> wrote:
                > Your complaint has been registered
                """)).isEqualTo("Still nothing.");
    }

    @Test
    void a_plain_part_is_preferred_to_its_html_alternative_and_files_are_kept_apart() throws Exception {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("请看附件里的截图。", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>请看<b>附件</b>里的截图。</p>", "UTF-8", "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternative);
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(new byte[] {1, 2, 3}, "image/png");
        file.setFileName("../../截图.png");
        file.setDisposition("attachment");
        MimeMultipart mixed = new MimeMultipart("mixed", text, file);
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setFrom(new InternetAddress("wang@customer.example"));
        mail.setContent(mixed);
        mail.saveChanges();

        Letter letter = LetterReader.read(new MimeMessage(mail), NOW);

        assertThat(letter.text()).isEqualTo("请看附件里的截图。");
        assertThat(letter.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("截图.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.content()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void mail_written_by_machines_is_recognised_and_a_persons_letter_is_not() throws Exception {
        assertThat(reason("Auto-Submitted: auto-replied\n", "a@x.example", "Re: 投诉")).isEqualTo("Auto-Submitted: auto-replied");
        assertThat(reason("Auto-Submitted: no\n", "a@x.example", "投诉")).isNull();
        assertThat(reason("Precedence: bulk\n", "a@x.example", "Newsletter")).isEqualTo("Precedence: bulk");
        assertThat(reason("X-Autoreply: yes\n", "a@x.example", "Re: 投诉")).isEqualTo("X-Autoreply");
        assertThat(reason("", "MAILER-DAEMON@x.example", "Delivery failure")).isEqualTo("sender mailer-daemon");
        assertThat(reason("", "postmaster@x.example", "邮件")).isEqualTo("sender postmaster");
        assertThat(reason("", "a@x.example", "自动回复：您的来信")).isEqualTo("subject of an automatic reply");
        assertThat(reason("", "a@x.example", "Automatic reply: Your letter")).isEqualTo("subject of an automatic reply");
        assertThat(reason("", "a@x.example", "Out of Office: Re: [C-202611-0001]")).isEqualTo("subject of an automatic reply");
        assertThat(reason("", "a@x.example", "休假期间信用卡被盗刷")).isNull();
        assertThat(reason("", "a@x.example", "投诉：自动回复说会有人联系，结果没有")).isNull();
    }

    private static String reason(String headers, String from, String subject) throws Exception {
        MimeMessage mail = raw("From: " + from + "\nSubject: " + javax(subject) + "\n" + headers
                + "Content-Type: text/plain; charset=UTF-8\n", "正文".getBytes(StandardCharsets.UTF_8));
        return LetterReader.read(mail, NOW).automatic();
    }

    private static String javax(String subject) throws Exception {
        return jakarta.mail.internet.MimeUtility.encodeText(subject, "UTF-8", "B");
    }

    @Test
    void a_message_id_too_long_for_an_inbound_id_is_hashed_the_same_way_every_time() {
        String longId = "<" + "x".repeat(300) + "@customer.example>";
        assertThat(LetterReader.messageId(longId)).startsWith("sha256:").hasSize(71)
                .isEqualTo(LetterReader.messageId(longId));
        assertThat(LetterReader.messageId("<a1@b.example>")).isEqualTo("a1@b.example");
    }
}
