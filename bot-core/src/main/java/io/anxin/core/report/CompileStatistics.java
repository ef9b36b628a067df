package io.anxin.core.report;

import io.anxin.core.followup.FollowUp;
import io.anxin.core.followup.Satisfaction;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.MilestoneDeadline;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes a period's figures from the facts of its tickets: pure computation on the business calendar and the
 * policy pack's time limits, so the same facts give the same report whenever it is asked for (but for what is
 * overdue "now").
 *
 * <p>A milestone is met when the ticket first reached a status that meets it ({@link Milestone#isMetBy}), on time
 * if by its due time. A ticket closed at intake left the procedure: it has no milestones. The plan milestone
 * (000 part 1 §10.3) is left out: no status records a plan, so a report cannot tell when one was made.
 */
public final class CompileStatistics {

    private static final List<Milestone> MEASURED = List.of(Milestone.FORWARD, Milestone.FIRST_CONTACT,
            Milestone.RESOLVE, Milestone.INQUIRY_ANSWER, Milestone.SUGGESTION_REPLY, Milestone.FOLLOW_UP);

    private final BusinessCalendar calendar;
    private final MilestoneSchedule schedule;

    public CompileStatistics(BusinessCalendar calendar, MilestoneSchedule schedule) {
        this.calendar = calendar;
        this.schedule = schedule;
    }

    public Statistics compile(Period period, Collection<TicketFacts> facts, Instant now) {
        Map<Dimension, Map<String, List<TicketFacts>>> groups = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, List<TicketFacts>> byValue = new TreeMap<>();
            for (TicketFacts f : facts) {
                byValue.computeIfAbsent(dimension.valueOf(f, calendar.zone()), v -> new ArrayList<>()).add(f);
            }
            groups.put(dimension, byValue);
        }
        Map<String, Map<String, Figures>> breakdowns = new LinkedHashMap<>();
        groups.forEach((dimension, byValue) -> {
            Map<String, Figures> rows = new LinkedHashMap<>();
            byValue.forEach((value, some) -> rows.put(value, figures(some, now)));
            breakdowns.put(dimension.label(), rows);
        });
        return new Statistics(period, calendar.zone().getId(), now, figures(facts, now), breakdowns);
    }

    /** The figures of these tickets. */
    public Figures figures(Collection<TicketFacts> facts, Instant now) {
        long complaints = 0;
        long invalid = 0;
        long closed = 0;
        long reComplaints = 0;
        List<Double> firstContact = new ArrayList<>();
        List<Double> resolution = new ArrayList<>();
        Map<Milestone, long[]> limits = new EnumMap<>(Milestone.class);
        MEASURED.forEach(m -> limits.put(m, new long[3]));
        long[] result = new long[3];
        long[] attitude = new long[3];
        long[] callBacks = new long[4];
        for (TicketFacts f : facts) {
            if (f.type() == Intent.COMPLAINT) {
                complaints++;
                if (Category.NON_COMPANY.label().equals(f.category())) {
                    invalid++;
                }
            }
            if (!f.status().isOpen()) {
                closed++;
            }
            if (f.reComplaint()) {
                reComplaints++;
            }
            if (f.status() != TicketStatus.CLOSED_AT_INTAKE) {
                if (f.type() == Intent.COMPLAINT) {
                    metAt(f, Milestone.FIRST_CONTACT).ifPresent(at -> firstContact.add(hours(f.createdAt(), at)));
                }
                metAt(f, Milestone.RESOLVE).ifPresent(at -> resolution.add(hours(f.createdAt(), at)));
                for (MilestoneDeadline deadline : deadlines(f)) {
                    long[] counts = limits.get(deadline.milestone());
                    Optional<Instant> met = metAt(f, deadline.milestone());
                    if (met.isPresent()) {
                        counts[met.get().isAfter(deadline.due()) ? 1 : 0]++;
                    } else if (now.isAfter(deadline.due())) {
                        counts[2]++;
                    }
                }
            }
            Satisfaction s = f.satisfaction();
            if (s != null) {
                result[Satisfaction.Level.of(s.result()).ordinal()]++;
                attitude[Satisfaction.Level.of(s.attitude()).ordinal()]++;
                Optional<Instant> followedUp = f.reachedAt(TicketStatus.FOLLOWED_UP);
                if (s.level() == Satisfaction.Level.DISSATISFIED && followedUp.isPresent()) {
                    // The call-back task is due 7 days after the answer; archiving the ticket is its being done.
                    Instant due = followedUp.get().plus(FollowUp.CALL_BACK_WITHIN);
                    callBacks[0]++;
                    Optional<Instant> done = f.reachedAt(TicketStatus.ARCHIVED);
                    callBacks[done.isEmpty() ? 3 : done.get().isAfter(due) ? 2 : 1]++;
                }
            }
        }
        Map<String, Figures.TimeLimit> timeLimits = new LinkedHashMap<>();
        long breaches = 0;
        for (Milestone m : MEASURED) {
            long[] c = limits.get(m);
            long due = c[0] + c[1] + c[2];
            timeLimits.put(m.label(), new Figures.TimeLimit(c[0], c[1], c[2], due == 0 ? 1 : round((double) c[0] / due)));
            breaches += c[1] + c[2];
        }
        long tickets = facts.size();
        return new Figures(tickets, complaints, complaints - invalid, invalid, closed,
                tickets == 0 ? 0 : round((double) closed / tickets), durations(firstContact), durations(resolution),
                timeLimits, breaches, reComplaints, distribution(result), distribution(attitude),
                new Figures.CallBacks(callBacks[0], callBacks[1], callBacks[2], callBacks[3]));
    }

    /** The milestones the ticket has, as its type, grade, extension and resolution set them; no plan. */
    private List<MilestoneDeadline> deadlines(TicketFacts f) {
        List<MilestoneDeadline> deadlines = new ArrayList<>();
        for (MilestoneDeadline d : schedule.atAcceptance(f.type(), Grade.of(f.grade()), f.createdAt())) {
            if (d.milestone() == Milestone.RESOLVE && f.extended()) {
                deadlines.add(schedule.resolveExtended(f.createdAt()));
            } else if (d.milestone() != Milestone.PLAN) {
                deadlines.add(d);
            }
        }
        if (f.type() == Intent.COMPLAINT) {
            metAt(f, Milestone.RESOLVE).ifPresent(resolved -> deadlines.add(schedule.followUp(resolved)));
        }
        return deadlines;
    }

    /** When the ticket first reached a status that meets the milestone; closing at intake meets none. */
    static Optional<Instant> metAt(TicketFacts f, Milestone milestone) {
        return f.reached().entrySet().stream()
                .filter(e -> e.getKey() != TicketStatus.CLOSED_AT_INTAKE && milestone.isMetBy(e.getKey()))
                .map(Map.Entry::getValue)
                .min(Instant::compareTo);
    }

    private double hours(Instant from, Instant to) {
        Duration working = calendar.workingTimeBetween(from, to);
        return working.toSeconds() / 3600.0;
    }

    private static Figures.Durations durations(List<Double> hours) {
        if (hours.isEmpty()) {
            return new Figures.Durations(0, 0, 0, 0);
        }
        List<Double> sorted = hours.stream().sorted().toList();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Figures.Durations(sorted.size(), round(mean), round(rank(sorted, 0.5)), round(rank(sorted, 0.9)));
    }

    /** Nearest-rank percentile. */
    private static double rank(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Figures.Distribution distribution(long[] levels) {
        return new Figures.Distribution(levels[0], levels[1], levels[2]);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
