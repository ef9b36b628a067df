package io.anxin.channel.desk;

import io.anxin.core.report.Period;
import io.anxin.core.report.RecurringProblem;
import io.anxin.core.report.ReportCsv;
import io.anxin.core.report.Reports;
import io.anxin.core.report.Statistics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reports for supervisors and compliance: a period's statistics and its recurring problems, as JSON for the
 * desk's report pages or as CSV for a spreadsheet ({@code format=csv}). Every call is recorded in the access
 * audit.
 */
@RestController
@RequestMapping(path = "/api/v1/desk/reports")
class ReportsController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Reports reports;

    ReportsController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/statistics")
    Mono<ResponseEntity<?>> statistics(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "json") String format,
            ServerWebExchange exchange) {
        Period period = period(from, to);
        boolean csv = csv(format);
        return Staffs.of(exchange).flatMap(who -> reports.statistics(who, period, format))
                .map(statistics -> csv ? csv("statistics", period, ReportCsv.statistics(statistics)) : json(statistics));
    }

    @GetMapping("/recurring")
    Mono<ResponseEntity<?>> recurring(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "10") String top,
            @RequestParam(defaultValue = "json") String format, ServerWebExchange exchange) {
        Period period = period(from, to);
        boolean csv = csv(format);
        int count = top(top);
        return Staffs.of(exchange).flatMap(who -> reports.recurring(who, period, count, format))
                .map(problems -> csv ? csv("recurring", period, ReportCsv.recurring(problems))
                        : json(new RecurringView(period.first(), period.last(), period.previous().first(),
                                period.previous().last(), problems)));
    }

    /** The recurring problems with the two periods they compare. */
    record RecurringView(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
            List<RecurringProblem> problems) {}

    private static ResponseEntity<?> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ResponseEntity<?> csv(String report, Period period, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"anxin-" + report + "-" + period.first() + "-" + period.last() + ".csv\"")
                .body(body);
    }

    private static Period period(@Nullable String from, @Nullable String to) {
        return new Period(date("from", from), date("to", to));
    }

    private static LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required: a date such as 2026-06-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2026-06-01, was '" + value + "'");
        }
    }

    private static boolean csv(String format) {
        return switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new IllegalArgumentException("format must be json or csv, was '" + format + "'");
        };
    }

    private static int top(String top) {
        try {
            int n = Integer.parseInt(top.strip());
            if (n >= 1 && n <= Reports.MAX_TOP) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("top must be a whole number from 1 to " + Reports.MAX_TOP + ", was '" + top + "'");
    }
}
