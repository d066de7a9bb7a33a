package dev.yardstick.dashboards;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** A catalogue holding every metric name of the original system, as if all seven collectors were installed. */
public final class FakeCatalogue {
    /** All collector types of the original system. */
    public static final Set<String> ALL_TYPES = Set.of("github", "skypilot", "asana", "ec2", "wandb", "kubernetes", "health-fom");

    private FakeCatalogue() {
    }

    /** The descriptors, one gauge per original name. */
    public static List<MetricDescriptor> metrics() {
        try (InputStream in = FakeCatalogue.class.getResourceAsStream("original-catalogue.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(n -> MetricDescriptor.gauge(n, Unit.NONE, "original metric")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
