package io.anxin.core.redis;

import io.anxin.core.conversation.Conversation;
import io.anxin.core.conversation.ConversationId;
import io.anxin.core.conversation.ConversationState;
import io.anxin.core.conversation.Detail;
import io.anxin.core.conversation.Speaker;
import io.anxin.core.conversation.TranscriptEntry;
import io.anxin.core.message.Channel;
import io.anxin.core.message.Lang;
import io.anxin.core.ticket.ComplaintForm;
import io.anxin.core.ticket.FormField;
import io.anxin.core.ticket.Grade;
import io.anxin.core.ticket.Ticket;
import io.anxin.core.ticket.TicketNumber;
import io.anxin.core.ticket.TicketStatus;
import io.anxin.core.triage.Act;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.Intent;
import io.anxin.core.triage.RiskFlag;
import io.anxin.core.triage.TriageResult;
import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.reactive.RedisClusterReactiveCommands;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * How domain records are laid out as Redis hash and stream fields: flat, named, readable with
 * redis-cli, and open to changing one field in place. Absent values are absent fields.
 */
final class Fields {

    private Fields() {}

    static Map<String, String> of(Conversation c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("channel", c.channel().id());
        f.put("customer", c.customerId());
        f.put("lang", c.lang().tag());
        f.put("state", c.state().name());
        putIfPresent(f, "pending", c.pendingText());
        putIfPresent(f, "askedFor", c.askedFor() == null ? null : c.askedFor().name());
        putIfPresent(f, "lastTicket", c.lastTicket() == null ? null : c.lastTicket().toString());
        f.put("turns", Integer.toString(c.turns()));
        f.put("openedAt", c.openedAt().toString());
        f.put("lastActiveAt", c.lastActiveAt().toString());
        return f;
    }

    static Conversation conversation(ConversationId id, Map<String, String> f) {
        String lastTicket = f.get("lastTicket");
        String askedFor = f.get("askedFor");
        return new Conversation(id, Channel.fromId(f.get("channel")), f.get("customer"), Lang.fromTag(f.get("lang")),
                ConversationState.valueOf(f.get("state")), f.get("pending"), askedFor == null ? null : Detail.valueOf(askedFor),
                lastTicket == null ? null : TicketNumber.parse(lastTicket), Integer.parseInt(f.get("turns")),
                Instant.parse(f.get("openedAt")), Instant.parse(f.get("lastActiveAt")));
    }

    static Map<String, String> of(TranscriptEntry e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("speaker", e.speaker().name());
        f.put("text", e.text());
        f.put("at", e.at().toString());
        putIfPresent(f, "messageId", e.messageId());
        TriageResult t = e.triage();
        if (t != null) {
            f.put("intent", t.intent().label());
            f.put("confidence", Double.toString(t.confidence()));
            putIfPresent(f, "category", t.category() == null ? null : t.category().label());
            f.put("flags", labels(t.flags()));
            f.put("anger", Integer.toString(t.anger()));
            f.put("lang", t.lang().tag());
            if (t.act() != Act.NONE) {
                f.put("act", t.act().label());
            }
        }
        return f;
    }

    static TranscriptEntry transcriptEntry(Map<String, String> f) {
        TriageResult triage = null;
        if (f.containsKey("intent")) {
            String category = f.get("category");
            triage = new TriageResult(Intent.fromLabel(f.get("intent")), Double.parseDouble(f.get("confidence")),
                    category == null ? null : Category.fromLabel(category), flags(f.get("flags")),
                    Integer.parseInt(f.get("anger")), Lang.fromTag(f.get("lang")),
                    f.containsKey("act") ? Act.fromLabel(f.get("act")) : Act.NONE);
        }
        return new TranscriptEntry(Speaker.valueOf(f.get("speaker")), f.get("text"), Instant.parse(f.get("at")),
                f.get("messageId"), triage);
    }

    static Map<String, String> of(Ticket t) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("number", t.number().toString());
        f.put("status", t.status().name());
        f.put("grade", Integer.toString(t.grade().level()));
        f.put("conversation", t.conversationId().value());
        f.put("channel", t.channel().id());
        f.put("lang", t.lang().tag());
        f.put("content", t.content());
        putIfPresent(f, "category", t.category() == null ? null : t.category().label());
        f.put("flags", labels(t.flags()));
        f.put("createdAt", t.createdAt().toString());
        f.put("dueBy", t.dueBy().toString());
        putIfPresent(f, "extensionReason", t.extensionReason());
        putIfPresent(f, "reComplaintOf", t.reComplaintOf() == null ? null : t.reComplaintOf().toString());
        ComplaintForm form = t.form();
        putIfPresent(f, "form.accountNumber", form.accountNumber());
        putIfPresent(f, "form.customerName", form.customerName());
        putIfPresent(f, "form.contact", form.contact());
        f.put("form.receivingAgent", form.receivingAgent());
        putIfPresent(f, "form.summary", form.summary());
        putIfPresent(f, "form.request", form.request());
        for (FormField field : FormField.values()) {
            putIfPresent(f, "form." + field.label(), form.get(field));
        }
        return f;
    }

    static Ticket ticket(Map<String, String> f) {
        String category = f.get("category");
        String adopted = f.get("form.adopted");
        ComplaintForm form = new ComplaintForm(f.get("form.accountNumber"), f.get("form.customerName"), f.get("form.contact"),
                f.get("form.receivingAgent"), f.get("form.summary"), f.get("form.request"), f.get("form.responsibleDepartment"),
                f.get("form.responsiblePerson"), f.get("form.factsEstablished"), f.get("form.correctiveMeasures"),
                f.get("form.actionOnStaff"), f.get("form.satisfaction"), f.get("form.leaderDecision"),
                adopted == null ? null : Boolean.valueOf(adopted), f.get("form.answer"));
        return new Ticket(TicketNumber.parse(f.get("number")), TicketStatus.valueOf(f.get("status")),
                Grade.of(Integer.parseInt(f.get("grade"))), new ConversationId(f.get("conversation")),
                Channel.fromId(f.get("channel")), Lang.fromTag(f.get("lang")), f.get("content"),
                category == null ? null : Category.fromLabel(category), flags(f.get("flags")), form,
                Instant.parse(f.get("createdAt")), Instant.parse(f.get("dueBy")), f.get("extensionReason"),
                f.containsKey("reComplaintOf") ? TicketNumber.parse(f.get("reComplaintOf")) : null);
    }

    /** A whole hash, empty when the key does not exist. */
    static Mono<Map<String, String>> hash(RedisClusterReactiveCommands<String, String> redis, String key) {
        return redis.hgetall(key).collectMap(KeyValue::getKey, KeyValue::getValue);
    }

    /** Field-value pairs flattened for a script's arguments, preceded by their count. */
    static void appendCounted(List<String> args, Map<String, String> fields) {
        args.add(Integer.toString(fields.size()));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
    }

    private static String labels(Set<RiskFlag> flags) {
        return flags.stream().map(RiskFlag::label).sorted().collect(Collectors.joining(","));
    }

    private static Set<RiskFlag> flags(@Nullable String labels) {
        if (labels == null || labels.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(labels.split(",")).map(RiskFlag::fromLabel).collect(Collectors.toSet());
    }

    private static void putIfPresent(Map<String, String> f, String name, @Nullable String value) {
        if (value != null) {
            f.put(name, value);
        }
    }
}
