package io.anxin.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.core.handoff.Role;
import io.anxin.core.message.Lang;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.RiskFlag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static DepartmentId id(String value) {
        return new DepartmentId(value);
    }

    private static Department department(String id, @Nullable String superior) {
        return new Department(id(id), Map.of(Lang.ZH_HANS, id, Lang.ZH_HANT, id, Lang.EN, id), id + "@example.com", null,
                superior == null ? null : id(superior));
    }

    private static RoutingRule rule(String name, Set<Category> categories, Set<RiskFlag> flags, List<String> keywords, String to) {
        return new RoutingRule(name, categories, flags, keywords, id(to));
    }

    private static final List<Department> DEPARTMENTS = List.of(
            department("customer-service", "management"),
            department("operations", "management"),
            department("product", "management"),
            department("compliance", "management"),
            department("management", null));

    private static final Routing ROUTING = new Routing(DEPARTMENTS, List.of(
            rule("confidential", Set.of(), Set.of(RiskFlag.WHISTLEBLOW, RiskFlag.ASSET_SAFETY), List.of(), "compliance"),
            rule("withdrawal-faults", Set.of(Category.SYSTEM_FAULT), Set.of(), List.of("提现", "提現", "withdraw"), "operations"),
            rule("system-faults", Set.of(Category.SYSTEM_FAULT), Set.of(), List.of(), "product"),
            rule("staff", Set.of(), Set.of(), List.of("客服", "agent"), "operations")),
            id("customer-service"),
            List.of(new ConfidentialRule(RiskFlag.WHISTLEBLOW, Set.of(Role.COMPLIANCE, Role.LEADER), Set.of(id("compliance"))),
                    new ConfidentialRule(RiskFlag.ASSET_SAFETY, Set.of(Role.COMPLIANCE), Set.of(id("compliance"), id("management")))));

    @Test
    void the_first_rule_that_matches_wins() {
        // a system fault about a withdrawal matches both fault rules; the earlier one decides
        Route route = ROUTING.route(Category.SYSTEM_FAULT, Set.of(), "提现三天了还没到账");

        assertThat(route.department().id()).isEqualTo(id("operations"));
        assertThat(route.reason()).isEqualTo("withdrawal-faults");
        assertThat(ROUTING.departmentFor(Category.SYSTEM_FAULT, Set.of(), "App 打不开").id()).isEqualTo(id("product"));
    }

    @Test
    void a_ticket_no_rule_matches_goes_to_the_default_department() {
        Route route = ROUTING.route(Category.BUSINESS_ERROR, Set.of(), "利息算错了");

        assertThat(route.department().id()).isEqualTo(id("customer-service"));
        assertThat(route.rule()).isNull();
        assertThat(route.reason()).isEqualTo("default");
    }

    @Test
    void a_rule_with_a_category_and_keywords_needs_both_and_any_one_keyword_will_do() {
        assertThat(ROUTING.departmentFor(Category.SERVICE_ATTITUDE, Set.of(), "提现").id()).isEqualTo(id("customer-service"));
        assertThat(ROUTING.departmentFor(Category.SYSTEM_FAULT, Set.of(), "I cannot WITHDRAW my money").id())
                .isEqualTo(id("operations"));
        assertThat(ROUTING.departmentFor(Category.SYSTEM_FAULT, Set.of(), "提現失敗").id()).isEqualTo(id("operations"));
    }

    @Test
    void a_suggestion_or_inquiry_without_a_category_is_routed_by_flags_and_words_only() {
        assertThat(ROUTING.departmentFor(null, Set.of(), "那个客服态度不好").id()).isEqualTo(id("operations"));
        assertThat(ROUTING.departmentFor(null, Set.of(), "App 打不开").id()).isEqualTo(id("customer-service"));
    }

    @Test
    void any_one_of_a_rules_flags_sends_the_ticket_to_compliance_before_any_category_rule() {
        assertThat(ROUTING.departmentFor(Category.SYSTEM_FAULT, Set.of(RiskFlag.ASSET_SAFETY, RiskFlag.MEDIA), "提现被盗").id())
                .isEqualTo(id("compliance"));
    }

    @Test
    void the_route_names_the_superior_a_re_complaint_goes_to() {
        Route route = ROUTING.route(Category.SYSTEM_FAULT, Set.of(), "App 打不开");

        assertThat(route.superiorDepartment()).map(Department::id).contains(id("management"));
        assertThat(ROUTING.superiorOf(ROUTING.department(id("management")).orElseThrow())).isEmpty();
    }

    @Test
    void the_chain_of_superiors_climbs_to_the_top() {
        Routing chain = new Routing(List.of(department("desk", "branch"), department("branch", "head-office"),
                department("head-office", null)), List.of(), id("desk"), List.of());

        assertThat(chain.chainOfSuperiors(chain.defaultDepartment())).extracting(Department::id)
                .containsExactly(id("branch"), id("head-office"));
    }

    @Test
    void a_whistle_blowing_ticket_is_told_in_confidence_to_compliance_and_the_leader() {
        Confidential told = ROUTING.confidentialFor(Set.of(RiskFlag.WHISTLEBLOW, RiskFlag.MEDIA));

        assertThat(told.roles()).containsExactlyInAnyOrder(Role.COMPLIANCE, Role.LEADER);
        assertThat(told.departments()).extracting(Department::id).containsExactly(id("compliance"));
    }

    @Test
    void flags_that_are_not_confidential_tell_nobody_in_confidence_and_two_flags_tell_each_department_once() {
        assertThat(ROUTING.confidentialFor(Set.of(RiskFlag.MEDIA)).isEmpty()).isTrue();
        assertThat(ROUTING.confidentialFor(Set.of(RiskFlag.WHISTLEBLOW, RiskFlag.ASSET_SAFETY)).departments())
                .extracting(Department::id).containsExactly(id("compliance"), id("management"));
        assertThat(ROUTING.confidentialFlags()).containsExactlyInAnyOrder(RiskFlag.WHISTLEBLOW, RiskFlag.ASSET_SAFETY);
    }

    @Test
    void a_rule_naming_a_department_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> new Routing(DEPARTMENTS, List.of(rule("it", Set.of(Category.SYSTEM_FAULT), Set.of(), List.of(), "it")),
                id("customer-service"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routing rule 'it' names department it, which is not defined");
    }

    @Test
    void an_unknown_default_an_unknown_superior_and_a_department_defined_twice_are_refused() {
        assertThatThrownBy(() -> new Routing(DEPARTMENTS, List.of(), id("front-desk"), List.of()))
                .hasMessageContaining("the default department names department front-desk, which is not defined");
        assertThatThrownBy(() -> new Routing(List.of(department("desk", "board")), List.of(), id("desk"), List.of()))
                .hasMessageContaining("the superior of desk names department board");
        assertThatThrownBy(() -> new Routing(List.of(department("desk", null), department("desk", null)), List.of(), id("desk"),
                List.of()))
                .hasMessageContaining("department desk is defined twice");
    }

    @Test
    void superiors_that_go_round_in_a_circle_are_refused() {
        assertThatThrownBy(() -> new Routing(List.of(department("a", "b"), department("b", "a")), List.of(), id("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("go round in a circle");
    }

    @Test
    void a_rule_without_any_condition_is_refused_because_the_default_department_is_there_for_that() {
        assertThatThrownBy(() -> rule("all", Set.of(), Set.of(), List.of(), "product"))
                .hasMessageContaining("has no condition");
    }

    @Test
    void a_department_needs_its_names_in_three_languages_and_an_address_to_be_told_at() {
        assertThatThrownBy(() -> new Department(id("desk"), Map.of(Lang.ZH_HANS, "前台", Lang.EN, "Desk"), "desk@example.com",
                null, null))
                .hasMessageContaining("needs a name in zh-Hant");
        Map<Lang, String> names = Map.of(Lang.ZH_HANS, "前台", Lang.ZH_HANT, "前臺", Lang.EN, "Desk");
        assertThatThrownBy(() -> new Department(id("desk"), names, null, null, null))
                .hasMessageContaining("needs an e-mail address or a webhook");
        assertThatThrownBy(() -> new Department(id("desk"), names, "desk.example.com", null, null))
                .hasMessageContaining("is not an e-mail address");
        assertThatThrownBy(() -> new Department(id("desk"), names, null, URI.create("ftp://example.com/hook"), null))
                .hasMessageContaining("is not an absolute http(s) address");
        assertThat(new Department(id("desk"), names, null, URI.create("https://hooks.example.com/desk"), null).name(Lang.ZH_HANT))
                .isEqualTo("前臺");
    }

    @Test
    void a_department_id_is_lower_case_words_joined_by_hyphens() {
        assertThat(DepartmentId.isValid("customer-service")).isTrue();
        assertThatThrownBy(() -> id("Customer Service")).hasMessageContaining("lower-case letters, digits and hyphens");
    }
}
