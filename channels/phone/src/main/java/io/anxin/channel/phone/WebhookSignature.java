package io.anxin.channel.phone;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Twilio signs every webhook: HMAC-SHA1 with the auth token over the URL it called and every form parameter. The URL
 * is the configured public one (behind a TLS-terminating proxy the request does not show it), with the query as
 * received; every parameter counts, including those Twilio adds later. A request that does not verify is refused
 * before anything is read into the engine or stored.
 */
final class WebhookSignature {

    static final String HEADER = "X-Twilio-Signature";

    private final RequestValidator validator;
    private final PhoneSettings settings;

    WebhookSignature(PhoneSettings settings) {
        this.validator = new RequestValidator(settings.authToken());
        this.settings = settings;
    }

    /** The form parameters of a verified request; a {@link ForgedWebhookException} otherwise. */
    Mono<Map<String, String>> verified(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String signature = request.getHeaders().getFirst(HEADER);
        String query = request.getURI().getRawQuery();
        String url = settings.url(request.getPath().pathWithinApplication().value() + (query == null ? "" : "?" + query));
        return exchange.getFormData().map(MultiValueMap::toSingleValueMap).flatMap(params -> {
            if (signature == null || signature.isBlank()) {
                return Mono.error(new ForgedWebhookException("no " + HEADER + " header"));
            }
            if (!validator.validate(url, params, signature)) {
                return Mono.error(new ForgedWebhookException("the signature does not match " + url
                        + " and the parameters (is anxin.channels.phone.public-base-url the address in the Twilio console?)"));
            }
            return Mono.just(params);
        });
    }

    /** A webhook whose signature is missing or wrong: answered 403, nothing stored. */
    static final class ForgedWebhookException extends RuntimeException {
        ForgedWebhookException(String reason) {
            super(reason);
        }
    }
}
