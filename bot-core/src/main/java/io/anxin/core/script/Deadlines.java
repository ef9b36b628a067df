package io.anxin.core.script;

import io.anxin.core.message.Lang;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A promised time as a customer reads it: a concrete date and clock time in the organisation's zone. */
public final class Deadlines {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    private Deadlines() {}

    public static String format(Instant deadline, ZoneId zone, Lang lang) {
        ZonedDateTime local = deadline.atZone(zone);
        return switch (lang) {
            case ZH_HANS, ZH_HANT -> ZH.format(local);
            case EN -> EN.format(local);
        };
    }
}
