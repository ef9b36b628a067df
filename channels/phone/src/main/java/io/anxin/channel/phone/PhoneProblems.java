package io.anxin.channel.phone;

import io.anxin.core.engine.ConversationBusyException;
import io.anxin.core.message.InvalidMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/** Refusals of the hotline's webhooks: a forged signature 403, a malformed request 400, a busy conversation 503. */
@RestControllerAdvice(basePackageClasses = PhoneProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PhoneProblems {

    private static final Logger log = LoggerFactory.getLogger(PhoneProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forged(WebhookSignature.ForgedWebhookException e) {
        log.warn("phone webhook refused: {}", e.getMessage());
        return respond(HttpStatus.FORBIDDEN, "forged-webhook", "the request is not signed by Twilio");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missing(VoiceController.MissingParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "malformed-webhook", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidMessageException e) {
        return respond(HttpStatus.BAD_REQUEST, "malformed-webhook", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        return respond(HttpStatus.BAD_REQUEST, "malformed-webhook", "the request must be a form post with Twilio's parameters");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ConversationBusyException e) {
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "busy", "the conversation is busy; Twilio retries");
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create("https://anxin.io/problems/" + type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
