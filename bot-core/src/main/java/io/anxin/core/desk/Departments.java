package io.anxin.core.desk;

import java.util.Set;
import java.util.TreeSet;

/**
 * The departments that have desk users. A ticket forwarded to any other department would be seen by
 * no department user, so naming one is refused; with no department users at all (a trial with the
 * generated admin) any well-formed id is taken.
 */
public record Departments(Set<String> ids) {

    public static final Departments ANY = new Departments(Set.of());

    public Departments {
        ids = Set.copyOf(ids);
    }

    /** @throws IllegalArgumentException naming the departments there are */
    void requireKnown(String id) {
        if (!ids.isEmpty() && !ids.contains(id)) {
            throw new IllegalArgumentException("responsibleDepartment '" + id + "' has no desk users; expected one of "
                    + new TreeSet<>(ids));
        }
    }
}
