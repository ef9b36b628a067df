package io.anxin.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A users file (anxin.users) for a test's desk staff, all with one password, hashed cheaply (bcrypt cost 4). */
public final class DeskUsers {

    private final String hash;
    private final List<String> users = new ArrayList<>();

    private DeskUsers(String password) {
        this.hash = new BCryptPasswordEncoder(4).encode(password);
    }

    public static DeskUsers withPassword(String password) {
        return new DeskUsers(password);
    }

    /** A user with the roles named as in the users file: agent, supervisor, compliance, admin. */
    public DeskUsers user(String id, String name, String... roles) {
        users.add("  - { id: %s, name: %s, roles: [%s], password: '%s' }".formatted(id, name, String.join(", ", roles), hash));
        return this;
    }

    /** A user of one department, who sees that department's tickets. */
    public DeskUsers departmentUser(String id, String name, String department) {
        users.add("  - { id: %s, name: %s, roles: [department], department: %s, password: '%s' }"
                .formatted(id, name, department, hash));
        return this;
    }

    /** Writes {@code users.yml} in the folder; returns it. */
    public Path writeTo(Path dir) {
        try {
            return Files.writeString(Files.createDirectories(dir).resolve("users.yml"),
                    "users:\n" + String.join("\n", users) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file and answers the value for {@code anxin.users}. */
    public String location(Path dir) {
        return "file:" + writeTo(dir);
    }
}
