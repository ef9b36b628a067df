package io.anxin.channel.email;

import io.anxin.core.conversation.ConversationId;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The threads of the mailboxes in Redis: which conversation each Message-ID (the customers' and ours) belongs to,
 * and, per conversation, what the next mail must answer (mailbox, subject, In-Reply-To, References). Message-IDs
 * and addresses are hashed in key names; one key per command, so Redis Cluster needs no shared slot.
 */
final class MailThreads {

    /** A year: customers answer old threads, and a complaint's handling takes months at worst. */
    static final Duration RETENTION = Duration.ofDays(400);

    /** What an answer in the conversation's thread needs. */
    record Thread(String mailbox, String subject, String lastMessageId, String references) {}

    private final RedisClusterReactiveCommands<String, String> redis;

    MailThreads(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    private static String idKey(String rawMessageId) {
        return "anxin:email:mid:" + LetterReader.sha256(rawMessageId.strip());
    }

    private static String threadKey(ConversationId conversation) {
        return "anxin:email:thread:" + conversation.value();
    }

    /** The customer whose conversation one of the Message-IDs belongs to, the first found, in the order given. */
    Mono<String> customerOf(List<String> rawMessageIds) {
        return Flux.fromIterable(rawMessageIds)
                .concatMap(id -> redis.get(idKey(id)))
                .next();
    }

    /** Records a letter (or one of our mails) as part of the customer's conversation. */
    Mono<Void> belongs(String rawMessageId, String customerId) {
        return redis.setex(idKey(rawMessageId), RETENTION.toSeconds(), customerId).then();
    }

    /** Remembers what the next mail in the conversation answers: the customer's latest letter. */
    Mono<Void> received(ConversationId conversation, String mailbox, Letter letter) {
        Map<String, String> fields = new HashMap<>();
        fields.put("mailbox", mailbox);
        fields.put("subject", letter.subject());
        fields.put("lastMessageId", letter.rawMessageId());
        fields.put("references", references(letter));
        String key = threadKey(conversation);
        return redis.hset(key, fields).then(redis.expire(key, RETENTION.toSeconds())).then();
    }

    /** References of an answer to the letter (RFC 5322 §3.6.4): the letter's thread, then the letter. */
    private static String references(Letter letter) {
        List<String> thread = new java.util.ArrayList<>(letter.replyTo());
        java.util.Collections.reverse(thread);
        thread.add(letter.rawMessageId());
        // the newest ten are enough to thread it, and keep the header short
        return String.join(" ", thread.subList(Math.max(0, thread.size() - 10), thread.size()));
    }

    Mono<Optional<Thread>> thread(ConversationId conversation) {
        return redis.hgetall(threadKey(conversation)).collectMap(kv -> kv.getKey(), kv -> kv.getValue())
                .map(f -> f.containsKey("mailbox")
                        ? Optional.of(new Thread(f.get("mailbox"), f.getOrDefault("subject", ""),
                                f.getOrDefault("lastMessageId", ""), f.getOrDefault("references", "")))
                        : Optional.<Thread>empty());
    }

    /**
     * Counts an automatic answer to the sender and says whether it is within the limit for the window: a robot that
     * answers every mail and is not recognised as one still gets only so many.
     */
    Mono<Boolean> mayAnswer(String sender, int limit, Duration window) {
        String key = "anxin:email:answered:" + LetterReader.sha256(sender);
        return redis.incr(key).flatMap(count -> (count == 1 ? redis.expire(key, window.toSeconds()) : Mono.just(true))
                .thenReturn(count <= limit));
    }
}
