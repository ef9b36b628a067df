package io.anxin.app.policy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused policy or script file into a start-up report an operator can act on, not a stack trace. */
class InvalidPolicyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPolicyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPolicyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the entries named above in the policy, script or knowledge files and start Anxin again.", cause);
    }
}
