package io.anxin.app.departments;

import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import io.anxin.core.message.Reply;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Tells a department of a ticket: by webhook when it has one (a JSON POST of the notice), else by e-mail; sends the
 * scheduled reports by e-mail too (an HTML body and a CSV attached, from the message's documents). A
 * webhook that answers 4xx (other than 408 and 429) refuses the notice for good; any other failure is retried by
 * the outbox. Without a mail server configured, e-mail notices fail and end as dead letters, which supervisors
 * see, rather than being dropped.
 */
public final class DepartmentCourier implements Courier {

    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final @Nullable JavaMailSender mail;
    private final String from;

    /** @param mail null when no mail server is configured ({@code spring.mail.host}) */
    public DepartmentCourier(WebClient http, @Nullable JavaMailSender mail, String from) {
        this.http = http;
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String route() {
        return Recipient.Department.ROUTE;
    }

    @Override
    public Mono<Void> deliver(OutboundMessage message) {
        Recipient.Department department = (Recipient.Department) message.recipient();
        String text = message.replies().stream().map(Reply::text).collect(Collectors.joining("\n\n"));
        return department.webhook() != null ? post(message, department, text) : email(message, department, text);
    }

    private Mono<Void> post(OutboundMessage message, Recipient.Department department, String text) {
        Map<String, String> body = Map.of("id", message.id(), "purpose", message.purpose(),
                "department", department.department(), "subject", department.subject(), "text", text,
                "at", message.at().toString());
        return http.post().uri(department.webhook()).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .retrieve().toBodilessEntity()
                .timeout(WEBHOOK_TIMEOUT)
                .onErrorMap(WebClientResponseException.class, e -> refusedForGood(e.getStatusCode())
                        ? new Undeliverable("the webhook of " + department.department() + " refused the notice: "
                                + e.getStatusCode().value())
                        : e)
                .then();
    }

    private static boolean refusedForGood(HttpStatusCode status) {
        return status.is4xxClientError() && status.value() != 408 && status.value() != 429;
    }

    private Mono<Void> email(OutboundMessage message, Recipient.Department department, String text) {
        if (mail == null) {
            return Mono.error(new IllegalStateException("no mail server is configured (spring.mail.host) to tell "
                    + department.department() + " by e-mail"));
        }
        JavaMailSender sender = mail;
        return Mono.<Void>fromRunnable(() -> {
            MimeMessage mime = sender.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(mime, !message.documents().isEmpty(), "UTF-8");
                helper.setFrom(from);
                helper.setTo(department.email());
                helper.setSubject(department.subject());
                // A scheduled report: its HTML document is the body beside the plain text, the others attached.
                String html = message.documents().stream().filter(d -> d.contentType().equals(OutboundMessage.Document.HTML))
                        .map(OutboundMessage.Document::content).findFirst().orElse(null);
                if (html == null) {
                    helper.setText(text);
                } else {
                    helper.setText(text, html);
                }
                for (OutboundMessage.Document d : message.documents()) {
                    if (!d.contentType().equals(OutboundMessage.Document.HTML)) {
                        helper.addAttachment(d.name(), new org.springframework.core.io.ByteArrayResource(
                                d.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)), d.contentType() + "; charset=UTF-8");
                    }
                }
                // RFC 3834: written by a machine, so that auto-responders do not answer it.
                mime.setHeader("Auto-Submitted", "auto-generated");
                mime.setHeader("X-Anxin-Notice", message.id());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("could not write the notice " + message.id() + ": " + e.getMessage(), e);
            }
            sender.send(mime);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
