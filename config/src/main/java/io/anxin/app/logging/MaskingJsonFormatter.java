package io.anxin.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.anxin.core.privacy.PersonalData;
import java.time.Instant;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * One JSON object per log line, with phone numbers, e-mail addresses and ID and account numbers
 * masked in the message and the stack trace, whoever logged them.
 */
public class MaskingJsonFormatter implements StructuredLogFormatter<ILoggingEvent> {

    private final ThrowableProxyConverter throwables = new ThrowableProxyConverter();

    private final JsonWriter<ILoggingEvent> writer = JsonWriter.<ILoggingEvent>of(members -> {
        members.add("@timestamp", event -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
        members.add("level", event -> event.getLevel().toString());
        members.add("logger", ILoggingEvent::getLoggerName);
        members.add("thread", ILoggingEvent::getThreadName);
        members.add("message", event -> PersonalData.mask(event.getFormattedMessage()));
        members.add("mdc", ILoggingEvent::getMDCPropertyMap).whenNotEmpty();
        members.add("error", event -> event.getThrowableProxy() == null ? null : PersonalData.mask(throwables.convert(event)))
                .whenNotNull();
    }).withNewLineAtEnd();

    public MaskingJsonFormatter() {
        throwables.start();
    }

    @Override
    public String format(ILoggingEvent event) {
        return writer.writeToString(event);
    }
}
