package io.anxin.channel.desk;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import io.anxin.core.desk.TicketPage;
import io.anxin.core.desk.TicketRecord;
import io.anxin.core.sla.Milestone;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketEvent;
import io.anxin.core.triage.RiskFlag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the desk API; absent values are left out rather than sent as null. */
final class DeskViews {

    private DeskViews() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StaffView(String id, String name, List<String> roles, @Nullable String department) {
        static StaffView of(Staff s) {
            return new StaffView(s.id(), s.displayName(), s.roles().stream().map(StaffRole::label).sorted().toList(),
                    s.department());
        }
    }

    /** A line of a list: enough to choose a ticket, without the customer's words. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TicketSummary(String number, String type, String status, int grade, boolean confidential,
            @Nullable String category, String channel, Instant createdAt, Instant dueBy,
            @Nullable String responsibleDepartment) {
        static TicketSummary of(Ticket t) {
            return new TicketSummary(t.number().toString(), t.type().label(), statusLabel(t), t.grade().level(),
                    t.confidential(), t.category() == null ? null : t.category().label(), t.channel().id(),
                    t.createdAt(), t.dueBy(), t.form().responsibleDepartment());
        }
    }

    record PageView(List<TicketSummary> items, int page, int size, long total) {
        static PageView of(TicketPage p) {
            return new PageView(p.items().stream().map(TicketSummary::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventView(String what, String by, Instant at) {
        static EventView of(TicketEvent e) {
            return new EventView(e.what(), e.by(), e.at());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TicketDetail(String number, String type, String status, int grade, boolean confidential,
            String conversationId, String channel, String lang, String content, @Nullable String category,
            List<String> flags, Instant createdAt, Instant dueBy, @Nullable String extensionReason,
            @Nullable String reComplaintOf, FormView form, List<EventView> events, List<MilestoneView> milestones) {
        static TicketDetail of(TicketRecord r, List<MilestoneView> milestones) {
            Ticket t = r.ticket();
            return new TicketDetail(t.number().toString(), t.type().label(), statusLabel(t), t.grade().level(),
                    t.confidential(), t.conversationId().value(), t.channel().id(), t.lang().tag(), t.content(),
                    t.category() == null ? null : t.category().label(),
                    t.flags().stream().map(RiskFlag::label).sorted().toList(), t.createdAt(), t.dueBy(),
                    t.extensionReason(), t.reComplaintOf() == null ? null : t.reComplaintOf().toString(),
                    FormView.of(t.form()), r.events().stream().map(EventView::of).toList(), milestones);
        }
    }

    /** A time limit of the ticket (the SLA countdown on the desk): when it warns, when it is due, whether it is met. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MilestoneView(String milestone, @Nullable Instant warnAt, Instant dueBy, boolean met) {
        static List<MilestoneView> of(Ticket t, MilestoneSchedule schedule) {
            return schedule.atAcceptance(t).stream()
                    .map(d -> d.milestone() == Milestone.RESOLVE && t.extensionReason() != null
                            ? schedule.resolveExtended(t.createdAt()) : d)
                    .map(d -> new MilestoneView(d.milestone().label(), d.warnAt(), d.due(), d.milestone().isMetBy(t.status())))
                    .toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormView(@Nullable String accountNumber, @Nullable String customerName, @Nullable String contact,
            String receivingAgent, @Nullable String summary, @Nullable String request,
            @Nullable String responsibleDepartment, @Nullable String responsiblePerson,
            @Nullable String factsEstablished, @Nullable String correctiveMeasures, @Nullable String actionOnStaff,
            @Nullable String satisfaction, @Nullable String leaderDecision, @Nullable Boolean adopted,
            @Nullable String answer) {
        static FormView of(ComplaintForm f) {
            return new FormView(f.accountNumber(), f.customerName(), f.contact(), f.receivingAgent(), f.summary(),
                    f.request(), f.responsibleDepartment(), f.responsiblePerson(), f.factsEstablished(),
                    f.correctiveMeasures(), f.actionOnStaff(), f.satisfaction(), f.leaderDecision(), f.adopted(),
                    f.answer());
        }
    }

    private static String statusLabel(Ticket t) {
        return t.status().name().toLowerCase(Locale.ROOT);
    }
}
