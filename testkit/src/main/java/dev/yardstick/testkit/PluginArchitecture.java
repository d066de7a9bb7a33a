package dev.yardstick.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The dependency rule every plugin's tests check: plugin code never touches the runtime, the CLI or the
 * sandbox; it sees the host only through {@code dev.yardstick.api}.
 */
public final class PluginArchitecture {
    private PluginArchitecture() {
    }

    /**
     * Fails when production classes under {@code pluginPackage} depend on host internals.
     *
     * @param pluginPackage the plugin's base package, e.g. {@code dev.yardstick.github}
     */
    public static void checkPluginDependsOnlyOnApi(String pluginPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pluginPackage);
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.yardstick.runtime..", "dev.yardstick.cli..", "dev.yardstick.sandbox..",
                        "dev.yardstick.testkit..")
                .because("plugins see the host only through dev.yardstick.api")
                .check(classes);
    }
}
