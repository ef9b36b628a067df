package io.anxin.channel.widget;

import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.TurnStore;
import io.anxin.core.fanout.Fanout;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.outbox.Courier;
import io.anxin.core.ratelimit.RateLimiter;
import io.anxin.core.ticket.TicketStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Switches the chat widget on unless {@code anxin.channels.widget.enabled=false}: its socket, its two HTTP calls,
 * its courier, and the ES modules under {@code /widget/} (static resources in {@code META-INF/resources/widget}).
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "anxin.channels.widget", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({WidgetController.class, WidgetProblems.class})
public class WidgetChannelAutoConfiguration {

    static final String SOCKET = "/widget/ws";

    @Bean
    WidgetSettings widgetSettings(@Value("${anxin.channels.widget.hmac-secret:}") @Nullable String secret,
            @Value("${anxin.channels.widget.signature-max-age:24h}") Duration maxAge,
            @Value("${anxin.channels.widget.allowed-origins:*}") List<String> origins) {
        return new WidgetSettings(secret, maxAge, origins);
    }

    @Bean
    IdentityVerifier widgetIdentityVerifier(WidgetSettings settings, Clock clock) {
        return new IdentityVerifier(settings, clock);
    }

    @Bean
    WidgetSessions widgetSessions() {
        return new WidgetSessions();
    }

    @Bean
    Courier widgetCourier(Fanout fanout, JsonMapper json) {
        return new WidgetCourier(fanout, json);
    }

    @Bean(destroyMethod = "close")
    WidgetPushes widgetPushes(Fanout fanout, WidgetSessions sessions, JsonMapper json) {
        return new WidgetPushes(fanout, sessions, json);
    }

    @Bean
    CustomerTickets widgetCustomerTickets(ConversationStore conversations, TicketStore tickets) {
        return new CustomerTickets(conversations, tickets);
    }

    @Bean
    WidgetSocketHandler widgetSocketHandler(ConversationEngine engine, ConversationStore conversations, TurnStore turns,
            FollowUp followUp, IdentityVerifier verifier, WidgetSessions sessions, RateLimiter limiter, JsonMapper json,
            Clock clock, WidgetSettings settings) {
        return new WidgetSocketHandler(engine, conversations, new WidgetHistory(conversations, turns, followUp), verifier,
                sessions, limiter, json, clock, cors(settings));
    }

    @Bean
    HandlerMapping widgetSocketMapping(WidgetSocketHandler handler) {
        // ahead of the annotated controllers and static resources
        return new SimpleUrlHandlerMapping(Map.of(SOCKET, handler), -1);
    }

    /**
     * The widget is embedded in other sites' pages: its modules and calls are fetched cross-origin, so they carry
     * CORS headers for the allowed origins. No credentials: the widget sends no cookie.
     */
    @Bean
    WidgetCors widgetCors(WidgetSettings settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/widget/**", cors(settings));
        return new WidgetCors(source);
    }

    private static CorsConfiguration cors(WidgetSettings settings) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(settings.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type", WidgetController.VISITOR, WidgetController.USER,
                WidgetController.TIMESTAMP, WidgetController.SIGNATURE));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }

    /** Ahead of Spring Security's filters, so that a pre-flight request is answered before any rule looks at it. */
    static final class WidgetCors extends CorsWebFilter implements Ordered {
        WidgetCors(UrlBasedCorsConfigurationSource source) {
            super(source);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }
}
