package io.anxin.core.redis;

import io.anxin.core.knowledge.KnowledgeEntries;
import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.message.Lang;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's knowledge-base entries as one hash, id to JSON ({@code questions} and {@code answers} by language tag,
 * {@code department}, {@code tags}); after saving, {@code onChange} receives every saved entry (to rebuild the
 * index with the file's entries and these).
 */
public final class RedisKnowledgeEntries implements KnowledgeEntries {

    static final String KEY = "anxin:knowledge:desk";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisClusterReactiveCommands<String, String> redis;
    private final java.util.function.Consumer<List<KnowledgeEntry>> onChange;

    public RedisKnowledgeEntries(RedisClusterReactiveCommands<String, String> redis,
            java.util.function.Consumer<List<KnowledgeEntry>> onChange) {
        this.redis = redis;
        this.onChange = onChange;
    }

    record Stored(Map<String, List<String>> questions, Map<String, String> answers, String department, List<String> tags) {}

    @Override
    public Mono<Void> save(KnowledgeEntry entry) {
        Map<String, List<String>> questions = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            questions.put(lang.tag(), entry.questions(lang));
            answers.put(lang.tag(), entry.answer(lang));
        }
        String json = JSON.writeValueAsString(new Stored(questions, answers, entry.department(), entry.tags()));
        return redis.hset(KEY, entry.id(), json)
                .then(all().collectList())
                // building the index is CPU work: not on the Redis client's threads
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(onChange)
                .then();
    }

    @Override
    public Flux<KnowledgeEntry> all() {
        return Replies.whole(redis.hgetall(KEY)).map(kv -> {
            Stored s = JSON.readValue(kv.getValue(), Stored.class);
            Map<Lang, List<String>> questions = new EnumMap<>(Lang.class);
            Map<Lang, String> answers = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                questions.put(lang, s.questions().getOrDefault(lang.tag(), List.of()));
                answers.put(lang, s.answers().get(lang.tag()));
            }
            return new KnowledgeEntry(kv.getKey(), questions, answers, s.department(), s.tags());
        });
    }
}
