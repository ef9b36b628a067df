package io.anxin.app.policy;

import io.anxin.core.handoff.Role;
import io.anxin.core.message.Lang;
import io.anxin.core.routing.ConfidentialRule;
import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.routing.Routing;
import io.anxin.core.routing.RoutingRule;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.RiskFlag;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@code departments}, {@code routing} and {@code confidential} sections of a policy pack, every problem
 * named with the file, the entry and what is wrong: unknown keys, a department defined twice or named but not
 * defined, no default department, superiors in a circle, unknown categories, flags and roles.
 */
final class RoutingSection {

    private static final Set<String> DEPARTMENT = Set.of("id", "name", "email", "webhook", "superior");
    private static final Set<String> NAMES = Set.of(Lang.ZH_HANS.tag(), Lang.ZH_HANT.tag(), Lang.EN.tag());
    private static final Set<String> ROUTING = Set.of("default", "rules");
    private static final Set<String> RULE = Set.of("name", "categories", "flags", "keywords", "to");
    private static final Set<String> CONFIDENTIAL = Set.of("roles", "departments");

    private final YamlFile file;
    private final Map<DepartmentId, String> defined = new LinkedHashMap<>();

    private RoutingSection(YamlFile file) {
        this.file = file;
    }

    /** The pack's routing, or null after recording every problem found. */
    static @Nullable Routing read(YamlFile file) {
        return new RoutingSection(file).read();
    }

    private @Nullable Routing read() {
        int before = file.problems.size();
        List<Department> departments = departments(file.lookup("departments"));
        file.allowOnly("routing", ROUTING);
        Object routing = file.require("routing");
        DepartmentId defaultDepartment = null;
        List<RoutingRule> rules = List.of();
        if (routing != null && !(routing instanceof Map<?, ?>)) {
            file.problem("routing", "must have default: (the department that takes what no rule matches) and rules:");
        } else if (routing != null) {
            Object value = file.lookup("routing.default");
            if (value == null) {
                file.problem("routing.default", "is required: the department that takes every ticket no rule matches,"
                        + " one of " + idsOf(defined.keySet()));
            } else {
                defaultDepartment = reference("routing.default", value);
            }
            rules = rules(file.lookup("routing.rules"));
        }
        List<ConfidentialRule> confidential = confidential(file.lookup("confidential"));
        if (file.problems.size() > before || defaultDepartment == null) {
            return null;
        }
        try {
            return new Routing(departments, rules, defaultDepartment, confidential);
        } catch (IllegalArgumentException e) {
            // what the checks above do not catch, e.g. superiors going round in a circle
            file.problem("departments", e.getMessage());
            return null;
        }
    }

    private List<Department> departments(@Nullable Object value) {
        List<Department> departments = new ArrayList<>();
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            file.problem("departments", value == null ? "is required: at least one department, with id, name, email or webhook"
                    : "must be a list of departments, each starting with '- id:'");
            return departments;
        }
        // ids first, so that a superior may be defined after the department it is above
        List<@Nullable Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "departments #" + (i + 1);
            if (!(items.get(i) instanceof Map<?, ?> raw)) {
                file.problem(at, "must be a department with id, name, and email or webhook");
                nodes.add(null);
                continue;
            }
            Map<String, Object> node = YamlFile.stringKeys(raw);
            nodes.add(node);
            Object id = node.get("id");
            if (id == null) {
                file.problem(at, "needs an id, e.g. customer-service");
            } else if (!DepartmentId.isValid(String.valueOf(id))) {
                file.problem(at, "id '" + id + "' is not a department id: lower-case letters, digits and hyphens,"
                        + " starting with a letter, e.g. customer-service");
            } else {
                String earlier = defined.putIfAbsent(new DepartmentId(String.valueOf(id)), at);
                if (earlier != null) {
                    file.problem(at + " (" + id + ")", "id " + id + " is already the id of " + earlier);
                }
            }
        }
        Set<DepartmentId> built = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Object> node = nodes.get(i);
            if (node != null) {
                Department department = department(i + 1, node);
                if (department != null && built.add(department.id())) {
                    departments.add(department);
                }
            }
        }
        return departments;
    }

    private @Nullable Department department(int number, Map<String, Object> node) {
        Object idValue = node.get("id");
        String label = "departments #" + number + (idValue == null ? "" : " (" + idValue + ")");
        int before = file.problems.size();
        file.allowOnly(label, node, DEPARTMENT);
        Map<Lang, String> names = names(label, node.get("name"));
        String email = null;
        Object emailValue = node.get("email");
        if (emailValue != null) {
            email = String.valueOf(emailValue).strip();
            if (!Department.isEmail(email)) {
                file.problem(label, "email '" + emailValue + "' is not an e-mail address, e.g. kefu@example.com");
            }
        }
        URI webhook = null;
        Object webhookValue = node.get("webhook");
        if (webhookValue != null) {
            webhook = webhook(label, String.valueOf(webhookValue).strip());
        }
        if (emailValue == null && webhookValue == null) {
            file.problem(label, "needs email: or webhook: (or both): how the department is told of a ticket");
        }
        DepartmentId superior = null;
        Object superiorValue = node.get("superior");
        if (superiorValue != null) {
            superior = reference(label + " superior", superiorValue);
            if (superior != null && superior.value().equals(String.valueOf(idValue))) {
                file.problem(label, "superior is the department itself; name the department above it, or leave superior out");
            }
        }
        if (file.problems.size() > before || idValue == null || !DepartmentId.isValid(String.valueOf(idValue))) {
            return null;
        }
        return new Department(new DepartmentId(String.valueOf(idValue)), names, email, webhook, superior);
    }

    private Map<Lang, String> names(String label, @Nullable Object value) {
        Map<Lang, String> names = new EnumMap<>(Lang.class);
        if (!(value instanceof Map<?, ?> raw)) {
            file.problem(label, "needs name: with zh-Hans, zh-Hant and en, e.g. { zh-Hans: 客服中心, zh-Hant: 客服中心,"
                    + " en: Customer service centre }");
            return names;
        }
        Map<String, Object> node = YamlFile.stringKeys(raw);
        file.allowOnly(label + " name", node, NAMES);
        for (Lang lang : Lang.values()) {
            Object name = node.get(lang.tag());
            if (name == null || String.valueOf(name).isBlank()) {
                file.problem(label, "name." + lang.tag() + " is missing: every department is named in zh-Hans, zh-Hant and en");
            } else {
                names.put(lang, String.valueOf(name).strip());
            }
        }
        return names;
    }

    private @Nullable URI webhook(String label, String text) {
        try {
            URI uri = new URI(text);
            if (Department.isWebhook(uri)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not a webhook
        }
        file.problem(label, "webhook '" + text + "' is not an http(s) address, e.g. https://hooks.example.com/complaints");
        return null;
    }

    private List<RoutingRule> rules(@Nullable Object value) {
        List<RoutingRule> rules = new ArrayList<>();
        if (value == null) {
            return rules;   // everything to the default department
        }
        if (!(value instanceof List<?> items)) {
            file.problem("routing.rules", "must be a list of rules, each starting with '- name:'");
            return rules;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "routing.rules #" + (i + 1);
            if (!(items.get(i) instanceof Map<?, ?> raw)) {
                file.problem(at, "must be a rule with name, to, and categories, flags or keywords");
                continue;
            }
            Map<String, Object> node = YamlFile.stringKeys(raw);
            Object name = node.get("name");
            String label = name == null ? at : at + " (" + name + ")";
            int before = file.problems.size();
            file.allowOnly(label, node, RULE);
            if (name == null || String.valueOf(name).isBlank()) {
                file.problem(label, "needs a name, e.g. system-faults: it is logged with every ticket it routes");
            } else {
                String earlier = names.putIfAbsent(String.valueOf(name), label);
                if (earlier != null) {
                    file.problem(label, "name '" + name + "' is already the name of " + earlier);
                }
            }
            Set<Category> categories = labels(label + " categories", node.get("categories"), Category.values(),
                    Category::label, "complaint category");
            Set<RiskFlag> flags = labels(label + " flags", node.get("flags"), RiskFlag.values(), RiskFlag::label, "risk flag");
            List<String> keywords = keywords(label + " keywords", node.get("keywords"));
            if (!node.containsKey("categories") && !node.containsKey("flags") && !node.containsKey("keywords")) {
                file.problem(label, "has no condition; give categories, flags or keywords (the default department takes the rest)");
            }
            Object to = node.get("to");
            DepartmentId department = null;
            if (to == null) {
                file.problem(label, "needs to: the department the ticket goes to, one of " + idsOf(defined.keySet()));
            } else {
                department = reference(label + " to", to);
            }
            if (file.problems.size() == before && department != null) {
                rules.add(new RoutingRule(String.valueOf(name), categories, flags, keywords, department));
            }
        }
        return rules;
    }

    private List<ConfidentialRule> confidential(@Nullable Object value) {
        List<ConfidentialRule> rules = new ArrayList<>();
        if (value == null) {
            return rules;
        }
        if (!(value instanceof Map<?, ?> raw)) {
            file.problem("confidential", "must name flags, e.g. whistleblow: { roles: [compliance], departments: [compliance] }");
            return rules;
        }
        YamlFile.stringKeys(raw).forEach((flagLabel, entry) -> {
            String at = "confidential." + flagLabel;
            RiskFlag flag = byLabel(RiskFlag.values(), RiskFlag::label, flagLabel);
            if (flag == null) {
                file.problem(at, "is not a risk flag; expected one of " + labelsOf(RiskFlag.values(), RiskFlag::label));
                return;
            }
            if (!(entry instanceof Map<?, ?> node)) {
                file.problem(at, "must have roles: and/or departments:, e.g. { roles: [compliance], departments: [compliance] }");
                return;
            }
            Map<String, Object> fields = YamlFile.stringKeys(node);
            int before = file.problems.size();
            file.allowOnly(at, CONFIDENTIAL);
            Set<Role> roles = labels(at + ".roles", fields.get("roles"), Role.values(), RoutingSection::roleLabel, "role");
            Set<DepartmentId> departments = new HashSet<>();
            for (Object d : list(at + ".departments", fields.get("departments"))) {
                DepartmentId id = reference(at + ".departments", d);
                if (id != null) {
                    departments.add(id);
                }
            }
            if (roles.isEmpty() && departments.isEmpty()) {
                file.problem(at, "tells nobody; give roles: and/or departments:");
            }
            if (file.problems.size() == before) {
                rules.add(new ConfidentialRule(flag, roles, departments));
            }
        });
        return rules;
    }

    /** The department {@code value} names, or null after recording that it is not defined. */
    private @Nullable DepartmentId reference(String path, Object value) {
        String text = String.valueOf(value).strip();
        if (DepartmentId.isValid(text) && defined.containsKey(new DepartmentId(text))) {
            return new DepartmentId(text);
        }
        file.problem(path, "'" + text + "' is not a department of this pack; expected one of " + idsOf(defined.keySet()));
        return null;
    }

    private List<String> keywords(String path, @Nullable Object value) {
        List<String> keywords = new ArrayList<>();
        for (Object item : list(path, value)) {
            if (!(item instanceof String s) || s.isBlank()) {
                file.problem(path, "must be words or phrases, e.g. [提现, 提現, withdraw]; '" + item + "' is not");
            } else {
                keywords.add(s.strip());
            }
        }
        if (value instanceof List<?> items && items.isEmpty()) {
            file.problem(path, "is empty; leave keywords out or give at least one");
        }
        return keywords;
    }

    private <E extends Enum<E>> Set<E> labels(String path, @Nullable Object value, E[] all, Function<E, String> label,
            String what) {
        Set<E> found = new HashSet<>();
        for (Object item : list(path, value)) {
            E match = byLabel(all, label, String.valueOf(item));
            if (match == null) {
                file.problem(path, "'" + item + "' is not a " + what + "; expected one of " + labelsOf(all, label));
            } else {
                found.add(match);
            }
        }
        return found.isEmpty() ? Set.of() : EnumSet.copyOf(found);
    }

    private List<?> list(String path, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items;
        }
        if (value instanceof Map<?, ?>) {
            file.problem(path, "must be a list, e.g. [a, b]");
            return List.of();
        }
        return List.of(value);
    }

    private static String roleLabel(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static <E> @Nullable E byLabel(E[] all, Function<E, String> label, String text) {
        return Arrays.stream(all).filter(e -> label.apply(e).equals(text.strip())).findFirst().orElse(null);
    }

    private static <E> List<String> labelsOf(E[] all, Function<E, String> label) {
        return Arrays.stream(all).map(label).toList();
    }

    private static List<String> idsOf(Set<DepartmentId> ids) {
        return ids.stream().map(DepartmentId::value).toList();
    }
}
