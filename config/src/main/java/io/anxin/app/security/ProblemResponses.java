package io.anxin.app.security;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The security filters' refusals as RFC 9457 problems, like every other error of the API: 401 with
 * the Basic challenge when credentials are missing or wrong, 403 when the user's roles do not open
 * the path, and 404 for paths outside the API (nothing to sign in to there).
 */
final class ProblemResponses {

    private ProblemResponses() {}

    static ServerAuthenticationEntryPoint signInRequired() {
        return (ServerWebExchange exchange, AuthenticationException e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Anxin desk\"");
            return write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in required",
                    "sign in with your desk user name and password (HTTP Basic)");
        };
    }

    static ServerAccessDeniedHandler roleRequired() {
        return (ServerWebExchange exchange, AccessDeniedException e) -> write(exchange.getResponse(), HttpStatus.FORBIDDEN,
                "forbidden", "Not permitted for your role",
                "your roles do not open the desk API: it needs agent, supervisor, compliance or department");
    }

    static ServerAuthenticationEntryPoint noSuchPath() {
        return (ServerWebExchange exchange, AuthenticationException e) -> write(exchange.getResponse(), HttpStatus.NOT_FOUND,
                "not-found", "Not found", "nothing here; the API is under /api/v1");
    }

    /** The body is built from fixed texts only, so no JSON library is needed and nothing from the request is echoed. */
    private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String type, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"https://anxin.io/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}";
        DataBuffer body = response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
