package io.anxin.core.redis;

import io.anxin.core.report.ReportFacts;
import io.anxin.core.report.TicketFacts;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The facts of the tickets accepted on one day (UTC) in one hash, {@code anxin:report:{2026-11-03}}, with the
 * fields {@code <ticket number>|<fact>}: a report over a month reads about 31 hashes, whatever else Redis holds,
 * and a ticket's change rewrites its own fields in its day's hash in one step.
 */
public final class RedisReportFacts implements ReportFacts {

    /** KEYS: the day. ARGV: the number of current fields, then field and value pairs of those, then of first times. */
    private static final LuaScript WRITE = new LuaScript("""
            local n = tonumber(ARGV[1])
            if n > 0 then redis.call('HSET', KEYS[1], unpack(ARGV, 2, 1 + n * 2)) end
            for i = 2 + n * 2, #ARGV, 2 do redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) end
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisReportFacts(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> record(Ticket ticket, List<TicketEvent> events) {
        TicketFacts.Update update = TicketFacts.update(ticket, events);
        String prefix = ticket.number() + "|";
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(update.current().size()));
        update.current().forEach((name, value) -> {
            args.add(prefix + name);
            args.add(value);
        });
        update.firstTimes().forEach((name, value) -> {
            args.add(prefix + name);
            args.add(value);
        });
        return WRITE.run(redis, new String[] {Keys.reportDay(day(ticket.createdAt()))}, args.toArray(String[]::new)).then();
    }

    @Override
    public Flux<TicketFacts> acceptedBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Flux.empty();
        }
        List<LocalDate> days = day(from).datesUntil(day(to.minusMillis(1)).plusDays(1)).toList();
        return Flux.fromIterable(days)
                .concatMap(day -> redis.hgetall(Keys.reportDay(day)).collectMap(kv -> kv.getKey(), kv -> kv.getValue()))
                .concatMapIterable(RedisReportFacts::facts)
                .filter(facts -> !facts.createdAt().isBefore(from) && facts.createdAt().isBefore(to));
    }

    private static List<TicketFacts> facts(Map<String, String> day) {
        Map<String, Map<String, String>> byTicket = new HashMap<>();
        day.forEach((field, value) -> {
            int bar = field.indexOf('|');
            if (bar > 0) {
                byTicket.computeIfAbsent(field.substring(0, bar), n -> new HashMap<>()).put(field.substring(bar + 1), value);
            }
        });
        return byTicket.entrySet().stream()
                .map(e -> TicketFacts.of(e.getKey(), e.getValue()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
