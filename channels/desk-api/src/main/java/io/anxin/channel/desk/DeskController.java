package io.anxin.channel.desk;

import io.anxin.channel.desk.DeskViews.PageView;
import io.anxin.channel.desk.DeskViews.StaffView;
import io.anxin.channel.desk.DeskViews.MilestoneView;
import io.anxin.channel.desk.DeskViews.TicketDetail;
import io.anxin.core.desk.DeskTickets;
import io.anxin.core.desk.TicketRecord;
import io.anxin.core.sla.MilestoneSchedule;
import io.anxin.core.desk.Staff;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.TicketNumber;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The desk's calls on tickets; every one acts as the signed-in member of staff. */
@RestController
@RequestMapping(path = "/api/v1/desk", produces = MediaType.APPLICATION_JSON_VALUE)
class DeskController {

    private final DeskTickets desk;
    private final MilestoneSchedule schedule;

    DeskController(DeskTickets desk, MilestoneSchedule schedule) {
        this.desk = desk;
        this.schedule = schedule;
    }

    private TicketDetail detail(TicketRecord r) {
        return TicketDetail.of(r, MilestoneView.of(r.ticket(), schedule));
    }

    @GetMapping("/me")
    Mono<StaffView> me(ServerWebExchange exchange) {
        return Staffs.of(exchange).map(StaffView::of);
    }

    @GetMapping("/tickets")
    Mono<PageView> list(@RequestParam MultiValueMap<String, String> query, ServerWebExchange exchange) {
        return Staffs.of(exchange).flatMap(who -> {
            ListParameters p = ListParameters.of(query);
            return desk.list(who, p.filter(), p.page(), p.size());
        }).map(PageView::of);
    }

    @GetMapping("/tickets/{number}")
    Mono<TicketDetail> ticket(@PathVariable String number, ServerWebExchange exchange) {
        return act(exchange, number, (who, n) -> Mono.empty());
    }

    @PostMapping(path = "/tickets/{number}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<TicketDetail> transition(@PathVariable String number, @RequestBody TransitionRequest body,
            ServerWebExchange exchange) {
        return act(exchange, number, (who, n) -> desk.move(who, n, body.target(), body.checkedNote()).then());
    }

    /** Fills form fields: a JSON object of field names to values, one audit event per changed field. */
    @PatchMapping(path = "/tickets/{number}/form", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<TicketDetail> fill(@PathVariable String number, @RequestBody Map<String, Object> body, ServerWebExchange exchange) {
        return act(exchange, number, (who, n) -> desk.fill(who, n, fields(body)).then());
    }

    @PostMapping(path = "/tickets/{number}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<TicketDetail> extend(@PathVariable String number, @RequestBody ExtensionRequest body, ServerWebExchange exchange) {
        return act(exchange, number, (who, n) -> desk.extend(who, n, body.checkedReason()).then());
    }

    /** Raises a complaint's grade for a fact triage cannot see (000 part 1 §3), with the fact as the reason. */
    @PostMapping(path = "/tickets/{number}/grade", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<TicketDetail> raiseGrade(@PathVariable String number, @RequestBody GradeRequest body, ServerWebExchange exchange) {
        return act(exchange, number,
                (who, n) -> desk.raiseGrade(who, n, body.checkedGrade(), body.checkedReason()).then());
    }

    @PostMapping(path = "/tickets/{number}/re-complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TicketDetail>> reComplain(@PathVariable String number, @RequestBody ReComplaintRequest body,
            ServerWebExchange exchange) {
        return Staffs.of(exchange).flatMap(who -> desk.reComplain(who, Staffs.ticketNumber(number), body.checkedWords())
                .flatMap(renewed -> desk.view(who, renewed.number())))
                .map(this::detail)
                .map(detail -> ResponseEntity.created(URI.create("/api/v1/desk/tickets/" + detail.number())).body(detail));
    }

    /** Does the change, then answers with the ticket as it now is, with its audit trail. */
    private Mono<TicketDetail> act(ServerWebExchange exchange, String number, Change change) {
        return Staffs.of(exchange).flatMap(who -> {
            TicketNumber n = Staffs.ticketNumber(number);
            return change.apply(who, n).then(Mono.defer(() -> desk.view(who, n)));
        }).map(this::detail);
    }

    private interface Change {
        Mono<Void> apply(Staff who, TicketNumber number);
    }

    private static Map<FormField, String> fields(Map<String, Object> body) {
        Map<FormField, String> fields = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            FormField field = FormField.fromLabel(name);
            if (field == FormField.ADOPTED ? !(value instanceof Boolean) : !(value instanceof String)) {
                throw new IllegalArgumentException("'" + name + "' must be a JSON "
                        + (field == FormField.ADOPTED ? "boolean (true or false)" : "string"));
            }
            fields.put(field, value.toString());
        });
        return fields;
    }
}
