package io.anxin.app.widget;

import io.anxin.core.testing.TestRedis;
import io.anxin.core.redis.LocalRedis;
import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Two instances behind a load balancer: the customer's socket is open on one, the outbox message (an agent's reply)
 * is delivered by the other, and the customer sees it at once, without reconnecting.
 */
class WidgetPushAcrossInstancesIT {

    private static final String VISITOR = "v-across-instances-0001";

    private LocalRedis redis;

    @BeforeEach
    void startRedis() {
        redis = TestRedis.startTemporary();
    }

    @AfterEach
    void stopRedis() {
        redis.close();
    }

    private ConfigurableApplicationContext start(String outboxPolling) {
        return new SpringApplicationBuilder(AnxinApplication.class)
                .run("--server.port=0", "--anxin.redis.url=" + redis.url(), "--anxin.outbox.poll-every=" + outboxPolling);
    }

    @Test
    void an_agents_reply_delivered_by_another_instance_reaches_the_socket_open_on_this_one() throws Exception {
        // the first instance never delivers from the outbox: only the second can
        try (ConfigurableApplicationContext holdsTheSocket = start("1h");
                ConfigurableApplicationContext delivers = start("100ms")) {
            BlockingQueue<String> frames = new LinkedBlockingQueue<>();
            Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
            int port = ((WebServerApplicationContext) holdsTheSocket).getWebServer().getPort();
            Disposable socket = new ReactorNettyWebSocketClient()
                    .execute(URI.create("ws://localhost:" + port + "/widget/ws"), session -> session
                            .send(outgoing.asFlux().map(session::textMessage))
                            .and(session.receive().doOnNext(m -> frames.add(m.getPayloadAsText()))))
                    .subscribe();
            outgoing.tryEmitNext("{\"type\":\"hello\",\"visitor\":\"" + VISITOR + "\"}");
            assertThat(frames.poll(10, TimeUnit.SECONDS)).contains("\"welcome\"");

            ConversationId conversation = delivers.getBean(ConversationStore.class)
                    .idFor(Channel.WIDGET, "visitor:" + VISITOR).block();
            delivers.getBean(Outbox.class).post(OutboundMessage.toCustomer("agent:across-1", OutboundMessage.AGENT_REPLY,
                    conversation, Channel.WIDGET, "visitor:" + VISITOR, Lang.ZH_HANS,
                    List.of(Reply.text("您好，我是客服小李，正在为您查询。")), Instant.now())).block();

            String push = frames.poll(10, TimeUnit.SECONDS);
            assertThat(push).contains("\"push\"", "agent:across-1", "我是客服小李");
            assertThat(frames.poll(1, TimeUnit.SECONDS)).as("pushed once, not once per instance").isNull();
            socket.dispose();
        }
    }
}
