package io.anxin.app.report;

import io.anxin.app.engine.Polling;
import io.anxin.app.policy.PolicyFiles;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.redis.RedisAccessAudit;
import io.anxin.core.redis.RedisReportClaims;
import io.anxin.core.redis.RedisReportFacts;
import io.anxin.core.report.CompileStatistics;
import io.anxin.core.report.FindRecurringProblems;
import io.anxin.core.report.ReportSchedule;
import io.anxin.core.report.Reports;
import io.anxin.core.report.SendScheduledReports;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.ticket.TicketStore;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import reactor.core.Disposable;

/**
 * The reports, on the facts the ticket store keeps as tickets move, measured against the default policy pack's
 * calendar and time limits; the scheduled reports of that pack; the retention of transcripts.
 */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);

    /** {@code anxin.retention.transcripts}, checked at start-up. */
    @Bean
    Retention retention(@Value("${anxin.retention.transcripts:}") String transcripts) {
        return Retention.of(transcripts);
    }

    @Bean
    Reports reports(RedisClusterReactiveCommands<String, String> redis, TicketStore tickets, BusinessCalendar calendar,
            MilestoneSchedule schedule, PolicyPack policy, Clock clock) {
        return new Reports(new RedisReportFacts(redis), new CompileStatistics(calendar, schedule),
                new FindRecurringProblems(tickets), new RedisAccessAudit(redis), policy.zone(), clock);
    }

    /** The {@code reports} section of the active pack (every pack's is validated at start-up with the pack). */
    @Bean
    SendScheduledReports sendScheduledReports(ResourceLoader loader, @Value("${anxin.policy}") String location,
            Reports reports, RedisClusterReactiveCommands<String, String> redis, Outbox outbox, Clock clock) {
        List<ReportSchedule> schedules = PolicyFiles.reportSchedules(loader.getResource(location), location);
        schedules.forEach(s -> log.info("{} report to {} recipients, {} at {}", s.kind().label(), s.recipients().size(),
                s.kind() == ReportSchedule.Kind.WEEKLY ? s.weekday() : "day " + s.dayOfMonth(), s.at()));
        return new SendScheduledReports(schedules, reports, new RedisReportClaims(redis), outbox,
                new RedisAccessAudit(redis), clock);
    }

    /** Every instance asks; the claim in Redis makes one of them send each period's report. */
    @Bean(destroyMethod = "dispose")
    Disposable scheduledReportPoller(SendScheduledReports send, @Value("${anxin.reports.poll-every}") Duration every) {
        return Polling.every(every, "scheduled report", send::sendDue);
    }
}
