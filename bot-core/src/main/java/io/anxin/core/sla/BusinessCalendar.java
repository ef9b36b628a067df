package io.anxin.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When an organisation works, for measuring a ticket's milestones: a time zone, the working hours of a
 * working day, the weekend, and per date the public holidays and the make-up working days (调休上班) of
 * the official schedule (国务院办公厅 notice on the year's holiday arrangements).
 *
 * <p>A date is a working day if it is a make-up working day, or else if it is neither a holiday nor a
 * weekend day. The official schedule is known only for the years given to {@link Builder#scheduledYear};
 * for any other year the calendar knows only weekends and will, for example, count 1 October as a working
 * day. It never guesses: it computes on weekends only and lets the caller find out with
 * {@link #hasScheduleFor(int)} and {@link #unscheduledYears(Instant, Instant)}, so the application can warn
 * loudly at start-up and flag deadlines that cross such a year.
 *
 * <p>Three kinds of duration, one method each:
 * <ul>
 *   <li>hours on the clock ({@link #plusElapsed}, {@link #plusCalendarDays}) — "forward within 1 hour",
 *       "call back within 7 days";</li>
 *   <li>working hours ({@link #plusWorkingTime}, {@link #workingTimeBetween}) — only time inside working
 *       hours on working days counts;</li>
 *   <li>working days ({@link #plusWorkingDays}) — "finish within 3 working days": the deadline is the
 *       <em>close of business on the N-th working day after the day of acceptance</em>. The day of
 *       acceptance never counts, whatever the hour, and the period ends when work stops on its last day,
 *       as the Civil Code counts periods (民法典 第二百零一条: 开始的当日不计入，自下一日开始计算;
 *       第二百零三条: 有业务时间的，停止业务活动的时间为截止时间). So a complaint accepted at 17:50 on
 *       the working day before a 7-day holiday is due at 18:00 on the third working day after the holiday,
 *       and a make-up Saturday in between counts as one of them.</li>
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class BusinessCalendar {

    /** What kind of day a date is, and why. */
    public enum DayKind {
        /** An ordinary working day. */
        WORKING_DAY,
        /** A weekend day of the week that is no holiday and no make-up day. */
        WEEKEND,
        /** A public holiday (including the weekdays moved into a holiday, 调休). */
        HOLIDAY,
        /** A weekend day worked instead of a day moved into a holiday (调休上班). */
        MAKE_UP_WORKING_DAY;

        public boolean isWorking() {
            return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY;
        }
    }

    private final ZoneId zone;
    private final List<WorkingPeriod> workingHours;
    private final Set<DayOfWeek> weekend;
    private final SortedMap<LocalDate, String> holidays;
    private final SortedMap<LocalDate, String> makeUpWorkingDays;
    private final SortedSet<Integer> scheduledYears;

    private BusinessCalendar(ZoneId zone, List<WorkingPeriod> workingHours, Set<DayOfWeek> weekend,
                             SortedMap<LocalDate, String> holidays, SortedMap<LocalDate, String> makeUpWorkingDays,
                             SortedSet<Integer> scheduledYears) {
        this.zone = zone;
        this.workingHours = workingHours;
        this.weekend = weekend;
        this.holidays = holidays;
        this.makeUpWorkingDays = makeUpWorkingDays;
        this.scheduledYears = scheduledYears;
    }

    /** A calendar in {@code zone}; the weekend is Saturday and Sunday until said otherwise. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    // ---- what the calendar is ------------------------------------------------------------------------

    public ZoneId zone() {
        return zone;
    }

    /** The working periods of every working day, in order. */
    public List<WorkingPeriod> workingHours() {
        return workingHours;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** Every holiday date, with the holiday's name. */
    public SortedMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** Every make-up working day, with the name of the holiday it makes up for. */
    public SortedMap<LocalDate, String> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    /** The years whose official schedule of holidays and make-up days this calendar holds. */
    public SortedSet<Integer> scheduledYears() {
        return scheduledYears;
    }

    /** Whether the official schedule for {@code year} is known; if not, that year has weekends only. */
    public boolean hasScheduleFor(int year) {
        return scheduledYears.contains(year);
    }

    /**
     * The years touched by the span between two instants (either order, in this calendar's zone) whose
     * schedule is unknown: a duration computed across them counted weekends only. Empty when all is known.
     */
    public SortedSet<Integer> unscheduledYears(Instant from, Instant to) {
        int first = Math.min(year(from), year(to));
        int last = Math.max(year(from), year(to));
        SortedSet<Integer> missing = new TreeSet<>();
        for (int y = first; y <= last; y++) {
            if (!hasScheduleFor(y)) {
                missing.add(y);
            }
        }
        return Collections.unmodifiableSortedSet(missing);
    }

    public DayKind kindOf(LocalDate date) {
        if (makeUpWorkingDays.containsKey(date)) {
            return DayKind.MAKE_UP_WORKING_DAY;
        }
        if (holidays.containsKey(date)) {
            return DayKind.HOLIDAY;
        }
        return weekend.contains(date.getDayOfWeek()) ? DayKind.WEEKEND : DayKind.WORKING_DAY;
    }

    /** The name of the holiday {@code date} belongs to, if it is one (e.g. 国庆节). */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorking();
    }

    /** Whether {@code instant} falls inside the working hours of a working day. */
    public boolean isWorkingTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (!isWorkingDay(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return workingHours.stream().anyMatch(p -> p.contains(time));
    }

    /** The first working day strictly after {@code date} ("we will call you back on the next working day"). */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@code instant} itself if it is working time, else the start of the next working period. */
    public Instant nextWorkingMoment(Instant instant) {
        for (LocalDate day = localDate(instant); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : workingHours) {
                Instant start = at(day, period.start());
                Instant end = at(day, period.end());
                if (instant.isBefore(end)) {
                    return instant.isAfter(start) ? instant : start;
                }
            }
        }
    }

    // ---- durations -----------------------------------------------------------------------------------

    /** Hours on the clock: {@code from} plus {@code amount}, whatever the day. */
    public Instant plusElapsed(Instant from, Duration amount) {
        requireNotNegative(amount);
        return from.plus(amount);
    }

    /** The same local time {@code days} calendar days later (e.g. a follow-up "one week after"). */
    public Instant plusCalendarDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        return from.atZone(zone).plusDays(days).toInstant();
    }

    /**
     * {@code amount} of working time after {@code from}: only time within working hours on working days
     * counts. From outside working hours the count starts at the next working moment; when the amount runs
     * out exactly at the end of a working period the result is that end (18:00), not the next morning.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        requireNotNegative(amount);
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        for (LocalDate day = localDate(from); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : workingHours) {
                Instant start = later(at(day, period.start()), from);
                Instant end = at(day, period.end());
                if (!start.isBefore(end)) {
                    continue;
                }
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /**
     * The deadline {@code days} working days after {@code accepted}: close of business (the end of the last
     * working period) on the {@code days}-th working day after the local date of {@code accepted}. The day
     * of acceptance does not count, whatever the hour or kind of day (民法典 第二百零一条、第二百零三条).
     */
    public Instant plusWorkingDays(Instant accepted, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a deadline in working days needs at least 1 day, was " + days);
        }
        LocalDate day = localDate(accepted);
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDay(day);
        }
        return closeOfBusiness(day);
    }

    /** The end of the last working period of {@code date} (whether or not it is a working day). */
    public Instant closeOfBusiness(LocalDate date) {
        return at(date, workingHours.get(workingHours.size() - 1).end());
    }

    /**
     * The working time between two instants: the overlap of [from, to] with the working periods of working
     * days. Like {@link Duration#between}, negative when {@code to} is before {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : workingHours) {
                Instant start = later(at(day, period.start()), from);
                Instant end = earlier(at(day, period.end()), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code fraction} of the working time between {@code start} and {@code due} has
     * passed, e.g. 0.8 for a warning at 80% of a working-time limit.
     */
    public Instant workingFraction(Instant start, Instant due, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be within 0..1, was " + fraction);
        }
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("due " + due + " is before start " + start);
        }
        long nanos = Math.round(workingTimeBetween(start, due).toNanos() * fraction);
        return plusWorkingTime(start, Duration.ofNanos(nanos));
    }

    /** This calendar with other working hours (a policy pack's own opening hours on the same holidays). */
    public BusinessCalendar withWorkingHours(List<WorkingPeriod> hours) {
        return new BusinessCalendar(zone, checkedHours(hours), weekend, holidays, makeUpWorkingDays, scheduledYears);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", hours " + workingHours + ", weekend " + weekend
                + ", schedules for " + scheduledYears + ", " + holidays.size() + " holiday dates, "
                + makeUpWorkingDays.size() + " make-up days]";
    }

    private int year(Instant instant) {
        return instant.atZone(zone).getYear();
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void requireNotNegative(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a duration to add must not be negative, was " + amount);
        }
    }

    private static List<WorkingPeriod> checkedHours(List<WorkingPeriod> hours) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working period");
        }
        List<WorkingPeriod> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparing(WorkingPeriod::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("working periods " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
            }
        }
        return List.copyOf(sorted);
    }

    /** Collects the calendar; {@link #build()} refuses contradictions (a date both holiday and make-up day). */
    public static final class Builder {

        private final ZoneId zone;
        private final List<WorkingPeriod> workingHours = new ArrayList<>();
        private final EnumSet<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final SortedMap<LocalDate, String> holidays = new TreeMap<>();
        private final SortedMap<LocalDate, String> makeUpWorkingDays = new TreeMap<>();
        private final SortedSet<Integer> scheduledYears = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /** Adds working periods (e.g. 09:00-12:00 and 13:00-18:00); at least one is required. */
        public Builder workingHours(WorkingPeriod... periods) {
            workingHours.addAll(List.of(periods));
            return this;
        }

        public Builder workingHours(List<WorkingPeriod> periods) {
            workingHours.addAll(periods);
            return this;
        }

        /** Replaces the weekend (Saturday and Sunday by default); may be empty, not all seven days. */
        public Builder weekend(Set<DayOfWeek> days) {
            weekend.clear();
            weekend.addAll(days);
            return this;
        }

        /** A public holiday from {@code first} to {@code last}, both included. */
        public Builder holiday(String name, LocalDate first, LocalDate last) {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("holiday " + name + " ends " + last + " before it starts " + first);
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                String earlier = holidays.putIfAbsent(d, name);
                if (earlier != null) {
                    throw new IllegalArgumentException("holiday " + name + " overlaps " + earlier + " on " + d);
                }
            }
            return this;
        }

        /** A weekend day worked instead, for the holiday named {@code forHoliday}. */
        public Builder makeUpWorkingDay(String forHoliday, LocalDate date) {
            if (makeUpWorkingDays.putIfAbsent(date, forHoliday) != null) {
                throw new IllegalArgumentException("make-up working day " + date + " is given twice");
            }
            return this;
        }

        /** Declares that the official schedule of {@code year} has been given in full. */
        public Builder scheduledYear(int year) {
            scheduledYears.add(year);
            return this;
        }

        public BusinessCalendar build() {
            if (weekend.size() == DayOfWeek.values().length) {
                throw new IllegalArgumentException("a weekend of all seven days leaves no working day");
            }
            for (LocalDate date : makeUpWorkingDays.keySet()) {
                if (holidays.containsKey(date)) {
                    throw new IllegalArgumentException(date + " is both a holiday (" + holidays.get(date)
                            + ") and a make-up working day (" + makeUpWorkingDays.get(date) + ")");
                }
            }
            return new BusinessCalendar(zone, checkedHours(workingHours),
                    Collections.unmodifiableSet(EnumSet.copyOf(weekend)),
                    Collections.unmodifiableSortedMap(new TreeMap<>(holidays)),
                    Collections.unmodifiableSortedMap(new TreeMap<>(makeUpWorkingDays)),
                    Collections.unmodifiableSortedSet(new TreeSet<>(scheduledYears)));
        }
    }
}
