package io.anxin.core.desk;

import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.knowledge.KnowledgeEntries;
import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.script.NoPromises;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The inquiries the knowledge base could not answer at once (registered as inquiry tickets, answered within the
 * policy's limit, 003 §4): the agent answers the customer on their own channel through the outbox, the answer is
 * written on the ticket's form and the ticket resolved; and the question with its answer can be kept as a
 * knowledge-base entry, so the bot answers it at once the next time. Neither may promise an outcome (003 §5).
 */
public final class DeskInquiries {

    /** The department a saved entry names when the ticket has none yet. */
    public static final String DEFAULT_DEPARTMENT = "customer-service";

    private final DeskTickets tickets;
    private final ConversationStore conversations;
    private final Outbox outbox;
    private final KnowledgeEntries knowledge;
    private final List<String> forbiddenPhrases;
    private final Clock clock;

    public DeskInquiries(DeskTickets tickets, ConversationStore conversations, Outbox outbox, KnowledgeEntries knowledge,
            List<String> forbiddenPhrases, Clock clock) {
        this.tickets = tickets;
        this.conversations = conversations;
        this.outbox = outbox;
        this.knowledge = knowledge;
        List<String> phrases = new ArrayList<>(NoPromises.PHRASES);
        phrases.addAll(forbiddenPhrases);
        this.forbiddenPhrases = List.copyOf(phrases);
        this.clock = clock;
    }

    /**
     * Sends the answer to the customer (once, however often it is retried: the message id is the ticket's), writes
     * it on the form and resolves the ticket.
     */
    public Mono<Ticket> answer(Staff who, TicketNumber number, String text) {
        String answer = text.strip();
        if (answer.isEmpty() || answer.length() > DeskConversations.MAX_REPLY) {
            return Mono.error(new IllegalArgumentException("text must be 1 to " + DeskConversations.MAX_REPLY + " characters"));
        }
        return noPromise("the answer", answer).then(requireAgent(who)).then(tickets.view(who, number))
                .map(record -> record.ticket())
                .flatMap(ticket -> {
                    if (ticket.type() != Intent.INQUIRY) {
                        return Mono.error(new IllegalStateException(number + " is not an inquiry"));
                    }
                    if (!ticket.status().isOpen()) {
                        return Mono.error(new IllegalStateException(number + " is " + ticket.status().name().toLowerCase(Locale.ROOT)
                                + " already: it was answered"));
                    }
                    return conversations.find(ticket.conversationId())
                            .switchIfEmpty(Mono.error(() -> new UnknownConversationException(ticket.conversationId())))
                            .flatMap(c -> outbox.post(OutboundMessage.toCustomer("answer:" + number, OutboundMessage.AGENT_REPLY,
                                    c.id(), c.channel(), c.customerId(), c.lang(), List.of(Reply.text(answer)), clock.instant())))
                            .then(tickets.fill(who, number, Map.of(FormField.ANSWER, answer)))
                            .then(tickets.move(who, number, TicketStatus.RESOLVED, "answered the customer"));
                });
    }

    /**
     * Keeps the inquiry's question and its answer, in every language, as a knowledge-base entry named after the
     * ticket ({@code desk-q-202611-0001}); saving again replaces it.
     */
    public Mono<KnowledgeEntry> saveAsKnowledge(Staff who, TicketNumber number, Map<Lang, String> questions,
            Map<Lang, String> answers, @Nullable String department) {
        for (Map.Entry<Lang, String> e : answers.entrySet()) {
            Optional<String> promise = NoPromises.promiseIn(e.getValue(), forbiddenPhrases);
            if (promise.isPresent()) {
                return Mono.error(new IllegalArgumentException("the " + e.getKey().tag() + " answer promises an outcome ('"
                        + promise.get() + "'): say what is done and by when instead (003 §5)"));
            }
        }
        return requireAgent(who).then(tickets.view(who, number)).flatMap(record -> {
            Ticket ticket = record.ticket();
            if (ticket.type() != Intent.INQUIRY) {
                return Mono.error(new IllegalStateException(number + " is not an inquiry"));
            }
            String owner = department != null && !department.isBlank() ? department.strip()
                    : ticket.form().responsibleDepartment() != null ? ticket.form().responsibleDepartment() : DEFAULT_DEPARTMENT;
            KnowledgeEntry entry = new KnowledgeEntry("desk-" + number.toString().toLowerCase(Locale.ROOT),
                    questions.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> List.of(e.getValue()))), answers, owner, List.of("desk"));
            return knowledge.save(entry).thenReturn(entry);
        });
    }

    private Mono<Void> noPromise(String what, String text) {
        return NoPromises.promiseIn(text, forbiddenPhrases)
                .map(phrase -> Mono.<Void>error(new IllegalArgumentException(what + " promises an outcome ('" + phrase
                        + "'): explain what will be done and by when instead (003 §5)")))
                .orElse(Mono.empty());
    }

    private static Mono<Void> requireAgent(Staff who) {
        return who.has(StaffRole.AGENT) || who.has(StaffRole.SUPERVISOR) || who.has(StaffRole.COMPLIANCE) ? Mono.empty()
                : Mono.error(new NotPermittedException("inquiries are answered by agents, supervisors and compliance"));
    }
}
