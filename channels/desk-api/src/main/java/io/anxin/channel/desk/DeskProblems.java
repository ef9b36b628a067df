package io.anxin.channel.desk;

import io.anxin.core.desk.NotPermittedException;
import io.anxin.core.desk.UnknownConversationException;
import io.anxin.core.lifecycle.UnknownTicketException;
import io.anxin.core.ticket.ConcurrentTicketChangeException;
import io.anxin.core.ticket.IllegalTransitionException;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
 * RFC 9457 problem details for the desk API: 400 bad input, 403 a role that may not, 404 unknown or
 * hidden (the same answer, so a confidential ticket's existence is not revealed), 409 a step the
 * ticket's state does not allow. 401 is the security configuration's, before any controller.
 */
@RestControllerAdvice(basePackageClasses = DeskProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeskProblems {

    private static final Logger log = LoggerFactory.getLogger(DeskProblems.class);
    private static final String TYPES = "https://anxin.io/problems/";

    /** Unknown, malformed and hidden numbers all get this same answer. */
    @ExceptionHandler({UnknownTicketException.class, NotFoundException.class, UnknownConversationException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return respond(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** Of two agents taking one conversation, the second is told who was first. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> taken(TakenException e) {
        return respond(HttpStatus.CONFLICT, "taken", "Taken by another agent", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException e) {
        return respond(HttpStatus.FORBIDDEN, "forbidden", "Not permitted for your role", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notSignedIn(NotSignedInException e) {
        return respond(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in required", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException e) {
        return respond(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition", e.getMessage());
    }

    /** Someone else changed the same field meanwhile: the caller reloads the ticket and decides again. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> changedMeanwhile(ConcurrentTicketChangeException e) {
        return respond(HttpStatus.CONFLICT, "changed-meanwhile", "Changed by someone else", e.getMessage());
    }

    /** Extended twice, re-complaint of an unresolved ticket, extension of a closed one: the ticket's state says no. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        return respond(HttpStatus.CONFLICT, "conflict", "Not possible in the ticket's state", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return respond(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        boolean missing = e.getMessage() != null && e.getMessage().contains("No request body");
        return respond(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                missing ? "a JSON request body is required" : "the request body is not a JSON object of the expected shape");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(UnsupportedMediaTypeStatusException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "send JSON with Content-Type: application/json");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedisException || t instanceof IOException) {
                log.error("store unavailable: {}", e.toString());
                ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                        "the ticket store is unavailable; nothing was changed, please retry");
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
        }
        log.error("unexpected error", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the request could not be handled; please retry later");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String type, String title, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, type, title, detail));
    }
}
