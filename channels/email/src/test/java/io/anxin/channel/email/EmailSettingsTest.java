package io.anxin.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings an operator gets wrong are named precisely at start-up. */
class EmailSettingsTest {

    private static EmailProperties.Mailbox box(String id, EmailProperties.Server imap, String from) {
        return new EmailProperties.Mailbox(id, imap, "INBOX", null, from, null, true);
    }

    private static final EmailProperties.Server IMAP = new EmailProperties.Server("imap.exmail.qq.com", 993, true,
            "kefu@bank.example", "app-password");

    @Test
    void good_settings_have_no_problems() {
        assertThat(new EmailProperties(List.of(box("kefu", IMAP, "kefu@bank.example")), 10, Duration.ofHours(1),
                Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(10)).problems()).isEmpty();
    }

    @Test
    void each_problem_names_its_property() {
        EmailProperties settings = new EmailProperties(List.of(
                box("kefu", IMAP, "kefu@bank.example"),
                box("kefu", new EmailProperties.Server("", 0, true, null, null), "not an address"),
                box("Big Box", null, "x@bank.example")), 0, Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(40),
                Duration.ofSeconds(10));

        assertThat(settings.problems()).containsExactly(
                "anxin.channels.email.mailboxes[1].id 'kefu' names two mailboxes",
                "anxin.channels.email.mailboxes[1].imap.host is missing",
                "anxin.channels.email.mailboxes[1].imap.port must be 1 to 65535, was 0",
                "anxin.channels.email.mailboxes[1].imap.user is missing",
                "anxin.channels.email.mailboxes[1].from must be the address answers come from, e.g. kefu@example.com",
                "anxin.channels.email.mailboxes[2].id must be 1 to 32 lower-case letters, digits or '-', was 'Big Box'",
                "anxin.channels.email.mailboxes[2].imap is missing: host, port, ssl, user and password of the mailbox's server",
                "anxin.channels.email.auto-reply-limit must be at least 1, was 0",
                "anxin.channels.email.poll-every must be positive, was PT0S",
                "anxin.channels.email.idle-recycle must be at most 29 minutes (RFC 2177), was PT40M");
    }

    @Test
    void the_subject_answers_the_letters_own_subject_without_its_reply_prefix_or_an_old_number() {
        MailThreads.Thread thread = new MailThreads.Thread("kefu", "回复：[C-202611-0042] 投诉：提现未到账", "<a@b>", "<a@b>");
        assertThat(EmailCourier.subject(thread, null, io.anxin.core.message.Lang.ZH_HANS)).isEqualTo("Re: 投诉：提现未到账");
        assertThat(EmailCourier.subject(null, null, io.anxin.core.message.Lang.EN)).isEqualTo("Your letter");
    }
}
