package io.anxin.core.testing;

import io.anxin.core.redis.EmbeddedRedis;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A redis-server of the test class's own, started before its first test and stopped after its last:
 * {@code @RegisterExtension static final TemporaryRedis redis = new TemporaryRedis();}.
 */
public final class TemporaryRedis implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedRedis server;
    private RedisClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedRedis.startTemporary();
        client = RedisClient.create(server.url());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.shutdown();
        server.close();
    }

    public RedisClient client() {
        return client;
    }

    public String url() {
        return server.url();
    }
}
