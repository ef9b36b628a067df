package io.anxin.channel.email;

import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.ConversationEngines;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.ticket.TicketStore;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Switches the e-mail channel on unless {@code anxin.channels.email.enabled=false}: a reader per configured mailbox
 * (none configured: none read) and the courier that mails the outbox's messages to e-mail customers.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@ConditionalOnProperty(prefix = "anxin.channels.email", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EmailProperties.class)
public class EmailChannelAutoConfiguration {

    @Bean
    MailThreads emailThreads(EmailProperties settings, RedisClusterReactiveCommands<String, String> redis) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the e-mail channel's settings are invalid:\n  - " + String.join("\n  - ", problems));
        }
        return new MailThreads(redis);
    }

    @Bean
    MailSenders emailSenders(EmailProperties settings, ObjectProvider<JavaMailSender> shared) {
        return new MailSenders(settings, shared.getIfAvailable());
    }

    @Bean
    Courier emailCourier(MailSenders senders, MailThreads threads, ConversationStore conversations, TicketStore tickets) {
        return new EmailCourier(senders, threads, conversations, tickets);
    }

    @Bean
    MailIntake emailIntake(ConversationStore conversations, TicketStore tickets, AttachmentStore attachments,
            Outbox outbox, MailThreads threads, EmailProperties settings, Clock clock) {
        return new MailIntake(conversations, tickets, attachments, outbox, threads, settings, clock);
    }

    /** The readers: started with the application, after everything else, stopped before the stores close. */
    @Bean
    Mailboxes emailMailboxes(EmailProperties settings, ConversationEngines engines, MailIntake intake, Clock clock) {
        // forPack throws for an unknown pack name: a misspelt pack stops the start
        return new Mailboxes(settings.mailboxes().stream()
                .map(box -> new MailboxWatcher(box, box.pack() == null || box.pack().isBlank() ? engines.active()
                        : engines.forPack(box.pack()), intake, settings, clock))
                .toList());
    }

    /** The mailbox readers as one lifecycle. */
    static final class Mailboxes implements SmartLifecycle {
        private final List<MailboxWatcher> watchers;
        private volatile boolean running;

        Mailboxes(List<MailboxWatcher> watchers) {
            this.watchers = watchers;
        }

        @Override
        public void start() {
            watchers.forEach(MailboxWatcher::start);
            running = true;
        }

        @Override
        public void stop() {
            watchers.forEach(MailboxWatcher::stop);
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
