package dev.yardstick.sandbox.wandb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the default W&B data set from a seed: a busy project of about 2,800 runs over the 60 days before the
 * reference (denser in the last week), a small project with no {@code local} runs and an empty project. Runs
 * cover every state and run type, display names and bare names, wrapped and plain config values, flat and
 * nested summary keys, crashed runs with partial summaries, {@code NaN}, strings and objects where numbers are
 * expected, null, empty and malformed JSON, and runs placed exactly at the edges of the 24-hour and 7-day
 * windows (and after the reference).
 */
final class WandbDataGenerator {
    private static final Duration HISTORY = Duration.ofDays(60);
    private static final String[] TYPES = {"ptm", "sweep", "stable", "local", "other"};

    private final Random random;
    private final Instant reference;
    private final WandbRunFactory runs;

    private WandbDataGenerator(long seed, Instant reference) {
        this.random = new Random(seed);
        this.reference = reference;
        this.runs = new WandbRunFactory(random, reference);
    }

    static WandbDataSet generate(long seed, Instant reference) {
        WandbDataGenerator generator = new WandbDataGenerator(seed, reference);
        List<WandbRunData> main = generator.project(40, 90, TYPES);
        main.addAll(generator.edgeRuns());
        List<WandbRunData> small = generator.project(2, 6, new String[] {"ptm", "sweep", "stable", "other"});
        return new WandbDataSet(reference, List.of(
                new WandbProjectData(WandbDataSet.ENTITY, WandbDataSet.MAIN_PROJECT, main),
                new WandbProjectData(WandbDataSet.ENTITY, WandbDataSet.SMALL_PROJECT, small),
                new WandbProjectData(WandbDataSet.ENTITY, WandbDataSet.EMPTY_PROJECT, List.of())));
    }

    private List<WandbRunData> project(int perOlderDay, int perRecentDay, String[] types) {
        List<WandbRunData> out = new ArrayList<>();
        for (int day = 0; day < HISTORY.toDays(); day++) {
            int count = day < 7 ? perRecentDay : perOlderDay;
            Instant dayEnd = reference.minus(Duration.ofDays(day));
            for (int i = 0; i < count; i++) {
                Instant created = dayEnd.minusSeconds(1 + (long) (random.nextDouble() * 86_399));
                out.add(runs.random(types[random.nextInt(types.length)], created));
            }
        }
        return out;
    }

    /** Runs at the windows' edges and other cases every collection must get right. */
    private List<WandbRunData> edgeRuns() {
        Instant day = reference.minus(Duration.ofDays(1));
        Instant week = reference.minus(Duration.ofDays(7));
        List<WandbRunData> out = new ArrayList<>();
        String full = runs.fullSummary(0.91, 0.35, 70.0);
        out.add(runs.run("edge-24h-out", "stable.nightly.edge-24h", "finished", day, hours(day, 9), full,
                runs.gpuConfig(4, true)));
        out.add(runs.run("edge-24h-in", "github.sky.main.edge24", "finished", day.plusSeconds(1),
                hours(day, 2), runs.fullSummary(0.95, 0.2, 88.0), runs.gpuConfig(2, false)));
        out.add(runs.run("edge-7d-out", "github.sky.main.edge7d", "failed", week, hours(week, 1),
                runs.fullSummary(0.99, 0.01, 99.0), null));
        out.add(runs.run("edge-7d-in", "lr_sweep.trial_edge", "failed", week.plusSeconds(1), hours(week, 1), "{}",
                "{}"));
        out.add(runs.run("edge-at", "local.alice.edge", "crashed", reference, reference,
                "{\"_step\": 12, \"loss\": 1.75}", null));
        Instant later = reference.plus(Duration.ofHours(1));
        out.add(runs.run("after-reference", "github.sky.main.future", "finished", later, hours(later, 1),
                runs.fullSummary(999.0, -5.0, 100.0), runs.gpuConfig(64, true)));
        Instant zombie = reference.minus(Duration.ofDays(30));
        out.add(runs.run("zombie-running", "relh.long-job", "running", zombie, reference.minusSeconds(600), "{}",
                runs.gpuConfig(8, true)));
        Instant recent = reference.minus(Duration.ofHours(3));
        out.add(runs.run("malformed-summary", "stable.release.broken-summary", "finished", recent, hours(recent, 2),
                "{\"loss\": 0.41, \"accuracy\": ", runs.gpuConfig(8, true)));
        out.add(runs.run("malformed-config", "Stable-Release-config", "finished", recent.plusSeconds(60),
                hours(recent, 1), runs.fullSummary(0.8, 0.6, 55.0), "{\"gpu_count\": {\"value\": 4"));
        out.add(runs.run("bare-name-ptm", "", "finished", recent.plusSeconds(120), hours(recent, 1),
                runs.fullSummary(0.7, 0.9, 40.0), null));
        out.add(runs.run("github.sky.main.no-display", null, "running", recent.plusSeconds(180),
                reference.minusSeconds(60), "{\"_step\": 3}", "{\"num_gpus\": 2}"));
        out.add(runs.run("order-matters", "github.sky.sweep.local", "killed", recent.plusSeconds(240),
                hours(recent, 1), null, null));
        return out;
    }

    private static Instant hours(Instant from, double hours) {
        return from.plusSeconds(Math.round(hours * 3600));
    }
}
