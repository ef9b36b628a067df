package io.anxin.app.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisStoreTest {

    @Test
    void a_cluster_url_becomes_one_seed_per_node_with_the_credentials_on_each() {
        List<RedisURI> seeds = RedisStore.clusterSeeds("redis-cluster://app:s3cret@10.0.0.1:7000,10.0.0.2:7001");

        assertThat(seeds).extracting(RedisURI::getHost).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(seeds).extracting(RedisURI::getPort).containsExactly(7000, 7001);
        assertThat(seeds).allSatisfy(seed -> assertThat(new String(seed.getCredentialsProvider().resolveCredentials().block().getPassword())).isEqualTo("s3cret"));
    }

    @Test
    void a_cluster_url_without_nodes_is_refused() {
        assertThatThrownBy(() -> RedisStore.clusterSeeds("redis-cluster://")).hasMessageContaining("names no cluster node");
    }

    @Test
    void passwords_never_reach_the_logs() {
        assertThat(RedisStore.redact("redis://:s3cret@db:6379/0")).isEqualTo("redis://:****@db:6379/0");
        assertThat(RedisStore.redact("redis-sentinel://app:s3cret@s1:26379,s2:26379#mymaster"))
                .isEqualTo("redis-sentinel://app:****@s1:26379,s2:26379#mymaster");
        assertThat(RedisStore.redact("redis://db:6379")).isEqualTo("redis://db:6379");
    }

    @Test
    void an_embedded_redis_is_one_server_unless_three_masters_or_more_are_asked_for() {
        assertThat(new AnxinRedisProperties.Embedded(null, null, 0).masters()).isEqualTo(1);
        assertThat(new AnxinRedisProperties.Embedded(null, null, 3).masters()).isEqualTo(3);
        assertThatThrownBy(() -> new AnxinRedisProperties.Embedded(null, null, 2))
                .hasMessage("anxin.redis.embedded.masters must be 1 (one redis-server) or 3 and more (a Redis Cluster), was 2");
    }

    @Test
    void a_sentinel_url_is_read_as_sentinel() {
        RedisURI uri = RedisURI.create("redis-sentinel://s1:26379,s2:26379/0#mymaster");
        assertThat(uri.getSentinels()).hasSize(2);
        assertThat(uri.getSentinelMasterId()).isEqualTo("mymaster");
    }
}
