package io.anxin.channel.agentdesk;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Switches the desk pages on unless {@code anxin.channels.desk.pages.enabled=false}. The modules and styles are
 * static resources under {@code META-INF/resources/desk}; this gives the three pages their short addresses
 * ({@code /desk/}, {@code /desk/login} and the report page {@code /desk/reports/}). Who may open them is the application's security configuration.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "anxin.channels.desk.pages", name = "enabled", havingValue = "true", matchIfMissing = true)
public class AgentDeskAutoConfiguration {

    private static final String PAGES = "META-INF/resources/desk/";

    @Bean
    RouterFunction<ServerResponse> deskPages() {
        Resource desk = new ClassPathResource(PAGES + "index.html");
        Resource login = new ClassPathResource(PAGES + "login.html");
        Resource reports = new ClassPathResource(PAGES + "reports.html");
        return RouterFunctions.route(GET("/desk"), request -> ServerResponse.permanentRedirect(URI.create("/desk/")).build())
                .andRoute(GET("/desk/"), request -> page(desk))
                .andRoute(GET("/desk/login"), request -> page(login))
                .andRoute(GET("/desk/reports"), request -> ServerResponse.permanentRedirect(URI.create("/desk/reports/")).build())
                .andRoute(GET("/desk/reports/"), request -> page(reports));
    }

    private static Mono<ServerResponse> page(Resource html) {
        // pages change with each release and carry no personal data: revalidate, never serve a stale desk
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).header("Cache-Control", "no-cache").bodyValue(html);
    }
}
