package io.anxin.core.redis;

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
import java.util.List;
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
     * Replaces the ticket's fields, counts its revision up and appends the audit events (what, by and
     * at for each) together; a ticket that does not exist stays absent (0). Returns the new revision.
     */
    private static final LuaScript AMEND = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            local rev = (tonumber(redis.call('HGET', KEYS[1], 'rev')) or 1) + 1
            local n = tonumber(ARGV[1])
            local fields = {}
            for i = 1, n * 2 do fields[i] = ARGV[1 + i] end
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(fields))
            redis.call('HSET', KEYS[1], 'rev', rev)
            local status = ARGV[2 + n * 2]
            for i = 3 + n * 2, #ARGV, 3 do
              redis.call('XADD', KEYS[2], '*', 'event', ARGV[i], 'status', status, 'by', ARGV[i + 1], 'at', ARGV[i + 2])
            end
            return rev
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;
    private final RedisTicketIndex index;

    public RedisTicketStore(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
        this.index = new RedisTicketIndex(redis);
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
                .then(index.update(ticket, 1));
    }

    @Override
    public Mono<Void> amend(Ticket changed, List<TicketEvent> events) {
        if (events.isEmpty()) {
            return Mono.error(new IllegalArgumentException("a change to ticket " + changed.number() + " needs an audit event"));
        }
        List<String> args = new ArrayList<>();
        Fields.appendCounted(args, Fields.of(changed));
        args.add(changed.status().name());
        for (TicketEvent event : events) {
            args.add(event.what());
            args.add(event.by());
            args.add(event.at().toString());
        }
        String[] keys = {Keys.ticket(changed.number()), Keys.ticketEvents(changed.number())};
        return AMEND.<Long>run(redis, keys, args.toArray(String[]::new))
                .flatMap(revision -> revision > 0 ? index.update(changed, revision)
                        : Mono.error(new IllegalStateException("no ticket " + changed.number() + " to amend")));
    }

    @Override
    public Mono<Ticket> find(TicketNumber number) {
        return Fields.hash(redis, Keys.ticket(number))
                .filter(fields -> !fields.isEmpty())
                .map(Fields::ticket);
    }

    @Override
    public Flux<TicketEvent> events(TicketNumber number) {
        return redis.xrange(Keys.ticketEvents(number), Range.create("-", "+"))
                .map(message -> {
                    var body = message.getBody();
                    return new TicketEvent(body.get("event"), body.get("by"), Instant.parse(body.get("at")));
                });
    }
}
