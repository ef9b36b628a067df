package io.anxin.core.ticket;

import io.anxin.core.triage.Intent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form fields agents and departments fill in while handling a ticket (000 part 5 annex 1; 003
 * §6(四)), each for the ticket types it belongs to. The fields the customer supplies are not here:
 * staff do not rewrite the customer's words.
 */
public enum FormField {
    RESPONSIBLE_DEPARTMENT("responsibleDepartment", EnumSet.allOf(Intent.class)),
    RESPONSIBLE_PERSON("responsiblePerson", EnumSet.allOf(Intent.class)),
    FACTS_ESTABLISHED("factsEstablished", EnumSet.of(Intent.COMPLAINT)),
    CORRECTIVE_MEASURES("correctiveMeasures", EnumSet.of(Intent.COMPLAINT)),
    ACTION_ON_STAFF("actionOnStaff", EnumSet.of(Intent.COMPLAINT)),
    SATISFACTION("satisfaction", EnumSet.of(Intent.COMPLAINT)),
    LEADER_DECISION("leaderDecision", EnumSet.of(Intent.SUGGESTION)),
    ADOPTED("adopted", EnumSet.of(Intent.SUGGESTION)),
    ANSWER("answer", EnumSet.of(Intent.INQUIRY));

    /** Long enough for a department's account of the facts; short enough to stay a form field. */
    public static final int MAX_LENGTH = 4000;

    /**
     * A department id, as the users file gives it to department users: letters (any script), digits,
     * dots, dashes and underscores; the desk matches it exactly and it names a Redis index set.
     */
    public static final Pattern DEPARTMENT_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    private final String label;
    private final Set<Intent> types;

    FormField(String label, Set<Intent> types) {
        this.label = label;
        this.types = types;
    }

    /** The name in the API and in Redis ({@code form.<label>}). */
    public String label() {
        return label;
    }

    public boolean appliesTo(Intent type) {
        return types.contains(type);
    }

    public static FormField fromLabel(String label) {
        for (FormField field : values()) {
            if (field.label.equals(label)) {
                return field;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a form field staff fill in; expected one of "
                + Arrays.stream(values()).map(FormField::label).toList());
    }

    /**
     * The value as stored: stripped, not empty, at most {@link #MAX_LENGTH} characters, no control
     * characters but line breaks and tabs; {@code true} or {@code false} for {@link #ADOPTED}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public String normalise(String value) {
        String v = value.strip();
        if (this == ADOPTED) {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException(label + " must be true or false");
            }
            return lower;
        }
        if (v.isEmpty()) {
            throw new IllegalArgumentException(label + " must not be empty");
        }
        if (v.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(label + " is longer than the limit of " + MAX_LENGTH + " characters");
        }
        if (this == RESPONSIBLE_DEPARTMENT && !DEPARTMENT_ID.matcher(v).matches()) {
            throw new IllegalArgumentException(label + " must be a department id such as operations or 运营部:"
                    + " letters, digits, '.', '-' and '_', up to 64, no spaces");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw new IllegalArgumentException(label + " must not contain control characters");
        }
        return v;
    }
}
