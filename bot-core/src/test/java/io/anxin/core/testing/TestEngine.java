package io.anxin.core.testing;

import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.InFlightLimit;
import io.anxin.core.knowledge.KnowledgeBase;
import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.redis.LocalRedis;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.engine.AfterRegistration;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.lifecycle.MoveTicket;
import io.anxin.core.lifecycle.NotifyDepartment;
import io.anxin.core.redis.RedisCallbackTasks;
import io.anxin.core.redis.RedisComplaintIndex;
import io.anxin.core.redis.RedisHumanDesk;
import io.anxin.core.redis.RedisOutbox;
import io.anxin.core.redis.RedisSurveyStore;
import io.anxin.core.redis.RedisEscalationLog;
import io.anxin.core.recurrence.GradeRecurringComplaint;
import io.anxin.core.redis.RedisTimerStore;
import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.routing.Routing;
import io.anxin.core.sla.BreachRule;
import io.anxin.core.sla.MilestoneLimits;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.redis.RedisTurnStore;
import io.anxin.core.triage.Triager;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An engine on a real embedded Redis (one server, or a cluster: {@link TestRedis}), one per test JVM, with the test scripts and
 * the 2026 calendar: for conversation tests that pin down the dialog with a prepared triager.
 */
public final class TestEngine {

    /** One department that handles everything: the service centre. */
    public static final Routing ROUTING = new Routing(List.of(new Department(new DepartmentId("customer-service"),
            Map.of(Lang.ZH_HANS, "客服中心", Lang.ZH_HANT, "客服中心", Lang.EN, "Customer service centre"),
            "kefu@example.com", null, null)), List.of(), new DepartmentId("customer-service"), List.of());

    /** The seeds' time limits, breaches notified only. */
    public static final PolicyPack POLICY = new PolicyPack("test", TestCalendar.SHANGHAI, MilestoneLimits.seeds(),
            BreachRule.NOTIFY_ONLY, ROUTING, 0.5, List.of(), new java.math.BigDecimal("10000"));

    private static LocalRedis server;
    private static TestRedis.Connection connection;

    private TestEngine() {}

    public static synchronized RedisClusterReactiveCommands<String, String> redis() {
        if (server == null) {
            server = TestRedis.startTemporary();
            connection = TestRedis.connect(server.url());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                connection.close();
                server.close();
            }));
        }
        return connection.reactive();
    }

    public static RedisClusterCommands<String, String> sync() {
        redis();
        return connection.sync();
    }

    public static ConversationEngine engine(Triager triager, Clock clock) {
        return engine(triager, NO_KNOWLEDGE, clock);
    }

    public static ConversationEngine engine(Triager triager, KnowledgeBase knowledge, Clock clock) {
        return engine(triager, knowledge, clock, afterRegistration(clock));
    }

    /** With what follows a registration given: e.g. a step that fails, as a lost Redis would make it. */
    public static ConversationEngine engine(Triager triager, KnowledgeBase knowledge, Clock clock,
            AfterRegistration afterRegistration) {
        RedisClusterReactiveCommands<String, String> commands = redis();
        RedisTicketStore tickets = new RedisTicketStore(commands);
        RedisEscalationLog escalations = new RedisEscalationLog(commands);
        return new ConversationEngine(new RedisConversationStore(commands), tickets,
                new RedisTurnStore(commands, Duration.ofDays(30)), escalations, milestoneTimers(),
                afterRegistration,
                followUp(clock), new RedisHumanDesk(commands), triager,
                TestScripts.library(), knowledge, POLICY, clock, ConversationEngine.Timing.DEFAULT, InFlightLimit.NONE);
    }

    /** The follow-up on the test Redis, with the test scripts, surveys going to the outbox. */
    public static FollowUp followUp(Clock clock) {
        RedisClusterReactiveCommands<String, String> commands = redis();
        return new FollowUp(new RedisTicketStore(commands), new RedisConversationStore(commands),
                new RedisSurveyStore(commands), new RedisCallbackTasks(commands), new RedisOutbox(commands),
                new RedisEscalationLog(commands), milestoneTimers(), TestScripts.library(), clock);
    }

    /** Grading against the same complaint from others, then telling in confidence whom the test routing names. */
    public static AfterRegistration afterRegistration(Clock clock) {
        RedisClusterReactiveCommands<String, String> commands = redis();
        RedisTicketStore tickets = new RedisTicketStore(commands);
        GradeRecurringComplaint recurrence = new GradeRecurringComplaint(new RedisComplaintIndex(commands), tickets,
                new RedisEscalationLog(commands), clock);
        NotifyDepartment departments = new NotifyDepartment(tickets, new RedisOutbox(commands), ROUTING, POLICY.zone(), clock);
        return ((AfterRegistration) recurrence::afterRegistration).then(departments::confidential);
    }

    /** Moves tickets on the test Redis: forwarding tells the test routing's department, resolving asks for a survey. */
    public static MoveTicket moveTicket(Clock clock) {
        RedisClusterReactiveCommands<String, String> commands = redis();
        RedisTicketStore tickets = new RedisTicketStore(commands);
        return new MoveTicket(tickets, milestoneTimers(), followUp(clock),
                new NotifyDepartment(tickets, new RedisOutbox(commands), ROUTING, POLICY.zone(), clock), clock);
    }

    /** Milestone timers on the test Redis with the 2026 calendar and the test policy's limits. */
    public static MilestoneTimers milestoneTimers() {
        return new MilestoneTimers(new MilestoneSchedule(TestCalendar.cn2026(), POLICY.milestoneLimits()),
                new RedisTimerStore(redis()));
    }

    /** A knowledge base that knows nothing: every inquiry is registered. */
    public static final KnowledgeBase NO_KNOWLEDGE = (question, lang) -> Optional.empty();
}
