package io.anxin.core.report;

import io.anxin.core.desk.AccessAudit;
import io.anxin.core.desk.NotPermittedException;
import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The reports a service-centre manager and a compliance officer open (003 §2(五): weekly to operations; 000 part 5
 * §11-12: monthly to compliance): for supervisors and compliance alone, and every one taken recorded in the
 * access audit, because figures leave the system with it.
 */
public final class Reports {

    /** At most this many clusters in a report of recurring problems. */
    public static final int MAX_TOP = 50;

    private final ReportFacts facts;
    private final CompileStatistics statistics;
    private final FindRecurringProblems recurring;
    private final AccessAudit audit;
    private final ZoneId zone;
    private final Clock clock;

    public Reports(ReportFacts facts, CompileStatistics statistics, FindRecurringProblems recurring, AccessAudit audit,
            ZoneId zone, Clock clock) {
        this.facts = facts;
        this.statistics = statistics;
        this.recurring = recurring;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /** The period's statistics for {@code who}, audited as taken in {@code format} (json or csv). */
    public Mono<Statistics> statistics(Staff who, Period period, String format) {
        return permitted(who, "statistics", period, format).then(statistics(period));
    }

    /** The period's top recurring problems for {@code who}, audited as taken in {@code format}. */
    public Mono<List<RecurringProblem>> recurring(Staff who, Period period, int top, String format) {
        return permitted(who, "recurring", period, format).then(recurring(period, top));
    }

    /** The period's statistics, for a scheduled report (which records its own sending). */
    public Mono<Statistics> statistics(Period period) {
        return facts.acceptedBetween(period.start(zone), period.end(zone)).collectList()
                .map(all -> statistics.compile(period, all, clock.instant()));
    }

    /** The period's top recurring problems, for a scheduled report. */
    public Mono<List<RecurringProblem>> recurring(Period period, int top) {
        if (top < 1 || top > MAX_TOP) {
            return Mono.error(new IllegalArgumentException("top must be 1 to " + MAX_TOP + ", was " + top));
        }
        Period before = period.previous();
        return facts.acceptedBetween(period.start(zone), period.end(zone)).collectList()
                .zipWith(facts.acceptedBetween(before.start(zone), before.end(zone)).collectList())
                .flatMap(both -> recurring.find(both.getT1(), both.getT2(), top));
    }

    public ZoneId zone() {
        return zone;
    }

    private Mono<Void> permitted(Staff who, String report, Period period, String format) {
        if (!who.has(StaffRole.SUPERVISOR) && !who.has(StaffRole.COMPLIANCE)) {
            return Mono.error(new NotPermittedException("reports are for supervisors and compliance"));
        }
        return audit.record(new AccessAudit.Access(who.id(), "export:" + report + " " + period + " " + format, null,
                clock.instant()));
    }
}
