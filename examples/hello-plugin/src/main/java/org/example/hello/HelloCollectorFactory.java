package org.example.hello;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.net.URI;
import java.util.List;

/** The plugin's entry point, listed in META-INF/services/dev.yardstick.api.CollectorFactory. */
public final class HelloCollectorFactory implements CollectorFactory {
    @Override
    public String type() {
        return "hello";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("hello.lines", Unit.NONE,
                "Non-blank lines of the configured document.", "document"));
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        // Every setting is read (and validated) here, so bad configuration fails at start-up.
        URI url = URI.create(config.getString("url"));
        if (!url.isAbsolute()) {
            throw config.invalid("url", "must be an absolute URL, got '" + url + "'");
        }
        return new HelloCollector(url, config.getString("document"), context);
    }
}
