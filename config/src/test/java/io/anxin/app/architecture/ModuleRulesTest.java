package io.anxin.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules across modules, checked over everything the application is built from. */
class ModuleRulesTest {

    private final JavaClasses anxin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // bot-core's test-jar (fixtures for tests) is on this classpath too; the rules are about production code
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.anxin");

    @Test
    void no_channel_depends_on_another_channel() {
        slices().matching("io.anxin.channel.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(false)
                .check(anxin);
    }

    @Test
    void neither_bot_core_nor_the_models_depend_on_channels_or_the_application() {
        noClasses().that().resideInAnyPackage("io.anxin.core..", "io.anxin.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("io.anxin.channel..", "io.anxin.app..")
                .check(anxin);
    }
}
