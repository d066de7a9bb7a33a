package dev.yardstick.benchmarks;

import dev.yardstick.runtime.pipeline.Batch;
import dev.yardstick.runtime.pipeline.Pipeline;
import dev.yardstick.runtime.pipeline.PipelineSettings;
import dev.yardstick.runtime.pipeline.SanitizeStage;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The pipeline's stages over {@value #POINTS} gauges of 6 tags; scores are points per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(PipelineBenchmark.POINTS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
    /** Points per invocation. */
    public static final int POINTS = 10_000;

    /** Whether the tags need repair (upper-case values) or are already valid. */
    @Param({"true", "false"})
    public boolean validTags;

    private Batch batch;
    private PipelineSettings settings;
    private SanitizeStage sanitize;

    /** Builds the points once per trial. */
    @Setup
    public void setUp() {
        batch = SeriesFixture.batch(POINTS, validTags);
        // the version of a development build, as the distribution stamps it: its upper case needs Datadog's repair
        settings = new PipelineSettings("bench", "0.1.0-SNAPSHOT", Map.of("owner", "perf"), 1_000_000, 32);
        sanitize = new SanitizeStage(new Telemetry());
    }

    /**
     * The standard pipeline (tagging, environment, sanitize, cardinality guard), built per run as the engine does.
     *
     * @return the output, for the blackhole
     */
    @Benchmark
    public Batch pipeline() {
        return Pipeline.standard(settings, new Telemetry()).apply(batch);
    }

    /**
     * The sanitize stage alone.
     *
     * @return the output, for the blackhole
     */
    @Benchmark
    public Batch sanitize() {
        return sanitize.apply(batch);
    }
}
