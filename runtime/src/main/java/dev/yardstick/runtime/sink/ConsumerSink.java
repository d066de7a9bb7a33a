package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adapts any {@code Consumer<List<MetricPoint>>} into a sink, so that an embedding service (or a test's
 * recording sink) can observe every point that leaves the pipeline.
 */
public final class ConsumerSink implements Sink {
    private final String name;
    private final Consumer<List<MetricPoint>> consumer;

    /**
     * Creates the sink.
     *
     * @param name the sink name
     * @param consumer receives each batch
     */
    public ConsumerSink(String name, Consumer<List<MetricPoint>> consumer) {
        this.name = requireNonNull(name, "name is null");
        this.consumer = requireNonNull(consumer, "consumer is null");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SendResult send(List<MetricPoint> points, Instant deadline) {
        consumer.accept(points);
        return SendResult.delivered(points.size());
    }

    @Override
    public void close() {
    }
}
