package dev.yardstick.cli;

import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.asana.AsanaSimulator;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The settings that point Yardstick at the sandbox for {@code demo}; the user's own --set flags still win. */
final class DemoSettings {
    static final String DEMO_API_KEY = "demo-api-key";
    /** Static test credentials for the simulated EC2 and CloudWatch (which accept any key); never real ones. */
    static final String DEMO_AWS_ACCESS_KEY_ID = "AKIDSANDBOXDEMO00001";
    static final String DEMO_AWS_SECRET_ACCESS_KEY = "sandbox-demo-secret-access-key";

    private DemoSettings() {
    }

    static List<String> of(Sandbox sandbox, String datadogUrl, Path demoDir) {
        List<String> sets = new ArrayList<>();
        sets.add("yardstick.environment=demo");
        sets.add("yardstick.datadog.api-url=" + (datadogUrl == null ? sandbox.intake().baseUrl() : datadogUrl));
        if (datadogUrl == null || System.getenv("DD_API_KEY") == null) {
            sets.add("yardstick.datadog.api-key=" + DEMO_API_KEY);
        }
        sets.add("yardstick.sinks.outbox.path=\"" + demoDir.resolve("outbox") + "\"");
        sets.add("yardstick.sinks.datadog.spool.path=\"" + demoDir.resolve("spool") + "\"");
        sets.addAll(github(sandbox.github()));
        sets.add("yardstick.collectors.health-fom.enabled=true");
        sets.addAll(skypilot(sandbox.skypilot()));
        sets.addAll(asana(sandbox.asana()));
        sets.addAll(kubernetes(sandbox.kubernetes(), demoDir));
        sets.addAll(wandb(sandbox.wandb()));
        sets.addAll(ec2(sandbox));
        return sets;
    }

    private static List<String> ec2(Sandbox sandbox) {
        String regions = sandbox.ec2().dataSet().regions().keySet().stream().sorted()
                .map(region -> "\"" + region + "\"").collect(Collectors.joining(",", "[", "]"));
        String prefix = "yardstick.collectors.ec2.";
        return List.of(prefix + "regions=" + regions, prefix + "endpoint-override=" + sandbox.ec2().baseUrl(),
                prefix + "cloudwatch-endpoint-override=" + sandbox.cloudWatch().baseUrl(),
                prefix + "access-key-id=" + DEMO_AWS_ACCESS_KEY_ID,
                prefix + "secret-access-key=" + DEMO_AWS_SECRET_ACCESS_KEY, prefix + "idle.enabled=true",
                // eu-west-1 on-demand list prices run about 12 % above us-east-1 (e.g. m5.large 0.107 vs 0.096).
                prefix + "region-price-factor={\"eu-west-1\":1.12}");
    }

    private static List<String> github(GithubSimulator github) {
        String repos = github.dataSet().repos().stream().map(repo -> "\"" + repo.fullName() + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        return List.of("yardstick.collectors.github.api-url=" + github.baseUrl(),
                "yardstick.collectors.github.token=" + GithubSimulator.DEFAULT_TOKEN,
                "yardstick.collectors.github.repos=" + repos);
    }

    private static List<String> skypilot(SkypilotSimulator skypilot) {
        return List.of("yardstick.collectors.skypilot.api-url=" + skypilot.baseUrl(),
                "yardstick.collectors.skypilot.token=" + SkypilotSimulator.DEFAULT_TOKEN);
    }

    private static List<String> asana(AsanaSimulator asana) {
        return List.of("yardstick.collectors.asana.api-url=" + asana.baseUrl(),
                "yardstick.collectors.asana.token=" + AsanaSimulator.DEFAULT_TOKEN,
                "yardstick.collectors.asana.workspace=" + asana.dataSet().workspaceGid(),
                "yardstick.collectors.asana.bugs-project=" + asana.dataSet().bugsProjectGid());
    }

    /** Writes a kubeconfig for the simulated cluster under the demo directory and points the collector at it. */
    private static List<String> kubernetes(KubernetesSimulator kubernetes, Path demoDir) {
        Path kubeconfig = demoDir.resolve("kubeconfig").toAbsolutePath();
        try {
            Files.createDirectories(kubeconfig.getParent());
            Files.writeString(kubeconfig, kubernetes.kubeconfig("sandbox"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo kubeconfig " + kubeconfig, e);
        }
        return List.of("yardstick.collectors.kubernetes.kubeconfig=\"" + kubeconfig + "\"",
                "yardstick.collectors.kubernetes.cluster-name=sandbox");
    }

    /** Two instances, one per simulated project with runs: {@code wandb} and {@code wandb/research}. */
    private static List<String> wandb(WandbSimulator wandb) {
        List<String> sets = new ArrayList<>();
        for (String id : List.of("wandb", "\"wandb/research\"")) {
            String prefix = "yardstick.collectors." + id + ".";
            sets.add(prefix + "api-url=" + wandb.baseUrl());
            sets.add(prefix + "api-key=" + WandbSimulator.DEFAULT_API_KEY);
            sets.add(prefix + "entity=" + WandbDataSet.ENTITY);
        }
        sets.add("yardstick.collectors.wandb.project=" + WandbDataSet.MAIN_PROJECT);
        sets.add("yardstick.collectors.\"wandb/research\".project=" + WandbDataSet.SMALL_PROJECT);
        return sets;
    }
}
