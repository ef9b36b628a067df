package io.anxin.core.desk;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff signed in at the desk.
 *
 * @param id          recorded as "by" in every audit event they cause
 * @param displayName how the desk names them
 * @param roles       at least one
 * @param department  the department id of a {@link StaffRole#DEPARTMENT} user, null for anyone else
 */
public record Staff(String id, String displayName, Set<StaffRole> roles, @Nullable String department) {

    public Staff {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a member of staff needs an id");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("staff member '" + id + "' has no role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(StaffRole.DEPARTMENT) != (department != null)) {
            throw new IllegalArgumentException(department == null
                    ? "staff member '" + id + "' has the department role but no department"
                    : "staff member '" + id + "' names a department without the department role");
        }
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
