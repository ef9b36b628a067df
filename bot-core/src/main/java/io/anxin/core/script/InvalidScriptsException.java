package io.anxin.core.script;

import java.util.List;

/** The script files cannot be used; every problem is listed so an operator can fix them in one go. */
public class InvalidScriptsException extends IllegalStateException {

    private final List<String> problems;

    public InvalidScriptsException(List<String> problems) {
        super("invalid scripts:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
