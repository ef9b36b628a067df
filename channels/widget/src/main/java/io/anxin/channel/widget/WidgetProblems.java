package io.anxin.channel.widget;

import io.anxin.core.engine.ConversationBusyException;
import io.anxin.core.message.InvalidMessageException;
import io.anxin.core.privacy.PersonalData;
import io.anxin.core.ratelimit.RateLimitedException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * RFC 9457 problem details for the widget's HTTP calls. {@code code} (identity) and {@code field} (form) are
 * stable, for the widget to say what went wrong in the customer's language; nothing was stored in any case.
 */
@RestControllerAdvice(basePackageClasses = WidgetProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WidgetProblems {

    private static final Logger log = LoggerFactory.getLogger(WidgetProblems.class);
    private static final String TYPES = "https://anxin.io/problems/";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(IdentityRefusedException e) {
        log.warn("widget identity refused ({}): {}", e.code(), e.getMessage());
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "identity-refused", "Identity refused", e.getMessage());
        problem.setProperty("code", e.code());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidMessageException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-feedback", "Invalid feedback", e.getMessage());
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        if (hasCause(e, DataBufferLimitException.class)) {
            return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                    "the request body is larger than the server accepts"));
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "the request body must be a JSON object with id, text and optionally contact, all strings"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(UnsupportedMediaTypeStatusException e) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send the form as JSON with Content-Type: application/json"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ConversationBusyException e) {
        return unavailable("the conversation is busy; nothing was filed, please retry", e.retryAfter().toSeconds());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                        e.getMessage() + "; nothing was filed"));
    }

    /** A store that is down, or anything else: the customer should retry; the log gets no personal data. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("widget request failed: {}", PersonalData.mask(e.toString()));
        return unavailable("the request could not be handled; nothing was filed, please retry", 1);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String detail, long retryAfterSeconds) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
