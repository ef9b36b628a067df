package io.anxin.channel.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.engine.Answer;
import io.anxin.core.engine.TicketReceipt;
import io.anxin.core.message.Reply;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the open HTTP channel; absent values are left out rather than sent as null. */
final class Views {

    private Views() {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record MessageResponse(String conversationId, List<ReplyView> replies, @Nullable TicketReceipt ticket) {
        static MessageResponse of(Answer answer) {
            return new MessageResponse(answer.conversationId().value(),
                    answer.replies().stream().map(ReplyView::of).toList(), answer.ticket());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ReplyView(String text, List<String> quickReplies) {
        static ReplyView of(Reply reply) {
            return new ReplyView(reply.text(), reply.quickReplies());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConversationView(String conversationId, String channel, String lang, String state, int turns,
            @Nullable String lastTicket, Instant openedAt, Instant lastActiveAt, List<LineView> transcript) {
        static ConversationView of(Conversation c, List<TranscriptEntry> transcript) {
            return new ConversationView(c.id().value(), c.channel().id(), c.lang().tag(), c.state().name().toLowerCase(),
                    c.turns(), c.lastTicket() == null ? null : c.lastTicket().toString(), c.openedAt(), c.lastActiveAt(),
                    transcript.stream().map(LineView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineView(String speaker, String text, Instant at, @Nullable String messageId, @Nullable TriageView triage) {
        static LineView of(TranscriptEntry e) {
            return new LineView(e.speaker().name().toLowerCase(), e.text(), e.at(), e.messageId(),
                    e.triage() == null ? null : TriageView.of(e.triage()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TriageView(String intent, double confidence, @Nullable String category, List<String> flags, int anger, String lang,
            String act) {
        static TriageView of(TriageResult t) {
            return new TriageView(t.intent().label(), t.confidence(), t.category() == null ? null : t.category().label(),
                    t.flags().stream().map(RiskFlag::label).sorted().toList(), t.anger(), t.lang().tag(), t.act().label());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TicketView(String number, String type, String status, int grade, String conversationId, String channel,
            String lang, String content, @Nullable String category, List<String> flags, Instant createdAt, Instant dueBy,
            ComplaintForm form) {
        static TicketView of(Ticket t) {
            return new TicketView(t.number().toString(), t.type().label(), t.status().name().toLowerCase(),
                    t.grade().level(), t.conversationId().value(), t.channel().id(), t.lang().tag(), t.content(),
                    t.category() == null ? null : t.category().label(),
                    t.flags().stream().map(RiskFlag::label).sorted().toList(), t.createdAt(), t.dueBy(), t.form());
        }
    }
}
