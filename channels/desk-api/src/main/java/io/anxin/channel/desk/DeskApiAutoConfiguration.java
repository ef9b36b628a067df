package io.anxin.channel.desk;

import io.anxin.core.desk.DeskTickets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Switches the desk API on unless {@code anxin.channels.desk.enabled=false}. Who may call it is the
 * application's security configuration; what each role may do is {@link DeskTickets}'.
 */
@AutoConfiguration
@ConditionalOnBean(DeskTickets.class)
@ConditionalOnProperty(prefix = "anxin.channels.desk", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({DeskController.class, SupervisorController.class, ConversationsController.class, DeskAidsController.class,
        InquiriesController.class, ReportsController.class, DeskProblems.class})
public class DeskApiAutoConfiguration {

    @Bean
    LiveQueue liveQueue(
            @Value("${anxin.channels.desk.queue-refresh:500ms}") Duration every) {
        if (every.isNegative() || every.isZero() || every.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException(
                    "anxin.channels.desk.queue-refresh must be more than 0 and at most 10s, was " + every);
        }
        return new LiveQueue(every);
    }
}
