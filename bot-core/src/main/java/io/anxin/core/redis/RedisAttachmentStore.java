package io.anxin.core.redis;

import io.anxin.core.attachment.Attachment;
import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.attachment.AttachmentTooLargeException;
import io.anxin.core.conversation.ConversationId;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attachments in the conversation's slot: the bytes base64-encoded under their own key (written first), then an entry
 * {@code id → receivedAt|size|contentType|fileName} in the conversation's attachment hash, set only if absent. The
 * hash entry decides: bytes without an entry are what a crash left, and the retried store overwrites them.
 */
public final class RedisAttachmentStore implements AttachmentStore {

    private final RedisClusterReactiveCommands<String, String> redis;
    private final long maxSize;

    public RedisAttachmentStore(RedisClusterReactiveCommands<String, String> redis, long maxSize) {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("the attachment size limit must be positive, was " + maxSize);
        }
        this.redis = redis;
        this.maxSize = maxSize;
    }

    @Override
    public long maxSize() {
        return maxSize;
    }

    @Override
    public Mono<Attachment> store(Attachment attachment, byte[] content) {
        if (content.length > maxSize) {
            return Mono.error(new AttachmentTooLargeException(content.length, maxSize));
        }
        if (content.length != attachment.size()) {
            return Mono.error(new IllegalArgumentException("attachment " + attachment.id() + " says " + attachment.size()
                    + " bytes but has " + content.length));
        }
        ConversationId conversation = attachment.conversationId();
        String index = Keys.attachments(conversation);
        return redis.hget(index, attachment.id())
                .map(existing -> parse(conversation, attachment.id(), existing))
                .switchIfEmpty(Mono.defer(() -> redis.set(Keys.attachmentContent(conversation, attachment.id()),
                                Base64.getEncoder().encodeToString(content))
                        .then(redis.hsetnx(index, attachment.id(), format(attachment)))
                        .then(redis.hget(index, attachment.id()))
                        .map(kept -> parse(conversation, attachment.id(), kept))));
    }

    @Override
    public Flux<Attachment> of(ConversationId conversationId) {
        return redis.hgetall(Keys.attachments(conversationId))
                .map(kv -> parse(conversationId, kv.getKey(), kv.getValue()))
                .sort(Comparator.comparing(Attachment::receivedAt).thenComparing(Attachment::id));
    }

    @Override
    public Mono<byte[]> content(ConversationId conversationId, String id) {
        return redis.hexists(Keys.attachments(conversationId), id)
                .filter(Boolean::booleanValue)
                .flatMap(known -> redis.get(Keys.attachmentContent(conversationId, id)))
                .map(Base64.getDecoder()::decode);
    }

    private static String format(Attachment a) {
        return a.receivedAt() + "|" + a.size() + "|" + a.contentType() + "|" + a.fileName();
    }

    private static Attachment parse(ConversationId conversation, String id, String value) {
        String[] parts = value.split("\\|", 4);
        return new Attachment(id, conversation, parts[3], parts[2], Long.parseLong(parts[1]), Instant.parse(parts[0]));
    }
}
