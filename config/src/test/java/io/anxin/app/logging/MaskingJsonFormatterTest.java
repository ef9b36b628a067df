package io.anxin.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;

class MaskingJsonFormatterTest {

    @Test
    void a_log_line_is_one_json_object_with_phone_and_email_masked() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent("test", logger, Level.INFO,
                "customer {} wrote from {}", null, new Object[] {"13812345678", "li.lei@example.com"});

        String line = new MaskingJsonFormatter().format(event);

        assertThat(line).startsWith("{").endsWith("}\n")
                .contains("\"message\":\"customer 138****5678 wrote from l***@example.com\"")
                .doesNotContain("13812345678").doesNotContain("li.lei");
    }
}
