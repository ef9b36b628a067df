package io.anxin.core.engine;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.TranscriptEntry;
import java.util.List;

/** Everything one handled message changes in its conversation, committed at once. */
public record Turn(InboundKey key, Conversation conversation, List<TranscriptEntry> entries, Answer answer) {

    public Turn {
        entries = List.copyOf(entries);
    }
}
