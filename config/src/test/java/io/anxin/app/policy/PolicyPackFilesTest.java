package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.message.Lang;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.sla.Limit;
import io.anxin.core.sla.Milestone;
import io.anxin.core.ticket.Grade;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.RiskFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** One test per kind of mistake an operator can make in a policy pack, each named with file, path and what is wrong. */
class PolicyPackFilesTest {

    /** A small valid pack; each test breaks one thing in it. */
    private static final String VALID = """
            name: small
            zone: Asia/Shanghai
            clarify-below: 0.5
            time-limits:
              forward: 1h
              first-contact: 24h
              resolve: 3 working days
              resolve-extended: 7 working days
              inquiry-answer: 24h
              suggestion-reply: 7 days
              plan: { grades-1-2: 24h, grades-3-4: 12h }
              follow-up: 7 days
              warn-at: 0.8
            on-breach:
              resolve: 3
            departments:
              - id: desk
                name: { zh-Hans: 客服中心, zh-Hant: 客服中心, en: Service desk }
                email: desk@example.com
                superior: boss
              - id: compliance
                name: { zh-Hans: 合规部, zh-Hant: 合規部, en: Compliance }
                webhook: https://hooks.example.com/compliance
                superior: boss
              - id: boss
                name: { zh-Hans: 总经理室, zh-Hant: 總經理室, en: General manager }
                email: boss@example.com
            routing:
              default: desk
              rules:
                - name: reports
                  flags: [whistleblow]
                  to: compliance
                - name: withdrawals
                  categories: [system_fault]
                  keywords: [提现, 提現]
                  to: compliance
            confidential:
              whistleblow: { roles: [compliance, leader], departments: [compliance] }
            economic-dispute-from: 10000
            """;

    @TempDir
    Path dir;

    private PolicyPack load(String yaml) throws IOException {
        Path file = dir.resolve("small.yml");
        Files.writeString(file, yaml);
        return PolicyFiles.policy(new FileSystemResource(file), "policies/small.yml");
    }

    /** The problems of {@code VALID} with {@code from} replaced by {@code to}. */
    private AbstractThrowableAssert<?, ? extends Throwable> refused(String from, String to) throws IOException {
        assertThat(VALID).contains(from);
        String broken = VALID.replace(from, to);
        Path file = dir.resolve("small.yml");
        Files.writeString(file, broken);
        return assertThatThrownBy(() -> PolicyFiles.policy(new FileSystemResource(file), "policies/small.yml"))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void a_valid_pack_gives_its_limits_breach_grades_and_routing() throws IOException {
        PolicyPack pack = load(VALID);

        assertThat(pack.milestoneLimits().forward()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofHours(1)));
        assertThat(pack.milestoneLimits().resolve()).isEqualTo(Limit.workingDays(3));
        assertThat(pack.milestoneLimits().resolveExtended()).isEqualTo(Limit.workingDays(7));
        assertThat(pack.milestoneLimits().plan(Grade.ONE)).isEqualTo(Limit.elapsed(Duration.ofHours(24)));
        assertThat(pack.milestoneLimits().plan(Grade.FOUR)).isEqualTo(Limit.elapsed(Duration.ofHours(12)));
        assertThat(pack.milestoneLimits().followUp()).isEqualTo(Limit.calendarDays(7));
        assertThat(pack.breachRule().gradeAfter(Milestone.RESOLVE, Grade.FOUR)).contains(Grade.THREE);
        assertThat(pack.routing().departmentFor(Category.SYSTEM_FAULT, Set.of(), "提現失敗").id())
                .isEqualTo(new DepartmentId("compliance"));
        assertThat(pack.routing().departmentFor(Category.SYSTEM_FAULT, Set.of(), "打不开").id()).isEqualTo(new DepartmentId("desk"));
        assertThat(pack.routing().route(null, Set.of(), "").superiorDepartment().orElseThrow().name(Lang.ZH_HANT)).isEqualTo("總經理室");
        assertThat(pack.routing().confidentialFor(Set.of(RiskFlag.WHISTLEBLOW)).departments()).hasSize(1);
    }

    @Test
    void limits_are_written_in_words_a_person_uses_in_english_or_chinese() throws IOException {
        PolicyPack pack = load(VALID.replace("forward: 1h", "forward: 30m").replace("first-contact: 24h", "first-contact: 8 working hours")
                .replace("resolve: 3 working days", "resolve: 3个工作日").replace("inquiry-answer: 24h", "inquiry-answer: 24小时")
                .replace("plan: { grades-1-2: 24h, grades-3-4: 12h }", "plan: none").replace("follow-up: 7 days", "follow-up: 7天"));

        assertThat(pack.milestoneLimits().forward()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofMinutes(30)));
        assertThat(pack.milestoneLimits().firstContact()).isEqualTo(Limit.workingTime(Duration.ofHours(8)));
        assertThat(pack.milestoneLimits().resolve()).isEqualTo(Limit.workingDays(3));
        assertThat(pack.milestoneLimits().inquiryAnswer()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofHours(24)));
        assertThat(pack.milestoneLimits().plan(Grade.ONE)).isNull();
        assertThat(pack.milestoneLimits().followUp()).isEqualTo(Limit.calendarDays(7));
    }

    @Test
    void an_unknown_key_is_named_with_its_path_at_every_level() throws IOException {
        refused("  warn-at: 0.8", "  warn-at: 0.8\n  escalate-after: 2h")
                .hasMessageContaining("policies/small.yml: time-limits.escalate-after is not a known setting; expected one of");
        refused("    email: desk@example.com", "    email: desk@example.com\n    phone: 123")
                .hasMessageContaining("policies/small.yml: departments #1 (desk) phone is not a known setting");
        refused("  keywords: [提现, 提現]", "  keywords: [提现, 提現]\n      priority: 1")
                .hasMessageContaining("policies/small.yml: routing.rules #2 (withdrawals) priority is not a known setting");
        refused("on-breach:", "on-breech: {}\non-breach:")
                .hasMessageContaining("policies/small.yml: on-breech is not a known setting");
    }

    @Test
    void a_rule_naming_a_department_that_is_not_defined_is_refused() throws IOException {
        refused("  to: compliance\n    - name: withdrawals", "  to: legal\n    - name: withdrawals")
                .hasMessageContaining("policies/small.yml: routing.rules #1 (reports) to 'legal' is not a department of this pack;"
                        + " expected one of [desk, compliance, boss]");
    }

    @Test
    void a_superior_that_is_not_defined_or_is_the_department_itself_is_refused() throws IOException {
        refused("    email: desk@example.com\n    superior: boss", "    email: desk@example.com\n    superior: board")
                .hasMessageContaining("policies/small.yml: departments #1 (desk) superior 'board' is not a department of this pack");
        refused("    email: desk@example.com\n    superior: boss", "    email: desk@example.com\n    superior: desk")
                .hasMessageContaining("policies/small.yml: departments #1 (desk) superior is the department itself");
    }

    @Test
    void superiors_going_round_in_a_circle_are_refused() throws IOException {
        refused("    email: boss@example.com", "    email: boss@example.com\n    superior: desk")
                .hasMessageContaining("policies/small.yml: departments the superiors of")
                .hasMessageContaining("go round in a circle");
    }

    @Test
    void a_pack_without_a_default_department_is_refused() throws IOException {
        refused("  default: desk\n", "")
                .hasMessageContaining("policies/small.yml: routing.default is required: the department that takes every ticket"
                        + " no rule matches, one of [desk, compliance, boss]");
        refused("  default: desk\n", "  default: front\n")
                .hasMessageContaining("policies/small.yml: routing.default 'front' is not a department of this pack");
    }

    @Test
    void a_department_id_given_twice_is_refused_naming_both_entries() throws IOException {
        refused("  - id: compliance", "  - id: desk")
                .hasMessageContaining("policies/small.yml: departments #2 (desk) id desk is already the id of departments #1");
    }

    @Test
    void a_department_without_three_names_or_an_address_or_with_a_bad_one_is_refused() throws IOException {
        refused("{ zh-Hans: 客服中心, zh-Hant: 客服中心, en: Service desk }", "{ zh-Hans: 客服中心, en: Service desk }")
                .hasMessageContaining("policies/small.yml: departments #1 (desk) name.zh-Hant is missing");
        refused("    email: desk@example.com\n", "")
                .hasMessageContaining("policies/small.yml: departments #1 (desk) needs email: or webhook:");
        refused("desk@example.com", "desk.example.com")
                .hasMessageContaining("policies/small.yml: departments #1 (desk) email 'desk.example.com' is not an e-mail address");
        refused("https://hooks.example.com/compliance", "hooks.example.com/compliance")
                .hasMessageContaining("policies/small.yml: departments #2 (compliance) webhook 'hooks.example.com/compliance'"
                        + " is not an http(s) address");
        refused("  - id: compliance", "  - id: Compliance Dept")
                .hasMessageContaining("policies/small.yml: departments #2 id 'Compliance Dept' is not a department id");
    }

    @Test
    void a_zero_a_negative_or_an_unreadable_duration_is_refused() throws IOException {
        refused("forward: 1h", "forward: 0h")
                .hasMessageContaining("policies/small.yml: time-limits.forward must be positive, was 0h");
        refused("first-contact: 24h", "first-contact: -24h")
                .hasMessageContaining("policies/small.yml: time-limits.first-contact must be positive, was -24h");
        refused("grades-3-4: 12h", "grades-3-4: twelve hours")
                .hasMessageContaining("policies/small.yml: time-limits.plan.grades-3-4 'twelve hours' is not a time limit;"
                        + " write e.g. 1h, 24h, 7 days, 8 working hours or 3 working days");
        refused("  follow-up: 7 days\n", "")
                .hasMessageContaining("policies/small.yml: time-limits.follow-up is required");
    }

    @Test
    void an_extended_resolve_limit_shorter_than_the_normal_one_is_refused() throws IOException {
        refused("resolve-extended: 7 working days", "resolve-extended: 2 working days")
                .hasMessageContaining("policies/small.yml: time-limits.resolve-extended (2 working days) is shorter than"
                        + " time-limits.resolve (3 working days)");
        refused("resolve-extended: 7 working days", "resolve-extended: 48h")
                .hasMessageContaining("time-limits.resolve-extended (48h) is shorter than time-limits.resolve (3 working days)");
    }

    @Test
    void a_warning_fraction_outside_zero_to_one_is_refused() throws IOException {
        refused("warn-at: 0.8", "warn-at: 1")
                .hasMessageContaining("policies/small.yml: time-limits.warn-at must be a fraction between 0 and 1 (both excluded)");
        refused("warn-at: 0.8", "warn-at: 0")
                .hasMessageContaining("time-limits.warn-at must be a fraction between 0 and 1");
        refused("warn-at: 0.8", "warn-at: 80%")
                .hasMessageContaining("time-limits.warn-at must be a fraction between 0 and 1");
    }

    @Test
    void a_plan_that_is_neither_none_nor_given_for_both_grade_groups_is_refused() throws IOException {
        refused("plan: { grades-1-2: 24h, grades-3-4: 12h }", "plan: { grades-1-2: 24h }")
                .hasMessageContaining("policies/small.yml: time-limits.plan.grades-3-4 is required");
        refused("plan: { grades-1-2: 24h, grades-3-4: 12h }", "plan: 12h")
                .hasMessageContaining("policies/small.yml: time-limits.plan must be none (no plan asked for) or grades-1-2: and grades-3-4:");
    }

    @Test
    void an_unknown_milestone_or_grade_in_on_breach_is_refused() throws IOException {
        refused("  resolve: 3\n", "  resolution: 3\n")
                .hasMessageContaining("policies/small.yml: on-breach.resolution is not a milestone; expected one of");
        refused("  resolve: 3\n", "  resolve: 5\n")
                .hasMessageContaining("policies/small.yml: on-breach.resolve must be a grade from 1 (crisis) to 4 (000 part 1 §3)");
        refused("  resolve: 3\n", "  inquiry-answer: 3\n")
                .hasMessageContaining("policies/small.yml: on-breach.inquiry-answer is not a complaint's milestone");
    }

    @Test
    void an_unknown_category_flag_or_role_is_refused_listing_the_known_ones() throws IOException {
        refused("categories: [system_fault]", "categories: [app_crash]")
                .hasMessageContaining("policies/small.yml: routing.rules #2 (withdrawals) categories 'app_crash' is not a complaint"
                        + " category; expected one of [service_attitude, business_error, system_fault, coordination,"
                        + " product_quality, non_company]");
        refused("flags: [whistleblow]", "flags: [fraud]")
                .hasMessageContaining("policies/small.yml: routing.rules #1 (reports) flags 'fraud' is not a risk flag");
        refused("  whistleblow: { roles", "  fraud: { roles")
                .hasMessageContaining("policies/small.yml: confidential.fraud is not a risk flag");
        refused("roles: [compliance, leader]", "roles: [compliance, ceo]")
                .hasMessageContaining("policies/small.yml: confidential.whistleblow.roles 'ceo' is not a role; expected one of"
                        + " [agent, supervisor, compliance, pr, leader, risk_officer]");
    }

    @Test
    void a_rule_without_a_name_a_condition_or_a_destination_or_with_a_name_used_twice_is_refused() throws IOException {
        refused("    - name: reports\n      flags: [whistleblow]\n", "    - name: reports\n")
                .hasMessageContaining("policies/small.yml: routing.rules #1 (reports) has no condition");
        refused("    - name: reports\n      flags", "    - flags")
                .hasMessageContaining("policies/small.yml: routing.rules #1 needs a name");
        refused("      to: compliance\n    - name: withdrawals", "    - name: withdrawals")
                .hasMessageContaining("policies/small.yml: routing.rules #1 (reports) needs to: the department the ticket goes to");
        refused("- name: reports", "- name: withdrawals")
                .hasMessageContaining("policies/small.yml: routing.rules #2 (withdrawals) name 'withdrawals' is already the name of"
                        + " routing.rules #1 (withdrawals)");
    }

    @Test
    void every_pack_beside_the_active_one_is_validated_and_a_broken_one_is_named() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(folder.resolve("active.yml"), VALID.replace("name: small", "name: active"));
        Files.writeString(folder.resolve("spare.yml"), VALID.replace("name: small", "name: spare").replace("to: compliance", "to: legal"));
        var resolver = new PathMatchingResourcePatternResolver();

        assertThatThrownBy(() -> PolicyFiles.packs(resolver, "file:" + folder + "/active.yml"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining(folder + "/spare.yml: routing.rules #1 (reports) to 'legal' is not a department");

        Files.writeString(folder.resolve("spare.yml"), VALID.replace("name: small", "name: spare"));
        PolicyPacks packs = PolicyFiles.packs(resolver, "file:" + folder + "/active.yml");
        assertThat(packs.active().name()).isEqualTo("active");
        assertThat(packs.byName()).containsOnlyKeys("active", "spare");
    }

    @Test
    void two_packs_with_the_same_name_are_refused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("twins"));
        Files.writeString(folder.resolve("a.yml"), VALID);
        Files.writeString(folder.resolve("b.yml"), VALID);

        assertThatThrownBy(() -> PolicyFiles.packs(new PathMatchingResourcePatternResolver(), "file:" + folder + "/a.yml"))
                .hasMessageContaining(folder + "/b.yml: name 'small' is already the name of the pack in " + folder + "/a.yml");
    }
}
