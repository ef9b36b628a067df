package io.anxin.app.widget;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import io.anxin.app.support.WidgetSocketClient;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Channel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.SignalType;

/**
 * The server restarted in the middle of a widget conversation (Redis stays up): the open page reconnects by itself,
 * what the customer wrote while the server was away is delivered once and answered, and nothing shows twice. On the
 * way down the instance ends its open sockets (1001, going away) and the desk's event streams itself rather than
 * have the graceful shutdown wait for them and cut them.
 */
class WidgetServerRestartIT {

    private static final String SPOKEN = "li.msg.customer, li.msg.bot";
    private static final String PASSWORD = "restart-test-password";

    @TempDir
    Path dir;

    @Test
    void a_conversation_open_in_the_widget_survives_a_server_restart_with_nothing_lost_or_doubled() throws IOException {
        int port = freePort();
        try (LocalRedis redis = TestRedis.start(dir.resolve("redis"));
                HostPage host = new HostPage(port);
                Browser browser = new Browser();
                ConfigurableApplicationContext first = start(port, redis)) {
            browser.open(host.url(Map.of("lang", "zh-Hans", "open", "true")));
            browser.say("你好");
            browser.until(d -> browser.texts("li.msg.bot").size() >= 1);
            String before = "我的提现三天了还没到账";
            browser.say(before);
            browser.until(d -> botLinesAfter(browser, before) > 0);
            WidgetSocketClient socket = WidgetSocketClient.open(port);
            socket.send("{\"type\":\"hello\",\"visitor\":\"restart-visitor-0123456789\"}");
            assertThat(socket.nextContaining("welcome", Duration.ofSeconds(10))).isNotNull();
            AtomicReference<SignalType> queueEvents = new AtomicReference<>();
            java.util.concurrent.atomic.AtomicInteger queueSnapshots = new java.util.concurrent.atomic.AtomicInteger();
            WebClient.create("http://localhost:" + port).get().uri("/api/v1/desk/queue/events")
                    .headers(h -> h.setBasicAuth("li.wei", PASSWORD)).retrieve().bodyToFlux(String.class)
                    .doFinally(queueEvents::set).subscribe(event -> queueSnapshots.incrementAndGet(), error -> {});
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queueSnapshots.get() > 0);

            first.close(); // the restart's first half (closing twice is harmless)
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> socket.closedWith() != -1 && queueEvents.get() != null);
            assertThat(socket.closedWith()).as("the socket's close code").isEqualTo(1001);
            assertThat(queueEvents.get()).as("how the desk's event stream ended").isEqualTo(SignalType.ON_COMPLETE);
            socket.close();
            browser.untilText(".status", t -> t.contains("连接已中断"));
            String meanwhile = "客服电话也一直打不通，很着急";
            browser.say(meanwhile);
            assertThat(browser.texts("li.msg.pending")).containsExactly(meanwhile);

            try (ConfigurableApplicationContext second = start(port, redis)) {
                // the widget's pauses between attempts grow to 10 s; the second start takes some seconds too
                browser.until(Duration.ofSeconds(60),
                        d -> browser.texts("li.msg.pending").isEmpty() && botLinesAfter(browser, meanwhile) > 0);

                List<String> shown = browser.texts("li.msg.customer");
                assertThat(shown).filteredOn(before::equals).hasSize(1);
                assertThat(shown).filteredOn(meanwhile::equals).hasSize(1);
                String visitor = (String) browser.script("return localStorage.getItem('anxin.visitor')");
                ConversationStore conversations = second.getBean(ConversationStore.class);
                List<TranscriptEntry> transcript = conversations.idFor(Channel.WIDGET, "visitor:" + visitor)
                        .flatMapMany(conversations::transcript).collectList().block(Duration.ofSeconds(10));
                assertThat(transcript).filteredOn(e -> e.speaker() == Speaker.CUSTOMER && e.text().equals(meanwhile))
                        .as("the message written while the server was away, stored once").hasSize(1);
                browser.reload();
                browser.until(d -> browser.texts(SPOKEN).size() == transcript.size());
                assertThat(browser.texts(SPOKEN)).isEqualTo(transcript.stream().map(TranscriptEntry::text).toList());
            }
        }
    }

    private ConfigurableApplicationContext start(int port, LocalRedis redis) {
        return new SpringApplicationBuilder(AnxinApplication.class).run("--server.port=" + port,
                "--anxin.redis.url=" + redis.url(), "--anxin.outbox.poll-every=200ms",
                "--anxin.users=" + DeskUsers.withPassword(PASSWORD).user("li.wei", "李伟", "agent").location(dir));
    }

    private static int botLinesAfter(Browser browser, String customerText) {
        List<String> lines = browser.texts(SPOKEN);
        int at = lines.lastIndexOf(customerText);
        return at < 0 ? 0 : lines.size() - at - 1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
