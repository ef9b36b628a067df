package io.anxin.core.desk;

import java.util.Set;
import java.util.TreeSet;

/**
 * The departments a ticket can be forwarded to: the active policy pack's, whose addresses it is sent
 * to. Naming any other is refused; an empty set (tests) takes any well-formed id.
 */
public record Departments(Set<String> ids) {

    public static final Departments ANY = new Departments(Set.of());

    public Departments {
        ids = Set.copyOf(ids);
    }

    /** @throws IllegalArgumentException naming the departments there are */
    void requireKnown(String id) {
        if (!ids.isEmpty() && !ids.contains(id)) {
            throw new IllegalArgumentException("responsibleDepartment '" + id + "' is not a department of the policy pack; expected one of "
                    + new TreeSet<>(ids));
        }
    }
}
