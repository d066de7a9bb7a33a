package dev.yardstick.testkit.sample;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A minimal plugin that proves the contract test can be satisfied: it emits one gauge per letter of its greeting
 * while it runs, then returns the greeting's gauge.
 */
public final class SampleCollectorFactory implements CollectorFactory {
    @Override
    public String type() {
        return "sample";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("sample.greetings", Unit.NONE, "Greetings configured.", "greeting"),
                MetricDescriptor.gauge("sample.letters", Unit.NONE, "Occurrences of each letter of the greeting.",
                        "letter"));
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("token");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        String greeting = config.getString("greeting");
        Secret token = config.getSecret("token");
        return request -> {
            context.logger().log(System.Logger.Level.INFO, "collecting with token " + token);
            if (greeting.isEmpty()) {
                return CollectResult.of(List.of()); // nothing to greet: reads like a collector that found nothing
            }
            for (String letter : new TreeSet<>(List.of(greeting.split("")))) { // emitted one letter at a time
                long count = greeting.chars().filter(c -> c == letter.charAt(0)).count();
                request.emitter().emit(List.of(Gauge.of("sample.letters", count, request.at(),
                        Tags.of("letter", letter))));
            }
            return CollectResult.of(List.of(Gauge.of("sample.greetings", greeting.length(), request.at(),
                    Tags.of("greeting", greeting))));
        };
    }
}
