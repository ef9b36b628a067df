package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.desk.StaffRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UsersFilesTest {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("correct horse battery staple");

    @TempDir
    Path dir;

    private List<UsersFiles.Account> read(String yaml) throws IOException {
        return UsersFiles.users(new FileSystemResource(Files.writeString(dir.resolve("users.yml"), yaml)), "users.yml");
    }

    @Test
    void a_valid_file_gives_each_user_their_roles_department_and_hash() throws IOException {
        List<UsersFiles.Account> accounts = read("""
                users:
                  - { id: li.wei, name: 李伟, roles: [agent, supervisor], password: '%s' }
                  - { id: zhang.min, name: 张敏, roles: [department], department: operations, password: '%s' }
                """.formatted(HASH, HASH));

        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).staff().roles()).containsExactlyInAnyOrder(StaffRole.AGENT, StaffRole.SUPERVISOR);
        assertThat(accounts.get(0).staff().department()).isNull();
        assertThat(accounts.get(1).staff().department()).isEqualTo("operations");
        assertThat(accounts.get(1).passwordHash()).isEqualTo(HASH);
    }

    @Test
    void every_problem_is_named_with_the_user_and_what_to_write_instead() throws IOException {
        assertThatThrownBy(() -> read("""
                users:
                  - { id: li.wei, name: 李伟, roles: [agnet], password: '%s' }
                  - { id: zhang.min, name: 张敏, roles: [department], password: '%s' }
                  - { id: wang.fang, name: 王芳, roles: [compliance], department: audit, password: '%s' }
                  - { id: LI.WEI, name: 李伟二, roles: [agent], password: '%s', email: li@example.com }
                  - { id: 'chen jie', roles: [agent], password: '%s' }
                """.formatted(HASH, HASH, HASH, HASH, HASH)))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("users.yml: users #1 (li.wei) role 'agnet' is not a role; expected one of"
                        + " [agent, supervisor, compliance, department]")
                .hasMessageContaining("users.yml: users #2 (zhang.min) has the role department and needs department:")
                .hasMessageContaining("users.yml: users #3 (wang.fang) names a department but not the role department")
                .hasMessageContaining("users.yml: users #4 (LI.WEI) email is not a known setting; expected one of"
                        + " [id, name, roles, department, password]")
                .hasMessageContaining("users.yml: users #4 (LI.WEI) id 'LI.WEI' is given to another user already")
                .hasMessageContaining("users.yml: users #5 (chen jie) id 'chen jie' may hold letters, digits")
                .hasMessageContaining("users.yml: users #5 (chen jie) needs a name");
    }

    @Test
    void a_password_written_in_clear_is_refused_without_repeating_it() throws IOException {
        assertThatThrownBy(() -> read("""
                users:
                  - { id: li.wei, name: 李伟, roles: [agent], password: 'Secret-123456' }
                  - { id: zhang.min, name: 张敏, roles: [agent] }
                """))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("users.yml: users #1 (li.wei) password is not a bcrypt hash")
                .hasMessageContaining("users.yml: users #2 (zhang.min) needs password: the bcrypt hash")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Secret-123456"));
    }

    @Test
    void a_file_without_users_is_refused() throws IOException {
        assertThatThrownBy(() -> read("users: []\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("users.yml: users must be a list of users");
        assertThatThrownBy(() -> read("people:\n  - li.wei\n"))
                .hasMessageContaining("users.yml: people is not a known setting")
                .hasMessageContaining("users.yml: users is required: at least one user");
    }

    @Test
    void the_shipped_example_holds_no_user_and_no_password() {
        assertThat(new ClassPathResource("users.yml").exists()).isTrue();
        // all comments: nothing a real deployment could sign in with
        assertThatThrownBy(() -> UsersFiles.users(new ClassPathResource("users.yml"), "users.yml"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("expected a mapping of keys to values at the top");
    }
}
