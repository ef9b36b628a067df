package io.anxin.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.anxin.core.dialog.Scripts;
import io.anxin.core.policy.PolicyPack;
import io.anxin.core.routing.Department;
import io.anxin.core.routing.DepartmentId;
import io.anxin.core.sla.BreachRule;
import io.anxin.core.sla.Limit;
import io.anxin.core.ticket.Grade;
import io.anxin.core.triage.Category;
import io.anxin.core.triage.RiskFlag;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every pack shipped in {@code policies/} loads, and says what its seed says. */
class ShippedPolicyPacksTest {

    private static final PolicyPacks PACKS = PolicyFiles.packs(new PathMatchingResourcePatternResolver(),
            "classpath:policies/default.yml");

    private static PolicyPack pack(String name) {
        return PACKS.byName().get(name);
    }

    private static String routed(String pack, Category category, Set<RiskFlag> flags, String text) {
        return pack(pack).routing().departmentFor(category, flags, text).id().value();
    }

    @Test
    void all_five_shipped_packs_load_and_the_default_is_the_active_one() {
        assertThat(PACKS.byName()).containsOnlyKeys("default", "real-estate", "bank", "property", "school");
        assertThat(PACKS.active().name()).isEqualTo("default");
    }

    @Test
    void the_shipped_scripts_and_knowledge_base_pass_every_packs_forbidden_phrases() {
        PACKS.byName().values().forEach(pack -> {
            PolicyFiles.scripts(new DefaultResourceLoader(), "classpath:scripts/", Scripts.REQUIRED, pack.forbiddenPhrases());
            KnowledgeFiles.entries(new ClassPathResource("knowledge/default.yml"), "knowledge/default.yml", pack.forbiddenPhrases());
        });
    }

    @Test
    void every_department_a_knowledge_entry_names_is_a_department_of_the_default_pack() {
        Set<String> departments = Set.copyOf(pack("default").routing().departments().stream()
                .map(Department::id).map(DepartmentId::value).toList());
        assertThat(KnowledgeFiles.entries(new ClassPathResource("knowledge/default.yml"), "knowledge/default.yml"))
                .allSatisfy(entry -> assertThat(departments).contains(entry.department()));
    }

    @Test
    void the_default_pack_keeps_the_limits_of_003_and_notifies_breaches_only() {
        PolicyPack pack = pack("default");

        assertThat(pack.milestoneLimits().forward()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofHours(1)));
        assertThat(pack.milestoneLimits().firstContact()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofHours(24)));
        assertThat(pack.milestoneLimits().resolve()).isEqualTo(Limit.workingDays(3));
        assertThat(pack.milestoneLimits().resolveExtended()).isEqualTo(Limit.workingDays(7));
        assertThat(pack.milestoneLimits().inquiryAnswer()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofHours(24)));
        assertThat(pack.milestoneLimits().suggestionReply()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofDays(7)));
        assertThat(pack.breachRule()).isEqualTo(BreachRule.NOTIFY_ONLY);
        assertThat(pack.zone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void the_default_pack_routes_whistle_blowing_to_compliance_lawsuits_to_the_general_manager_and_the_rest_to_the_centre() {
        assertThat(routed("default", Category.SERVICE_ATTITUDE, Set.of(RiskFlag.WHISTLEBLOW), "经理收回扣")).isEqualTo("compliance");
        assertThat(routed("default", Category.BUSINESS_ERROR, Set.of(RiskFlag.LAWSUIT), "我要起诉")).isEqualTo("general-manager");
        assertThat(routed("default", Category.SYSTEM_FAULT, Set.of(), "App 闪退")).isEqualTo("product");
        assertThat(routed("default", Category.SERVICE_ATTITUDE, Set.of(), "客服态度差")).isEqualTo("customer-service");
        assertThat(pack("default").routing().confidentialFor(Set.of(RiskFlag.WHISTLEBLOW)).departments())
                .extracting(d -> d.id().value()).containsExactly("compliance", "general-manager");
    }

    @Test
    void the_real_estate_pack_asks_for_plans_by_grade_and_a_visit_a_week_after() {
        PolicyPack pack = pack("real-estate");

        // 000 part 1 §10.3, §10.5
        assertThat(pack.milestoneLimits().plan(Grade.TWO)).isEqualTo(Limit.elapsed(Duration.ofHours(24)));
        assertThat(pack.milestoneLimits().plan(Grade.THREE)).isEqualTo(Limit.elapsed(Duration.ofHours(12)));
        assertThat(pack.milestoneLimits().followUp()).isEqualTo(Limit.calendarDays(7));
        assertThat(routed("real-estate", Category.PRODUCT_QUALITY, Set.of(), "卫生间漏水")).isEqualTo("engineering");
        assertThat(routed("real-estate", Category.SERVICE_ATTITUDE, Set.of(RiskFlag.MEDIA), "我要找记者")).isEqualTo("crisis-group");
        assertThat(routed("real-estate", Category.NON_COMPANY, Set.of(), "隔壁装修太吵")).isEqualTo("marketing");
        assertThat(pack.routing().chainOfSuperiors(pack.routing().defaultDepartment())).extracting(d -> d.id().value())
                .containsExactly("city-gm", "hq-marketing");
    }

    @Test
    void the_bank_pack_answers_within_three_days_and_sends_card_complaints_to_the_card_centre() {
        PolicyPack pack = pack("bank");

        // 002 营业网点办法: 对当场不能答复的，应在三日内回复客户
        assertThat(pack.milestoneLimits().resolve()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofDays(3)));
        assertThat(routed("bank", Category.BUSINESS_ERROR, Set.of(), "信用卡年费多扣了")).isEqualTo("credit-card");
        assertThat(routed("bank", Category.SERVICE_ATTITUDE, Set.of(), "柜员态度很差")).isEqualTo("branches");
        assertThat(pack.routing().superiorOf(pack.routing().department(new DepartmentId("branches")).orElseThrow()))
                .map(d -> d.id().value()).contains("service-standards");
    }

    @Test
    void the_property_pack_calls_back_within_three_days_and_routes_by_the_property_complaint_classes() {
        PolicyPack pack = pack("property");

        assertThat(pack.milestoneLimits().resolve()).isEqualTo(Limit.elapsedInWorkingTime(Duration.ofDays(3)));
        assertThat(pack.milestoneLimits().followUp()).isEqualTo(Limit.calendarDays(3));
        assertThat(routed("property", Category.SERVICE_ATTITUDE, Set.of(), "电梯又坏了")).isEqualTo("engineering");
        assertThat(routed("property", Category.SERVICE_ATTITUDE, Set.of(), "楼下垃圾没人清")).isEqualTo("environment");
        assertThat(routed("property", Category.SERVICE_ATTITUDE, Set.of(), "门卫随便放人进来")).isEqualTo("security");
    }

    @Test
    void the_school_pack_decides_within_fifteen_working_days_asks_for_no_plan_and_hands_discipline_matters_over() {
        PolicyPack pack = pack("school");

        assertThat(pack.milestoneLimits().resolve()).isEqualTo(Limit.workingDays(15));
        assertThat(pack.milestoneLimits().plan(Grade.ONE)).isNull();
        assertThat(routed("school", Category.SERVICE_ATTITUDE, Set.of(RiskFlag.WHISTLEBLOW), "老师收红包")).isEqualTo("discipline-inspection");
        assertThat(routed("school", Category.SERVICE_ATTITUDE, Set.of(), "数学老师上课不讲课")).isEqualTo("academic-affairs");
        assertThat(routed("school", Category.SERVICE_ATTITUDE, Set.of(), "宿舍热水器坏了")).isEqualTo("dormitory-services");
    }
}
