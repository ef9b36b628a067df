package io.anxin.core.ticket;

import io.anxin.core.triage.Intent;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's number: type letter, year and month, and a serial that restarts every month
 * (001, PCB maker: year, month, serial), e.g. {@code C-202611-0042}.
 */
public record TicketNumber(Intent type, YearMonth month, long serial) {

    private static final Pattern FORMAT = Pattern.compile("([CSQ])-(\\d{4})(\\d{2})-(\\d{4,9})");

    public TicketNumber {
        if (serial < 1) {
            throw new IllegalArgumentException("a ticket serial starts at 1, was " + serial);
        }
    }

    public static TicketNumber parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a ticket number such as C-202611-0042");
        }
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' has no month " + month);
        }
        return new TicketNumber(
                Intent.fromTicketLetter(m.group(1).charAt(0)),
                YearMonth.of(Integer.parseInt(m.group(2)), month),
                Long.parseLong(m.group(4)));
    }

    /** The counter this number's serial is drawn from: one per type and month. */
    public static String series(Intent type, YearMonth month) {
        StringBuilder out = new StringBuilder(8).append(type.ticketLetter()).append('-');
        return padded(padded(out, month.getYear(), 4), month.getMonthValue(), 2).toString();
    }

    /** Built by hand: {@code String.format} made a number format per call, a twentieth of a message's work. */
    @Override
    public String toString() {
        return padded(new StringBuilder(series(type, month)).append('-'), serial, 4).toString();
    }

    private static StringBuilder padded(StringBuilder out, long value, int digits) {
        String text = Long.toString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(text);
    }
}
