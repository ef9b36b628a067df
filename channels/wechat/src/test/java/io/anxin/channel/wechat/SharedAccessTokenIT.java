package io.anxin.channel.wechat;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.mp.api.WxMpService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several instances (here: several WxJava services, each with its own Redis connection) asking for an account's
 * access token at once: one fetches it from WeChat under the Redis lock, the others read it from Redis.
 */
class SharedAccessTokenIT {

    private static final WechatProperties.Account ACCOUNT =
            new WechatProperties.Account("service", "wx-shared-token", "secret", "token123", null, null, null);

    static LocalRedis redis;
    static WireMockServer wechat;

    @BeforeAll
    static void start() {
        redis = TestRedis.startTemporary();
        wechat = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wechat.start();
        // slow, as a real round trip to WeChat is: the others must wait for it, not fetch their own
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).willReturn(aResponse().withFixedDelay(300)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"SHARED-TOKEN\",\"expires_in\":7200}")));
    }

    @AfterAll
    static void stop() {
        wechat.stop();
        redis.close();
    }

    private WxMpService instance(TestRedis.Connection connection) {
        WxMpService service = new SharedTokenWxMpService();
        service.setWxMpConfigStorage(new WechatConfigStorage(new LettuceWxRedisOps(connection.reactive()), ACCOUNT,
                "http://localhost:" + wechat.port()));
        return service;
    }

    @Test
    void six_instances_asking_at_once_fetch_the_token_from_wechat_once_and_all_use_it() throws Exception {
        List<TestRedis.Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestRedis.Connection connection = TestRedis.connect(redis.url());
            connections.add(connection);
            WxMpService service = instance(connection);
            tokens.add(pool.submit(() -> {
                go.await();
                return service.getAccessToken();
            }));
        }
        go.countDown();
        for (Future<String> token : tokens) {
            assertThat(token.get(20, TimeUnit.SECONDS)).isEqualTo("SHARED-TOKEN");
        }
        pool.shutdown();

        wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
        TestRedis.Connection look = connections.get(0);
        assertThat(look.sync().get("anxin:wechat:access_token:wx-shared-token")).isEqualTo("SHARED-TOKEN");
        // taken as expired five minutes before WeChat's 7200 s, so no request carries a token about to run out
        assertThat(look.sync().ttl("anxin:wechat:access_token:wx-shared-token")).isBetween(6800L, 6900L);
        assertThat(look.sync().keys("anxin:wechat:lock:*")).as("the lock is released").isEmpty();
        connections.forEach(TestRedis.Connection::close);
    }
}
