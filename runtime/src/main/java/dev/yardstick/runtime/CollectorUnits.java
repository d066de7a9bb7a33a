package dev.yardstick.runtime;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.runtime.config.CollectorInstance;
import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.config.Startup;
import dev.yardstick.runtime.engine.CollectorUnit;
import dev.yardstick.runtime.engine.RunSettings;
import dev.yardstick.runtime.http.HttpServices;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the enabled collectors, each with its own context, and turns every failure to create one (a plugin's
 * eager settings validation, or a defect) and every dependency cycle into a start-up problem.
 */
final class CollectorUnits {
    private CollectorUnits() {
    }

    static List<CollectorUnit> create(Startup startup, RunSettings run, String environment, Clock clock,
            HttpServices http, List<ConfigProblem> problems) {
        Map<String, Set<String>> dependsOnByType = new HashMap<>();
        List<CollectorUnit> units = new ArrayList<>();
        for (CollectorInstance instance : startup.collectors()) {
            CollectorFactory factory = instance.factory().factory();
            dependsOnByType.put(instance.type(), factory.dependsOn());
            if (!instance.enabled()) {
                continue;
            }
            RuntimeCollectorContext context = new RuntimeCollectorContext(instance.id(), clock, http,
                    startup.secrets(), environment);
            try {
                Collector collector = factory.create(instance.config(), context);
                units.add(new CollectorUnit(instance.id(), instance.type(), factory.dependsOn(), collector,
                        instance.timeout().orElse(run.timeoutPerCollector()), instance.tags(), tagOrder(factory)));
            } catch (ConfigurationException e) {
                problems.add(problem(instance, e, startup));
            } catch (RuntimeException e) {
                problems.add(new ConfigProblem(instance.factory().origin(), instance.config().path(),
                        "collector could not be created: " + startup.redactor().redact(e.toString())));
            }
        }
        CollectorPlan.cycles(dependsOnByType).forEach(message ->
                problems.add(new ConfigProblem("plugins", "yardstick.collectors", message)));
        return units;
    }

    private static Map<String, List<String>> tagOrder(CollectorFactory factory) {
        Map<String, List<String>> order = new HashMap<>();
        factory.metrics().forEach(descriptor -> order.putIfAbsent(descriptor.name(), descriptor.tagKeys()));
        return order;
    }

    /** A plugin's settings error, from its fields; a plugin that gives no origin gets its config block's. */
    private static ConfigProblem problem(CollectorInstance instance, ConfigurationException e, Startup startup) {
        String origin = e.origin().isEmpty() ? instance.config().path() : e.origin();
        return new ConfigProblem(origin, e.path(), startup.redactor().redact(e.problem()));
    }
}
