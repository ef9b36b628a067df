package io.anxin.core.report;

import io.anxin.core.sla.Milestone;
import java.util.List;
import java.util.Map;

/**
 * A scheduled report as an e-mail: an HTML page with the period's headline figures, its breakdown by department
 * and channel and its top recurring problems, and a plain-text version of the headline for mail readers without
 * HTML. Every value is escaped; the figures carry no personal data and the excerpts are masked.
 */
final class ReportMail {

    private ReportMail() {}

    static String subject(ReportSchedule.Kind kind, Period period) {
        return (kind == ReportSchedule.Kind.WEEKLY ? "Anxin weekly report 周报 " : "Anxin monthly report 月报 ") + period;
    }

    static String text(ReportSchedule.Kind kind, Statistics s) {
        Figures t = s.total();
        return subject(kind, s.period()) + "\n"
                + "Tickets 工单: " + t.tickets() + ", complaints 投诉: " + t.complaints() + " (valid 有效 " + t.validComplaints()
                + ", invalid 无效 " + t.invalidComplaints() + ")\n"
                + "Closure rate 办结率: " + percent(t.closureRate()) + "\n"
                + "First contact within limit 24小时内联系: " + percent(t.timeLimits().get(Milestone.FIRST_CONTACT.label()).share()) + "\n"
                + "Resolved within limit 时限内办结: " + percent(t.timeLimits().get(Milestone.RESOLVE.label()).share()) + "\n"
                + "Breaches 超时: " + t.breaches() + ", re-complaints 再投诉: " + t.reComplaints() + "\n"
                + "The figures are in the attached CSV and the HTML version of this mail.\n";
    }

    static String html(ReportSchedule.Kind kind, Statistics s, List<RecurringProblem> problems) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(subject(kind, s.period())))
                .append("</title></head><body style=\"font-family:sans-serif\">");
        h.append("<h1>").append(esc(subject(kind, s.period()))).append("</h1>");
        h.append("<p>").append(esc(s.period().first() + " – " + s.period().last() + " (" + s.zone() + ")")).append("</p>");
        h.append("<h2>Figures 总体</h2>");
        table(h, Map.of("all 全部", s.total()));
        for (String dimension : List.of("department", "channel", "type")) {
            Map<String, Figures> rows = s.by().get(dimension);
            if (rows != null && !rows.isEmpty()) {
                h.append("<h2>By ").append(esc(dimension)).append("</h2>");
                table(h, rows);
            }
        }
        h.append("<h2>Recurring problems 重复问题</h2>");
        if (problems.isEmpty()) {
            h.append("<p>None: no complaint was made by more than one customer.</p>");
        } else {
            h.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>#</th><th>category</th>"
                    + "<th>complaints</th><th>period before</th><th>trend</th><th>departments</th><th>example</th></tr>");
            int rank = 1;
            for (RecurringProblem p : problems) {
                String example = p.examples().isEmpty() ? "" : p.examples().get(0).ticket()
                        + (p.examples().get(0).excerpt() == null ? "" : " " + p.examples().get(0).excerpt());
                h.append("<tr><td>").append(rank++).append("</td><td>").append(esc(p.category())).append("</td><td>")
                        .append(p.complaints()).append("</td><td>").append(p.previous()).append("</td><td>")
                        .append(esc(p.trend())).append("</td><td>").append(esc(p.departments().toString()))
                        .append("</td><td>").append(esc(example)).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<p>All figures per department, channel, type, category, grade, agent and day are in the attached CSV.</p>");
        return h.append("</body></html>").toString();
    }

    private static void table(StringBuilder h, Map<String, Figures> rows) {
        h.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>tickets</th>"
                + "<th>complaints</th><th>valid</th><th>invalid</th><th>closure rate</th><th>first contact on time</th>"
                + "<th>resolved on time</th><th>median hours to resolve</th><th>breaches</th><th>re-complaints</th>"
                + "<th>dissatisfied</th><th>call-backs on time</th></tr>");
        rows.forEach((name, f) -> h.append("<tr><th>").append(esc(name)).append("</th><td>").append(f.tickets())
                .append("</td><td>").append(f.complaints()).append("</td><td>").append(f.validComplaints())
                .append("</td><td>").append(f.invalidComplaints()).append("</td><td>").append(percent(f.closureRate()))
                .append("</td><td>").append(percent(f.timeLimits().get(Milestone.FIRST_CONTACT.label()).share()))
                .append("</td><td>").append(percent(f.timeLimits().get(Milestone.RESOLVE.label()).share()))
                .append("</td><td>").append(f.resolution().medianHours()).append("</td><td>").append(f.breaches())
                .append("</td><td>").append(f.reComplaints()).append("</td><td>").append(f.resultSatisfaction().dissatisfied())
                .append("</td><td>").append(f.callBacks().onTime()).append(" / ").append(f.callBacks().due())
                .append("</td></tr>"));
        h.append("</table>");
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
