package io.anxin.app.departments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Recipient;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.reactive.function.client.WebClient;

/** A forwarded complaint form reaches the department's mailbox (GreenMail) or its webhook (a local HTTP server). */
class DepartmentCourierIT {

    private static final String FORM = "工单号 Ticket: C-202611-0007\n投诉内容 Content: 卡被多扣了钱\n";

    private GreenMail smtp;
    private HttpServer webhook;
    private final AtomicReference<String> received = new AtomicReference<>();
    private volatile int answer = 204;

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hooks/ops", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        webhook.stop(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private DepartmentCourier courier(boolean withMail) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        return new DepartmentCourier(WebClient.create(), withMail ? mail : null, "anxin@bank.example");
    }

    private static OutboundMessage notice(String email, URI hook) {
        return new OutboundMessage("forward:C-202611-0007", "forward",
                new Recipient.Department("operations", email, hook, "[C-202611-0007] 客户投诉处理单 Complaint form — 运营部"),
                List.of(Reply.text(FORM)), Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void a_department_without_a_webhook_gets_the_form_by_e_mail_in_utf_8_marked_as_automatic() throws Exception {
        courier(true).deliver(notice("ops@bank.example", null)).block();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("[C-202611-0007] 客户投诉处理单 Complaint form — 运营部");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ops@bank.example");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("投诉内容 Content: 卡被多扣了钱");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void a_department_with_a_webhook_gets_the_notice_as_json() {
        URI hook = URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hooks/ops");

        courier(true).deliver(notice("ops@bank.example", hook)).block();

        assertThat(received.get()).contains("\"id\":\"forward:C-202611-0007\"", "\"department\":\"operations\"",
                "卡被多扣了钱");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_webhook_that_refuses_the_notice_is_not_retried_and_a_failing_one_is() {
        URI hook = URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hooks/ops");
        answer = 404;
        assertThatThrownBy(() -> courier(true).deliver(notice(null, hook)).block())
                .isInstanceOf(Courier.Undeliverable.class).hasMessageContaining("refused the notice: 404");
        answer = 503;
        assertThatThrownBy(() -> courier(true).deliver(notice(null, hook)).block())
                .isNotInstanceOf(Courier.Undeliverable.class);
    }

    @Test
    void without_a_mail_server_an_e_mail_notice_fails_so_that_it_is_retried_and_then_parked_not_dropped() {
        assertThatThrownBy(() -> courier(false).deliver(notice("ops@bank.example", null)).block())
                .hasMessageContaining("no mail server is configured");
    }

    @Test
    void a_scheduled_report_arrives_with_its_html_body_and_the_csv_attached() throws Exception {
        OutboundMessage report = new OutboundMessage("report:weekly:2026-11-16:ops@bank.example", "report",
                new Recipient.Department("report-weekly", "ops@bank.example", null, "Anxin weekly report 周报 2026-11-16..2026-11-22"),
                List.of(Reply.text("Tickets 工单: 42")), Instant.parse("2026-11-23T01:00:00Z"),
                List.of(new OutboundMessage.Document("anxin-weekly.html", OutboundMessage.Document.HTML,
                                "<html><body><h1>周报</h1><td>42</td></body></html>"),
                        new OutboundMessage.Document("anxin-weekly.csv", "text/csv", "dimension,value,tickets\r\nall,all,42\r\n")));

        courier(true).deliver(report).block();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Anxin weekly report 周报 2026-11-16..2026-11-22");
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("text/html").contains("text/plain").contains("text/csv")
                .contains("filename=anxin-weekly.csv");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        String attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("anxin-weekly.csv".equals(parts.getBodyPart(i).getFileName())) {
                attached = new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(attached).isEqualTo("dimension,value,tickets\r\nall,all,42\r\n");
    }
}
