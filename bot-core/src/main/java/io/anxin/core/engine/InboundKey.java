package io.anxin.core.engine;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;

/**
 * How a message is recognised when it comes again: its channel and message id, within the
 * customer's conversation, so that an id reused for another customer never returns someone
 * else's answer.
 */
public record InboundKey(ConversationId conversationId, Channel channel, String messageId) {

    public static InboundKey of(ConversationId conversationId, InboundMessage message) {
        return new InboundKey(conversationId, message.channel(), message.messageId());
    }
}
