package io.anxin.channel.email;

import io.anxin.core.attachment.Attachment;
import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.attachment.AttachmentTooLargeException;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.Answer;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.privacy.PersonalData;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: take one letter from a mailbox into its conversation. Finds the conversation (by the thread, then the
 * ticket number in the subject, then the sender), keeps the attachments, lets the engine handle the text, and posts
 * the engine's answer to the outbox, from which the courier mails it: a failed SMTP server then delays the answer
 * and never loses it. Every step can run again for the same letter without doing anything twice, so the mailbox
 * marks the letter done only after this has completed.
 */
final class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    /** The purpose of the engine's own answer in the outbox: its lines are in the transcript already. */
    static final String ANSWER = OutboundMessage.ANSWER;

    private static final Pattern TICKET = Pattern.compile("\\[\\s*([CSQ]-\\d{6}-\\d{4,9})\\s*]");

    private final ConversationStore conversations;
    private final TicketStore tickets;
    private final AttachmentStore attachments;
    private final Outbox outbox;
    private final MailThreads threads;
    private final EmailProperties settings;
    private final Clock clock;

    MailIntake(ConversationStore conversations, TicketStore tickets, AttachmentStore attachments, Outbox outbox,
            MailThreads threads, EmailProperties settings, Clock clock) {
        this.conversations = conversations;
        this.tickets = tickets;
        this.attachments = attachments;
        this.outbox = outbox;
        this.threads = threads;
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes the letter in; completes once all is persisted and the answer queued (or none is due). */
    Mono<Void> take(String mailbox, ConversationEngine engine, Letter letter) {
        if (letter.automatic() != null) {
            log.info("mailbox {}: letter {} is automatic mail ({}): not answered", mailbox, masked(letter), letter.automatic());
            return Mono.empty();
        }
        String sender = letter.from();
        if (sender == null) {
            log.warn("mailbox {}: letter {} has no sender address that could be answered: left unanswered", mailbox,
                    masked(letter));
            return Mono.empty();
        }
        return customerOf(letter, sender).flatMap(customer -> conversations.idFor(Channel.EMAIL, customer)
                .flatMap(conversation -> keep(conversation, letter)
                        .flatMap(text -> engine.handle(new InboundMessage(Channel.EMAIL, letter.messageId(), customer,
                                text, null, clock.instant())))
                        .flatMap(answer -> threads.belongs(letter.rawMessageId(), customer)
                                .then(threads.received(answer.conversationId(), mailbox, letter))
                                .then(answer(mailbox, letter, customer, sender, answer)))));
    }

    /**
     * The customer whose conversation the letter continues: the thread it answers (our Message-IDs are random, so
     * they cannot be guessed), else the e-mail ticket named in its subject, else the sender. Whatever is found, the
     * answers go to the conversation's own address, never to a new sender: a guessed ticket number reveals nothing.
     */
    private Mono<String> customerOf(Letter letter, String sender) {
        return threads.customerOf(letter.replyTo())
                .switchIfEmpty(Mono.defer(() -> byTicket(letter.subject())))
                .defaultIfEmpty(sender);
    }

    private Mono<String> byTicket(String subject) {
        Matcher m = TICKET.matcher(subject);
        if (!m.find()) {
            return Mono.empty();
        }
        TicketNumber number;
        try {
            number = TicketNumber.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            return Mono.empty();
        }
        return tickets.find(number)
                .filter(ticket -> ticket.channel() == Channel.EMAIL)
                .flatMap(ticket -> conversations.find(ticket.conversationId()))
                .map(conversation -> conversation.customerId());
    }

    /**
     * Keeps the attachments on the conversation, and a letter longer than a message may be as a file too (its text
     * cut for triage, with a note that the whole letter is attached): nothing the customer sent is lost.
     *
     * @return the text for the engine
     */
    private Mono<String> keep(ConversationId conversation, Letter letter) {
        List<Letter.Attached> files = new ArrayList<>(letter.attachments());
        String text = text(letter);
        if (text.codePointCount(0, text.length()) > InboundMessage.MAX_TEXT_LENGTH) {
            files.add(new Letter.Attached("letter.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
            String note = "\n[…全文见附件 letter.txt / full letter attached]";
            text = text.substring(0, text.offsetByCodePoints(0, InboundMessage.MAX_TEXT_LENGTH - note.length())) + note;
        }
        String forEngine = text;
        String prefix = "mail-" + LetterReader.sha256(letter.messageId()).substring(0, 24) + "-";
        return Flux.range(0, files.size())
                .concatMap(i -> {
                    Letter.Attached file = files.get(i);
                    Attachment attachment = new Attachment(prefix + (i + 1), conversation, file.fileName(),
                            file.contentType(), file.content().length, letter.sentAt());
                    return attachments.store(attachment, file.content())
                            .onErrorResume(AttachmentTooLargeException.class, e -> {
                                log.warn("letter {}: attachment {} of {} bytes is over the limit of {} bytes: not kept",
                                        masked(letter), i + 1, file.content().length, attachments.maxSize());
                                return Mono.empty();
                            });
                })
                .then(Mono.just(forEngine));
    }

    /** The subject (unless it only says it replies) and the body; a letter with neither is named by its files. */
    static String text(Letter letter) {
        String subject = letter.subject().replaceAll(TICKET.pattern(), " ").strip();
        boolean reply = subject.matches("(?i)^(re|fw|fwd|aw|sv|答复|回复|回覆|转发|轉寄)\\s*[:：].*");
        List<String> parts = new ArrayList<>();
        if (!reply && !subject.isEmpty() && !letter.text().startsWith(subject)) {
            parts.add(subject);
        }
        if (!letter.text().isBlank()) {
            parts.add(letter.text());
        }
        if (parts.isEmpty()) {
            parts.add(reply && !subject.isEmpty() ? subject : "附件 Attachments: " + String.join(", ",
                    letter.attachments().stream().map(Letter.Attached::fileName).toList()));
        }
        return String.join("\n", parts);
    }

    /**
     * Queues the engine's answer for the mail courier, once per letter (the outbox id is the letter's in its
     * conversation: another sender's letter with a copied Message-ID cannot suppress it), within the per-sender
     * limit of automatic answers.
     */
    private Mono<Void> answer(String mailbox, Letter letter, String customer, String sender, Answer answer) {
        if (answer.replies().isEmpty()) {
            return Mono.empty();
        }
        return threads.mayAnswer(sender, settings.autoReplyLimit(), settings.autoReplyWindow()).flatMap(allowed -> {
            if (!allowed) {
                log.warn("mailbox {}: sender {} had {} automatic answers within {}: letter {} is handled but not answered"
                        + " by mail", mailbox, PersonalData.mask(sender), settings.autoReplyLimit(),
                        settings.autoReplyWindow(), masked(letter));
                return Mono.empty();
            }
            return conversations.find(answer.conversationId())
                    .map(conversation -> conversation.lang())
                    .defaultIfEmpty(Lang.ZH_HANS)
                    .flatMap(lang -> outbox.post(OutboundMessage.toCustomer("email-answer:" + LetterReader.sha256(
                            customer + "\n" + letter.messageId()), ANSWER, answer.conversationId(), Channel.EMAIL, customer, lang,
                            answer.replies().stream().map(r -> Reply.text(r.text())).toList(), clock.instant())))
                    .then();
        });
    }

    private static String masked(Letter letter) {
        // a Message-ID often names the sender's host or address: a hash tells letters apart in the log
        return LetterReader.sha256(letter.messageId()).substring(0, 12);
    }
}
