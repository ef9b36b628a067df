package io.anxin.channel.widget;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.engine.TicketReceipt;
import io.anxin.core.message.Reply;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The WebSocket protocol's frames, one JSON object per text frame; {@code docs/api.md} describes them. */
final class Frames {

    private Frames() {}

    /** Anything the widget sends: {@code hello} (first, once), {@code message}, {@code ping}. */
    record ClientFrame(@Nullable String type, @Nullable String visitor, @Nullable String user, @Nullable String timestamp,
            @Nullable String signature, @Nullable String id, @Nullable String text) {

        IdentityClaim claim() {
            return new IdentityClaim(visitor, user, timestamp, signature);
        }
    }

    /** Everything the server sends names its {@code type} first, so the widget can dispatch on it. */
    sealed interface ServerFrame permits Welcome, Typing, Answer, Push, Error, Pong {}

    /**
     * The answer to {@code hello}: the conversation so far, the buttons of its last reply, and whether a satisfaction
     * survey waits for the customer's scores.
     */
    record Welcome(String type, List<Line> history, List<String> quickReplies, boolean survey) implements ServerFrame {
        Welcome(List<Line> history, List<String> quickReplies, boolean survey) {
            this("welcome", history, quickReplies, survey);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String speaker, String text, Instant at, @Nullable String id) {
        static Line of(TranscriptEntry e) {
            return new Line(e.speaker().name().toLowerCase(), e.text(), e.at(), e.messageId());
        }
    }

    /** The message {@code id} was received and the bot is working on it. */
    record Typing(String type, String id) implements ServerFrame {
        Typing(String id) {
            this("typing", id);
        }
    }

    /** The bot's answer to message {@code id}: it is stored, so this is also the acknowledgement. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String type, String id, List<ReplyView> replies, @Nullable TicketReceipt ticket) implements ServerFrame {
        Answer(String id, List<Reply> replies, @Nullable TicketReceipt ticket) {
            this("answer", id, replies.stream().map(ReplyView::of).toList(), ticket);
        }
    }

    /** A message outside the customer's own turn (a survey, an agent's reply), from the outbox. */
    record Push(String type, String id, String purpose, List<ReplyView> replies, boolean survey) implements ServerFrame {
        Push(String id, String purpose, List<Reply> replies) {
            this("push", id, purpose, replies.stream().map(ReplyView::of).toList(), "survey".equals(purpose));
        }
    }

    /**
     * Something was wrong. {@code code} is stable, for the widget to say it in the customer's language; {@code message}
     * is for developers; {@code id} names the message concerned, {@code field} the bad field.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String type, String code, String message, @Nullable String id, @Nullable String field)
            implements ServerFrame {
        Error(String code, String message, @Nullable String id, @Nullable String field) {
            this("error", code, message, id, field);
        }
    }

    record Pong(String type) implements ServerFrame {
        Pong() {
            this("pong");
        }
    }

    record ReplyView(String text, List<String> quickReplies) {
        static ReplyView of(Reply reply) {
            return new ReplyView(reply.text(), reply.quickReplies());
        }
    }
}
