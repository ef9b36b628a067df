package io.anxin.app.policy;

import java.util.List;

/** A policy or script file Anxin refuses to start with; each problem names the file and the entry. */
public class InvalidPolicyException extends IllegalStateException {

    private final List<String> problems;

    public InvalidPolicyException(List<String> problems) {
        super("invalid policy files:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, as "file: entry what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
