package io.anxin.core.desk;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.script.NoPromises;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.takeover.Takeover;
import io.anxin.core.takeover.Waiting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The desk's use cases on conversations waiting for a person: the queue, taking one (of two agents at once, one
 * wins), the transcript, replying to the customer on their own channel through the outbox, and handing the
 * conversation on to another agent or back to the bot. First-responder responsibility (002, 首问负责制): the agent
 * who takes a conversation owns it until handing it on, and only the owner replies.
 */
public final class DeskConversations {

    /** The longest reply an agent sends in one message. */
    public static final int MAX_REPLY = 2000;

    private final HumanDesk desk;
    private final ConversationStore conversations;
    private final Outbox outbox;
    private final List<String> forbiddenPhrases;
    private final Clock clock;

    /**
     * @param forbiddenPhrases the pack's phrases that promise an outcome, refused in replies as in scripts, on top of
     *                         {@link NoPromises#PHRASES}
     */
    public DeskConversations(HumanDesk desk, ConversationStore conversations, Outbox outbox, List<String> forbiddenPhrases,
            Clock clock) {
        this.desk = desk;
        this.conversations = conversations;
        this.outbox = outbox;
        List<String> phrases = new ArrayList<>(NoPromises.PHRASES);
        phrases.addAll(forbiddenPhrases);
        this.forbiddenPhrases = List.copyOf(phrases);
        this.clock = clock;
    }

    /** A conversation as the desk shows it. */
    public record Transcript(Conversation conversation, @Nullable String owner, List<TranscriptEntry> lines) {}

    /** The conversations waiting for a person that {@code who} may handle, by grade then waiting time. */
    public Flux<Waiting> queue(Staff who, int max) {
        return requireAgent(who).thenMany(desk.waiting(max)).filterWhen(waiting -> mayHandle(who, waiting.conversation()));
    }

    public Mono<Takeover> take(Staff who, ConversationId conversation) {
        return requireMayHandle(who, conversation).then(desk.take(conversation, who.id()));
    }

    /** The transcript with the triage of each customer line; for agents and supervisors. */
    public Mono<Transcript> view(Staff who, ConversationId id) {
        return requireMayHandle(who, id).then(conversations.find(id))
                .switchIfEmpty(Mono.error(() -> new UnknownConversationException(id)))
                .flatMap(conversation -> desk.owner(id).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .zipWith(conversations.transcript(id).collectList())
                        .map(t -> new Transcript(conversation, t.getT1().orElse(null), t.getT2())));
    }

    /**
     * Sends the owner's reply to the customer on their channel. A reply that promises an outcome (003 §5: 切忌随意
     * 表态、许愿) is refused, as in the scripts. {@code replyId} makes a retried request send once.
     */
    public Mono<Void> reply(Staff who, ConversationId id, String text, @Nullable String replyId) {
        String reply = text.strip();
        if (reply.isEmpty() || reply.length() > MAX_REPLY) {
            return Mono.error(new IllegalArgumentException("text must be 1 to " + MAX_REPLY + " characters"));
        }
        Optional<String> promise = NoPromises.promiseIn(reply, forbiddenPhrases);
        if (promise.isPresent()) {
            return Mono.error(new IllegalArgumentException("the reply promises an outcome ('" + promise.get()
                    + "'): explain what will be done and by when instead (003 §5)"));
        }
        return requireOwner(who, id).then(conversations.find(id))
                .switchIfEmpty(Mono.error(() -> new UnknownConversationException(id)))
                .flatMap(c -> outbox.post(OutboundMessage.toCustomer(
                        // the client's reply id makes a resent reply one message, in this conversation only
                        "agent:" + (replyId == null ? UUID.randomUUID().toString() : id.value() + ":" + who.id() + ":" + replyId),
                        OutboundMessage.AGENT_REPLY, id, c.channel(), c.customerId(), c.lang(), List.of(Reply.text(reply)),
                        clock.instant())))
                .then();
    }

    /** Hands the conversation to another agent, or back to the bot when {@code to} is null. */
    public Mono<Void> handOn(Staff who, ConversationId id, @Nullable String to) {
        return requireAgent(who).then(desk.handOn(id, who.id(), to))
                .flatMap(done -> done ? Mono.<Void>empty()
                        : Mono.error(new NotPermittedException("only the agent who took the conversation hands it on")));
    }

    private Mono<Void> requireOwner(Staff who, ConversationId id) {
        return requireAgent(who).then(desk.owner(id).filter(who.id()::equals)
                .switchIfEmpty(Mono.error(() -> new NotPermittedException(
                        "only the agent who took the conversation replies in it (first-responder responsibility)")))
                .then());
    }

    private static Mono<Void> requireAgent(Staff who) {
        return who.has(StaffRole.AGENT) || who.has(StaffRole.SUPERVISOR) || who.has(StaffRole.COMPLIANCE) ? Mono.empty()
                : Mono.error(new NotPermittedException("conversations are taken by agents, supervisors and compliance"));
    }

    /**
     * A conversation in which the customer blew the whistle is for compliance alone, as its ticket is (003 §7(二)):
     * to anyone else it does not exist, so its existence reveals nothing either.
     */
    private Mono<Void> requireMayHandle(Staff who, ConversationId id) {
        return requireAgent(who).then(mayHandle(who, id))
                .flatMap(may -> may ? Mono.<Void>empty() : Mono.error(new UnknownConversationException(id)));
    }

    private Mono<Boolean> mayHandle(Staff who, ConversationId id) {
        if (who.has(StaffRole.COMPLIANCE)) {
            return Mono.just(true);
        }
        return conversations.transcript(id)
                .any(line -> line.triage() != null && line.triage().flags().contains(RiskFlag.WHISTLEBLOW))
                .map(confidential -> !confidential);
    }
}
