package io.anxin.core.report;

import io.anxin.core.desk.AccessAudit;
import io.anxin.core.message.Reply;
import io.anxin.core.outbox.OutboundMessage;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.outbox.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the scheduled reports that are due: every instance asks now and then; the first to claim a period's
 * report in Redis posts one e-mail per recipient to the outbox (HTML body with the figures, the CSV attached),
 * and records the export in the access audit. A recipient's message id names the report, the period and the
 * address, so a post retried after a crash sends nothing twice.
 */
public final class SendScheduledReports {

    /** Who the access audit says took a scheduled report. */
    public static final String BY = "scheduled-report";

    /** The purpose of a report's e-mail in the outbox. */
    public static final String PURPOSE = "report";

    /** How many recurring problems a report shows. */
    static final int TOP = 10;

    private static final Logger log = LoggerFactory.getLogger(SendScheduledReports.class);

    private final List<ReportSchedule> schedules;
    private final Reports reports;
    private final ReportClaims claims;
    private final Outbox outbox;
    private final AccessAudit audit;
    private final Clock clock;

    public SendScheduledReports(List<ReportSchedule> schedules, Reports reports, ReportClaims claims, Outbox outbox,
            AccessAudit audit, Clock clock) {
        this.schedules = List.copyOf(schedules);
        this.reports = reports;
        this.claims = claims;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many reports this call sent */
    public Mono<Integer> sendDue() {
        Instant now = clock.instant();
        return Flux.fromIterable(schedules)
                .concatMap(schedule -> Mono.justOrEmpty(schedule.due(now, reports.zone()))
                        .flatMap(period -> claims.claim(schedule.kind().label() + ":" + period.first())
                                .filter(won -> won)
                                .flatMap(won -> send(schedule, period, now))))
                .count()
                .map(Long::intValue);
    }

    private Mono<Boolean> send(ReportSchedule schedule, Period period, Instant now) {
        return reports.statistics(period).zipWith(reports.recurring(period, TOP)).flatMap(both -> {
            Statistics statistics = both.getT1();
            String name = "anxin-" + schedule.kind().label() + "-" + period.first() + "-" + period.last();
            List<OutboundMessage.Document> documents = List.of(
                    new OutboundMessage.Document(name + ".html", OutboundMessage.Document.HTML,
                            ReportMail.html(schedule.kind(), statistics, both.getT2())),
                    new OutboundMessage.Document(name + ".csv", "text/csv", ReportCsv.statistics(statistics)));
            String subject = ReportMail.subject(schedule.kind(), period);
            List<Reply> text = List.of(Reply.text(ReportMail.text(schedule.kind(), statistics)));
            return Flux.fromIterable(schedule.recipients())
                    .concatMap(to -> outbox.post(new OutboundMessage(
                            "report:" + schedule.kind().label() + ":" + period.first() + ":" + to, PURPOSE,
                            new Recipient.Department("report-" + schedule.kind().label(), to, null, subject), text, now,
                            documents)))
                    .then(audit.record(new AccessAudit.Access(BY, "export:" + schedule.kind().label() + " report "
                            + period + " to " + schedule.recipients().size() + " recipients", null, now)))
                    .doOnSuccess(v -> log.info("{} report {} posted to {} recipients", schedule.kind().label(), period,
                            schedule.recipients().size()))
                    .thenReturn(true);
        });
    }
}
