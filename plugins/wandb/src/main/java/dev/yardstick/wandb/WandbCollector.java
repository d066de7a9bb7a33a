package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;

/**
 * Collects the W&B metrics of one project with two filtered listings per collection (runs created within 7
 * days, and running runs). Sections fail independently; the deadline stops the remaining requests.
 */
final class WandbCollector implements Collector {
    private final WandbSettings settings;
    private final CollectorContext context;

    WandbCollector(WandbSettings settings, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        WandbClient client = new WandbClient(context.http(request), settings, context.clock(), request.deadline());
        CollectResult.Builder out = CollectResult.builder();
        new ProjectCollection(client, settings, request.at(), context.logger()).collectInto(out);
        return out.build();
    }

    @Override
    public void close() {
        // Nothing is held between collections.
    }
}
