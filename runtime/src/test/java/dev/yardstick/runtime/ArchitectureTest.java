package dev.yardstick.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
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
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "Yardstick classes outside api, hocon, retry and runtime",
                        javaClass -> javaClass.getPackageName().startsWith("dev.yardstick.")
                                && !javaClass.getPackageName().startsWith("dev.yardstick.api")
                                && !javaClass.getPackageName().startsWith("dev.yardstick.hocon")
                                && !javaClass.getPackageName().startsWith("dev.yardstick.retry")
                                && !javaClass.getPackageName().startsWith("dev.yardstick.runtime")))
                .because("plugins are discovered, never imported; the CLI, sandbox and testkit sit above the runtime")
                .check(runtime);
    }

    @Test
    void runtimePackagesFormNoCycle() {
        slices().matching("dev.yardstick.(**)").should().beFreeOfCycles().check(runtime);
    }

    @Test
    void thePipelineNeverKnowsTheSinks() {
        noClasses().that().resideInAPackage("dev.yardstick.runtime.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("dev.yardstick.runtime.sink..")
                .because("stages transform points; where they go is the engine's business")
                .check(runtime);
    }

    @Test
    void theEngineNeverKnowsHttp() {
        noClasses().that().resideInAPackage("dev.yardstick.runtime.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.yardstick.runtime.http..", "okhttp3..",
                        "java.net.http..")
                .because("collectors reach HTTP through their context; the engine only schedules them")
                .check(runtime);
    }

    @Test
    void sinkImplementationsNeverKnowHowTheyAreConfigured() {
        noClasses().that().resideInAnyPackage("dev.yardstick.runtime.sink", "dev.yardstick.runtime.sink.datadog",
                        "dev.yardstick.runtime.sink.spool", "dev.yardstick.runtime.sink.batch")
                .should().dependOnClassesThat().resideInAnyPackage("dev.yardstick.runtime.sink.setup..",
                        "dev.yardstick.runtime.config..")
                .check(runtime);
    }
}
