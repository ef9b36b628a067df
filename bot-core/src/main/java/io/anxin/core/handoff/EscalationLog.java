package io.anxin.core.handoff;

import reactor.core.publisher.Mono;

/**
 * Port: where escalations go for the agent desk, supervisors, compliance, PR and leaders to pick
 * up. Delivery is at least once: a notice is recorded before its turn is committed, so a retried
 * message may record it again, and readers de-duplicate by conversation and message id.
 */
public interface EscalationLog {

    Mono<Void> record(EscalationNotice notice);
}
