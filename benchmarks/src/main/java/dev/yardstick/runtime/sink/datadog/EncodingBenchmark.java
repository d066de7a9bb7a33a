package dev.yardstick.runtime.sink.datadog;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.JSON;
import com.datadog.api.client.v2.api.MetricsApi;
import com.datadog.api.client.v2.model.MetricContentEncoding;
import com.datadog.api.client.v2.model.MetricPayload;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.benchmarks.BareJacksonEncoder;
import dev.yardstick.benchmarks.SeriesFixture;
import dev.yardstick.runtime.sink.batch.BatchPartitioner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Datadog sink's encoding and batching over {@value #POINTS} gauges of 6 tags, beside the bare Jackson + gzip
 * baseline ({@link #baseline}); scores are points per second. The package is the sink's, to reach its
 * package-private transport.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(EncodingBenchmark.POINTS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncodingBenchmark {
    /** Points per invocation. */
    public static final int POINTS = 10_000;

    private List<MetricPoint> points;
    private DatadogTransport transport;
    private ObjectMapper mapper;
    private BatchPartitioner partitioner;

    /** Builds the points and a transport configured as the sink configures it (gzip, default limits). */
    @Setup
    public void setUp() {
        points = SeriesFixture.gauges(POINTS, true);
        mapper = new JSON().getMapper();
        transport = DatadogTransport.series(new MetricsApi(new ApiClient()), mapper, MetricContentEncoding.GZIP,
                Secret.of("bench"), "http://127.0.0.1:9");
        partitioner = new BatchPartitioner(450_000, 4_500_000);
    }

    /**
     * Each point serialized through the client's models, as the partitioner asks for sizing.
     *
     * @return the byte count, for the blackhole
     */
    @Benchmark
    public long encode() {
        long bytes = 0;
        for (MetricPoint point : points) {
            bytes += transport.encode(point).length;
        }
        return bytes;
    }

    /**
     * The partitioner: serialize every point, stream it through gzip to measure batch sizes.
     *
     * @return the partition, for the blackhole
     */
    @Benchmark
    public BatchPartitioner.Partition batch() {
        return partitioner.partition(points, transport);
    }

    /**
     * The whole sink path before the socket: partition, then for each batch the request body the client builds
     * (models serialized again by the client's mapper, gzip-compressed again).
     *
     * @return the compressed bytes, for the blackhole
     */
    @Benchmark
    public long sinkPath() throws IOException {
        long bytes = 0;
        for (List<MetricPoint> batch : partitioner.partition(points, transport).batches()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(body)) {
                mapper.writeValue(gzip, new MetricPayload().series(batch.stream().map(DatadogPayloads::series)
                        .toList()));
            }
            bytes += body.size();
        }
        return bytes;
    }

    /**
     * The baseline: bare Jackson streaming the same series into gzip, once.
     *
     * @return the compressed bytes, for the blackhole
     */
    @Benchmark
    public long baseline() throws IOException {
        return BareJacksonEncoder.encode(points, new ByteArrayOutputStream()).size();
    }
}
