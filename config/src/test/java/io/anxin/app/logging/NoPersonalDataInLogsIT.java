package io.anxin.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Customers write their phone numbers, ID and card numbers, e-mail and home addresses into complaints; the
 * application logs what it does with them through its real log formatter. Everything it wrote to the console
 * during the scenario (and from its start) is captured and searched: no datum may appear in clear.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIT {

    private static final String PHONE = "13812345678";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String CARD = "6222021234567890123";
    private static final String EMAIL = "zhang.san@example.com";
    private static final String ADDRESS = "北京市朝阳区建国路88号3栋2单元501室";
    private static final String OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";
    private static final List<String> IN_CLEAR = List.of(PHONE, ID_NUMBER, CARD, EMAIL, "建国路88号", OPENID, "zhang.san");

    @TempDir
    static Path redisData;

    @DynamicPropertySource
    static void isolatedRedis(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> redisData.toString());
    }

    @LocalServerPort
    int port;

    private WebTestClient.ResponseSpec send(String customer, String text) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customer, "messageId", UUID.randomUUID().toString(), "text", text))
                .exchange();
    }

    @Test
    void a_conversation_full_of_personal_data_leaves_none_of_it_in_clear_in_the_log(CapturedOutput output) {
        send(PHONE, "你们App提现三天没到账，太过分了！我的卡号" + CARD + "，身份证" + ID_NUMBER).expectStatus().isOk();
        send(PHONE, "联系我 " + PHONE + " 或者 " + EMAIL + "，地址" + ADDRESS).expectStatus().isOk();
        send(EMAIL, "I want to complain: the refund to card 6222 0212 3456 7890 123 never came, call +86 138 1234 5678")
                .expectStatus().isOk();
        send(OPENID, "举报你们员工私下收我的钱，我的微信号就是" + OPENID).expectStatus().isOk();
        // Bad requests carrying personal data: the refusal must not log it either.
        send(PHONE, "x".repeat(20_000) + PHONE).expectStatus().is4xxClientError();
        send("", EMAIL).expectStatus().isBadRequest();
        // And whatever a developer logs on purpose, in the message or the MDC, goes through the same formatter.
        MDC.put("caller", PHONE);
        try {
            LoggerFactory.getLogger("io.anxin.test").warn("call back {} at {} ({}), card {}", PHONE, EMAIL, ADDRESS, CARD,
                    new IllegalStateException("customer " + ID_NUMBER + " not found"));
        } finally {
            MDC.remove("caller");
        }

        String log = output.getAll();
        assertThat(log).as("the scenario was logged by the JSON formatter")
                .contains("\"logger\":\"io.anxin.test\"").contains("138****5678").contains("z***@example.com")
                .contains("[address]").contains("\"caller\":\"138****5678\"");
        for (String datum : IN_CLEAR) {
            assertThat(log).as("the log holds %s in clear", datum).doesNotContain(datum);
        }
    }
}
