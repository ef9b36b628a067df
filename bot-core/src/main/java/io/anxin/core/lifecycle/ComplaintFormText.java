package io.anxin.core.lifecycle;

import io.anxin.core.routing.Department;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.message.Lang;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The complaint form (客户投诉处理单, 000 part 5 annex 1) as plain text for the department it is forwarded to, with
 * Chinese labels and their English beside them, every field on its own line, a field not known yet said so.
 *
 * <p>A confidential ticket (whistle-blowing) goes out without who sent it: the customer's name, account and
 * contact are withheld from the text and stay visible to compliance on the desk (003 §7(二)).
 */
final class ComplaintFormText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String UNKNOWN = "（未填 not given）";
    private static final String WITHHELD = "（保密，不在此发送 confidential, not sent here）";

    private ComplaintFormText() {}

    static String subject(Ticket ticket, Department department) {
        return "[" + ticket.number() + "] 客户投诉处理单 Complaint form — " + department.names().get(Lang.ZH_HANS)
                + " — " + ticket.grade().level() + "级 grade " + ticket.grade().level();
    }

    static String render(Ticket ticket, Department department, ZoneId zone) {
        ComplaintForm form = ticket.form();
        boolean confidential = ticket.confidential();
        StringBuilder text = new StringBuilder();
        line(text, "工单号 Ticket", ticket.number().toString());
        line(text, "受理时间 Accepted", TIME.format(ticket.createdAt().atZone(zone)) + " (" + zone + ")");
        line(text, "承诺联系/答复时限 Promised by", TIME.format(ticket.dueBy().atZone(zone)));
        line(text, "渠道 Channel", ticket.channel().id());
        line(text, "等级 Grade", ticket.grade().level() + "");
        line(text, "类别 Category", ticket.category() == null ? null : ticket.category().label());
        line(text, "风险标记 Risk flags", ticket.flags().isEmpty() ? "无 none"
                : String.join(", ", ticket.flags().stream().map(f -> f.label()).sorted().toList()));
        line(text, "客户姓名 Customer name", confidential ? WITHHELD : form.customerName());
        line(text, "账号 Account number", confidential ? WITHHELD : form.accountNumber());
        line(text, "联系方式 Contact", confidential ? WITHHELD : form.contact());
        line(text, "受理人 Received by", form.receivingAgent());
        line(text, "投诉内容 Content", ticket.content());
        line(text, "事件经过 Summary of events", form.summary());
        line(text, "客户诉求 Customer's request", form.request());
        line(text, "责任部门 Responsible department", department.names().get(Lang.ZH_HANS) + " / " + department.names().get(Lang.EN));
        line(text, "责任人 Responsible person", form.responsiblePerson());
        if (ticket.reComplaintOf() != null) {
            line(text, "再投诉，原工单 Re-complaint of", ticket.reComplaintOf().toString());
        }
        if (ticket.extensionReason() != null) {
            line(text, "延期原因 Extended because", ticket.extensionReason());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, @Nullable String value) {
        text.append(label).append(": ").append(value == null || value.isBlank() ? UNKNOWN : value.strip()).append('\n');
    }
}
