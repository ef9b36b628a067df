package io.anxin.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.testing.TemporaryRedis;
import io.anxin.core.testing.TestRedis;
import io.lettuce.core.ScoredValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RepliesIT {

    @RegisterExtension
    static final TemporaryRedis redis = new TemporaryRedis();

    @Test
    void a_reply_too_long_for_one_read_lets_each_of_its_elements_send_a_command_on_the_same_connection() {
        try (TestRedis.Connection connection = redis.connect()) {
            readWholeThenAskOnePerElement(connection);
        }
    }

    private static void readWholeThenAskOnePerElement(TestRedis.Connection connection) {
        String tag = "{replies-" + UUID.randomUUID() + "}";
        String members = tag + ":members";
        // 20,000 members of 40 characters: a reply of about a megabyte, many reads of the socket
        List<ScoredValue<String>> batch = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            batch.add(ScoredValue.just(i, "member-" + i + "-" + UUID.randomUUID()));
            if (batch.size() == 1_000) {
                connection.sync().zadd(members, batch.toArray(ScoredValue[]::new));
                batch.clear();
            }
        }
        var commands = connection.reactive();

        Long unseen = Replies.whole(commands.zrange(members, 0, -1))
                .concatMap(member -> commands.hexists(tag + ":seen", member))
                .filter(seen -> !seen)
                .count()
                .block(Duration.ofSeconds(30));

        assertThat(unseen).isEqualTo(20_000);
    }
}
