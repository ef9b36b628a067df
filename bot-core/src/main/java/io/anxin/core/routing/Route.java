package io.anxin.core.routing;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where one ticket goes: the department, the rule that chose it, and the department a re-complaint about it
 * goes to.
 *
 * @param department the department that handles the ticket
 * @param rule       the first rule that matched, null when none did and the default department took it
 * @param superior   the department's superior, null at the top
 */
public record Route(Department department, @Nullable RoutingRule rule, @Nullable Department superior) {

    /** The rule's name, or {@code default}, for logs and the audit trail. */
    public String reason() {
        return rule == null ? "default" : rule.name();
    }

    public Optional<Department> superiorDepartment() {
        return Optional.ofNullable(superior);
    }
}
