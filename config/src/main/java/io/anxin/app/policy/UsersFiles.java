package io.anxin.app.policy;

import io.anxin.core.desk.Staff;
import io.anxin.core.desk.StaffRole;
import io.anxin.core.ticket.FormField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * Reads the desk's users file ({@code users:} a list of id, name, roles, department for department
 * users, and a bcrypt hash of the password), refusing to start on any problem with the file, the
 * user and what is wrong. A password is never repeated in a message: what is written there by
 * mistake may be a real one.
 */
public final class UsersFiles {

    /** A user with the bcrypt hash of their password. */
    public record Account(Staff staff, String passwordHash) {}

    private static final List<String> TOP = List.of("description", "users");
    private static final List<String> USER = List.of("id", "name", "roles", "department", "password");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    /** $2a$, $2b$ or $2y$, a cost of 04 to 31, then 53 characters of salt and hash. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12]\\d|3[01])\\$[./A-Za-z0-9]{53}");
    private static final List<String> ROLES = EnumSet.allOf(StaffRole.class).stream().map(StaffRole::label).toList();

    private UsersFiles() {}

    public static List<Account> users(Resource resource, String name) {
        YamlFile file = YamlFile.read(resource, name);
        Map<String, Object> root = file.root();
        file.allowOnly("", root, TOP);
        Object users = root.get("users");
        List<Account> accounts = new ArrayList<>();
        if (!(users instanceof List<?> list) || list.isEmpty()) {
            file.problem("users", users == null ? "is required: at least one user" : "must be a list of users, e.g."
                    + " - { id: li.wei, name: 李伟, roles: [agent], password: '$2a$10$…' }");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Account account = user(file, "users #" + (i + 1), list.get(i), ids);
                if (account != null) {
                    accounts.add(account);
                }
            }
        }
        file.throwIfProblems();
        return List.copyOf(accounts);
    }

    private static @Nullable Account user(YamlFile file, String at, @Nullable Object value, Set<String> ids) {
        if (!(value instanceof Map<?, ?> raw)) {
            file.problem(at, "must be a user with id, name, roles and password");
            return null;
        }
        Map<String, Object> entry = YamlFile.stringKeys(raw);
        String id = text(entry.get("id"));
        String label = id.isEmpty() ? at : at + " (" + id + ")";
        int before = file.problems.size();
        file.allowOnly(label, entry, USER);
        if (id.isEmpty()) {
            file.problem(label, "needs an id: the user name to sign in with, e.g. li.wei");
        } else if (!ID.matcher(id).matches()) {
            file.problem(label, "id '" + id + "' may hold letters, digits, '.', '_', '-' and '@', up to 64, no spaces");
        } else if (!ids.add(id.toLowerCase(Locale.ROOT))) {
            file.problem(label, "id '" + id + "' is given to another user already (ids differ in more than case)");
        }
        String name = text(entry.get("name"));
        if (name.isEmpty()) {
            file.problem(label, "needs a name: how the desk shows the user, e.g. 李伟");
        }
        Set<StaffRole> roles = roles(file, label, entry.get("roles"));
        String department = text(entry.get("department"));
        if (roles.contains(StaffRole.DEPARTMENT)) {
            if (department.isEmpty()) {
                file.problem(label, "has the role department and needs department: the id of their department, e.g. operations");
            } else if (!FormField.DEPARTMENT_ID.matcher(department).matches()) {
                file.problem(label, "department '" + department + "' may hold letters, digits, '.', '-' and '_', up to 64,"
                        + " no spaces");
            }
        } else if (!department.isEmpty()) {
            file.problem(label, "names a department but not the role department; add it to roles or remove department");
        }
        String password = text(entry.get("password"));
        if (password.isEmpty()) {
            file.problem(label, "needs password: the bcrypt hash of the user's password (see docs/operations.md)");
        } else if (!BCRYPT.matcher(password).matches()) {
            file.problem(label, "password is not a bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters): never write"
                    + " a password itself here; hash it as docs/operations.md shows");
        }
        if (file.problems.size() > before) {
            return null;
        }
        return new Account(new Staff(id, name, roles, roles.contains(StaffRole.DEPARTMENT) ? department : null), password);
    }

    private static Set<StaffRole> roles(YamlFile file, String label, @Nullable Object value) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (value == null) {
            file.problem(label, "needs roles: one or more of " + ROLES);
            return roles;
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        for (Object item : items) {
            try {
                roles.add(StaffRole.fromLabel(text(item)));
            } catch (IllegalArgumentException e) {
                file.problem(label, "role '" + item + "' is not a role; expected one of " + ROLES);
            }
        }
        if (items.isEmpty()) {
            file.problem(label, "needs roles: one or more of " + ROLES);
        }
        return roles;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
