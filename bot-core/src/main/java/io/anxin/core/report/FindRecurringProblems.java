package io.anxin.core.report;

import io.anxin.core.privacy.PersonalData;
import io.anxin.core.recurrence.ComplaintFingerprint;
import io.anxin.core.recurrence.SameComplaint;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The period's top clusters of the same complaint, with the trend against the period before. Clusters form
 * around their earliest complaint, as grading compares a new complaint with those before it: each complaint
 * joins the first cluster whose first complaint it is the same complaint as, or starts its own.
 */
public final class FindRecurringProblems {

    /** How many examples a cluster shows. */
    static final int EXAMPLES = 3;

    /** How much of a complaint's text an example shows. */
    static final int EXCERPT = 80;

    private final TicketStore tickets;

    public FindRecurringProblems(TicketStore tickets) {
        this.tickets = tickets;
    }

    /**
     * @param current  the period's facts
     * @param previous the facts of the period before
     * @param top      how many clusters at most, the largest first (a single complaint is no cluster)
     */
    public Mono<List<RecurringProblem>> find(List<TicketFacts> current, List<TicketFacts> previous, int top) {
        return complaints(current).zipWith(complaints(previous), (now, before) -> {
            List<Cluster> clusters = new ArrayList<>();
            for (Read complaint : now) {
                clusters.stream().filter(c -> c.first.same(complaint)).findFirst()
                        .ifPresentOrElse(c -> c.members.add(complaint), () -> clusters.add(new Cluster(complaint)));
            }
            return clusters.stream()
                    .filter(c -> c.members.size() > 1)
                    .sorted(Comparator.comparingInt((Cluster c) -> c.members.size()).reversed())
                    .limit(top)
                    .map(c -> c.problem(before.stream().filter(c.first::same).count()))
                    .toList();
        });
    }

    private Mono<List<Read>> complaints(List<TicketFacts> facts) {
        return Flux.fromIterable(facts)
                .filter(f -> f.type() == Intent.COMPLAINT && f.category() != null)
                .sort(Comparator.comparing(TicketFacts::createdAt).thenComparing(TicketFacts::number))
                .flatMapSequential(f -> tickets.find(TicketNumber.parse(f.number())), 32)
                .map(t -> new Read(t, SameComplaint.fingerprint(t)))
                .collectList();
    }

    private record Read(Ticket ticket, ComplaintFingerprint fingerprint) {

        boolean same(Read other) {
            return SameComplaint.test(ticket.category(), fingerprint, other.ticket.category(), other.fingerprint);
        }
    }

    private static final class Cluster {

        final Read first;
        final List<Read> members = new ArrayList<>();

        Cluster(Read first) {
            this.first = first;
            members.add(first);
        }

        RecurringProblem problem(long previous) {
            Map<String, Long> departments = new TreeMap<>();
            members.forEach(m -> {
                String d = m.ticket.form().responsibleDepartment();
                departments.merge(d == null ? Dimension.NONE : d, 1L, Long::sum);
            });
            List<RecurringProblem.Example> examples = members.stream()
                    .filter(m -> !m.ticket.confidential())
                    .limit(EXAMPLES)
                    .map(m -> new RecurringProblem.Example(m.ticket.number().toString(), excerpt(m.ticket)))
                    .toList();
            long count = members.size();
            String trend = previous == 0 ? "new" : count > previous ? "up" : count < previous ? "down" : "same";
            return new RecurringProblem(first.ticket.category().label(), count, departments, examples, previous, trend);
        }

        private static String excerpt(Ticket ticket) {
            String masked = PersonalData.mask(ticket.content().strip());
            return masked.length() <= EXCERPT ? masked : masked.substring(0, EXCERPT) + "…";
        }
    }
}
