package io.anxin.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.anxin.core.privacy.PersonalData;
import java.time.Instant;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * One JSON object per log line, with phone numbers, e-mail addresses, ID and account numbers, OpenIDs
 * and street addresses masked in the message, the MDC and the stack trace, whoever logged them. Key-value
 * pairs of SLF4J's fluent API are not written at all, so they cannot leak.
 */
public class MaskingJsonFormatter implements StructuredLogFormatter<ILoggingEvent> {

    private final ThrowableProxyConverter throwables = new ThrowableProxyConverter();

    private final JsonWriter<ILoggingEvent> writer = JsonWriter.<ILoggingEvent>of(members -> {
        members.add("@timestamp", event -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
        members.add("level", event -> event.getLevel().toString());
        members.add("logger", ILoggingEvent::getLoggerName);
        members.add("thread", ILoggingEvent::getThreadName);
        members.add("message", event -> PersonalData.mask(event.getFormattedMessage()));
        // MDC values are whatever code put there (a caller id, a customer reference): masked like the message.
        members.add("mdc", event -> masked(event.getMDCPropertyMap())).whenNotEmpty();
        members.add("error", event -> event.getThrowableProxy() == null ? null : PersonalData.mask(throwables.convert(event)))
                .whenNotNull();
    }).withNewLineAtEnd();

    public MaskingJsonFormatter() {
        throwables.start();
    }

    private static java.util.Map<String, String> masked(java.util.Map<String, String> mdc) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        mdc.forEach((key, value) -> out.put(key, value == null ? "" : PersonalData.mask(value)));
        return out;
    }

    @Override
    public String format(ILoggingEvent event) {
        return writer.writeToString(event);
    }
}
