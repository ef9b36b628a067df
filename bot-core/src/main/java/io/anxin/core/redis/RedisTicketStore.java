package io.anxin.core.redis;

import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Intent;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/** Tickets as hashes with an audit stream beside each, numbered from monthly counters. */
public final class RedisTicketStore implements TicketStore {

    /** Creates the ticket and its first audit event together, or nothing if the number exists. */
    private static final LuaScript REGISTER = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            local n = tonumber(ARGV[1])
            local fields = {}
            for i = 1, n * 2 do fields[i] = ARGV[1 + i] end
            redis.call('HSET', KEYS[1], unpack(fields))
            redis.call('XADD', KEYS[2], '*', 'event', 'registered', 'status', ARGV[2 + n * 2],
                'by', ARGV[3 + n * 2], 'at', ARGV[4 + n * 2])
            return 1
            """, ScriptOutputType.INTEGER);

    /** Replaces the ticket's fields and appends the audit event together; a ticket that does not exist stays absent. */
    private static final LuaScript AMEND = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            local n = tonumber(ARGV[1])
            local fields = {}
            for i = 1, n * 2 do fields[i] = ARGV[1 + i] end
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(fields))
            redis.call('XADD', KEYS[2], '*', 'event', ARGV[2 + n * 2], 'status', ARGV[3 + n * 2],
                'by', ARGV[4 + n * 2], 'at', ARGV[5 + n * 2])
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisTicketStore(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
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
                // The index lives in another slot; adding to it is idempotent, so a retry repairs it.
                .then(redis.zadd(Keys.TICKETS_BY_CREATION, ticket.createdAt().toEpochMilli(), ticket.number().toString()))
                .then();
    }

    @Override
    public Mono<Void> amend(Ticket changed, TicketEvent event) {
        List<String> args = new ArrayList<>();
        Fields.appendCounted(args, Fields.of(changed));
        args.add(event.what());
        args.add(changed.status().name());
        args.add(event.by());
        args.add(event.at().toString());
        String[] keys = {Keys.ticket(changed.number()), Keys.ticketEvents(changed.number())};
        return AMEND.<Long>run(redis, keys, args.toArray(String[]::new))
                .flatMap(done -> done == 1L ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("no ticket " + changed.number() + " to amend")));
    }

    @Override
    public Mono<Ticket> find(TicketNumber number) {
        return Fields.hash(redis, Keys.ticket(number))
                .filter(fields -> !fields.isEmpty())
                .map(Fields::ticket);
    }
}
