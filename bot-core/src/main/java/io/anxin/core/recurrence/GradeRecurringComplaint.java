package io.anxin.core.recurrence;

import io.anxin.core.conversation.ConversationId;
import io.anxin.core.handoff.Escalation;
import io.anxin.core.handoff.EscalationLog;
import io.anxin.core.handoff.EscalationNotice;
import io.anxin.core.handoff.Role;
import io.anxin.core.recurrence.ComplaintIndex.Indexed;
import io.anxin.core.ticket.ConcurrentTicketChangeException;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStore;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: when a complaint is registered, look for the same complaint (see {@link SameComplaint}) from other
 * customers within the last month, and if at least three customers have made it, raise every open one of them
 * to grade 2 (000 part 1 §3: 同一投诉一个月内有3个或以上不同客户投诉) and tell the supervisor once.
 *
 * <p>Customers are told apart by conversation: the same customer complaining again counts once. The new
 * complaint is indexed before the month is read, so of two complaints registered at the same moment the later
 * reader sees the other. Running it again (a retried message) changes nothing: the grade is raised to a floor
 * and the notice carries the ticket number as its message id.
 *
 * <p>The month's complaints are compared by the words they were registered with, which the index keeps beside
 * them. Every open complaint of the month is compared: any of them may have to be raised. Those settled already
 * (raised or closed) only count customers, so they are read newest first and only until the third customer is
 * found: on the morning of an outage, when thousands make the same complaint, each new one reads a page of the
 * settled ones instead of the whole repeat, and the audit trail then says "at least" that many customers. What a
 * customer adds to a complaint later does not move it into or out of a repeat.
 */
public final class GradeRecurringComplaint {

    /** Who the audit trail says raised the grade. */
    public static final String BY = "recurrence";

    /** 000 part 1 §3: "within a month". */
    static final Duration MONTH = Duration.ofDays(30);

    /** 000 part 1 §3: three or more different customers. */
    static final int CUSTOMERS = 3;

    /** Reads and tries again this often when others change a ticket between the read and the write. */
    private static final int CHANGE_ATTEMPTS = 5;

    /**
     * How many of the repeat's tickets the audit trail and the supervisor's notice name: a repeat of thousands would
     * otherwise write all their numbers into every new complaint's trail.
     */
    static final int NAMED_AT_MOST = 20;

    /** How many of the month's tickets are read at once. */
    private static final int READ_TOGETHER = 64;

    /**
     * Fingerprints of the month's complaints, by ticket: every new complaint is compared with all the open ones of
     * its category's month and the newest settled ones. About 500 bytes each.
     */
    private final Map<TicketNumber, Fingerprinted> fingerprints = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TicketNumber, Fingerprinted> eldest) {
                    return size() > 20_000;
                }
            });

    /** A fingerprint and the hash and length of the words it was made of, not the words: a month of them is held. */
    private record Fingerprinted(int wordsHash, int wordsLength, ComplaintFingerprint fingerprint) {

        boolean of(String words) {
            return words.length() == wordsLength && words.hashCode() == wordsHash;
        }
    }

    private final ComplaintIndex index;
    private final TicketStore tickets;
    private final EscalationLog escalations;
    private final Clock clock;

    public GradeRecurringComplaint(ComplaintIndex index, TicketStore tickets, EscalationLog escalations, Clock clock) {
        this.index = index;
        this.tickets = tickets;
        this.escalations = escalations;
        this.clock = clock;
    }

    /** @return the complaint as it stands afterwards: regraded if it is the third customer's */
    public Mono<Ticket> afterRegistration(Ticket complaint) {
        if (complaint.type() != Intent.COMPLAINT || complaint.category() == null) {
            return Mono.just(complaint);
        }
        ComplaintFingerprint fingerprint = SameComplaint.fingerprint(complaint);
        Category category = complaint.category();
        Instant from = complaint.createdAt().minus(MONTH);
        Indexed indexed = new Indexed(complaint.number(), complaint.conversationId(), SameComplaint.words(complaint));
        Predicate<Known> same = other -> SameComplaint.test(category, fingerprint, category,
                fingerprintOf(other.number(), other.words()));
        return index.add(category, indexed, complaint.createdAt())
                // The open complaints first, then anything else: reading from inside the streaming reply of the range
                // on the same connection stalled until the command timeout.
                .then(index.openBetween(category, from, complaint.createdAt())
                        .filter(other -> !other.number().equals(complaint.number()))
                        .collectList())
                // complaints indexed before the index kept their words: their tickets, read together (pipelined)
                .flatMap(open -> Flux.fromIterable(open).flatMap(this::withWords, READ_TOGETHER).filter(same).collectList()
                        .flatMap(sameOpen -> {
                            Repeat repeat = new Repeat(complaint, sameOpen);
                            if (repeat.customers() >= CUSTOMERS) {
                                // enough without the settled ones, which are not read: the count is exact only if
                                // there are none
                                return index.anySettledBetween(category, from, complaint.createdAt())
                                        .map(any -> repeat.countedWithoutSettled(any));
                            }
                            Set<TicketNumber> read = new HashSet<>();
                            read.add(complaint.number());
                            open.forEach(o -> read.add(o.number()));
                            // the settled ones only until the third customer: a repeat of thousands is not read whole
                            return index.newestFirst(category, from, complaint.createdAt())
                                    .filter(other -> read.add(other.number()))
                                    .concatMap(this::withWords)
                                    .filter(same)
                                    .takeUntil(other -> repeat.addSettled(other) >= CUSTOMERS)
                                    .then(Mono.just(repeat));
                        }))
                .flatMap(repeat -> {
                    if (repeat.customers() < CUSTOMERS) {
                        return Mono.just(complaint);
                    }
                    // only now the tickets themselves, to raise those still open, but not those settled already
                    List<TicketNumber> others = repeat.others();
                    return index.settled(category, others)
                            .flatMapMany(settled -> Flux.fromIterable(others).filter(n -> !settled.contains(n)))
                            .flatMap(tickets::find, READ_TOGETHER)
                            .collectList()
                            .flatMap(unsettled -> {
                                List<Ticket> all = new ArrayList<>(unsettled);
                                all.add(complaint);
                                return raise(all, complaint, repeat);
                            });
                });
    }

    /**
     * The customers found making the same complaint as the new one, and their complaints: all the open ones, and of
     * the settled ones those read before the third customer was found.
     */
    private static final class Repeat {
        private final Set<ConversationId> customers = new HashSet<>();
        private final List<TicketNumber> others = new ArrayList<>();
        /** Whether settled complaints were left unread: the customers counted are then a lower bound. */
        private boolean cutShort;

        Repeat(Ticket complaint, List<Known> open) {
            customers.add(complaint.conversationId());
            open.forEach(this::include);
        }

        private void include(Known other) {
            customers.add(other.conversation());
            others.add(other.number());
        }

        /** Counts a settled complaint; the settled ones are read until this returns three. */
        int addSettled(Known other) {
            include(other);
            cutShort = customers.size() >= CUSTOMERS;
            return customers.size();
        }

        /** @param settledExist whether the month holds settled complaints, which were not read */
        Repeat countedWithoutSettled(boolean settledExist) {
            cutShort = settledExist;
            return this;
        }

        int customers() {
            return customers.size();
        }

        List<TicketNumber> others() {
            return List.copyOf(others);
        }
    }

    /** The entry as it is, or its ticket's words for one indexed without them; empty if the ticket is gone. */
    private Mono<Known> withWords(Indexed entry) {
        if (entry.conversation() != null && entry.words() != null) {
            return Mono.just(new Known(entry.number(), entry.conversation(), entry.words()));
        }
        return tickets.find(entry.number()).map(t -> new Known(t.number(), t.conversationId(), SameComplaint.words(t)));
    }

    private record Known(TicketNumber number, ConversationId conversation, String words) {}

    private ComplaintFingerprint fingerprintOf(TicketNumber number, String words) {
        Fingerprinted known = fingerprints.get(number);
        if (known != null && known.of(words)) {
            return known.fingerprint();
        }
        ComplaintFingerprint fingerprint = ComplaintFingerprint.of(words);
        fingerprints.put(number, new Fingerprinted(words.hashCode(), words.length(), fingerprint));
        return fingerprint;
    }

    /**
     * Raises one ticket to grade 2 unless it is closed or graded higher already. The ticket as read may be stale:
     * another customer's complaint registered at the same moment raises the same tickets, and a retried message
     * hands in its complaint as first built (grade 3 or 4) while the store holds it raised by the first attempt.
     * Then the store refuses the change, and the ticket is read again and judged as it is now.
     *
     * @return the ticket raised, or empty when there was nothing to raise
     */
    private Mono<Ticket> raise(Ticket ticket, String why, int attempts) {
        if (!ticket.status().isOpen() || ticket.grade().level() <= Grade.TWO.level()) {
            return Mono.empty();
        }
        Ticket raised = ticket.regraded(Grade.TWO);
        return tickets.amend(ticket, raised, new TicketEvent(why, BY, clock.instant())).thenReturn(raised)
                .onErrorResume(ConcurrentTicketChangeException.class, e -> attempts <= 1 ? Mono.error(e)
                        : tickets.find(ticket.number()).flatMap(now -> raise(now, why, attempts - 1)));
    }

    /**
     * @param all    the complaint and the others of the repeat not settled already: raised here unless closed
     * @param repeat the customers and complaints found, settled already or not, named in the audit trail
     */
    private Mono<Ticket> raise(List<Ticket> all, Ticket complaint, Repeat repeat) {
        List<TicketNumber> named = new ArrayList<>(repeat.others());
        named.add(complaint.number());
        String numbers = named.stream().map(TicketNumber::toString).sorted().limit(NAMED_AT_MOST)
                .collect(Collectors.joining(","))
                + (named.size() > NAMED_AT_MOST ? " and " + (named.size() - NAMED_AT_MOST) + " more" : "");
        String why = "grade:2 same complaint from " + (repeat.cutShort ? "at least " : "") + repeat.customers()
                + " customers within a month: " + numbers;
        return Flux.fromIterable(all)
                .concatMap(t -> raise(t, why, CHANGE_ATTEMPTS))
                .collectList()
                // each is now grade 2 or higher, or closed: none needs reading again for this repeat
                .flatMap(raised -> index.settle(complaint.category(), all.stream().map(Ticket::number).toList())
                        .thenReturn(raised))
                .flatMap(raised -> {
                    Ticket now = raised.stream().filter(t -> t.number().equals(complaint.number())).findFirst()
                            .orElse(complaint);
                    if (raised.isEmpty()) {
                        return Mono.just(now);
                    }
                    Role role = complaint.confidential() ? Role.COMPLIANCE : Role.SUPERVISOR;
                    EscalationNotice notice = new EscalationNotice(new Escalation(role, "recurring_complaint", false),
                            complaint.conversationId(), "recurring:" + complaint.number(), numbers, clock.instant());
                    return escalations.record(notice).thenReturn(now);
                });
    }
}
