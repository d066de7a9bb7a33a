package dev.yardstick.runtime.sink.datadog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.benchmarks.BareJacksonEncoder;
import dev.yardstick.benchmarks.SeriesFixture;
import dev.yardstick.runtime.sink.batch.BatchPartitioner;
import dev.yardstick.runtime.sink.batch.Compression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    private BatchPartitioner partitioner;
    private JsonGenerator discard;

    /** Builds the points and a transport configured as the sink configures it (gzip, default limits). */
    @Setup
    public void setUp() throws IOException {
        points = SeriesFixture.gauges(POINTS, true);
        IntakeClient client = new IntakeClient(Secret.of("bench"), Duration.ofSeconds(1), Duration.ofSeconds(1),
                true);
        transport = DatadogTransport.series(client, "http://127.0.0.1:9", Compression.GZIP);
        partitioner = new BatchPartitioner(450_000, 4_500_000);
        discard = new JsonFactory().createGenerator(OutputStream.nullOutputStream());
    }

    /**
     * Serialization alone: each point written as a v2 series by the sink's encoder, no compression.
     *
     * @return the generator's output count, for the blackhole
     */
    @Benchmark
    public long encode() throws IOException {
        for (MetricPoint point : points) {
            transport.writePoint(discard, point);
        }
        discard.flush();
        return discard.getOutputBuffered();
    }

    /**
     * The whole sink path before the socket: every request body the sink would post, each point serialized once
     * and compressed once into its size-bounded body.
     *
     * @return the compressed bytes, for the blackhole
     */
    @Benchmark
    public long sinkPath() {
        long bytes = 0;
        BatchPartitioner.Batches batches = partitioner.batches(points, transport);
        while (batches.hasNext()) {
            bytes += batches.next().body().length;
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
