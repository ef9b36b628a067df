package io.anxin.core.engine;

import io.anxin.core.conversation.ConversationId;

/** The right to handle the next message of one conversation, held by one instance for a bounded time. */
public record Lease(ConversationId conversationId, String token) {}
