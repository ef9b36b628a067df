package io.anxin.core.redis;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Channel;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Conversations as hashes, transcripts as streams. */
public final class RedisConversationStore implements ConversationStore {

    /** KEYS: the conversation hash. */
    private static final LuaScript STOP_ASKING = new LuaScript("""
            local state = redis.call('HGET', KEYS[1], 'state')
            if not state or state == 'LISTENING' or state == 'WITH_HUMAN' then return 0 end
            redis.call('HSET', KEYS[1], 'state', 'LISTENING')
            redis.call('HDEL', KEYS[1], 'pending', 'askedFor')
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisConversationStore(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<ConversationId> idFor(Channel channel, String customerId) {
        String key = Keys.customer(channel, customerId);
        // SET NX then GET: whoever set first wins, and everyone reads the winner's id.
        return redis.get(key).switchIfEmpty(Mono.defer(() -> {
            String candidate = ConversationId.random().value();
            return redis.set(key, candidate, SetArgs.Builder.nx()).then(redis.get(key));
        })).map(ConversationId::new);
    }

    @Override
    public Mono<Conversation> find(ConversationId id) {
        return Fields.hash(redis, Keys.conversation(id))
                .filter(fields -> !fields.isEmpty())
                .map(fields -> Fields.conversation(id, fields));
    }

    @Override
    public Mono<Boolean> stopAsking(ConversationId id) {
        return STOP_ASKING.<Long>run(redis, new String[] {Keys.conversation(id)}).map(changed -> changed == 1);
    }

    @Override
    public Flux<TranscriptEntry> transcript(ConversationId id) {
        return Replies.whole(redis.xrange(Keys.transcript(id), Range.create("-", "+")))
                .map(message -> Fields.transcriptEntry(message.getBody()));
    }
}
