package io.anxin.app.security;

import io.anxin.app.policy.UsersFiles;
import io.anxin.core.desk.Departments;
import io.anxin.core.desk.StaffRole;
import io.anxin.core.policy.PolicyPack;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Three filter chains. The desk pages ({@code /desk/**}) sign in with a form and keep the user in a
 * session cookie, so every change they make carries the CSRF token of the {@code XSRF-TOKEN} cookie
 * (sent back as the {@code X-XSRF-TOKEN} header or the {@code _csrf} field: a page of another site
 * cannot read the cookie). The desk API ({@code /api/v1/desk/**}) wants one of the desk roles, from
 * HTTP Basic (API clients: no session, no CSRF token, since a forged cross-site request cannot set
 * the Authorization header) or from the pages' session (then the CSRF token is required as on the
 * pages). Everything else is the customer-facing API, the chat widget
 * ({@code /widget/**}: its modules, socket and calls, which check the widget's own identity) and
 * health, open as before, with no authentication at all; any other path is refused, so an endpoint
 * added later is closed until it is opened here on purpose.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String DESK = "/api/v1/desk/**";
    private static final String PAGES = "/desk/**";
    static final String LOGIN = "/desk/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The users of {@code anxin.users}; without one, the single {@link DefaultAdmin}. */
    @Bean
    StaffUsers staffUsers(ResourceLoader loader, @Value("${anxin.users:}") String location,
            @Value("${anxin.admin-password:}") String adminPassword, RedisClusterReactiveCommands<String, String> redis,
            PasswordEncoder encoder) {
        if (!location.isBlank()) {
            StaffUsers users = new StaffUsers(UsersFiles.users(loader.getResource(location), location));
            log.info("{} desk users from {}", users.size(), location);
            return users;
        }
        return new StaffUsers(List.of(DefaultAdmin.account(adminPassword, redis, encoder)));
    }

    /** The departments a ticket can be forwarded to: the active policy pack's. */
    @Bean
    Departments departments(PolicyPack policy) {
        return new Departments(policy.routing().departments().stream().map(d -> d.id().value())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Picked up by Spring Security's filter chain: its firewall's refusals answered as problems, like the rest. */
    @Bean
    ServerExchangeRejectedHandler pathRefused() {
        return ProblemResponses.pathRefused();
    }

    /** One token store for pages and API: the token is the cookie's, whichever chain checks it. */
    @Bean
    ServerCsrfTokenRepository csrfTokens() {
        CookieServerCsrfTokenRepository cookies = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return cookies;
    }

    @Bean
    @Order(0)
    SecurityWebFilterChain deskPagesSecurity(ServerHttpSecurity http, ServerCsrfTokenRepository csrfTokens) {
        String[] roles = Arrays.stream(StaffRole.values()).map(StaffRole::name).toArray(String[]::new);
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/desk", PAGES))
                .authorizeExchange(exchanges -> exchanges
                        // the sign-in page and what it needs; every other page wants a signed-in desk user
                        .pathMatchers(HttpMethod.GET, LOGIN, "/desk/login.js", "/desk/i18n.js", "/desk/api.js", "/desk/desk.css").permitAll()
                        .anyExchange().hasAnyRole(roles))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/desk/"))
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(LOGIN + "?error")))
                .logout(logout -> logout
                        .logoutUrl("/desk/logout")
                        .logoutSuccessHandler(loggedOut()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                // the token is made lazily: subscribing to it on every page sets the cookie the scripts read
                .addFilterAfter(SecurityConfiguration::issueCsrfCookie, SecurityWebFiltersOrder.CSRF)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .securityContextRepository(new WebSessionServerSecurityContextRepository())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; media-src 'self' data:; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain deskApiSecurity(ServerHttpSecurity http, ServerCsrfTokenRepository csrfTokens) {
        String[] roles = Arrays.stream(StaffRole.values()).map(StaffRole::name).toArray(String[]::new);
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(DESK))
                .authorizeExchange(exchanges -> exchanges.anyExchange().hasAnyRole(roles))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.signInRequired()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.signInRequired())
                        .accessDeniedHandler(ProblemResponses.roleRequired()))
                // Basic clients send no token; a call riding on the pages' session cookie must
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                exchange -> exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                                        ? ServerWebExchangeMatcher.MatchResult.notMatch()
                                        : ServerWebExchangeMatcher.MatchResult.match())))
                // reads the pages' session; HTTP Basic itself stores nothing in it
                .securityContextRepository(new WebSessionServerSecurityContextRepository())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    private static Mono<Void> issueCsrfCookie(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
    }

    private static ServerLogoutSuccessHandler loggedOut() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(LOGIN + "?logout"));
        return handler;
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain customerApi(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/v1/messages", "/api/v1/conversations/**", "/api/v1/tickets/**").permitAll()
                        .pathMatchers("/widget/**").permitAll()
                        // the report page's charting library (a public WebJar, no data): same origin, so the desk's CSP allows it
                        .pathMatchers(HttpMethod.GET, "/webjars/chart.js/**").permitAll()
                        // Twilio's webhooks: each one checks Twilio's signature itself (403 when forged)
                        .pathMatchers(HttpMethod.POST, "/phone/**").permitAll()
                        // WeChat's servers: every request is checked against the account's signature
                        .pathMatchers("/wechat/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyExchange().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.noSuchPath()))
                // the open API, the widget, Twilio's and WeChat's callbacks take no cookie (the widget's identity travels in headers, signed):
                // a forged request can do nothing a direct one cannot
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                        CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/v1/**", "/widget/**", "/phone/**",
                                "/wechat/**")))))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .build();
    }
}
