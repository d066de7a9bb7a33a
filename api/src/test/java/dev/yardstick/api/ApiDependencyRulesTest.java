package dev.yardstick.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ApiDependencyRulesTest {
    private final JavaClasses api = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.yardstick.api");

    @Test
    void apiDependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.yardstick.api..")
                .because("the SPI must not leak third-party types into plugins")
                .check(api);
    }

    @Test
    void everyApiClassIsFinalOrAnInterfaceOrARecordOrAnEnum() {
        classes().that().arePublic().and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
                .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                .check(api);
    }
}
