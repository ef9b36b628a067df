package io.anxin.core.sla;

import io.anxin.core.ticket.Grade;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The time limit of every {@link Milestone} as a policy pack sets them, and when each warns.
 *
 * @param forward          {@link Milestone#FORWARD} (003 §6(二): 1 hour)
 * @param firstContact     {@link Milestone#FIRST_CONTACT} (003 §6(三): 24 hours)
 * @param resolve          {@link Milestone#RESOLVE} (003 §5(四): 3 working days)
 * @param resolveExtended  {@link Milestone#RESOLVE} once extended with a reason (003 §5(四): at most 7 working days)
 * @param inquiryAnswer    {@link Milestone#INQUIRY_ANSWER} (003 §4: 24 hours)
 * @param suggestionReply  {@link Milestone#SUGGESTION_REPLY} (003 §4: the reply deadline the pack promises)
 * @param planSevere       {@link Milestone#PLAN} for grades 1-2 (000 part 1 §10.3: 24 hours), null if the pack
 *                         asks for no plan
 * @param planOrdinary     {@link Milestone#PLAN} for grades 3-4 (000 part 1 §10.3: 12 hours), null if the pack
 *                         asks for no plan
 * @param followUp         {@link Milestone#FOLLOW_UP}, counted from resolution (000 part 1 §10.5: one week)
 * @param warnAt           the fraction of a limit after which it warns, e.g. 0.8 (strictly between 0 and 1)
 */
public record MilestoneLimits(
        Limit forward,
        Limit firstContact,
        Limit resolve,
        Limit resolveExtended,
        Limit inquiryAnswer,
        Limit suggestionReply,
        @Nullable Limit planSevere,
        @Nullable Limit planOrdinary,
        Limit followUp,
        double warnAt) {

    /** The warning fraction used unless a pack says otherwise. */
    public static final double DEFAULT_WARN_AT = 0.8;

    public MilestoneLimits {
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(resolve, "resolve");
        Objects.requireNonNull(resolveExtended, "resolveExtended");
        Objects.requireNonNull(inquiryAnswer, "inquiryAnswer");
        Objects.requireNonNull(suggestionReply, "suggestionReply");
        Objects.requireNonNull(followUp, "followUp");
        if ((planSevere == null) != (planOrdinary == null)) {
            throw new IllegalArgumentException("plan limits are given for all grades or for none");
        }
        if (!(warnAt > 0 && warnAt < 1)) {
            throw new IllegalArgumentException("warnAt must be strictly between 0 and 1, was " + warnAt);
        }
        if (resolveExtended.shorterThan(resolve)) {
            throw new IllegalArgumentException("the extended resolve limit (" + resolveExtended
                    + ") is shorter than the normal one (" + resolve + ")");
        }
    }

    /**
     * The limits the seeds set, for tests and as the values a policy pack falls back on where its
     * organisation's rules are silent: forward within 1 hour (003 §6(二)), first contact within 24 hours
     * (003 §6(三)), resolve in 3 working days, extendable to 7 (003 §5(四)), an inquiry answered within 24
     * hours (003 §4), a suggestion replied to within 7 days (003 §4 leaves the deadline to the pack), a plan
     * within 24 hours for grades 1-2 and 12 hours for 3-4 (000 part 1 §10.3), follow-up one week after
     * resolution (000 part 1 §10.5), warnings at 80%.
     *
     * <p>Forward, first contact, inquiry answer and suggestion reply are hours on the clock whose due time
     * moves to the next working moment, as the engine computes the time it promises the customer; the plan
     * is on the clock, unmoved.
     */
    public static MilestoneLimits seeds() {
        return new MilestoneLimits(
                Limit.elapsedInWorkingTime(Duration.ofHours(1)),
                Limit.elapsedInWorkingTime(Duration.ofHours(24)),
                Limit.workingDays(3),
                Limit.workingDays(7),
                Limit.elapsedInWorkingTime(Duration.ofHours(24)),
                Limit.elapsedInWorkingTime(Duration.ofDays(7)),
                Limit.elapsed(Duration.ofHours(24)),
                Limit.elapsed(Duration.ofHours(12)),
                Limit.calendarDays(7),
                DEFAULT_WARN_AT);
    }

    /** These limits with warnings at another fraction. */
    public MilestoneLimits warningAt(double fraction) {
        return new MilestoneLimits(forward, firstContact, resolve, resolveExtended, inquiryAnswer, suggestionReply,
                planSevere, planOrdinary, followUp, fraction);
    }

    /** The plan limit for a complaint of {@code grade}, null if the pack asks for no plan. */
    public @Nullable Limit plan(Grade grade) {
        return grade.level() <= 2 ? planSevere : planOrdinary;
    }
}
