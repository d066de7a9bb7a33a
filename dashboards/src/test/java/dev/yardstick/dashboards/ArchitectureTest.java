package dev.yardstick.dashboards;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package structure of the dashboards module: the facade on top, model at the bottom, no cycles. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.yardstick.dashboards");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.yardstick.(dashboards..)").should().beFreeOfCycles()
                .because("the root package is the facade; lint, push and compile sit below it and share only model")
                .check(classes);
    }
}
