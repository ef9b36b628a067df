package io.anxin.core.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.message.Channel;
import io.anxin.core.message.InboundMessage;
import io.anxin.core.message.Lang;
import io.anxin.core.redis.RedisComplaintIndex;
import io.anxin.core.redis.RedisEscalationLog;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.testing.FixedTriager;
import io.anxin.core.testing.MutableClock;
import io.anxin.core.testing.TestEngine;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.TriageResult;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 000 part 1 §3: the same complaint from three or more different customers within a month is grade 2. Each test
 * uses its own month of 2025 (one of 2024), so that other tests' complaints are not in its month.
 */
class GradeRecurringComplaintIT {

    private final RedisTicketStore tickets = new RedisTicketStore(TestEngine.redis());
    private final FixedTriager triager = new FixedTriager();

    private MutableClock clock(String at) {
        return new MutableClock(Instant.parse(at));
    }

    private TicketNumber complain(ConversationEngine engine, String customer, String text, Category category,
            MutableClock clock) {
        triager.result(text, new TriageResult(Intent.COMPLAINT, 0.95, category, Set.of(), 1, Lang.ZH_HANS));
        String number = engine.handle(new InboundMessage(Channel.API, "m-" + UUID.randomUUID(), customer, text, null,
                clock.instant())).block().ticket().number();
        return TicketNumber.parse(number);
    }

    private Grade gradeOf(TicketNumber number) {
        return tickets.find(number).block().grade();
    }

    @Test
    void the_third_customer_with_the_same_problem_within_a_month_raises_all_three_complaints_to_grade_2() {
        MutableClock clock = clock("2025-03-03T02:00:00Z");
        ConversationEngine engine = TestEngine.engine(triager, clock);
        String first = "c-" + UUID.randomUUID();

        TicketNumber one = complain(engine, first, "提现三天了还没到账，你们怎么回事", Category.PRODUCT_QUALITY, clock);
        clock.advance(Duration.ofDays(6));
        TicketNumber two = complain(engine, "c-" + UUID.randomUUID(), "提现一直不到账，钱去哪了", Category.PRODUCT_QUALITY, clock);
        assertThat(gradeOf(one)).isEqualTo(Grade.FOUR);
        assertThat(gradeOf(two)).isEqualTo(Grade.FOUR);

        clock.advance(Duration.ofDays(20));
        TicketNumber three = complain(engine, "c-" + UUID.randomUUID(), "我周一申请的提现到现在都没到账", Category.PRODUCT_QUALITY,
                clock);

        assertThat(List.of(gradeOf(one), gradeOf(two), gradeOf(three))).containsOnly(Grade.TWO);
        var events = TestEngine.sync().xrange("anxin:{" + one + "}:events", Range.create("-", "+"));
        assertThat(events).extracting(e -> e.getBody().get("event") + " by " + e.getBody().get("by"))
                .contains("grade:2 same complaint from 3 customers within a month: " + one + "," + two + "," + three
                        + " by recurrence");
        assertThat(TestEngine.sync().xrange("anxin:escalations", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("reason") + " " + e.getBody().get("ticket"))
                .contains("recurring_complaint " + one + "," + two + "," + three);
        // a fourth customer joins the repeat: raised too, the three raised before left as they are
        long eventsOfOne = TestEngine.sync().xlen("anxin:{" + one + "}:events");
        clock.advance(Duration.ofDays(1));
        TicketNumber four = complain(engine, "c-" + UUID.randomUUID(), "提现申请好几天了，钱一直没到账", Category.PRODUCT_QUALITY,
                clock);
        assertThat(gradeOf(four)).isEqualTo(Grade.TWO);
        assertThat(TestEngine.sync().xlen("anxin:{" + one + "}:events")).isEqualTo(eventsOfOne);
    }

    @Test
    void one_customer_complaining_three_times_is_not_three_customers() {
        MutableClock clock = clock("2025-05-05T02:00:00Z");
        GradeRecurringComplaint grading = grading(clock);
        ConversationId customer = ConversationId.random();

        grading.afterRegistration(registered(customer, "APP登录不上，一直提示网络异常", clock)).block();
        grading.afterRegistration(registered(ConversationId.random(), "今天早上开始app就登录不了，显示网络异常", clock)).block();
        Ticket again = grading.afterRegistration(registered(customer, "登录不了app，老是网络异常，还没修好", clock)).block();

        assertThat(again.grade()).isEqualTo(Grade.FOUR);
        assertThat(gradeOf(again.number())).isEqualTo(Grade.FOUR);
    }

    @Test
    void a_retried_registration_handing_in_its_complaint_as_first_built_raises_nothing_twice_and_does_not_fail() {
        MutableClock clock = clock("2025-07-07T02:00:00Z");
        GradeRecurringComplaint grading = grading(clock);
        grading.afterRegistration(registered(ConversationId.random(), "APP登录不上，一直提示网络异常", clock)).block();
        grading.afterRegistration(registered(ConversationId.random(), "今天早上开始app就登录不了，显示网络异常", clock)).block();
        Ticket third = registered(ConversationId.random(), "登录不了app，老是网络异常，还没修好", clock);
        assertThat(grading.afterRegistration(third).block().grade()).isEqualTo(Grade.TWO);
        long events = TestEngine.sync().xlen("anxin:{" + third.number() + "}:events");

        // the same message again after a crash: its complaint is built anew, at grade 4, while the store says 2
        Ticket again = grading.afterRegistration(third).block();

        assertThat(gradeOf(third.number())).isEqualTo(Grade.TWO);
        assertThat(again.number()).isEqualTo(third.number());
        assertThat(TestEngine.sync().xlen("anxin:{" + third.number() + "}:events")).isEqualTo(events);
    }

    @Test
    void complaints_indexed_before_the_index_kept_their_words_are_compared_by_their_tickets() {
        MutableClock clock = clock("2025-09-09T02:00:00Z");
        GradeRecurringComplaint grading = grading(clock);
        // as an older version indexed them: the number alone
        for (String text : List.of("APP登录不上，一直提示网络异常", "今天早上开始app就登录不了，显示网络异常")) {
            Ticket old = registered(ConversationId.random(), text, clock);
            TestEngine.sync().zadd("anxin:complaints:" + Category.SYSTEM_FAULT.label(),
                    old.createdAt().toEpochMilli(), old.number().toString());
        }

        Ticket third = grading.afterRegistration(registered(ConversationId.random(), "登录不了app，老是网络异常，还没修好", clock))
                .block();

        assertThat(third.grade()).isEqualTo(Grade.TWO);
    }

    @Test
    void a_repeat_of_many_open_complaints_names_twenty_of_them_in_the_trail_and_counts_the_rest() {
        MutableClock clock = clock("2025-11-11T02:00:00Z");
        GradeRecurringComplaint grading = grading(clock);
        // one customer complaining again and again is one customer: all stay open at grade 4
        ConversationId persistent = ConversationId.random();
        for (int i = 0; i < GradeRecurringComplaint.NAMED_AT_MOST + 2; i++) {
            assertThat(grading.afterRegistration(registered(persistent, "APP登录不上，一直提示网络异常", clock)).block().grade())
                    .isEqualTo(Grade.FOUR);
        }
        grading.afterRegistration(registered(ConversationId.random(), "APP登录不上，一直提示网络异常", clock)).block();
        Ticket last = grading.afterRegistration(registered(ConversationId.random(), "APP登录不上，一直提示网络异常", clock)).block();

        assertThat(last.grade()).isEqualTo(Grade.TWO);
        assertThat(TestEngine.sync().xrange("anxin:{" + last.number() + "}:events", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("event"))
                .anySatisfy(event -> assertThat(event)
                        .startsWith("grade:2 same complaint from 3 customers within a month: ").endsWith(" and 4 more")
                        .satisfies(text -> assertThat(text.split(",")).hasSize(GradeRecurringComplaint.NAMED_AT_MOST)));
    }

    @Test
    void a_complaint_joining_a_repeat_of_many_reads_the_settled_ones_only_until_the_third_customer() {
        MutableClock clock = clock("2024-02-11T02:00:00Z");
        GradeRecurringComplaint grading = grading(clock);
        List<Ticket> repeat = new ArrayList<>();
        for (int i = 0; i < RedisComplaintIndex.PAGE + 20; i++) {
            repeat.add(grading.afterRegistration(registered(ConversationId.random(), "APP登录不上，一直提示网络异常", clock)).block());
        }

        // every one of them from the third on is raised, and each raise settles the repeat's complaints
        assertThat(repeat).extracting(Ticket::grade).containsOnly(Grade.FOUR, Grade.TWO);
        assertThat(repeat.subList(2, repeat.size())).extracting(Ticket::grade).containsOnly(Grade.TWO);
        assertThat(repeat.subList(0, 2)).extracting(t -> gradeOf(t.number())).containsOnly(Grade.TWO);
        Ticket last = repeat.get(repeat.size() - 1);
        // the newest two before it were enough: the trail names three complaints, not the repeat's hundred and more
        assertThat(TestEngine.sync().xrange("anxin:{" + last.number() + "}:events", Range.create("-", "+")))
                .extracting(e -> e.getBody().get("event"))
                .anySatisfy(event -> assertThat(event)
                        .startsWith("grade:2 same complaint from at least 3 customers within a month: ")
                        .satisfies(text -> assertThat(text.split(",")).hasSize(3))
                        .contains(repeat.get(repeat.size() - 2).number().toString(), repeat.get(repeat.size() - 3).number().toString()));
    }

    private GradeRecurringComplaint grading(MutableClock clock) {
        return new GradeRecurringComplaint(new RedisComplaintIndex(TestEngine.redis()), tickets,
                new RedisEscalationLog(TestEngine.redis()), clock);
    }

    private Ticket registered(ConversationId customer, String text, MutableClock clock) {
        clock.advance(Duration.ofHours(1));
        YearMonth month = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        TicketNumber number = tickets.nextNumber(Intent.COMPLAINT, month).block();
        Ticket ticket = new Ticket(number, TicketStatus.ACCEPTED, Grade.FOUR, customer, Channel.API, Lang.ZH_HANS, text,
                Category.SYSTEM_FAULT, Set.of(), ComplaintForm.receivedBy("anxin-bot"), clock.instant(),
                clock.instant().plus(Duration.ofDays(1)));
        tickets.register(ticket).block();
        return ticket;
    }

    @Test
    void complaints_older_than_a_month_or_about_another_problem_do_not_count() {
        MutableClock clock = clock("2025-07-01T02:00:00Z");
        ConversationEngine engine = TestEngine.engine(triager, clock);

        complain(engine, "c-" + UUID.randomUUID(), "快递显示签收了但我根本没收到", Category.COORDINATION, clock);
        clock.advance(Duration.ofDays(35));
        complain(engine, "c-" + UUID.randomUUID(), "物流显示已签收，可是我没有收到包裹", Category.COORDINATION, clock);
        complain(engine, "c-" + UUID.randomUUID(), "收到的商品是坏的，屏幕有裂痕", Category.COORDINATION, clock);
        TicketNumber third = complain(engine, "c-" + UUID.randomUUID(), "快递说签收了，我没收到，也没人打电话",
                Category.SERVICE_ATTITUDE, clock);

        assertThat(gradeOf(third)).isEqualTo(Grade.FOUR);
    }
}
