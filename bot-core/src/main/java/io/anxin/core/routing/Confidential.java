package io.anxin.core.routing;

import io.anxin.core.handoff.Role;
import java.util.List;
import java.util.Set;

/**
 * Everyone who must be told in confidence of one ticket, by its flags.
 *
 * @param roles       the roles alerted
 * @param departments the departments told, each once, in the pack's order
 */
public record Confidential(Set<Role> roles, List<Department> departments) {

    public Confidential {
        roles = Set.copyOf(roles);
        departments = List.copyOf(departments);
    }

    /** Whether nobody is to be told in confidence: the ticket has no confidential flag. */
    public boolean isEmpty() {
        return roles.isEmpty() && departments.isEmpty();
    }
}
