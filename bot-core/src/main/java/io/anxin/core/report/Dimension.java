package io.anxin.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;

/** What a report's figures can be broken down by. */
public enum Dimension {
    CHANNEL((f, zone) -> f.channel()),
    /** Complaint, suggestion or inquiry. */
    TYPE((f, zone) -> f.type().label()),
    CATEGORY((f, zone) -> f.category() == null ? Dimension.NONE : f.category()),
    DEPARTMENT((f, zone) -> f.department() == null ? Dimension.NONE : f.department()),
    GRADE((f, zone) -> Integer.toString(f.grade())),
    /** Who received it: the bot or the agent who took over. */
    AGENT((f, zone) -> f.agent()),
    /** The day of acceptance: volume over time. */
    DAY((f, zone) -> LocalDate.ofInstant(f.createdAt(), zone).toString());

    /** The value of a ticket that has none (an inquiry's category, a ticket not yet forwarded). */
    public static final String NONE = "-";

    private final BiFunction<TicketFacts, ZoneId, String> value;

    Dimension(BiFunction<TicketFacts, ZoneId, String> value) {
        this.value = value;
    }

    public String valueOf(TicketFacts facts, ZoneId zone) {
        return value.apply(facts, zone);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension fromLabel(String label) {
        for (Dimension d : values()) {
            if (d.label().equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("cannot break a report down by '" + label + "'; expected one of "
                + Arrays.stream(values()).map(Dimension::label).toList());
    }
}
