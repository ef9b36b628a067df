package io.anxin.core.redis;

import java.util.function.Function;
import reactor.core.publisher.Flux;

/**
 * Replies of many elements ({@code ZRANGE}, {@code XRANGE}, {@code HGETALL}, …) taken whole before anything downstream
 * sees them. Lettuce streams such a reply as it decodes it and, when downstream asks for no more, stops reading
 * the connection until it does (its back-pressure). If what downstream does with an element is itself a command on
 * that connection ({@code concatMap(id -> redis.hget(…))}), its reply can then never be read: the connection stalls
 * until the command timeout. A reply that fits in one read never shows it, so it appears only with real data.
 */
public final class Replies {

    private Replies() {
    }

    /** The reply's elements, handed on only once all of them have been read. */
    public static <T> Flux<T> whole(Flux<T> reply) {
        return reply.collectList().flatMapIterable(Function.identity());
    }
}
