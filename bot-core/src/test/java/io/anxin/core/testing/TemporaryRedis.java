package io.anxin.core.testing;

import io.anxin.core.redis.LocalRedis;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's Redis ({@link TestRedis}: one server or a cluster) of the test class's own, started before its first test
 * and stopped after its last: {@code @RegisterExtension static final TemporaryRedis redis = new TemporaryRedis();}.
 */
public final class TemporaryRedis implements BeforeAllCallback, AfterAllCallback {

    private LocalRedis server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestRedis.startTemporary();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** A connection of the caller's own, to close when done. */
    public TestRedis.Connection connect() {
        return TestRedis.connect(server.url());
    }

    public String url() {
        return server.url();
    }
}
