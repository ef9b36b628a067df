package io.anxin.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reports as CSV (RFC 4180, UTF-8), for a spreadsheet. A cell that a spreadsheet would run as a formula (one
 * starting with {@code = + - @}) is prefixed with an apostrophe; the figures hold no personal data, and the
 * recurring problems' excerpts are masked.
 */
public final class ReportCsv {

    private ReportCsv() {}

    /** One line for all tickets, then one per value of every dimension. */
    public static String statistics(Statistics statistics) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("dimension", "value"));
        header.addAll(columns(statistics.total()).keySet());
        line(out, header);
        row(out, "all", "all", statistics.total());
        statistics.by().forEach((dimension, rows) -> rows.forEach((value, figures) -> row(out, dimension, value, figures)));
        return out.toString();
    }

    public static String recurring(List<RecurringProblem> problems) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("rank", "category", "complaints", "previous_period", "trend", "departments", "examples"));
        int rank = 1;
        for (RecurringProblem p : problems) {
            String departments = p.departments().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(" "));
            String examples = p.examples().stream()
                    .map(e -> e.ticket() + (e.excerpt() == null ? "" : " " + e.excerpt()))
                    .collect(Collectors.joining("\n"));
            line(out, List.of(Integer.toString(rank++), p.category(), Long.toString(p.complaints()),
                    Long.toString(p.previous()), p.trend(), departments, examples));
        }
        return out.toString();
    }

    /** The figures as named columns, in a fixed order; the e-mailed report's table uses the same names. */
    public static Map<String, String> columns(Figures f) {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("tickets", Long.toString(f.tickets()));
        c.put("complaints", Long.toString(f.complaints()));
        c.put("valid_complaints", Long.toString(f.validComplaints()));
        c.put("invalid_complaints", Long.toString(f.invalidComplaints()));
        c.put("closed", Long.toString(f.closed()));
        c.put("closure_rate", Double.toString(f.closureRate()));
        durations(c, "first_contact", f.firstContact());
        durations(c, "resolution", f.resolution());
        f.timeLimits().forEach((milestone, limit) -> {
            c.put(milestone + "_on_time", Long.toString(limit.onTime()));
            c.put(milestone + "_late", Long.toString(limit.late()));
            c.put(milestone + "_overdue", Long.toString(limit.overdue()));
            c.put(milestone + "_share_on_time", Double.toString(limit.share()));
        });
        c.put("breaches", Long.toString(f.breaches()));
        c.put("re_complaints", Long.toString(f.reComplaints()));
        distribution(c, "result", f.resultSatisfaction());
        distribution(c, "attitude", f.attitudeSatisfaction());
        c.put("call_backs_due", Long.toString(f.callBacks().due()));
        c.put("call_backs_on_time", Long.toString(f.callBacks().onTime()));
        c.put("call_backs_late", Long.toString(f.callBacks().late()));
        c.put("call_backs_open", Long.toString(f.callBacks().open()));
        return c;
    }

    private static void durations(Map<String, String> c, String name, Figures.Durations d) {
        c.put(name + "_measured", Long.toString(d.measured()));
        c.put(name + "_mean_working_hours", Double.toString(d.meanHours()));
        c.put(name + "_median_working_hours", Double.toString(d.medianHours()));
        c.put(name + "_p90_working_hours", Double.toString(d.p90Hours()));
    }

    private static void distribution(Map<String, String> c, String name, Figures.Distribution d) {
        c.put(name + "_dissatisfied", Long.toString(d.dissatisfied()));
        c.put(name + "_average", Long.toString(d.average()));
        c.put(name + "_satisfied", Long.toString(d.satisfied()));
    }

    private static void row(StringBuilder out, String dimension, String value, Figures figures) {
        List<String> cells = new ArrayList<>(List.of(dimension, value));
        cells.addAll(columns(figures).values());
        line(out, cells);
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(ReportCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
