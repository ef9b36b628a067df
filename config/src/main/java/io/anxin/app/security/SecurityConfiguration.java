package io.anxin.app.security;

import io.anxin.app.policy.UsersFiles;
import io.anxin.core.desk.Departments;
import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import io.anxin.core.policy.PolicyPack;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Two filter chains. The desk API ({@code /api/v1/desk/**}) wants HTTP Basic and one of the desk
 * roles; it keeps no session, so there is nothing for a forged cross-site request to ride on and
 * CSRF protection is off there. Everything else is the customer-facing API, the chat widget
 * ({@code /widget/**}: its modules, socket and calls, which check the widget's own identity) and
 * health, open as before, with no authentication at all; any other path is refused, so an endpoint
 * added later is closed until it is opened here on purpose.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String DESK = "/api/v1/desk/**";
    /** Letters only: a generated password must not look like a phone or card number to the log masking. */
    private static final char[] PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The users of {@code anxin.users}; without one, a single {@code admin} with every role that
     * needs no department and a password generated and logged once, so the default run needs no
     * configuration (as Spring Boot's own generated password).
     */
    @Bean
    StaffUsers staffUsers(ResourceLoader loader, @Value("${anxin.users:}") String location, PasswordEncoder encoder) {
        if (!location.isBlank()) {
            StaffUsers users = new StaffUsers(UsersFiles.users(loader.getResource(location), location));
            log.info("{} desk users from {}", users.size(), location);
            return users;
        }
        String password = generatedPassword();
        Staff admin = new Staff("admin", "Administrator",
                EnumSet.of(StaffRole.AGENT, StaffRole.SUPERVISOR, StaffRole.COMPLIANCE), null);
        log.warn("no users file (anxin.users): the desk API has one user, 'admin', with the generated password {}"
                + " valid until this instance stops. For anything but a trial, write a users file with bcrypt hashes"
                + " and set anxin.users (see docs/operations.md)", password);
        return new StaffUsers(List.of(new UsersFiles.Account(admin, encoder.encode(password))));
    }

    /** The departments a ticket can be forwarded to: the active policy pack's. */
    @Bean
    Departments departments(PolicyPack policy) {
        return new Departments(policy.routing().departments().stream().map(d -> d.id().value())
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain deskApi(ServerHttpSecurity http) {
        String[] roles = Arrays.stream(StaffRole.values()).map(StaffRole::name).toArray(String[]::new);
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(DESK))
                .authorizeExchange(exchanges -> exchanges.anyExchange().hasAnyRole(roles))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.signInRequired()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.signInRequired())
                        .accessDeniedHandler(ProblemResponses.roleRequired()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain customerApi(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/v1/messages", "/api/v1/conversations/**", "/api/v1/tickets/**").permitAll()
                        .pathMatchers("/widget/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyExchange().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.noSuchPath()))
                // the open API and the widget take no cookie (the widget's identity travels in headers, signed):
                // a forged request can do nothing a direct one cannot
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                        CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/v1/**", "/widget/**")))))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .build();
    }

    private static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return password.toString();
    }
}
