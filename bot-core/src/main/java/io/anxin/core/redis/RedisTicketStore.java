package io.anxin.core.redis;

import io.anxin.core.ticket.ConcurrentTicketChangeException;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tickets as hashes with an audit stream beside each, numbered from monthly counters. Each hash
 * carries a revision ({@code rev}), counted by the scripts, that orders the updates of the desk's
 * {@link RedisTicketIndex}.
 */
public final class RedisTicketStore implements TicketStore {

    /** Creates the ticket (revision 1) and its first audit event together, or nothing if the number exists. */
    private static final LuaScript REGISTER = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            local n = tonumber(ARGV[1])
            local fields = {}
            for i = 1, n * 2 do fields[i] = ARGV[1 + i] end
            redis.call('HSET', KEYS[1], unpack(fields))
            redis.call('HSET', KEYS[1], 'rev', 1)
            redis.call('XADD', KEYS[2], '*', 'event', 'registered', 'status', ARGV[2 + n * 2],
                'by', ARGV[3 + n * 2], 'at', ARGV[4 + n * 2])
            return 1
            """, ScriptOutputType.INTEGER);

    /**
     * Writes the fields that changed, each only if it still holds what the caller read, counts the revision up
     * and appends the audit events (what, by and at for each), all together. KEYS: ticket, events. ARGV: the
     * number of changed fields, then per field its name, the value read and the new value (each {@code =value},
     * or {@code -} for absent), then per event what, by and at. Returns the new revision, 0 if the ticket does
     * not exist, or -(1 + i) if the i-th changed field (from 0) no longer holds what was read.
     */
    private static final LuaScript AMEND = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            local n = tonumber(ARGV[1])
            for i = 0, n - 1 do
              local field, read = ARGV[2 + i * 3], ARGV[3 + i * 3]
              local now = redis.call('HGET', KEYS[1], field)
              if (read == '-' and now ~= false) or (read ~= '-' and now ~= string.sub(read, 2)) then
                return -(1 + i)
              end
            end
            for i = 0, n - 1 do
              local field, new = ARGV[2 + i * 3], ARGV[4 + i * 3]
              if new == '-' then redis.call('HDEL', KEYS[1], field)
              else redis.call('HSET', KEYS[1], field, string.sub(new, 2)) end
            end
            local rev = (tonumber(redis.call('HGET', KEYS[1], 'rev')) or 1) + 1
            redis.call('HSET', KEYS[1], 'rev', rev)
            local status = redis.call('HGET', KEYS[1], 'status')
            for i = 2 + n * 3, #ARGV, 3 do
              redis.call('XADD', KEYS[2], '*', 'event', ARGV[i], 'status', status, 'by', ARGV[i + 1], 'at', ARGV[i + 2])
            end
            return rev
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;
    private final RedisTicketIndex index;
    private final RedisReportFacts facts;

    public RedisTicketStore(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
        this.index = new RedisTicketIndex(redis);
        this.facts = new RedisReportFacts(redis);
    }

    @Override
    public Mono<TicketNumber> nextNumber(Intent type, YearMonth month) {
        return redis.incr(Keys.serial(TicketNumber.series(type, month)))
                .map(serial -> new TicketNumber(type, month, serial));
    }

    @Override
    public Mono<Void> register(Ticket ticket) {
        List<String> args = new ArrayList<>();
        Fields.appendCounted(args, Fields.of(ticket));
        args.add(ticket.status().name());
        args.add(ticket.form().receivingAgent());
        args.add(ticket.createdAt().toString());
        String[] keys = {Keys.ticket(ticket.number()), Keys.ticketEvents(ticket.number())};
        return REGISTER.run(redis, keys, args.toArray(String[]::new))
                // The indexes live in other slots; adding to them is idempotent, so a retry repairs them.
                .then(redis.zadd(Keys.TICKETS_BY_CREATION, ticket.createdAt().toEpochMilli(), ticket.number().toString()))
                .then(index.update(ticket, 1))
                // The reports' facts, like the index, are rewritten whole by a retry.
                .then(facts.record(ticket, List.of()));
    }

    @Override
    public Mono<Void> amend(Ticket before, Ticket after, List<TicketEvent> events) {
        if (events.isEmpty()) {
            return Mono.error(new IllegalArgumentException("a change to ticket " + after.number() + " needs an audit event"));
        }
        if (!before.number().equals(after.number())) {
            return Mono.error(new IllegalArgumentException("a change cannot turn ticket " + before.number() + " into "
                    + after.number()));
        }
        Map<String, String> read = Fields.of(before);
        Map<String, String> wanted = Fields.of(after);
        Set<String> names = new LinkedHashSet<>(read.keySet());
        names.addAll(wanted.keySet());
        List<String> changed = names.stream().filter(f -> !Objects.equals(read.get(f), wanted.get(f))).toList();
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(changed.size()));
        for (String field : changed) {
            args.add(field);
            args.add(read.containsKey(field) ? "=" + read.get(field) : "-");
            args.add(wanted.containsKey(field) ? "=" + wanted.get(field) : "-");
        }
        for (TicketEvent event : events) {
            args.add(event.what());
            args.add(event.by());
            args.add(event.at().toString());
        }
        String[] keys = {Keys.ticket(after.number()), Keys.ticketEvents(after.number())};
        return AMEND.<Long>run(redis, keys, args.toArray(String[]::new)).flatMap(revision -> {
            if (revision == 0) {
                return Mono.error(new IllegalStateException("no ticket " + after.number() + " to amend"));
            }
            if (revision < 0) {
                return Mono.error(new ConcurrentTicketChangeException(after.number(), changed.get((int) (-revision - 1))));
            }
            // Index what is stored now: it may hold another writer's change to other fields besides this one.
            return find(after.number())
                    .flatMap(stored -> index.update(stored, revision).then(facts.record(stored, events)));
        });
    }

    @Override
    public Mono<Ticket> find(TicketNumber number) {
        return Fields.hash(redis, Keys.ticket(number))
                .filter(fields -> !fields.isEmpty())
                .map(Fields::ticket);
    }

    @Override
    public Flux<TicketEvent> events(TicketNumber number) {
        return Replies.whole(redis.xrange(Keys.ticketEvents(number), Range.create("-", "+")))
                .map(message -> {
                    var body = message.getBody();
                    return new TicketEvent(body.get("event"), body.get("by"), Instant.parse(body.get("at")));
                });
    }
}
