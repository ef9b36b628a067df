package io.anxin.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.InFlightLimit;
import io.anxin.core.engine.Lease;
import io.anxin.core.message.Channel;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import io.anxin.core.redis.RedisAttachmentStore;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisHumanDesk;
import io.anxin.core.redis.RedisOutbox;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.redis.RedisTurnStore;
import io.anxin.core.redis.RedisEscalationLog;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.testing.TestScripts;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A letter is marked done only after it is persisted: an instance that fails or crashes in between leaves it unseen,
 * and reading it again (by the same instance or another, or by two at once) answers it exactly once. Also what the
 * reader keeps (attachments) and holds back (answers over the per-sender limit), against GreenMail's IMAP.
 */
class MailboxRecoveryIT {

    private static final String SUPPORT = "kefu@bank.example";
    private static final String COMPLAINT = "你们网点柜员的态度太差了，我要投诉。";

    private static GreenMail mail;
    private static final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    private static final RedisConversationStore conversations = new RedisConversationStore(TestEngine.redis());
    private static final RedisTurnStore turns = new RedisTurnStore(TestEngine.redis(), Duration.ofDays(30));
    private static final RedisOutbox outbox = new RedisOutbox(TestEngine.redis());
    private static final EmailProperties.Mailbox box = new EmailProperties.Mailbox("kefu",
            new EmailProperties.Server("127.0.0.1", 1, false, "kefu", "secret"), "INBOX", null, SUPPORT, null, false);
    private static final EmailProperties settings = new EmailProperties(List.of(box), 10, Duration.ofHours(1),
            Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofSeconds(1));
    /** The engine with a short lease wait: a held conversation fails the turn in a moment, not in ten seconds. */
    private static final ConversationEngine engine = new ConversationEngine(conversations,
            new RedisTicketStore(TestEngine.redis()), turns, new RedisEscalationLog(TestEngine.redis()),
            TestEngine.milestoneTimers(), TestEngine.afterRegistration(clock), TestEngine.followUp(clock),
            new RedisHumanDesk(TestEngine.redis()), new FixedTriager().complaint(COMPLAINT, 1), TestScripts.library(),
            TestEngine.NO_KNOWLEDGE, TestEngine.POLICY, clock,
            new ConversationEngine.Timing(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofMillis(15)),
            InFlightLimit.NONE);
    private static final RedisAttachmentStore attachments = new RedisAttachmentStore(TestEngine.redis(), 1 << 20);
    private static final MailIntake intake = new MailIntake(conversations, new RedisTicketStore(TestEngine.redis()),
            attachments, outbox, new MailThreads(TestEngine.redis()), settings, clock);

    @BeforeAll
    static void start() throws IOException {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(SUPPORT, "kefu", "secret"));
        mail.start();
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One instance's connection to the mailbox, reading without marking (peek), as the watcher's. */
    private static Folder inbox() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.peek", "true");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", mail.getImap().getPort(), "kefu", "secret");
        Folder folder = store.getFolder("INBOX");
        folder.open(Folder.READ_WRITE);
        return folder;
    }

    private static String send() throws Exception {
        return send("c" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example");
    }

    private static String send(String customer) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        MimeMessage letter = new MimeMessage(Session.getInstance(properties));
        letter.setFrom(new InternetAddress(customer));
        letter.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        letter.setText(COMPLAINT, "UTF-8");
        Transport.send(letter);
        return customer;
    }

    private static Message[] unseen(Folder folder) throws Exception {
        return folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
    }

    private static MailboxWatcher instance() {
        return new MailboxWatcher(box, engine, intake, settings, clock);
    }

    /** The answers queued for the customer (taken from the outbox: no courier runs here). */
    private static List<OutboundMessage> answersTo(String customer) {
        return outbox.take("test", 1000).map(parcel -> parcel.message())
                .filter(m -> m.recipient() instanceof Recipient.Customer c && c.customerId().equals(customer))
                .collectList().block();
    }

    private static Conversation conversationOf(String customer) {
        ConversationId id = conversations.idFor(Channel.EMAIL, customer).block();
        return conversations.find(id).block();
    }

    @Test
    void a_letter_whose_turn_failed_before_it_was_persisted_stays_unseen_and_is_answered_when_read_again()
            throws Exception {
        String customer = send();
        Folder folder = inbox();
        // another instance holds the conversation for longer than a turn waits: the engine persists nothing
        Lease held = turns.tryLease(conversations.idFor(Channel.EMAIL, customer).block(), Duration.ofSeconds(30)).block();

        assertThat(instance().drain(folder)).isEqualTo(MailboxWatcher.Drained.FAILED);
        assertThat(unseen(folder)).hasSize(1);
        assertThat(conversations.find(conversations.idFor(Channel.EMAIL, customer).block()).blockOptional()).isEmpty();

        turns.release(held).block();
        assertThat(instance().drain(folder)).isEqualTo(MailboxWatcher.Drained.SOME);

        assertThat(unseen(folder)).isEmpty();
        assertThat(conversationOf(customer).turns()).isEqualTo(1);
        assertThat(conversationOf(customer).lastTicket()).isNotNull();
        assertThat(answersTo(customer)).singleElement()
                .satisfies(answer -> assertThat(answer.replies().get(0).text()).isNotBlank());
        folder.getStore().close();
    }

    @Test
    void a_letter_persisted_by_an_instance_that_crashed_before_marking_it_is_answered_once_though_two_read_it_again()
            throws Exception {
        String customer = send();
        Folder crashed = inbox();
        // the instance that crashed: it took the letter in, and died before it could mark it \Seen
        Message letter = unseen(crashed)[0];
        intake.take("kefu", engine, LetterReader.read(new MimeMessage((MimeMessage) letter), clock.instant())).block();
        crashed.getStore().close();

        // two instances on the mailbox read it again at the same time
        Folder first = inbox();
        Folder second = inbox();
        CompletableFuture<MailboxWatcher.Drained> one = CompletableFuture.supplyAsync(() -> drain(first));
        CompletableFuture<MailboxWatcher.Drained> two = CompletableFuture.supplyAsync(() -> drain(second));
        assertThat(List.of(one.join(), two.join())).doesNotContain(MailboxWatcher.Drained.FAILED);

        assertThat(unseen(first)).isEmpty();
        assertThat(conversationOf(customer).turns()).isEqualTo(1);
        assertThat(answersTo(customer)).hasSize(1);
        first.getStore().close();
        second.getStore().close();
    }

    @Test
    void a_sender_not_recognised_as_a_robot_still_gets_no_more_automatic_answers_than_the_limit() throws Exception {
        String robot = send();
        for (int i = 1; i < settings.autoReplyLimit() + 2; i++) {
            send(robot);
        }
        Folder folder = inbox();
        assertThat(instance().drain(folder)).isEqualTo(MailboxWatcher.Drained.SOME);

        assertThat(unseen(folder)).isEmpty();
        assertThat(conversationOf(robot).turns()).as("every letter is still handled").isEqualTo(settings.autoReplyLimit() + 2);
        assertThat(answersTo(robot)).hasSize(settings.autoReplyLimit());
        folder.getStore().close();
    }

    @Test
    void the_answer_mailed_through_the_outbox_is_not_written_into_the_transcript_a_second_time() throws Exception {
        String customer = send();
        Folder folder = inbox();
        instance().drain(folder);
        Conversation conversation = conversationOf(customer);
        long lines = conversations.transcript(conversation.id()).count().block();

        outbox.take("test", 1000).filter(p -> p.message().recipient() instanceof Recipient.Customer c
                        && c.customerId().equals(customer))
                .concatMap(parcel -> outbox.delivered(parcel, clock.instant())).blockLast();

        assertThat(conversations.transcript(conversation.id()).count().block()).isEqualTo(lines);
        folder.getStore().close();
    }

    @Test
    void attachments_are_kept_on_the_conversation_and_one_over_the_size_limit_is_left_out_without_losing_the_letter()
            throws Exception {
        String customer = "c" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        MimeMessage letter = new MimeMessage(Session.getInstance(properties));
        letter.setFrom(new InternetAddress(customer));
        letter.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText(COMPLAINT, "UTF-8");
        jakarta.mail.internet.MimeBodyPart receipt = new jakarta.mail.internet.MimeBodyPart();
        receipt.setContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        receipt.setFileName(jakarta.mail.internet.MimeUtility.encodeText("回单.png", "UTF-8", "B"));
        receipt.setDisposition("attachment");
        jakarta.mail.internet.MimeBodyPart video = new jakarta.mail.internet.MimeBodyPart();
        video.setContent(new byte[(1 << 20) + 1], "application/octet-stream");
        video.setFileName("video.mp4");
        video.setDisposition("attachment");
        letter.setContent(new jakarta.mail.internet.MimeMultipart("mixed", text, receipt, video));
        Transport.send(letter);
        Folder folder = inbox();

        assertThat(instance().drain(folder)).isEqualTo(MailboxWatcher.Drained.SOME);

        Conversation conversation = conversationOf(customer);
        assertThat(attachments.of(conversation.id()).collectList().block()).singleElement().satisfies(kept -> {
            assertThat(kept.fileName()).isEqualTo("回单.png");
            assertThat(kept.contentType()).isEqualTo("image/png");
            assertThat(attachments.content(conversation.id(), kept.id()).block()).containsExactly(0x89, 'P', 'N', 'G');
        });
        assertThat(conversation.lastTicket()).isNotNull();
        assertThat(answersTo(customer)).hasSize(1);
        folder.getStore().close();
    }

    private static MailboxWatcher.Drained drain(Folder folder) {
        try {
            return instance().drain(folder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
