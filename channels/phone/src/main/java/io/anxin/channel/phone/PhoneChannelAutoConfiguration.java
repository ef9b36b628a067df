package io.anxin.channel.phone;

import com.twilio.http.TwilioRestClient;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.ConversationEngines;
import io.anxin.core.followup.CallbackTasks;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.outbox.Courier;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.ticket.TicketStore;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Switches the hotline on when {@code anxin.channels.phone.enabled=true}: the voice and SMS webhooks under
 * {@code /phone/**}, the call records, and the {@code phone} courier that texts customers through Twilio. Off by
 * default: it needs a Twilio account, and the settings are checked at start-up.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "anxin.channels.phone", name = "enabled", havingValue = "true")
@Import({VoiceController.class, SmsController.class, PhoneProblems.class})
public class PhoneChannelAutoConfiguration {

    @Bean
    PhoneSettings phoneSettings(Environment environment,
            @Value("${anxin.channels.phone.account-sid:}") String accountSid,
            @Value("${anxin.channels.phone.auth-token:}") String authToken,
            @Value("${anxin.channels.phone.public-base-url:}") String publicBaseUrl,
            @Value("${anxin.channels.phone.number:}") String number,
            @Value("${anxin.channels.phone.api-base-url:https://api.twilio.com}") String apiBaseUrl,
            @Value("${anxin.channels.phone.speech-language:zh-CN}") String speechLanguage,
            @Value("${anxin.channels.phone.english-speech-language:en-US}") String englishSpeech,
            @Value("${anxin.channels.phone.answer-within:8s}") Duration answerWithin,
            @Value("${anxin.channels.phone.min-confidence:0.4}") double minConfidence,
            @Value("${anxin.channels.phone.record-max-length:120s}") Duration recordMaxLength,
            @Value("${anxin.channels.phone.status-link:}") String statusLink,
            @Value("${anxin.channels.phone.pack:}") @Nullable String pack) {
        Map<String, String> agents = Binder.get(environment)
                .bind("anxin.channels.phone.agents", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        URI base = publicBaseUrl.isBlank() ? null : URI.create(publicBaseUrl);
        return new PhoneSettings(accountSid, authToken, base, number, URI.create(apiBaseUrl), speechLanguage,
                englishSpeech, answerWithin, minConfidence, recordMaxLength,
                statusLink.isBlank() && base != null ? base + "/api/v1/tickets/{ticket}?conversation={conversation}"
                        : statusLink, agents, pack);
    }

    /** The hotline's engine: the active pack's, or the one {@code anxin.channels.phone.pack} names. */
    @Bean
    PhoneEngine phoneEngine(PhoneSettings settings, ConversationEngine active, ConversationEngines engines) {
        return new PhoneEngine(settings.pack() == null ? active : engines.forPack(settings.pack()));
    }

    @Bean
    WebhookSignature phoneWebhookSignature(PhoneSettings settings) {
        return new WebhookSignature(settings);
    }

    @Bean
    CallLog callLog(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisCallLog(redis);
    }

    @Bean
    Prompts phonePrompts(ScriptLibrary scripts) {
        return new Prompts(scripts);
    }

    @Bean
    CallBack phoneCallBack(CallLog calls, ConversationStore conversations, TicketStore tickets, MilestoneTimers milestones,
            CallbackTasks callbacks, BusinessCalendar calendar, Clock clock) {
        return new CallBack(calls, conversations, tickets, milestones, callbacks, calendar, clock);
    }

    /** Built from the settings, never the SDK's static global: its transport goes to {@code api-base-url}. */
    @Bean
    TwilioSms twilioSms(PhoneSettings settings) {
        TwilioRestClient client = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                .httpClient(new TwilioHttpClient(settings.apiBaseUrl(), Duration.ofSeconds(10)))
                .build();
        return new TwilioSms(client, settings.number());
    }

    @Bean
    Courier phoneCourier(TwilioSms sms, CallLog calls) {
        return new PhoneCourier(sms, calls);
    }

    /** The engine the hotline's webhooks talk to (a bean of its own so the controllers need not choose). */
    record PhoneEngine(ConversationEngine engine) {}
}
