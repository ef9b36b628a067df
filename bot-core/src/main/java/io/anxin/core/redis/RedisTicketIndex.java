package io.anxin.core.redis;

import io.anxin.core.desk.IndexQuery;
import io.anxin.core.desk.TicketFilter;
import io.anxin.core.desk.TicketIndex;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The desk's ticket index: per attribute value a sorted set of ticket numbers scored by creation
 * time ({@code anxin:{tickets}:status:ACCEPTED}, {@code …:type:complaint}, {@code …:department:ops},
 * …). A query intersects the sets it needs and reads one page newest first, without touching the
 * tickets that do not match.
 *
 * <p>The sets share the tag {@code {tickets}}, a slot of their own, so they cannot be written by the
 * ticket's own script (its keys are tagged with the ticket number). They are updated right after it
 * with the ticket's revision, which the ticket scripts count: an update older than the one the index
 * holds is ignored, so changes that reach the index out of order leave it right, and a retried
 * registration or change repairs an index update lost in a crash.
 */
public final class RedisTicketIndex implements TicketIndex {

    /** Moves a ticket from the index sets it was in to the ones it belongs in now, unless it holds a newer revision. */
    private static final LuaScript UPDATE = new LuaScript("""
            local held = redis.call('HGET', KEYS[1], ARGV[1])
            local sets = {}
            for i = 2, #KEYS do sets[#sets + 1] = KEYS[i] end
            local now = table.concat(sets, ' ')
            local was = nil
            if held then
              local bar = string.find(held, '|', 1, true)
              if tonumber(string.sub(held, 1, bar - 1)) >= tonumber(ARGV[2]) then return 0 end
              was = string.sub(held, bar + 1)
            end
            -- most changes (a detail, a contact) move the ticket between no sets: only the revision is new
            if was ~= now then
              if was then
                for key in string.gmatch(was, '[^ ]+') do redis.call('ZREM', key, ARGV[1]) end
              end
              for i = 2, #KEYS do redis.call('ZADD', KEYS[i], ARGV[3], ARGV[1]) end
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. now)
            return 1
            """, ScriptOutputType.INTEGER);

    /**
     * Intersects the sets (the last key is scratch space; every set scores a ticket by its creation
     * time, so MAX keeps that score), counts the matches in the time range and reads a page.
     */
    private static final LuaScript QUERY = new LuaScript("""
            local scratch = KEYS[#KEYS]
            local source = KEYS[1]
            if #KEYS > 2 then
              local sets = {unpack(KEYS, 1, #KEYS - 1)}
              sets[#sets + 1] = 'AGGREGATE'
              sets[#sets + 1] = 'MAX'
              redis.call('ZINTERSTORE', scratch, #KEYS - 1, unpack(sets))
              source = scratch
            end
            local total = redis.call('ZCOUNT', source, ARGV[1], ARGV[2])
            local page = redis.call('ZREVRANGEBYSCORE', source, ARGV[2], ARGV[1], 'LIMIT', ARGV[3], ARGV[4])
            redis.call('DEL', scratch)
            return {total, page}
            """, ScriptOutputType.MULTI);

    private final RedisClusterReactiveCommands<String, String> redis;

    public RedisTicketIndex(RedisClusterReactiveCommands<String, String> redis) {
        this.redis = redis;
    }

    /** Puts the ticket, as of that revision of it, in the sets it belongs in. */
    Mono<Void> update(Ticket ticket, long revision) {
        List<String> keys = new ArrayList<>();
        keys.add(Keys.TICKETS_INDEXED);
        keys.add(Keys.ticketsWith("all", "tickets"));
        keys.add(Keys.ticketsWith("confidential", ticket.confidential() ? "yes" : "no"));
        keys.add(Keys.ticketsWith("status", ticket.status().name()));
        keys.add(Keys.ticketsWith("type", ticket.type().label()));
        keys.add(Keys.ticketsWith("grade", Integer.toString(ticket.grade().level())));
        keys.add(Keys.ticketsWith("channel", ticket.channel().id()));
        if (ticket.category() != null) {
            keys.add(Keys.ticketsWith("category", ticket.category().label()));
        }
        String department = ticket.form().responsibleDepartment();
        if (department != null) {
            keys.add(Keys.ticketsWith("department", department));
        }
        return UPDATE.run(redis, keys.toArray(String[]::new), ticket.number().toString(), Long.toString(revision),
                Long.toString(ticket.createdAt().toEpochMilli())).then();
    }

    /**
     * Indexes the tickets the index does not hold: those registered before it existed, or whose index
     * update was lost and not retried. Cheap when there are none (two counts), else one pass over the
     * register; meant to run once at start-up, in the background.
     *
     * @return how many tickets were indexed
     */
    public Mono<Long> indexMissing() {
        return Mono.zip(redis.zcard(Keys.TICKETS_BY_CREATION), redis.hlen(Keys.TICKETS_INDEXED))
                .flatMap(counts -> counts.getT2() >= counts.getT1() ? Mono.just(0L)
                        : Replies.whole(redis.zrange(Keys.TICKETS_BY_CREATION, 0, -1))
                                .filterWhen(number -> redis.hexists(Keys.TICKETS_INDEXED, number).map(held -> !held))
                                .concatMap(number -> Fields.hash(redis, Keys.ticket(TicketNumber.parse(number)))
                                        .filter(fields -> !fields.isEmpty())
                                        .flatMap(fields -> update(Fields.ticket(fields),
                                                Long.parseLong(fields.getOrDefault("rev", "1"))).thenReturn(1)))
                                .count());
    }

    @Override
    public Mono<Found> newestFirst(IndexQuery query) {
        TicketFilter f = query.filter();
        List<String> keys = new ArrayList<>();
        keys.add(query.scope().withConfidential() ? Keys.ticketsWith("all", "tickets") : Keys.ticketsWith("confidential", "no"));
        if (query.scope().department() != null) {
            keys.add(Keys.ticketsWith("department", query.scope().department()));
        }
        if (f.status() != null) {
            keys.add(Keys.ticketsWith("status", f.status().name()));
        }
        if (f.type() != null) {
            keys.add(Keys.ticketsWith("type", f.type().label()));
        }
        if (f.grade() != null) {
            keys.add(Keys.ticketsWith("grade", Integer.toString(f.grade().level())));
        }
        if (f.category() != null) {
            keys.add(Keys.ticketsWith("category", f.category().label()));
        }
        if (f.channel() != null) {
            keys.add(Keys.ticketsWith("channel", f.channel().id()));
        }
        keys.add(Keys.TICKET_QUERY_SCRATCH);
        String min = f.createdFrom() == null ? "-inf" : Long.toString(f.createdFrom().toEpochMilli());
        // createdTo is exclusive
        String max = f.createdTo() == null ? "+inf" : "(" + f.createdTo().toEpochMilli();
        return QUERY.<List<Object>>run(redis, keys.toArray(String[]::new), min, max, Long.toString(query.offset()),
                        Integer.toString(query.limit()))
                .map(RedisTicketIndex::found);
    }

    @SuppressWarnings("unchecked")
    private static Found found(List<Object> reply) {
        long total = (Long) reply.get(0);
        List<TicketNumber> numbers = ((List<Object>) reply.get(1)).stream().map(n -> TicketNumber.parse(n.toString())).toList();
        return new Found(total, numbers);
    }
}
