package io.anxin.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.engine.Answer;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Reply;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A customer's side of a conversation, in the style of Bot Framework's TestFlow:
 * {@code flow.send("…").assertReply("…")}. Each {@code send} is a new message with its own id; the
 * assertions look at what the customer was shown.
 */
public final class ConversationFlow {

    private final ConversationEngine engine;
    private final Channel channel;
    private final String customerId;
    private final Clock clock;
    private @Nullable Answer last;
    private int sent;

    public ConversationFlow(ConversationEngine engine, Channel channel, Clock clock) {
        this.engine = engine;
        this.channel = channel;
        this.clock = clock;
        this.customerId = "customer-" + UUID.randomUUID();
    }

    public ConversationFlow send(String text) {
        last = engine.handle(new InboundMessage(channel, "m" + (++sent), customerId, text, null, clock.instant())).block();
        return this;
    }

    /** The first reply bubble contains every one of these fragments. */
    public ConversationFlow assertReply(String... fragments) {
        return assertReplyAt(0, fragments);
    }

    public ConversationFlow assertReplyAt(int index, String... fragments) {
        assertThat(answer().replies()).as("replies to message %d", sent).hasSizeGreaterThan(index);
        assertThat(answer().replies().get(index).text()).contains(fragments);
        return this;
    }

    /** Some reply bubble contains this fragment. */
    public ConversationFlow assertAnyReply(String fragment) {
        assertThat(texts()).as("replies to message %d", sent).anySatisfy(text -> assertThat(text).contains(fragment));
        return this;
    }

    public ConversationFlow assertNoReplyContains(String fragment) {
        assertThat(texts()).as("replies to message %d", sent).noneSatisfy(text -> assertThat(text).contains(fragment));
        return this;
    }

    public ConversationFlow assertReplyCount(int count) {
        assertThat(answer().replies()).as("replies to message %d", sent).hasSize(count);
        return this;
    }

    public ConversationFlow assertQuickReplies(String... choices) {
        assertThat(answer().replies().get(answer().replies().size() - 1).quickReplies()).containsExactly(choices);
        return this;
    }

    public ConversationFlow assertNoQuickReplies() {
        assertThat(answer().replies()).allSatisfy(reply -> assertThat(reply.quickReplies()).isEmpty());
        return this;
    }

    public ConversationFlow assertNewTicket(String type) {
        assertThat(answer().ticket()).as("ticket registered by message %d", sent).isNotNull();
        assertThat(answer().ticket().type()).isEqualTo(type);
        return this;
    }

    public ConversationFlow assertNoNewTicket() {
        assertThat(answer().ticket()).as("ticket registered by message %d", sent).isNull();
        return this;
    }

    /** Anything else about the last answer. */
    public ConversationFlow assertAnswer(Consumer<Answer> check) {
        check.accept(answer());
        return this;
    }

    public Answer answer() {
        assertThat(last).as("an answer; call send first").isNotNull();
        return last;
    }

    private List<String> texts() {
        return answer().replies().stream().map(Reply::text).toList();
    }
}
