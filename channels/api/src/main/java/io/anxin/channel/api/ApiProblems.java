package io.anxin.channel.api;

import io.anxin.core.engine.ConversationBusyException;
import io.anxin.core.message.InvalidMessageException;
import io.anxin.core.ratelimit.RateLimitedException;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.net.URI;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * RFC 9457 problem details for the open HTTP channel, each saying precisely what was wrong, so a
 * partner's developer can fix the request without asking us.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPES = "https://anxin.io/problems/";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidMessage(InvalidMessageException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-message", "Invalid message", e.getMessage());
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        if (findCause(e, DataBufferLimitException.class) != null) {
            return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                    "the request body is larger than the server accepts"));
        }
        String detail;
        JacksonException json = findCause(e, JacksonException.class);
        if (json != null) {
            detail = describe(json);
        } else if (findCause(e, DecodingException.class) != null || mentionsMissingBody(e)) {
            detail = mentionsMissingBody(e) ? "a JSON request body is required" : "the request body is not valid JSON";
        } else {
            detail = e.getReason() != null ? e.getReason() : "the request could not be read";
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(UnsupportedMediaTypeStatusException e) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send the message as JSON with Content-Type: application/json"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ConversationBusyException e) {
        return unavailable(e.getMessage() + "; the message was not accepted", e.retryAfter().toSeconds());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                        e.getMessage() + "; the message was not accepted"));
    }

    /**
     * A store that is down shows as Lettuce's errors or as the connection's own I/O errors,
     * sometimes wrapped: either way the sender should retry, so it is a 503, never a 500.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (findCause(e, RedisException.class) != null || findCause(e, IOException.class) != null) {
            log.error("store unavailable: {}", e.toString());
            return unavailable("the message store is unavailable; the message was not accepted, please retry", 1);
        }
        log.error("unexpected error", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the message could not be handled; it was not accepted, please retry later"));
    }

    private ResponseEntity<ProblemDetail> unavailable(String detail, long retryAfterSeconds) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
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

    private static <T extends Throwable> @Nullable T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Which field was wrong and how, without the server's class names. */
    private static String describe(JacksonException json) {
        String field = json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty() && json instanceof MismatchedInputException) {
            return "the request body must be a JSON object with customerId, messageId, text and optionally lang";
        }
        if (!field.isEmpty() && json instanceof MismatchedInputException) {
            return "'" + field + "' must be a JSON string";
        }
        String message = firstLine(json.getOriginalMessage()).replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "value");
        return "the request body is not valid JSON" + (field.isEmpty() ? "" : " at '" + field + "'") + ": " + message;
    }

    private static boolean mentionsMissingBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No request body")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
