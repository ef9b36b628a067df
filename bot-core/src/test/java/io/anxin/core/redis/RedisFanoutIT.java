package io.anxin.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.testing.TemporaryRedis;
import io.anxin.core.testing.TestRedis;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;

class RedisFanoutIT {

    @RegisterExtension
    static final TemporaryRedis redis = new TemporaryRedis();

    @Test
    void what_one_instance_publishes_every_instance_hears_on_that_topic_alone() throws Exception {
        try (TestRedis.Connection commands = redis.connect();
                StatefulRedisPubSubConnection<String, String> first = commands.connectPubSub();
                StatefulRedisPubSubConnection<String, String> second = commands.connectPubSub()) {
            RedisFanout one = new RedisFanout(commands.reactive(), first);
            RedisFanout two = new RedisFanout(commands.reactive(), second);
            List<String> heardByOne = new CopyOnWriteArrayList<>();
            List<String> heardByTwo = new CopyOnWriteArrayList<>();
            Disposable a = one.listen("anxin:test:push").subscribe(heardByOne::add);
            Disposable b = two.listen("anxin:test:push").subscribe(heardByTwo::add);
            Disposable c = two.listen("anxin:test:other").subscribe(heardByTwo::add);
            awaitSubscribers(commands, "anxin:test:push", 2);

            one.publish("anxin:test:push", "推送 1").block();
            two.publish("anxin:test:other", "elsewhere").block();

            awaitUntil(() -> heardByOne.size() == 1 && heardByTwo.size() == 2);
            assertThat(heardByOne).containsExactly("推送 1");
            assertThat(heardByTwo).containsExactlyInAnyOrder("推送 1", "elsewhere");
            a.dispose();
            b.dispose();
            c.dispose();
        }
    }

    private static void awaitSubscribers(TestRedis.Connection commands, String topic, long count)
            throws InterruptedException {
        awaitUntil(() -> commands.subscribers(topic) >= count);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s");
            }
            Thread.sleep(20);
        }
    }
}
