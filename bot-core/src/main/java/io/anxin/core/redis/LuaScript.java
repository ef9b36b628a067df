package io.anxin.core.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import reactor.core.publisher.Mono;

/** A Lua script run by its SHA-1, sent whole only when the server does not know it yet (after a restart). */
final class LuaScript {

    private final String body;
    private final String sha;
    private final ScriptOutputType output;

    LuaScript(String body, ScriptOutputType output) {
        this.body = body;
        this.output = output;
        try {
            this.sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    <T> Mono<T> run(RedisClusterReactiveCommands<String, String> redis, String[] keys, String... args) {
        return redis.<T>evalsha(sha, output, keys, args)
                .onErrorResume(RedisNoScriptException.class, e -> redis.eval(body, output, keys, args))
                .next();
    }
}
