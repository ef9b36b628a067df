package io.anxin.app.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.WidgetSocketClient;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The widget's socket opens only for the pages of the configured origins (anxin.channels.widget.allowed-origins). */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetOriginsIT {

    @TempDir
    static Path redisData;

    @DynamicPropertySource
    static void twoOrigins(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> redisData.toString());
        registry.add("anxin.channels.widget.allowed-origins", () -> "https://shop.example.com,https://*.example.org");
    }

    @LocalServerPort
    int port;

    @Test
    void the_socket_opens_for_a_listed_origin_or_pattern_and_is_refused_with_403_to_any_other() {
        for (String origin : new String[] {"https://shop.example.com", "https://m.example.org"}) {
            try (WidgetSocketClient socket = WidgetSocketClient.open(port, origin)) {
                socket.send("{\"type\":\"hello\",\"visitor\":\"origin-visitor-0123456789\"}");
                assertThat(socket.nextContaining("welcome", Duration.ofSeconds(10))).as("welcome from %s", origin)
                        .isNotNull();
            }
        }
        for (String origin : new String[] {"https://evil.example.net", "http://shop.example.com", "null"}) {
            assertThatThrownBy(() -> WidgetSocketClient.open(port, origin)).as("a socket from %s", origin)
                    .cause().isInstanceOf(WebSocketHandshakeException.class)
                    .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                            .isEqualTo(403));
        }
    }
}
