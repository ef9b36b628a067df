package io.anxin.core.followup;

import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.MilestoneHandler;
import io.anxin.core.sla.Timer;
import reactor.core.publisher.Mono;

/**
 * The follow-up milestone's due time is the survey window (the pack's follow-up limit after resolution): a
 * complaint still resolved then, its survey unanswered, is archived instead of breaching. Every other timer
 * goes to the next handler.
 */
public final class CloseUnansweredSurvey implements MilestoneHandler {

    private final FollowUp followUp;
    private final MilestoneHandler next;

    public CloseUnansweredSurvey(FollowUp followUp, MilestoneHandler next) {
        this.followUp = followUp;
        this.next = next;
    }

    @Override
    public Mono<Void> warning(Timer timer) {
        return timer.milestone() == Milestone.FOLLOW_UP ? Mono.empty() : next.warning(timer);
    }

    @Override
    public Mono<Void> breached(Timer timer) {
        if (timer.milestone() != Milestone.FOLLOW_UP) {
            return next.breached(timer);
        }
        return followUp.expire(timer.ticket()).flatMap(archived -> archived ? Mono.<Void>empty() : next.breached(timer));
    }
}
