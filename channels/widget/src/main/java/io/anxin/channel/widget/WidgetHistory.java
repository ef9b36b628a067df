package io.anxin.channel.widget;

import io.anxin.channel.widget.Frames.Line;
import io.anxin.channel.widget.Frames.Welcome;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.engine.InboundKey;
import io.anxin.core.engine.TurnStore;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Reply;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * What a (re)connecting widget is shown: the conversation's transcript, which holds every answer and every
 * delivered outbound message, so a reload or a dropped connection loses nothing.
 */
final class WidgetHistory {

    private final ConversationStore conversations;
    private final TurnStore turns;
    private final FollowUp followUp;

    WidgetHistory(ConversationStore conversations, TurnStore turns, FollowUp followUp) {
        this.conversations = conversations;
        this.turns = turns;
        this.followUp = followUp;
    }

    Mono<Welcome> welcome(ConversationId id) {
        return conversations.transcript(id).collectList().flatMap(transcript -> Mono.zip(
                lastQuickReplies(id, transcript),
                followUp.pending(id).hasElement(),
                (quickReplies, survey) -> new Welcome(transcript.stream().map(Line::of).toList(), quickReplies, survey)));
    }

    /**
     * The transcript keeps text only; the buttons of the last answer come from the stored answer, and only while
     * that answer is still the last thing said (a button under an old line would answer the wrong question).
     */
    private Mono<List<String>> lastQuickReplies(ConversationId id, List<TranscriptEntry> transcript) {
        if (transcript.isEmpty() || transcript.get(transcript.size() - 1).speaker() == Speaker.CUSTOMER) {
            return Mono.just(List.of());
        }
        TranscriptEntry last = transcript.get(transcript.size() - 1);
        for (int i = transcript.size() - 1; i >= 0; i--) {
            TranscriptEntry entry = transcript.get(i);
            if (entry.speaker() == Speaker.CUSTOMER && entry.messageId() != null) {
                return turns.answered(new InboundKey(id, Channel.WIDGET, entry.messageId()))
                        .map(answer -> {
                            List<Reply> replies = answer.replies();
                            if (replies.isEmpty()) {
                                return List.<String>of();
                            }
                            Reply closing = replies.get(replies.size() - 1);
                            return closing.text().equals(last.text()) ? closing.quickReplies() : List.<String>of();
                        })
                        .defaultIfEmpty(List.of());
            }
        }
        return Mono.just(List.of());
    }
}
