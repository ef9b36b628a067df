package io.anxin.core.routing;

import java.util.regex.Pattern;

/**
 * A department as a policy pack names it, e.g. {@code compliance}: lower-case letters, digits and hyphens,
 * so that it reads the same in a file, a log line and an e-mail subject.
 */
public record DepartmentId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public DepartmentId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a department id is lower-case letters, digits and hyphens,"
                    + " starting with a letter, e.g. customer-service; was '" + value + "'");
        }
    }

    /** Whether {@code value} has the form of a department id. */
    public static boolean isValid(String value) {
        return FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
