package io.anxin.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.lettuce.core.Range;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The reports as the desk's report pages and a spreadsheet take them: roles, JSON, CSV, the audit of exports; and
 * the supervisors' lists keeping whistle-blowers to compliance.
 */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsApiIT {

    private static final String PASSWORD = "report-test-password";
    private static final String AGENT = "li.wei";
    private static final String SUPERVISOR = "chen.jie";
    private static final String COMPLIANCE = "wang.fang";
    private static final String MARCH = "from=2026-03-01&to=2026-03-31";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void isolatedRedisAndUsers(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> dir.resolve("redis").toString());
        registry.add("anxin.users", () -> DeskUsers.withPassword(PASSWORD).user(AGENT, "李伟", "agent").user(SUPERVISOR, "陈杰", "supervisor")
                .user(COMPLIANCE, "王芳", "compliance").location(dir));
    }


    @LocalServerPort
    int port;

    @Autowired
    TicketStore tickets;

    @Autowired
    RedisClusterReactiveCommands<String, String> redis;

    private WebTestClient as(String user) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD)).build();
    }

    private static boolean registered;

    /** March 2026, once: two customers with the same fault on the wechat account, one whistle-blower by e-mail, an inquiry. */
    @BeforeEach
    void march() {
        if (registered) {
            return;
        }
        registered = true;
        Instant tuesday = Instant.parse("2026-03-10T02:00:00Z");
        register(Intent.COMPLAINT, tuesday, Channel.WECHAT, "手机App转账一直失败，提示系统繁忙", Category.SYSTEM_FAULT, Set.of());
        register(Intent.COMPLAINT, tuesday.plus(Duration.ofDays(1)), Channel.WECHAT, "App转账失败，一直提示系统繁忙",
                Category.SYSTEM_FAULT, Set.of());
        register(Intent.COMPLAINT, tuesday.plus(Duration.ofDays(2)), Channel.EMAIL,
                "举报：App转账一直失败，提示系统繁忙，是员工故意的，我的电话13812345678", Category.SYSTEM_FAULT,
                Set.of(RiskFlag.WHISTLEBLOW));
        Ticket inquiry = register(Intent.INQUIRY, tuesday.plus(Duration.ofDays(3)), Channel.WIDGET, "额度怎么调整", null, Set.of());
        tickets.amend(inquiry, inquiry.movedTo(TicketStatus.RESOLVED),
                new io.anxin.core.ticket.TicketEvent("status:RESOLVED answered", AGENT, tuesday.plus(Duration.ofDays(3)).plusSeconds(600)))
                .block();
    }

    private Ticket register(Intent type, Instant at, Channel channel, String words, @Nullable Category category,
            Set<RiskFlag> flags) {
        TicketNumber number = tickets.nextNumber(type, YearMonth.of(2026, 3)).block();
        Ticket ticket = new Ticket(number, TicketStatus.ACCEPTED, Grade.FOUR, ConversationId.random(), channel, Lang.ZH_HANS,
                words, category, flags, ComplaintForm.receivedBy("anxin-bot"), at, at.plus(Duration.ofDays(1)));
        tickets.register(ticket).block();
        return ticket;
    }

    @Test
    void a_supervisor_reads_the_months_figures_as_json_broken_down_by_channel_and_type() {
        as(SUPERVISOR).get().uri("/api/v1/desk/reports/statistics?" + MARCH).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.period.first").isEqualTo("2026-03-01")
                .jsonPath("$.zone").isEqualTo("Asia/Shanghai")
                .jsonPath("$.total.tickets").isEqualTo(4)
                .jsonPath("$.total.complaints").isEqualTo(3)
                .jsonPath("$.total.closed").isEqualTo(1)
                .jsonPath("$.total.closureRate").isEqualTo(0.25)
                .jsonPath("$.total.timeLimits.inquiry_answer.onTime").isEqualTo(1)
                .jsonPath("$.by.channel.wechat.tickets").isEqualTo(2)
                .jsonPath("$.by.type.complaint.timeLimits.first_contact.overdue").isEqualTo(3)
                .jsonPath("$.by.day['2026-03-10'].tickets").isEqualTo(1);
    }

    @Test
    void compliance_takes_the_figures_as_csv_and_the_export_is_audited() {
        String csv = as(COMPLIANCE).get().uri("/api/v1/desk/reports/statistics?" + MARCH + "&format=csv").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectHeader().valueMatches("Content-Disposition",
                        "attachment; filename=\"anxin-statistics-2026-03-01-2026-03-31.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("dimension,value,tickets,complaints,valid_complaints,");
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("all,all,4,3,"))
                .anyMatch(line -> line.startsWith("channel,wechat,2,2,"));
        assertThat(redis.xrange("anxin:audit", Range.create("-", "+")).collectList().block())
                .extracting(e -> e.getBody().get("who") + " " + e.getBody().get("what"))
                .contains(COMPLIANCE + " export:statistics 2026-03-01..2026-03-31 csv");
    }

    @Test
    void the_recurring_problem_is_the_same_fault_told_by_several_and_the_whistle_blowers_words_are_no_example() {
        as(SUPERVISOR).get().uri("/api/v1/desk/reports/recurring?" + MARCH + "&top=3").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.previousFrom").isEqualTo("2026-01-29")
                .jsonPath("$.problems[0].category").isEqualTo("system_fault")
                .jsonPath("$.problems[0].complaints").isEqualTo(3)
                .jsonPath("$.problems[0].trend").isEqualTo("new")
                .jsonPath("$.problems[0].examples.length()").isEqualTo(2)
                .jsonPath("$.problems[0].examples[0].excerpt").isEqualTo("手机App转账一直失败，提示系统繁忙");
        String csv = as(SUPERVISOR).get().uri("/api/v1/desk/reports/recurring?" + MARCH + "&format=csv").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).doesNotContain("举报").doesNotContain("13812345678");
    }

    @Test
    void an_agent_gets_no_report_and_bad_periods_are_precise_400s() {
        as(AGENT).get().uri("/api/v1/desk/reports/statistics?" + MARCH).exchange()
                .expectStatus().isForbidden();
        as(SUPERVISOR).get().uri("/api/v1/desk/reports/statistics?to=2026-03-31").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("from is required: a date such as 2026-06-01");
        as(SUPERVISOR).get().uri("/api/v1/desk/reports/statistics?from=2026-03-31&to=2026-03-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("a period ends on or after its first day: 2026-03-31 to 2026-03-01");
        as(SUPERVISOR).get().uri("/api/v1/desk/reports/statistics?" + MARCH + "&format=xls").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("format must be json or csv, was 'xls'");
        as(SUPERVISOR).get().uri("/api/v1/desk/reports/recurring?" + MARCH + "&top=0").exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void a_whistle_blowers_call_back_is_listed_for_compliance_alone() {
        Instant at = Instant.parse("2026-04-20T02:00:00Z"); // April: March's figures stay those of the other tests
        Ticket whistle = register(Intent.COMPLAINT, at, Channel.WECHAT, "举报经理私下收客户的钱", Category.SERVICE_ATTITUDE,
                Set.of(RiskFlag.WHISTLEBLOW));
        Ticket followed = whistle.movedTo(TicketStatus.RESOLVED).movedTo(TicketStatus.FOLLOWED_UP);
        tickets.amend(whistle, followed, new io.anxin.core.ticket.TicketEvent("status:FOLLOWED_UP", "sla", at)).block();
        new io.anxin.core.redis.RedisCallbackTasks(redis).open(new io.anxin.core.followup.CallbackTask(whistle.number(),
                whistle.conversationId(), "result 1/10, attitude 1/10 (dissatisfied)", at, at.plus(Duration.ofDays(7))))
                .block();
        String number = whistle.number().toString();

        as(SUPERVISOR).get().uri("/api/v1/desk/callbacks?size=500").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.ticket == '" + number + "')]").doesNotExist();
        as(SUPERVISOR).post().uri("/api/v1/desk/callbacks/" + number + "/done").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("outcome", "called")).exchange().expectStatus().isNotFound();
        as(COMPLIANCE).get().uri("/api/v1/desk/callbacks?size=500").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.ticket == '" + number + "')].reason")
                .isEqualTo("result 1/10, attitude 1/10 (dissatisfied)");
    }
}
