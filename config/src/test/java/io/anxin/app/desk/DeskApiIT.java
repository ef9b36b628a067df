package io.anxin.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.app.AnxinApplication;
import io.anxin.app.support.DeskUsers;
import io.anxin.core.followup.CallbackTask;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.redis.RedisCallbackTasks;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.FormField;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The desk API over real HTTP: the whole application on an embedded Redis, users from a users file. */
@SpringBootTest(classes = AnxinApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskApiIT {

    private static final String PASSWORD = "desk-test-password";
    private static final String AGENT = "li.wei";
    private static final String OPERATIONS = "zhang.min";
    private static final String FINANCE = "zhao.lei";
    private static final String COMPLIANCE = "wang.fang";
    private static final String SUPERVISOR = "chen.jie";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void isolatedRedisAndUsers(DynamicPropertyRegistry registry) {
        registry.add("anxin.redis.url", () -> "");
        registry.add("anxin.redis.embedded.data-dir", () -> dir.resolve("redis").toString());
        registry.add("anxin.users", () -> DeskUsers.withPassword(PASSWORD).user(AGENT, "李伟", "agent")
                .departmentUser(OPERATIONS, "张敏", "operations").departmentUser(FINANCE, "赵磊", "product")
                .user(COMPLIANCE, "王芳", "compliance").user(SUPERVISOR, "陈杰", "supervisor").location(dir));
    }


    @LocalServerPort
    int port;

    @Autowired
    TicketStore tickets;

    @Autowired
    RedisClusterReactiveCommands<String, String> redis;

    @Autowired
    Outbox outbox;

    private WebTestClient as(String user) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(h -> h.setBasicAuth(user, PASSWORD)).build();
    }

    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A ticket registered directly, as the engine would, accepted at {@code at}. */
    private Ticket register(Intent type, YearMonth month, Instant at, @Nullable Category category, Set<RiskFlag> flags,
            @Nullable String department) {
        TicketNumber number = tickets.nextNumber(type, month).block();
        ComplaintForm form = ComplaintForm.receivedBy("anxin-bot");
        if (department != null) {
            form = form.with(FormField.RESPONSIBLE_DEPARTMENT, department);
        }
        Ticket ticket = new Ticket(number, TicketStatus.ACCEPTED, Grade.FOUR, ConversationId.random(), Channel.API,
                Lang.ZH_HANS, "提现三天了还没到账", type == Intent.COMPLAINT ? category : null, flags, form, at,
                at.plus(Duration.ofDays(1)));
        tickets.register(ticket).block();
        return ticket;
    }

    private Ticket complaint(@Nullable String department) {
        return register(Intent.COMPLAINT, YearMonth.of(2026, 11), Instant.now(), Category.SYSTEM_FAULT, Set.of(), department);
    }

    private WebTestClient.ResponseSpec move(String user, Ticket ticket, String to, @Nullable String note) {
        return as(user).post().uri("/api/v1/desk/tickets/" + ticket.number() + "/transitions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(note == null ? Map.of("to", to) : Map.of("to", to, "note", note))
                .exchange();
    }

    private WebTestClient.ResponseSpec fill(String user, Ticket ticket, Map<String, Object> fields) {
        return as(user).patch().uri("/api/v1/desk/tickets/" + ticket.number() + "/form")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(fields).exchange();
    }

    /** Form fields in the order given, so their audit events come in that order. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void an_agent_moves_a_complaint_through_its_whole_lifecycle_and_every_step_names_them() {
        Ticket ticket = complaint(null);

        fill(AGENT, ticket, ordered("responsibleDepartment", "operations", "responsiblePerson", "张敏"))
                .expectStatus().isOk();
        move(AGENT, ticket, "forwarded", "to operations").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("forwarded");
        move(AGENT, ticket, "in_progress", null).expectStatus().isOk();
        fill(AGENT, ticket, ordered("factsEstablished", "清算批次延迟", "correctiveMeasures", "增加批次监控",
                "actionOnStaff", "值班人员通报批评")).expectStatus().isOk();
        move(AGENT, ticket, "resolved", "refunded").expectStatus().isOk();
        fill(AGENT, ticket, ordered("satisfaction", "满意")).expectStatus().isOk();
        move(AGENT, ticket, "followed_up", null).expectStatus().isOk();
        move(AGENT, ticket, "archived", null).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("archived")
                .jsonPath("$.form.actionOnStaff").isEqualTo("值班人员通报批评")
                .jsonPath("$.events[0].what").isEqualTo("registered")
                .jsonPath("$.events[1].what").isEqualTo("form.responsibleDepartment: operations")
                .jsonPath("$.events[2].what").isEqualTo("form.responsiblePerson: 张敏")
                .jsonPath("$.events[3].what").isEqualTo("status:FORWARDED to operations")
                .jsonPath("$.events[3].by").isEqualTo(AGENT)
                .jsonPath("$.events[5].what").isEqualTo("form.factsEstablished: 清算批次延迟")
                .jsonPath("$.events[7].what").isEqualTo("form.actionOnStaff: 值班人员通报批评")
                .jsonPath("$.events[8].what").isEqualTo("status:RESOLVED refunded")
                .jsonPath("$.events[11].what").isEqualTo("status:ARCHIVED")
                .jsonPath("$.events[11].by").isEqualTo(AGENT)
                .jsonPath("$.events.length()").isEqualTo(12);
    }

    @Test
    void a_step_the_procedure_does_not_allow_is_a_409_problem_saying_which() {
        Ticket ticket = complaint(null);

        move(AGENT, ticket, "archived", null).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("a ticket cannot move from ACCEPTED to ARCHIVED");
        move(AGENT, ticket, "closed", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).startsWith("to 'closed' is not a status"));
    }

    @Test
    void without_credentials_or_with_a_wrong_password_the_desk_is_a_401_while_the_customer_api_stays_open() {
        Ticket ticket = complaint(null);

        anonymous().get().uri("/api/v1/desk/tickets/" + ticket.number()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"Anxin desk\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(AGENT, "wrong")).build()
                .get().uri("/api/v1/desk/tickets").exchange().expectStatus().isUnauthorized();

        anonymous().get().uri("/api/v1/tickets/" + ticket.number() + "?conversation=" + ticket.conversationId().value())
                .exchange().expectStatus().isOk();
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_department_user_sees_and_acts_on_its_own_tickets_and_another_departments_do_not_exist_for_it() {
        Ticket ours = complaint("operations");
        Ticket theirs = complaint("product");
        Ticket unassigned = complaint(null);

        as(OPERATIONS).get().uri("/api/v1/desk/tickets/" + ours.number()).exchange().expectStatus().isOk();
        move(OPERATIONS, ours, "in_progress", null).expectStatus().isOk()
                .expectBody().jsonPath("$.events[1].by").isEqualTo(OPERATIONS);
        for (Ticket hidden : List.of(theirs, unassigned)) {
            as(OPERATIONS).get().uri("/api/v1/desk/tickets/" + hidden.number()).exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.detail").isEqualTo("no ticket " + hidden.number());
            move(OPERATIONS, hidden, "in_progress", null).expectStatus().isNotFound();
        }
        as(OPERATIONS).get().uri("/api/v1/desk/tickets?size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].responsibleDepartment")
                .value(departments -> assertThat((List<Object>) departments).isNotEmpty().containsOnly("operations"));
    }

    @Test
    void a_department_user_may_not_hand_a_ticket_to_another_department() {
        Ticket ours = complaint("operations");

        fill(OPERATIONS, ours, ordered("responsibleDepartment", "product")).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d)
                        .startsWith("a department user cannot change the responsible department"));
        fill(OPERATIONS, ours, ordered("factsEstablished", "系统升级导致延迟")).expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_confidential_ticket_does_not_exist_for_an_agent_is_visible_to_compliance_and_every_read_is_audited() {
        Ticket whistle = register(Intent.COMPLAINT, YearMonth.of(2026, 11), Instant.now(), Category.SERVICE_ATTITUDE,
                Set.of(RiskFlag.WHISTLEBLOW), null);

        as(AGENT).get().uri("/api/v1/desk/tickets/" + whistle.number()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("no ticket " + whistle.number());
        move(AGENT, whistle, "forwarded", null).expectStatus().isNotFound();
        as(AGENT).get().uri("/api/v1/desk/tickets?size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].number")
                .value(numbers -> assertThat((List<Object>) numbers).doesNotContain(whistle.number().toString()));

        as(COMPLIANCE).get().uri("/api/v1/desk/tickets/" + whistle.number()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.confidential").isEqualTo(true);

        var reads = redis.xrange("anxin:audit", Range.create("-", "+")).collectList().block();
        assertThat(reads).extracting(r -> r.getBody().get("who") + " " + r.getBody().get("what") + " " + r.getBody().get("ticket"))
                .contains(COMPLIANCE + " read " + whistle.number())
                .noneMatch(line -> line.startsWith(AGENT));
    }

    @Test
    void a_field_of_another_ticket_type_an_unknown_field_or_a_department_the_pack_does_not_have_is_a_400_naming_it() {
        Ticket ticket = complaint(null);

        fill(AGENT, ticket, ordered("answer", "请在设置中修改")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("answer is not a field of a complaint (" + ticket.number() + ")");
        fill(AGENT, ticket, ordered("colour", "red")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d)
                        .startsWith("'colour' is not a form field staff fill in"));
        fill(AGENT, ticket, ordered("responsibleDepartment", "marketing")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail")
                .isEqualTo("responsibleDepartment 'marketing' is not a department of the policy pack; expected one of"
                        + " [compliance, customer-service, general-manager, operations, product, project]");
        Ticket suggestion = register(Intent.SUGGESTION, YearMonth.of(2026, 11), Instant.now(), null, Set.of(), null);
        fill(AGENT, suggestion, ordered("leaderDecision", "下季度排期", "adopted", true)).expectStatus().isOk()
                .expectBody().jsonPath("$.form.adopted").isEqualTo(true);
        fill(AGENT, suggestion, ordered("adopted", "yes")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("'adopted' must be a JSON boolean (true or false)");
    }

    @Test
    void a_complaint_is_extended_once_with_a_reason_and_a_rejected_outcome_becomes_a_linked_complaint() {
        Ticket ticket = complaint(null);
        var extend = as(AGENT).post().uri("/api/v1/desk/tickets/" + ticket.number() + "/extension")
                .contentType(MediaType.APPLICATION_JSON);

        extend.bodyValue(Map.of("reason", "需要第三方支付机构核实")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.extensionReason").isEqualTo("需要第三方支付机构核实");
        as(AGENT).post().uri("/api/v1/desk/tickets/" + ticket.number() + "/extension").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "again")).exchange().expectStatus().isEqualTo(409);

        move(AGENT, ticket, "in_progress", null).expectStatus().isOk();
        move(AGENT, ticket, "resolved", null).expectStatus().isOk();
        as(AGENT).post().uri("/api/v1/desk/tickets/" + ticket.number() + "/re-complaints").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("words", "处理结果我不接受")).exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", l -> assertThat(l).startsWith("/api/v1/desk/tickets/C-"))
                .expectBody()
                .jsonPath("$.reComplaintOf").isEqualTo(ticket.number().toString())
                .jsonPath("$.events[0].by").isEqualTo(AGENT);
    }

    @Test
    void lists_filter_by_status_type_grade_category_channel_and_time_newest_first_in_pages() {
        // tickets of January 2020 only, so other tests' tickets stay out of the window
        Instant start = Instant.parse("2020-01-06T02:00:00Z");
        YearMonth month = YearMonth.of(2020, 1);
        Ticket oldest = register(Intent.COMPLAINT, month, start, Category.SYSTEM_FAULT, Set.of(), null);
        Ticket attitude = register(Intent.COMPLAINT, month, start.plusSeconds(60), Category.SERVICE_ATTITUDE, Set.of(), null);
        Ticket inquiry = register(Intent.INQUIRY, month, start.plusSeconds(120), null, Set.of(), null);
        Ticket newest = register(Intent.COMPLAINT, month, start.plusSeconds(180), Category.SYSTEM_FAULT, Set.of(), null);
        move(AGENT, newest, "forwarded", null).expectStatus().isOk();
        String window = "createdFrom=2020-01-01T00:00:00Z&createdTo=2020-02-01T00:00:00Z";

        as(AGENT).get().uri("/api/v1/desk/tickets?" + window + "&size=2").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.items[0].number").isEqualTo(newest.number().toString())
                .jsonPath("$.items[1].number").isEqualTo(inquiry.number().toString());
        as(AGENT).get().uri("/api/v1/desk/tickets?" + window + "&size=2&page=1").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].number").isEqualTo(attitude.number().toString())
                .jsonPath("$.items[1].number").isEqualTo(oldest.number().toString());
        as(AGENT).get().uri("/api/v1/desk/tickets?" + window + "&type=complaint&category=system_fault&status=accepted")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].number").isEqualTo(oldest.number().toString());
        as(AGENT).get().uri("/api/v1/desk/tickets?" + window + "&status=forwarded&grade=4&channel=api")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].number").isEqualTo(newest.number().toString());
        as(AGENT).get().uri("/api/v1/desk/tickets?createdFrom=2020-01-06T02:01:00Z&createdTo=2020-01-06T02:03:00Z")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2);
        as(AGENT).get().uri("/api/v1/desk/tickets?stauts=accepted").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).startsWith("unknown parameter 'stauts'"));
        as(AGENT).get().uri("/api/v1/desk/tickets?grade=7").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("grade '7' is not a grade from 1 to 4");
    }

    @Test
    void a_supervisor_sees_the_call_backs_due_and_marking_one_done_archives_its_ticket_while_an_agent_may_not() {
        Ticket ticket = complaint(null);
        move(AGENT, ticket, "in_progress", null).expectStatus().isOk();
        move(AGENT, ticket, "resolved", null).expectStatus().isOk();
        move(AGENT, ticket, "followed_up", null).expectStatus().isOk();
        Instant now = Instant.now();
        new RedisCallbackTasks(redis).open(new CallbackTask(ticket.number(), ticket.conversationId(),
                "result 2/10, attitude 6/10 (dissatisfied)", now, now.plus(Duration.ofDays(7)))).block();

        as(AGENT).get().uri("/api/v1/desk/callbacks").exchange().expectStatus().isForbidden();
        as(SUPERVISOR).get().uri("/api/v1/desk/callbacks").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.ticket == '" + ticket.number() + "')].reason")
                .isEqualTo("result 2/10, attitude 6/10 (dissatisfied)");

        as(SUPERVISOR).post().uri("/api/v1/desk/callbacks/" + ticket.number() + "/done")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("outcome", "explained the refund; accepted"))
                .exchange().expectStatus().isOk();
        assertThat(tickets.find(ticket.number()).block().status()).isEqualTo(TicketStatus.ARCHIVED);
        as(SUPERVISOR).post().uri("/api/v1/desk/callbacks/" + ticket.number() + "/done")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("outcome", "again"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void a_message_no_courier_can_deliver_is_shown_to_the_supervisor_as_a_dead_letter() throws InterruptedException {
        String id = "test:" + UUID.randomUUID();
        outbox.post(OutboundMessage.toCustomer(id, "agent_reply", ConversationId.random(), Channel.PHONE, "c-1",
                Lang.ZH_HANS, List.of(Reply.text("您好，您的问题已经处理。")), Instant.now())).block();

        awaitDeadLetter(id);
        as(SUPERVISOR).get().uri("/api/v1/desk/dead-letters").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].reason").isEqualTo("no courier delivers on route phone");
        as(AGENT).get().uri("/api/v1/desk/dead-letters").exchange().expectStatus().isForbidden();
    }

    @Test
    void an_agent_raises_a_grade_for_a_fact_triage_cannot_see_but_never_lowers_one_and_a_department_may_not() {
        Ticket ticket = complaint("operations");
        String uri = "/api/v1/desk/tickets/" + ticket.number() + "/grade";

        as(AGENT).post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("grade", 3, "reason", "needs the bank's clearing department as well"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.grade").isEqualTo(3)
                .jsonPath("$.events[1].what").isEqualTo("grade:3 needs the bank's clearing department as well");
        as(AGENT).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("grade", 4, "reason", "calmer now"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("a grade only rises"));
        as(AGENT).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("grade", 7, "reason", "x"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("a grade is 1 to 4, was 7");
        as(OPERATIONS).post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("grade", 2, "reason", "unresolved for a month")).exchange().expectStatus().isForbidden();
    }

    private String customerAsksForAPerson(String customer) {
        return customerAsksForAPerson(customer, "m1");
    }

    private String customerAsksForAPerson(String customer, String messageId) {
        String[] id = new String[1];
        anonymous().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customer, "messageId", messageId, "text", "转人工"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.conversationId").value(v -> id[0] = (String) v)
                .jsonPath("$.replies[0].text").isEqualTo("好的，正在为您转接人工客服，请稍候，客服人员会在这里回复您。");
        return id[0];
    }

    @Test
    void of_two_agents_taking_a_waiting_conversation_at_once_exactly_one_wins_and_the_other_is_told_who()
            throws Exception {
        String conversation = customerAsksForAPerson("human-" + UUID.randomUUID());
        as(AGENT).get().uri("/api/v1/desk/queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.conversation == '" + conversation + "')].reason").isEqualTo("customer_asked");

        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> attempts = List.of(AGENT, SUPERVISOR).stream().map(user -> two.submit(() -> {
            go.await();
            return as(user).post().uri("/api/v1/desk/conversations/" + conversation + "/takeover").exchange()
                    .returnResult(String.class).getStatus().value();
        })).toList();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : attempts) {
            statuses.add(attempt.get(30, TimeUnit.SECONDS));
        }
        two.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        as(AGENT).get().uri("/api/v1/desk/queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.conversation == '" + conversation + "')]").isEmpty();
    }

    @Test
    void the_owner_replies_on_the_customers_channel_without_promises_and_hands_the_conversation_back_to_the_bot()
            throws InterruptedException {
        String customer = "human-" + UUID.randomUUID();
        String conversation = customerAsksForAPerson(customer);
        String path = "/api/v1/desk/conversations/" + conversation;
        as(AGENT).post().uri(path + "/takeover").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.owner").isEqualTo(AGENT);

        as(SUPERVISOR).post().uri(path + "/replies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "您好")).exchange().expectStatus().isForbidden();
        as(AGENT).post().uri(path + "/replies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "我保证今天给您退款")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("promises an outcome ('保证')"));
        as(AGENT).post().uri(path + "/replies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "您好，我是客服李伟，您的问题我来跟进。", "replyId", "r1")).exchange()
                .expectStatus().isAccepted();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            String body = anonymous().get().uri("/api/v1/conversations/" + conversation).exchange()
                    .returnResult(String.class).getResponseBody().blockFirst();
            seen = body != null && body.contains("您好，我是客服李伟，您的问题我来跟进。");
            Thread.sleep(200);
        }
        assertThat(seen).as("the agent's reply reaches the customer's conversation").isTrue();
        as(AGENT).get().uri(path).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.owner").isEqualTo(AGENT)
                .jsonPath("$.transcript[0].triage.intent").exists()
                .jsonPath("$.transcript[?(@.speaker == 'agent')].text").isEqualTo("您好，我是客服李伟，您的问题我来跟进。");

        as(AGENT).post().uri(path + "/hand-on").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isOk();
        anonymous().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customer, "messageId", "m2", "text", "谢谢"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.replies[0].text").value(text ->
                        assertThat((String) text).isNotEqualTo("您的消息已转给人工客服，请稍候，客服人员会在这里回复您。"));
    }

    @Test
    void while_the_agent_holds_the_chat_the_bot_stays_quiet_and_one_reply_id_in_two_conversations_is_two_replies()
            throws InterruptedException {
        String first = "human-" + UUID.randomUUID();
        String second = "human-" + UUID.randomUUID();
        List<String> conversations = List.of(customerAsksForAPerson(first), customerAsksForAPerson(second));
        for (String conversation : conversations) {
            as(AGENT).post().uri("/api/v1/desk/conversations/" + conversation + "/takeover").exchange().expectStatus().isOk();
        }

        anonymous().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", first, "messageId", "m2", "text", "我等了十分钟了"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.replies[0]").doesNotExist();
        for (String conversation : conversations) {
            as(AGENT).post().uri("/api/v1/desk/conversations/" + conversation + "/replies").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("text", "您好，我来跟进您的问题。", "replyId", "r1")).exchange().expectStatus().isAccepted();
        }

        for (String conversation : conversations) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                String body = anonymous().get().uri("/api/v1/conversations/" + conversation).exchange()
                        .returnResult(String.class).getResponseBody().blockFirst();
                seen = body != null && body.contains("您好，我来跟进您的问题。");
                Thread.sleep(200);
            }
            assertThat(seen).as("the reply reaches conversation %s", conversation).isTrue();
        }
        as(AGENT).get().uri("/api/v1/desk/conversations/" + conversations.get(0)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.transcript[?(@.speaker == 'customer')].text").value(texts ->
                        assertThat(texts.toString()).contains("我等了十分钟了"));
    }

    @Test
    void a_whistle_blowers_conversation_and_its_undelivered_notices_are_for_compliance_alone() throws InterruptedException {
        String customer = "whistle-" + UUID.randomUUID();
        anonymous().post().uri("/api/v1/messages").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customer, "messageId", "m1", "text", "我要实名举报你们的客户经理私下收客户回扣"))
                .exchange().expectStatus().isOk();
        String conversation = customerAsksForAPerson(customer, "m2");
        String path = "/api/v1/desk/conversations/" + conversation;

        as(AGENT).get().uri("/api/v1/desk/queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.conversation == '" + conversation + "')]").isEmpty();
        as(AGENT).get().uri(path).exchange().expectStatus().isNotFound();
        as(SUPERVISOR).post().uri(path + "/takeover").exchange().expectStatus().isNotFound();
        as(COMPLIANCE).get().uri("/api/v1/desk/queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.conversation == '" + conversation + "')].reason").exists();
        as(COMPLIANCE).get().uri(path).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.transcript[0].text").isEqualTo("我要实名举报你们的客户经理私下收客户回扣");

        String id = "test:" + UUID.randomUUID();
        outbox.post(OutboundMessage.toCustomer(id, "confidential", ConversationId.random(), Channel.PHONE, "c-1",
                Lang.ZH_HANS, List.of(Reply.text("保密：举报材料")), Instant.now())).block();
        awaitDeadLetter(id);
        as(SUPERVISOR).get().uri("/api/v1/desk/dead-letters").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')]").isEmpty();
        as(COMPLIANCE).get().uri("/api/v1/desk/dead-letters").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].text").value(text -> assertThat(text.toString()).contains("保密：举报材料"));
    }

    private void awaitDeadLetter(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (outbox.deadLetters(100).filter(d -> d.message().id().equals(id)).hasElements().block() != Boolean.TRUE
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }
}
