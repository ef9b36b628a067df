package io.anxin.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainIsPlainJavaTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.anxin.core");

    @Test
    void the_domain_packages_use_neither_spring_nor_lettuce_nor_a_json_library() {
        noClasses().that().resideInAPackage("io.anxin.core..")
                .and().resideOutsideOfPackage("io.anxin.core.redis..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "io.lettuce..", "tools.jackson..", "com.fasterxml.jackson..", "redis.embedded..")
                .check(core);
    }

    @Test
    void the_domain_does_not_depend_on_its_redis_adapters() {
        noClasses().that().resideInAPackage("io.anxin.core..")
                .and().resideOutsideOfPackage("io.anxin.core.redis..")
                .should().dependOnClassesThat().resideInAPackage("io.anxin.core.redis..")
                .check(core);
    }

    @Test
    void the_policy_pack_sits_above_the_time_limits_and_the_routing_it_holds() {
        // PolicyPack holds MilestoneLimits, BreachRule and Routing; the reverse would make a package cycle
        noClasses().that().resideInAnyPackage("io.anxin.core.sla..", "io.anxin.core.routing..")
                .should().dependOnClassesThat().resideInAPackage("io.anxin.core.policy..")
                .check(core);
    }

    @Test
    void routing_knows_nothing_of_time_limits_and_time_limits_nothing_of_routing() {
        noClasses().that().resideInAPackage("io.anxin.core.routing..")
                .should().dependOnClassesThat().resideInAPackage("io.anxin.core.sla..")
                .check(core);
        noClasses().that().resideInAPackage("io.anxin.core.sla..")
                .should().dependOnClassesThat().resideInAPackage("io.anxin.core.routing..")
                .check(core);
    }
}
