package io.anxin.core.report;

import io.anxin.core.followup.Satisfaction;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Intent;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the statistics need to know of one ticket, and nothing that identifies its customer: no text, no
 * contact, no account, no conversation. These facts outlive the transcripts (the retention purges those), so
 * the figures of a past month stay what they were.
 *
 * @param number       the ticket's number
 * @param type         complaint, suggestion or inquiry
 * @param channel      the channel's id
 * @param category     a complaint's category label, null for the other types
 * @param department   the responsible department's id, null while none is named
 * @param grade        the grade now (1 to 4)
 * @param agent        who received it: the bot or the agent who took over
 * @param status       where it stands now
 * @param reComplaint  whether it is a re-complaint (000 part 5 §17(七))
 * @param extended     whether its resolution was extended to the special-case limit (003 §5(四))
 * @param confidential whether it is whistle-blowing (its text is never shown as an example)
 * @param createdAt    when it was accepted
 * @param reached      when it first reached each status since acceptance
 * @param satisfaction the customer's two scores, null while not given
 */
public record TicketFacts(
        String number,
        Intent type,
        String channel,
        @Nullable String category,
        @Nullable String department,
        int grade,
        String agent,
        TicketStatus status,
        boolean reComplaint,
        boolean extended,
        boolean confidential,
        Instant createdAt,
        Map<TicketStatus, Instant> reached,
        @Nullable Satisfaction satisfaction) {

    public TicketFacts {
        reached = reached.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reached));
    }

    /** When it first reached {@code status}, if it has. */
    public Optional<Instant> reachedAt(TicketStatus status) {
        return Optional.ofNullable(reached.get(status));
    }

    /**
     * The change the ticket as stored now and the events of its last change make to its facts: fields that
     * follow the ticket ({@link Update#current}) and first times that never move once set
     * ({@link Update#firstTimes}), so a retried or repeated write changes nothing.
     */
    public static Update update(Ticket ticket, List<TicketEvent> events) {
        Map<String, String> current = new LinkedHashMap<>();
        current.put("type", ticket.type().name());
        current.put("channel", ticket.channel().id());
        current.put("category", ticket.category() == null ? "" : ticket.category().label());
        String department = ticket.form().responsibleDepartment();
        current.put("department", department == null ? "" : department);
        current.put("grade", Integer.toString(ticket.grade().level()));
        current.put("agent", ticket.form().receivingAgent());
        current.put("status", ticket.status().name());
        current.put("reComplaint", Boolean.toString(ticket.reComplaintOf() != null));
        current.put("extended", Boolean.toString(ticket.extensionReason() != null));
        current.put("confidential", Boolean.toString(ticket.confidential()));
        current.put("createdAt", ticket.createdAt().toString());
        Map<String, String> firstTimes = new LinkedHashMap<>();
        Instant at = events.isEmpty() ? ticket.createdAt() : events.get(0).at();
        if (ticket.status() != TicketStatus.ACCEPTED) {
            firstTimes.put("at:" + ticket.status().name(), at.toString());
        }
        String recorded = ticket.form().satisfaction();
        if (recorded != null) {
            Satisfaction.fromRecorded(recorded).ifPresent(s -> firstTimes.put("satisfaction", s.result() + "/" + s.attitude()));
        }
        return new Update(current, firstTimes);
    }

    /**
     * @param current    set to these values on every change
     * @param firstTimes set only where not yet set
     */
    public record Update(Map<String, String> current, Map<String, String> firstTimes) {}

    /** The facts from the fields {@link #update} wrote, or empty if they are incomplete. */
    public static Optional<TicketFacts> of(String number, Map<String, String> fields) {
        if (!fields.containsKey("type") || !fields.containsKey("createdAt") || !fields.containsKey("status")) {
            return Optional.empty();
        }
        Map<TicketStatus, Instant> reached = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            String at = fields.get("at:" + status.name());
            if (at != null) {
                reached.put(status, Instant.parse(at));
            }
        }
        Satisfaction satisfaction = null;
        String scores = fields.get("satisfaction");
        if (scores != null) {
            int slash = scores.indexOf('/');
            satisfaction = new Satisfaction(Integer.parseInt(scores.substring(0, slash)),
                    Integer.parseInt(scores.substring(slash + 1)));
        }
        return Optional.of(new TicketFacts(number, Intent.valueOf(fields.get("type")), fields.getOrDefault("channel", ""),
                blankToNull(fields.get("category")), blankToNull(fields.get("department")),
                Integer.parseInt(fields.getOrDefault("grade", "4")), fields.getOrDefault("agent", ""),
                TicketStatus.valueOf(fields.get("status")), Boolean.parseBoolean(fields.get("reComplaint")),
                Boolean.parseBoolean(fields.get("extended")), Boolean.parseBoolean(fields.get("confidential")),
                Instant.parse(fields.get("createdAt")), reached, satisfaction));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
