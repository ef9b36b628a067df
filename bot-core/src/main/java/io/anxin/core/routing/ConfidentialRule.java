package io.anxin.core.routing;

import io.anxin.core.handoff.Role;
import io.anxin.core.triage.RiskFlag;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who must be told, in confidence, of a ticket with a flag (003 §7(二); 000 part 5 §19, §28: whistle-blowing,
 * fraud, bribery and asset safety are reported to compliance at once; 001 ICP rules: the reporter's identity
 * stays confidential).
 *
 * @param flag        the flag
 * @param roles       the roles alerted (e.g. compliance, the leader)
 * @param departments the departments told, besides the one the ticket is routed to
 */
public record ConfidentialRule(RiskFlag flag, Set<Role> roles, Set<DepartmentId> departments) {

    public ConfidentialRule {
        Objects.requireNonNull(flag, "flag");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        departments = Set.copyOf(departments);
        if (roles.isEmpty() && departments.isEmpty()) {
            throw new IllegalArgumentException("the confidential rule for " + flag.label() + " tells nobody");
        }
    }
}
