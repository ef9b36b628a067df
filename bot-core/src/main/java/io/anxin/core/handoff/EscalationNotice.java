package io.anxin.core.handoff;

import io.anxin.core.conversation.ConversationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An escalation as it is sent on: about which conversation, message and ticket, and when. */
public record EscalationNotice(
        Escalation escalation, ConversationId conversationId, String messageId, @Nullable String ticket, Instant at) {}
