package io.anxin.app.engine;

import io.anxin.app.policy.CalendarFiles;
import io.anxin.app.policy.KnowledgeFiles;
import io.anxin.app.policy.PolicyFileWatcher;
import io.anxin.app.policy.PolicyFiles;
import io.anxin.app.policy.PolicyPacks;
import io.anxin.app.policy.ReloadingScriptLibrary;
import io.anxin.app.redis.AnxinRedisProperties;
import io.anxin.app.report.Retention;
import io.anxin.core.attachment.AttachmentStore;
import io.anxin.core.conversation.ConversationStore;
import io.anxin.core.desk.Departments;
import io.anxin.core.desk.DeskConversations;
import io.anxin.core.desk.DeskTickets;
import io.anxin.core.dialog.Scripts;
import io.anxin.core.engine.AfterRegistration;
import io.anxin.core.engine.ConversationEngine;
import io.anxin.core.engine.ConversationEngines;
import io.anxin.core.engine.InFlightLimit;
import io.anxin.core.engine.TurnStore;
import io.anxin.core.followup.CloseUnansweredSurvey;
import io.anxin.core.followup.FollowUp;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.knowledge.KnowledgeBase;
import io.anxin.core.knowledge.KnowledgeEntry;
import io.anxin.core.knowledge.LuceneKnowledgeBase;
import io.anxin.core.lifecycle.ExtendResolution;
import io.anxin.core.lifecycle.MoveTicket;
import io.anxin.core.lifecycle.NotifyDepartment;
import io.anxin.core.lifecycle.ReComplain;
import io.anxin.core.lifecycle.Renewal;
import io.anxin.core.message.Lang;
import io.anxin.core.outbox.Outbox;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.recurrence.GradeRecurringComplaint;
import io.anxin.core.redis.RedisAccessAudit;
import io.anxin.core.redis.RedisAttachmentStore;
import io.anxin.core.redis.RedisComplaintIndex;
import io.anxin.core.redis.RedisConversationStore;
import io.anxin.core.redis.RedisEscalationLog;
import io.anxin.core.redis.RedisHumanDesk;
import io.anxin.core.redis.RedisKnowledgeEntries;
import io.anxin.core.redis.RedisTicketIndex;
import io.anxin.core.redis.RedisTicketStore;
import io.anxin.core.redis.RedisTimerStore;
import io.anxin.core.redis.RedisTurnStore;
import io.anxin.core.script.ScriptLibrary;
import io.anxin.core.sla.BusinessCalendar;
import io.anxin.core.sla.EscalatingMilestoneHandler;
import io.anxin.core.sla.FireDueTimers;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.sla.MilestoneTimers;
import io.anxin.core.sla.TimerStore;
import io.anxin.core.takeover.HumanDesk;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Triager;
import io.anxin.nlp.OpenNlpTriager;
import io.anxin.nlp.text.TextNormalizer;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.util.unit.DataSize;
import reactor.core.Disposable;

/** The engine and everything it needs: stores on Redis, the OpenNLP triager, scripts and the policy pack. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The pack {@code anxin.policy} names. Every other pack beside it is validated too: a broken pack stops the
     * start even while it is not in use, so that switching to it later cannot fail.
     */
    @Bean
    PolicyPacks policyPacks(ResourceLoader loader, @Value("${anxin.policy}") String location) {
        return PolicyFiles.packs(ResourcePatternUtils.getResourcePatternResolver(loader), location);
    }

    @Bean
    PolicyPack policyPack(PolicyPacks packs, @Value("${anxin.policy}") String location) {
        PolicyPack pack = packs.active();
        log.info("policy pack '{}' from {} (zone {}, {} departments, default {}); packs validated: {}", pack.name(), location,
                pack.zone(), pack.routing().departments().size(), pack.routing().defaultDepartment().id(),
                packs.byName().keySet());
        List<String> placeholders = pack.routing().departments().stream()
                .filter(d -> isPlaceholder(d.email()) || (d.webhook() != null && isPlaceholder(d.webhook().getHost())))
                .map(d -> d.id().value()).toList();
        if (!placeholders.isEmpty()) {
            // the shipped packs name example.com addresses: nobody would hear of the tickets routed there
            log.warn("policy pack '{}': departments {} are told at example.com placeholder addresses; put the real ones in {}",
                    pack.name(), placeholders, location);
        }
        return pack;
    }

    private static boolean isPlaceholder(@Nullable String address) {
        return address != null && address.toLowerCase(Locale.ROOT).matches("(.*[@.])?example\\.(com|org|net|cn)");
    }

    @Bean
    BusinessCalendar businessCalendar(ResourceLoader loader, @Value("${anxin.calendar}") String location, Clock clock) {
        BusinessCalendar calendar = CalendarFiles.calendar(loader.getResource(location), location);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        for (int year : List.of(today.getYear(), today.plusMonths(2).getYear())) {
            if (!calendar.hasScheduleFor(year)) {
                // Deadlines into that year are counted with weekends only: holidays and make-up days are unknown.
                log.error("the business calendar {} has no public-holiday schedule for {}: deadlines in {} ignore holidays"
                        + " and make-up working days until it is added (see the file's instructions)", location, year, year);
            }
        }
        log.info("business calendar {} (zone {}, schedules for {})", location, calendar.zone(), calendar.scheduledYears());
        return calendar;
    }

    @Bean
    PolicyFileWatcher policyFileWatcher(@Value("${anxin.reload-interval}") Duration interval) {
        return new PolicyFileWatcher(interval);
    }

    /** Operators edit the script files and the running application picks the edit up (when it passes validation). */
    @Bean
    ReloadingScriptLibrary scriptLibrary(ResourceLoader loader, @Value("${anxin.scripts}") String location, PolicyPack policy,
            PolicyFileWatcher watcher) {
        ReloadingScriptLibrary library = new ReloadingScriptLibrary(
                PolicyFiles.scripts(loader, location, Scripts.REQUIRED, policy.forbiddenPhrases()));
        watcher.watch("scripts " + location,
                PolicyFileWatcher.files(Arrays.stream(Lang.values()).map(l -> loader.getResource(location + l.tag() + ".yml")).toList()),
                () -> library.replaceWith(PolicyFiles.scripts(loader, location, Scripts.REQUIRED, policy.forbiddenPhrases())));
        return library;
    }

    /** Folded like triage (traditional to simplified, full-width to half-width), so either script finds an entry. */
    @Bean(destroyMethod = "close")
    LuceneKnowledgeBase knowledgeBase(ResourceLoader loader, @Value("${anxin.knowledge.location}") String location,
            @Value("${anxin.knowledge.threshold}") double threshold, PolicyFileWatcher watcher, PolicyPack policy,
            RedisClusterReactiveCommands<String, String> redis) {
        var entries = KnowledgeFiles.entries(loader.getResource(location), location, policy.forbiddenPhrases());
        // the entries saved on the desk (answered inquiries kept for next time) join the file's, at start and on reload
        Supplier<List<KnowledgeEntry>> saved = () -> new RedisKnowledgeEntries(redis, e -> {}).all().collectList()
                .block(Duration.ofSeconds(30));
        log.info("knowledge base {}: {} entries, answering above confidence {}", location, entries.size(), threshold);
        List<String> known = policy.routing().departments().stream().map(d -> d.id().value()).toList();
        List<String> unknown = entries.stream().map(KnowledgeEntry::department).filter(d -> !known.contains(d)).distinct()
                .sorted().toList();
        if (!unknown.isEmpty()) {
            // a warning, not a refusal: the shipped knowledge base is the fintech centre's and may be used with another pack
            log.warn("knowledge base {} names departments {} that policy pack '{}' does not define (it has {});"
                    + " use the organisation's own knowledge base", location, unknown, policy.name(), known);
        }
        LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(KnowledgeFiles.merged(entries, saved.get()), threshold,
                TextNormalizer::normalize);
        watcher.watch("knowledge base " + location, PolicyFileWatcher.files(List.of(loader.getResource(location))),
                () -> knowledge.rebuild(KnowledgeFiles.merged(
                        KnowledgeFiles.entries(loader.getResource(location), location, policy.forbiddenPhrases()), saved.get())));
        return knowledge;
    }

    @Bean
    Triager triager() {
        return OpenNlpTriager.fromClasspath();
    }

    @Bean
    ConversationStore conversationStore(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisConversationStore(redis);
    }

    @Bean
    TicketStore ticketStore(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisTicketStore(redis);
    }

    /** Images, voice notes and files customers send with a conversation (WeChat media, e-mail attachments). */
    @Bean
    AttachmentStore attachmentStore(RedisClusterReactiveCommands<String, String> redis,
            @Value("${anxin.attachments.max-size:10MB}") DataSize maxSize) {
        return new RedisAttachmentStore(redis, maxSize.toBytes());
    }

    @Bean
    TurnStore turnStore(RedisClusterReactiveCommands<String, String> redis, AnxinRedisProperties properties,
            Retention retention) {
        return new RedisTurnStore(redis, properties.answerRetention(), retention.transcripts());
    }

    @Bean
    EscalationLog escalationLog(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisEscalationLog(redis);
    }

    @Bean
    TimerStore timerStore(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisTimerStore(redis);
    }

    @Bean
    MilestoneSchedule milestoneSchedule(BusinessCalendar calendar, PolicyPack policy) {
        return new MilestoneSchedule(calendar, policy.milestoneLimits());
    }

    @Bean
    MilestoneTimers milestoneTimers(MilestoneSchedule schedule, TimerStore timers) {
        return new MilestoneTimers(schedule, timers);
    }

    /** Moves tickets through the procedure for agents and departments (the agent desk's use case). */
    @Bean
    MoveTicket moveTicket(TicketStore tickets, MilestoneTimers timers, FollowUp followUp, NotifyDepartment departments,
            Clock clock) {
        return new MoveTicket(tickets, timers, followUp, departments, clock);
    }

    /** Tells departments of forwarded tickets, and in confidence of flagged ones, through the outbox. */
    @Bean
    NotifyDepartment notifyDepartment(TicketStore tickets, Outbox outbox, PolicyPack policy, Clock clock) {
        return new NotifyDepartment(tickets, outbox, policy.routing(), policy.zone(), clock);
    }

    @Bean
    ExtendResolution extendResolution(TicketStore tickets, MilestoneTimers timers, Clock clock) {
        return new ExtendResolution(tickets, timers, clock);
    }

    @Bean
    ReComplain reComplain(TicketStore tickets, MilestoneTimers timers, PolicyPack policy, Clock clock) {
        return new ReComplain(tickets, timers, new Renewal(tickets, policy.routing()), policy.zone(), clock);
    }

    @Bean
    RedisTicketIndex ticketIndex(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisTicketIndex(redis);
    }

    /** Tickets registered before the desk's index existed are indexed once, in the background, at start-up. */
    @Bean(destroyMethod = "dispose")
    Disposable ticketIndexCatchUp(RedisTicketIndex index) {
        return index.indexMissing().subscribe(
                count -> {
                    if (count > 0) {
                        log.info("indexed {} tickets for the desk that the index did not hold", count);
                    }
                },
                e -> log.warn("indexing tickets the desk index does not hold failed; the next start retries: {}", e.toString()));
    }

    /** The desk's use cases behind the role checks, on the ticket index and the audit of confidential reads. */
    @Bean
    DeskTickets deskTickets(RedisClusterReactiveCommands<String, String> redis, TicketStore tickets, RedisTicketIndex index,
            MoveTicket move, ExtendResolution extend, ReComplain reComplain, Departments departments, Clock clock) {
        return new DeskTickets(tickets, index, new RedisAccessAudit(redis), move, extend, reComplain, departments, clock);
    }

    @Bean
    FireDueTimers fireDueTimers(TimerStore timers, TicketStore tickets, EscalationLog escalations, FollowUp followUp,
            PolicyPack policy, Clock clock) {
        return new FireDueTimers(timers, new CloseUnansweredSurvey(followUp,
                new EscalatingMilestoneHandler(tickets, escalations, policy.breachRule(), clock)),
                clock, FireDueTimers.Settings.DEFAULT);
    }

    /**
     * Every instance polls for due milestone timers; the atomic claim makes each fire exactly once
     * across instances, and a crashed instance's claims are re-delivered after their lease.
     */
    @Bean(destroyMethod = "dispose")
    Disposable milestoneTimerPoller(FireDueTimers fire, @Value("${anxin.timers.poll-every}") Duration every) {
        return Polling.every(every, "milestone timer", fire::drain);
    }

    @Bean
    GradeRecurringComplaint gradeRecurringComplaint(RedisClusterReactiveCommands<String, String> redis, TicketStore tickets,
            EscalationLog escalations, Clock clock) {
        return new GradeRecurringComplaint(new RedisComplaintIndex(redis), tickets, escalations, clock);
    }

    /** The conversations waiting for a person, and who took each. */
    @Bean
    HumanDesk humanDesk(RedisClusterReactiveCommands<String, String> redis) {
        return new RedisHumanDesk(redis);
    }

    /** The desk's conversations waiting for a person: queue, takeover, replies through the outbox, hand-on. */
    @Bean
    DeskConversations deskConversations(HumanDesk desk, ConversationStore conversations, Outbox outbox, PolicyPack policy,
            Clock clock) {
        return new DeskConversations(desk, conversations, outbox, policy.forbiddenPhrases(), clock);
    }

    /**
     * An engine per policy pack, sharing the stores: channels whose accounts follow another pack than the active one
     * answer, route and time their tickets by it.
     */
    @Bean
    PolicyPackEngines conversationEngines(PolicyPacks packs, ConversationStore conversations, TicketStore tickets,
            TurnStore turns, EscalationLog escalations, BusinessCalendar calendar, TimerStore timers,
            GradeRecurringComplaint recurrence, Outbox outbox, FollowUp followUp, HumanDesk desk, Triager triager,
            ScriptLibrary scripts, KnowledgeBase knowledge, Clock clock,
            @Value("${anxin.engine.lease-ttl:15s}") Duration leaseTtl,
            @Value("${anxin.engine.lease-wait:10s}") Duration leaseWait,
            @Value("${anxin.engine.max-in-flight:64}") int maxInFlight,
            @Value("${anxin.engine.busy-retry-after:1s}") Duration busyRetryAfter) {
        if (leaseWait.isNegative() || leaseWait.isZero() || leaseTtl.isNegative() || leaseTtl.isZero()) {
            throw new IllegalArgumentException("anxin.engine.lease-ttl and lease-wait must be positive, were "
                    + leaseTtl + " and " + leaseWait);
        }
        if (maxInFlight < 0 || busyRetryAfter.isNegative() || busyRetryAfter.isZero()) {
            throw new IllegalArgumentException("anxin.engine.max-in-flight must be 0 (no limit) or more and"
                    + " anxin.engine.busy-retry-after positive, were " + maxInFlight + " and " + busyRetryAfter);
        }
        InFlightLimit inFlight = new InFlightLimit(maxInFlight, busyRetryAfter);
        ConversationEngine.Timing timing = new ConversationEngine.Timing(leaseTtl, leaseWait,
                ConversationEngine.Timing.DEFAULT.pollEvery());
        return new PolicyPackEngines(packs, pack -> {
            AfterRegistration afterRegistration = ((AfterRegistration) recurrence::afterRegistration)
                    .then(new NotifyDepartment(tickets, outbox, pack.routing(), pack.zone(), clock)::confidential);
            return new ConversationEngine(conversations, tickets, turns, escalations,
                    new MilestoneTimers(new MilestoneSchedule(calendar, pack.milestoneLimits()), timers), afterRegistration,
                    followUp, desk, triager, scripts, knowledge, pack, clock, timing, inFlight);
        });
    }

    @Bean
    ConversationEngine conversationEngine(ConversationEngines engines) {
        return engines.active();
    }
}
