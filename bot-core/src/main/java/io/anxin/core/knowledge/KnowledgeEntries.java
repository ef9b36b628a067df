package io.anxin.core.knowledge;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: the knowledge-base entries written on the desk (an answered inquiry kept for next time), beside the
 * knowledge-base file. Saving one also has the knowledge base of this instance rebuilt with it.
 */
public interface KnowledgeEntries {

    /** Stores the entry, replacing one with the same id. */
    Mono<Void> save(KnowledgeEntry entry);

    /** Every entry saved, in no particular order. */
    Flux<KnowledgeEntry> all();
}
