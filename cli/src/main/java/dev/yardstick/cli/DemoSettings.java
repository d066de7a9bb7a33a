package dev.yardstick.cli;

import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.github.GithubSimulator;
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
}
