package dev.yardstick.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses runtime = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.yardstick.runtime");

    @Test
    void runtimeNeverDependsOnAPluginOrTheLayersAboveIt() {
        noClasses().that().resideInAPackage("dev.yardstick.runtime..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Yardstick classes outside api and runtime",
                        javaClass -> javaClass.getPackageName().startsWith("dev.yardstick.")
                                && !javaClass.getPackageName().startsWith("dev.yardstick.api")
                                && !javaClass.getPackageName().startsWith("dev.yardstick.runtime")))
                .because("plugins are discovered, never imported; the CLI, sandbox and testkit sit above the runtime")
                .check(runtime);
    }
}
