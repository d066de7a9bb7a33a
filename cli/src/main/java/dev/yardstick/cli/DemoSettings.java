package dev.yardstick.cli;

import dev.yardstick.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The settings that point Yardstick at the sandbox for {@code demo}; the user's own --set flags still win. */
final class DemoSettings {
    static final String DEMO_API_KEY = "demo-api-key";

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
        return sets;
    }
}
