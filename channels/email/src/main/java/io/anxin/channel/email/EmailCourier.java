package io.anxin.channel.email;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import io.anxin.core.privacy.PersonalData;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Mails what the outbox holds for e-mail customers (the engine's answers, agents' replies, answers to deferred
 * inquiries, surveys) in the conversation's thread: from the mailbox the customer wrote to, answering their latest
 * letter (In-Reply-To, References), with the ticket number in the subject and a Message-ID of our own that a reply
 * will name. Mail a machine writes says so ({@code Auto-Submitted}, RFC 3834); an agent's reply is a person's.
 */
final class EmailCourier implements Courier {

    private final MailSenders senders;
    private final MailThreads threads;
    private final ConversationStore conversations;
    private final TicketStore tickets;

    EmailCourier(MailSenders senders, MailThreads threads, ConversationStore conversations, TicketStore tickets) {
        this.senders = senders;
        this.threads = threads;
        this.conversations = conversations;
        this.tickets = tickets;
    }

    @Override
    public String route() {
        return Channel.EMAIL.id();
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        if (!(message.recipient() instanceof Recipient.Customer customer)) {
            return Mono.error(new Undeliverable("the e-mail courier delivers to customers only"));
        }
        InternetAddress to;
        try {
            to = new InternetAddress(customer.customerId(), true);
        } catch (AddressException e) {
            return Mono.error(new Undeliverable("the customer's reference is not an e-mail address"));
        }
        return threads.thread(customer.conversationId())
                .zipWith(conversations.find(customer.conversationId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(this::ticketOf))
                .flatMap(found -> send(message, customer, to, found.getT1().orElse(null), found.getT2().orElse(null)));
    }

    private Mono<Optional<Ticket>> ticketOf(Optional<Conversation> conversation) {
        return Mono.justOrEmpty(conversation.map(Conversation::lastTicket))
                .flatMap(tickets::find)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Void> send(OutboundMessage message, Recipient.Customer customer, InternetAddress to,
            MailThreads.@Nullable Thread thread, @Nullable Ticket ticket) {
        MailSenders.Sender sender = senders.of(thread != null ? thread.mailbox() : null);
        if (sender == null) {
            return Mono.error(new IllegalStateException("no mailbox is configured (anxin.channels.email.mailboxes) to send from"));
        }
        String domain = sender.from().substring(sender.from().indexOf('@') + 1);
        String messageId = "<anxin." + UUID.randomUUID() + (ticket != null ? "." + ticket.number() : "") + "@" + domain + ">";
        return Mono.fromCallable(() -> {
                    MimeMessage mime = sender.mail().createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
                    helper.setFrom(sender.from());
                    helper.setTo(to);
                    helper.setSubject(subject(thread, ticket, customer.lang()));
                    helper.setText(message.replies().stream().map(Reply::text).collect(Collectors.joining("\n\n")));
                    // JavaMailSenderImpl keeps a Message-ID set before sending (saveChanges would replace it)
                    mime.setHeader("Message-ID", messageId);
                    if (thread != null && !thread.lastMessageId().isBlank()) {
                        mime.setHeader("In-Reply-To", thread.lastMessageId());
                        mime.setHeader("References", thread.references());
                    }
                    if (!OutboundMessage.AGENT_REPLY.equals(message.purpose())) {
                        // RFC 3834 §5: the answer to a letter is auto-replied; a survey or a later notice, which
                        // answers no letter, auto-generated. Either way no auto-responder answers it.
                        mime.setHeader("Auto-Submitted", OutboundMessage.ANSWER.equals(message.purpose())
                                ? "auto-replied" : "auto-generated");
                        mime.setHeader("X-Auto-Response-Suppress", "All");
                    }
                    mime.setHeader("X-Anxin-Outbound", message.id());
                    sender.mail().send(mime);
                    return messageId;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(MessagingException.class, e -> new IllegalStateException("could not write the mail "
                        + message.id() + ": " + e.getMessage(), e))
                .onErrorMap(MailSendException.class, EmailCourier::refusedForGood)
                // a reply to this mail finds the conversation by its Message-ID
                .flatMap(sent -> threads.belongs(sent, customer.customerId()));
    }

    /** A server that refuses the address itself (5xx for the recipient) will refuse it again. */
    private static Throwable refusedForGood(MailSendException e) {
        for (Exception failed : e.getFailedMessages().values()) {
            if (failed instanceof jakarta.mail.SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return new Undeliverable("the mail server refused the customer's address: "
                        + PersonalData.mask(String.valueOf(sendFailed.getMessage())));
            }
        }
        return new IllegalStateException(PersonalData.mask(String.valueOf(e.getMessage())), e);
    }

    /**
     * The ticket number in brackets, so that a reply that lost its thread still finds the ticket. A confidential
     * (whistle-blowing) ticket's mail names nothing of the letter, not even its subject: whoever sees the subject
     * line in a shared mailbox or a notification learns nothing.
     */
    static String subject(MailThreads.@Nullable Thread thread, @Nullable Ticket ticket, Lang lang) {
        String tag = ticket != null ? "[" + ticket.number() + "] " : "";
        String original = thread != null
                ? thread.subject().replaceAll("\\[\\s*[CSQ]-\\d{6}-\\d{4,9}\\s*]", "")
                        .replaceAll("(?i)^(\\s*(re|fw|fwd|aw|答复|回复|回覆)\\s*[:：])+", "").strip()
                : "";
        if ((ticket != null && ticket.confidential()) || original.isEmpty()) {
            return tag + switch (lang) {
                case ZH_HANS -> "您的来信";
                case ZH_HANT -> "您的來信";
                case EN -> "Your letter";
            };
        }
        return "Re: " + tag + original;
    }
}
