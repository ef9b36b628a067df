package io.anxin.core.report;

import reactor.core.publisher.Mono;

/** Port: which scheduled reports were sent, so that of several instances exactly one sends each. */
public interface ReportClaims {

    /** Claims the sending of {@code report} (e.g. {@code weekly:2026-06-01}). @return whether this caller won it */
    Mono<Boolean> claim(String report);
}
