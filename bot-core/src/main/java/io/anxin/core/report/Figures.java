package io.anxin.core.report;

import java.util.Map;

/**
 * The figures of a set of tickets (all of a period, or those of one channel, department…). Times are working
 * hours on the business calendar.
 *
 * @param tickets              how many were accepted
 * @param complaints           how many of them are complaints
 * @param validComplaints      complaints about something the company is answerable for
 * @param invalidComplaints    complaints whose category is {@code non_company}: not the company's fault (003 §7(六))
 * @param closed               how many are no longer open (resolved, followed up, archived or closed at intake)
 * @param closureRate          closed over tickets, 0 to 1 (000 part 1 §5: monthly closure rate)
 * @param firstContact         complaints: acceptance to the department's first contact (003 §6(三))
 * @param resolution           acceptance to resolution (the answer, for inquiries and suggestions)
 * @param timeLimits           per milestone ({@code forward}, {@code first_contact}, {@code resolve},
 *                             {@code inquiry_answer}, {@code suggestion_reply}, {@code follow_up}): met in time or not
 * @param breaches             milestones met late or overdue now, all milestones together
 * @param reComplaints         re-complaints (000 part 5 §17(七))
 * @param resultSatisfaction   the customers' scores for the outcome (001: 0-4, 5-7, 8-10)
 * @param attitudeSatisfaction the customers' scores for how they were treated
 * @param callBacks            call-backs to dissatisfied customers (001: within 7 days)
 */
public record Figures(
        long tickets,
        long complaints,
        long validComplaints,
        long invalidComplaints,
        long closed,
        double closureRate,
        Durations firstContact,
        Durations resolution,
        Map<String, TimeLimit> timeLimits,
        long breaches,
        long reComplaints,
        Distribution resultSatisfaction,
        Distribution attitudeSatisfaction,
        CallBacks callBacks) {

    /**
     * @param measured     how many tickets have reached the point
     * @param meanHours    the mean, in working hours
     * @param medianHours  the median
     * @param p90Hours     the 90th percentile
     */
    public record Durations(long measured, double meanHours, double medianHours, double p90Hours) {}

    /**
     * One milestone's time limit.
     *
     * @param onTime  met by the due time
     * @param late    met after it
     * @param overdue not met, and past due now
     * @param share   on time over all that are due (on time, late and overdue), 0 to 1; 1 when none is due yet
     */
    public record TimeLimit(long onTime, long late, long overdue, double share) {}

    /** 001: 0-4 dissatisfied, 5-7 average, 8-10 satisfied. */
    public record Distribution(long dissatisfied, long average, long satisfied) {

        public long answered() {
            return dissatisfied + average + satisfied;
        }
    }

    /**
     * @param due    dissatisfied customers owed a call-back
     * @param onTime called back within the limit
     * @param late   called back after it
     * @param open   not called back yet
     */
    public record CallBacks(long due, long onTime, long late, long open) {}
}
