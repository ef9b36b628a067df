package io.anxin.app.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The security filters' refusals as RFC 9457 problems, like every other error of the API: 401 with
 * the Basic challenge when credentials are missing or wrong, 403 when the user's roles do not open
 * the path, and 404 for paths outside the API (nothing to sign in to there).
 */
final class ProblemResponses {

    /** The most any endpoint takes (spring.codec.max-in-memory-size). */
    private static final long MOST_DISCARDED = 64 * 1024;

    private ProblemResponses() {}

    static ServerAuthenticationEntryPoint signInRequired() {
        return (ServerWebExchange exchange, AuthenticationException e) -> {
            // the desk pages' own calls get no challenge: the browser would open its Basic dialog over the page
            if (!"XMLHttpRequest".equals(exchange.getRequest().getHeaders().getFirst("X-Requested-With"))) {
                exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Anxin desk\"");
            }
            return discardBody(exchange.getRequest()).then(write(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
                    "unauthorized", "Sign in required", "sign in with your desk user name and password (HTTP Basic)"));
        };
    }

    /** The firewall's refusal of a path with encoded slashes, dots, semicolons or control characters. */
    static ServerExchangeRejectedHandler pathRefused() {
        return (ServerWebExchange exchange, ServerExchangeRejectedException e) -> discardBody(exchange.getRequest())
                .then(write(exchange.getResponse(), HttpStatus.BAD_REQUEST, "bad-path", "Path not accepted",
                        "the path holds an encoded slash, backslash, dot, percent sign, semicolon or control character"));
    }

    /**
     * Reads the body of a request refused before anything read it, so that it is answered: a server that answers and
     * closes while the client is still sending makes the kernel reset the connection, and the client loses the answer
     * with it. Not for form posts (the sign-in and CSRF filters may have read those already: a body is read once) nor
     * for bodies over what any endpoint takes, whose connection is closed after the answer; nor longer than a few
     * seconds.
     */
    private static Mono<Void> discardBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        MediaType type = headers.getContentType();
        long length = headers.getContentLength();
        boolean form = type != null && (MediaType.APPLICATION_FORM_URLENCODED.includes(type)
                || MediaType.MULTIPART_FORM_DATA.includes(type));
        boolean sized = length > 0 && length <= MOST_DISCARDED;
        if (form || !(sized || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING))) {
            return Mono.empty();
        }
        AtomicLong seen = new AtomicLong();
        return request.getBody()
                .doOnNext(buffer -> seen.addAndGet(buffer.readableByteCount()))
                .doOnNext(DataBufferUtils::release)
                .takeUntil(buffer -> seen.get() > MOST_DISCARDED)
                .then()
                .timeout(Duration.ofSeconds(5), Mono.empty())
                .onErrorComplete();
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
