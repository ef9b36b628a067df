package io.anxin.core.routing;

import io.anxin.core.handoff.Role;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.RiskFlag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A policy pack's departments and the rules that send a ticket to one of them: the first rule that matches
 * wins, and a ticket no rule matches goes to the default department (000 part 1 §10.1: a complaint without a
 * clear responsible department is handled by the service desk).
 *
 * <p>Built only from consistent parts: every department a rule, a superior, the default or a confidential
 * rule names exists, ids are unique, and following superiors always ends (a re-complaint cannot go round in
 * a circle). Immutable and safe to share between threads.
 */
public final class Routing {

    private final Map<DepartmentId, Department> departments;
    private final List<RoutingRule> rules;
    private final Department defaultDepartment;
    private final Map<RiskFlag, ConfidentialRule> confidential;

    public Routing(List<Department> departments, List<RoutingRule> rules, DepartmentId defaultDepartment,
            List<ConfidentialRule> confidential) {
        Map<DepartmentId, Department> byId = new LinkedHashMap<>();
        for (Department department : departments) {
            if (byId.putIfAbsent(department.id(), department) != null) {
                throw new IllegalArgumentException("department " + department.id() + " is defined twice");
            }
        }
        this.departments = Collections.unmodifiableMap(byId);
        for (Department department : departments) {
            department.superiorId().ifPresent(s -> require(s, "the superior of " + department.id()));
        }
        for (RoutingRule rule : rules) {
            require(rule.department(), "routing rule '" + rule.name() + "'");
        }
        this.rules = List.copyOf(rules);
        this.defaultDepartment = require(defaultDepartment, "the default department");
        Map<RiskFlag, ConfidentialRule> byFlag = new EnumMap<>(RiskFlag.class);
        for (ConfidentialRule rule : confidential) {
            rule.departments().forEach(d -> require(d, "the confidential rule for " + rule.flag().label()));
            if (byFlag.putIfAbsent(rule.flag(), rule) != null) {
                throw new IllegalArgumentException("the confidential rule for " + rule.flag().label() + " is given twice");
            }
        }
        this.confidential = byFlag;
        for (Department department : departments) {
            chainOfSuperiors(department);
        }
    }

    /** The department a ticket goes to: the first matching rule's, else the default. */
    public Department departmentFor(@Nullable Category category, Set<RiskFlag> flags, String text) {
        return route(category, flags, text).department();
    }

    /** The department a ticket goes to, the rule that chose it and the department above it. */
    public Route route(@Nullable Category category, Set<RiskFlag> flags, String text) {
        for (RoutingRule rule : rules) {
            if (rule.matches(category, flags, text)) {
                Department department = departments.get(rule.department());
                return new Route(department, rule, superiorOf(department).orElse(null));
            }
        }
        return new Route(defaultDepartment, null, superiorOf(defaultDepartment).orElse(null));
    }

    /** The department a re-complaint goes to when the customer rejects {@code department}'s outcome. */
    public Optional<Department> superiorOf(Department department) {
        return department.superiorId().map(departments::get);
    }

    /**
     * Every department above {@code department}, nearest first: where a complaint climbs when each level's
     * outcome is rejected in turn.
     */
    public List<Department> chainOfSuperiors(Department department) {
        List<Department> chain = new ArrayList<>();
        Set<DepartmentId> seen = new HashSet<>();
        seen.add(department.id());
        for (Optional<Department> up = superiorOf(department); up.isPresent(); up = superiorOf(up.get())) {
            if (!seen.add(up.get().id())) {
                throw new IllegalArgumentException("the superiors of " + department.id() + " go round in a circle through "
                        + up.get().id());
            }
            chain.add(up.get());
        }
        return List.copyOf(chain);
    }

    /** Everyone to be told in confidence of a ticket with {@code flags}; empty if none of them is confidential. */
    public Confidential confidentialFor(Set<RiskFlag> flags) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<DepartmentId> ids = new HashSet<>();
        for (RiskFlag flag : RiskFlag.values()) {
            ConfidentialRule rule = confidential.get(flag);
            if (rule != null && flags.contains(flag)) {
                roles.addAll(rule.roles());
                ids.addAll(rule.departments());
            }
        }
        return new Confidential(roles, departments.values().stream().filter(d -> ids.contains(d.id())).toList());
    }

    /** The flags whose tickets are told in confidence. */
    public Set<RiskFlag> confidentialFlags() {
        return confidential.isEmpty() ? Set.of() : Set.copyOf(confidential.keySet());
    }

    public Optional<Department> department(DepartmentId id) {
        return Optional.ofNullable(departments.get(id));
    }

    /** The departments in the pack's order. */
    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    public Department defaultDepartment() {
        return defaultDepartment;
    }

    public List<ConfidentialRule> confidentialRules() {
        return List.copyOf(confidential.values());
    }

    private Department require(DepartmentId id, String who) {
        Department department = departments.get(id);
        if (department == null) {
            throw new IllegalArgumentException(who + " names department " + id + ", which is not defined; defined are "
                    + departments.keySet());
        }
        return department;
    }
}
