package io.anxin.app.engine;

import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.desk.SupervisorDesk;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.message.Channel;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.DeliverOutbox;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.outbox.TranscriptCourier;
import io.anxin.core.redis.RedisCallbackTasks;
import io.anxin.core.redis.RedisOutbox;
import io.anxin.core.redis.RedisSurveyStore;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.ticket.TicketStore;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import io.anxin.app.report.Retention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.Disposable;

/** The outbox and its couriers, and the follow-up after resolution: survey, call-backs. */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    Outbox outbox(RedisClusterReactiveCommands<String, String> redis, Retention retention) {
        return new RedisOutbox(redis, retention.transcripts());
    }

    /** The open API's customers read their conversation: the transcript is the delivery. */
    @Bean
    Courier apiCourier() {
        return new TranscriptCourier(Channel.API);
    }

    @Bean
    CallbackTasks callbackTasks(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisCallbackTasks(redis);
    }

    @Bean
    FollowUp followUp(TicketStore tickets, ConversationStore conversations, RedisClusterReactiveCommands<String, String> redis,
            CallbackTasks callbacks, Outbox outbox, EscalationLog escalations, MilestoneTimers timers, ScriptLibrary scripts,
            Clock clock) {
        return new FollowUp(tickets, conversations, new RedisSurveyStore(redis), callbacks, outbox, escalations, timers,
                scripts, clock);
    }

    /** Supervisors' call-backs and dead letters, for the desk. */
    @Bean
    SupervisorDesk supervisorDesk(CallbackTasks callbacks, FollowUp followUp, Outbox outbox, TicketStore tickets) {
        return new SupervisorDesk(callbacks, followUp, outbox, tickets);
    }

    @Bean
    DeliverOutbox deliverOutbox(Outbox outbox, List<Courier> couriers, Clock clock,
            @Value("${anxin.outbox.retry-after}") Duration retryAfter,
            @Value("${anxin.outbox.max-attempts}") int maxAttempts) {
        // Each running instance is its own consumer in the group, so that what one took and never finished
        // is seen as another's and taken back after retry-after.
        return new DeliverOutbox(outbox, couriers, "instance-" + UUID.randomUUID(), clock,
                new DeliverOutbox.Settings(retryAfter, maxAttempts, 50));
    }

    @Bean(destroyMethod = "dispose")
    Disposable outboxPoller(DeliverOutbox deliver, @Value("${anxin.outbox.poll-every}") Duration every) {
        return Polling.every(every, "outbox", deliver::drain);
    }
}
