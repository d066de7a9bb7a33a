package dev.yardstick.sandbox.wandb;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Makes the runs of the default data set: names by run type, states by age, summaries and configs by state. */
final class WandbRunFactory {
    private static final double[] GPU_HOURS_BY_TYPE = {4, 3, 14, 1, 20};

    private final Random random;
    private final Instant reference;
    private int sequence;

    WandbRunFactory(Random random, Instant reference) {
        this.random = random;
        this.reference = reference;
    }

    WandbRunData run(String name, String displayName, String state, Instant created, Instant heartbeat,
            String summary, String config) {
        return new WandbRunData(name, displayName, state, created, heartbeat, summary, config);
    }

    WandbRunData random(String type, Instant created) {
        int n = ++sequence;
        String id = Integer.toString(36 * 36 * 36 * 36 + n * 7919, 36).toLowerCase(Locale.ROOT);
        String label = label(type, n);
        boolean bare = random.nextInt(100) < 10;
        String name = bare ? label : id;
        String displayName = bare ? (random.nextBoolean() ? null : "") : label;
        String state = state(created);
        Instant heartbeat = heartbeat(type, state, created);
        return run(name, displayName, state, created, heartbeat, summary(state), config());
    }

    private String label(String type, int n) {
        return switch (type) {
            case "ptm" -> random.nextInt(10) == 0 ? "github.sky.sweep-check." + n : "github.sky.main." + n;
            case "sweep" -> random.nextBoolean() ? "lr_sweep.trial_" + n : "SWEEP-ppo." + n;
            case "stable" -> random.nextBoolean() ? "stable.nightly." + n : "Local Stable smoke " + n;
            case "local" -> random.nextBoolean() ? "local.alice.exp" + n : "LOCAL-debug-" + n;
            default -> random.nextBoolean() ? "relh.exp." + n : "baseline.arena." + n;
        };
    }

    private String state(Instant created) {
        long ageHours = Duration.between(created, reference).toHours();
        int roll = random.nextInt(1000);
        if (ageHours < 12 && roll < 350) {
            return "running";
        }
        if (roll < 5) {
            return "running";
        }
        if (roll < 25) {
            return "pending";
        }
        if (roll < 625) {
            return "finished";
        }
        if (roll < 725) {
            return "failed";
        }
        if (roll < 845) {
            return "crashed";
        }
        return roll < 925 ? "killed" : "preempted";
    }

    private Instant heartbeat(String type, String state, Instant created) {
        if (state.equals("pending")) {
            return null;
        }
        int index = List.of("ptm", "sweep", "stable", "local", "other").indexOf(type);
        double hours = 0.05 + random.nextDouble() * GPU_HOURS_BY_TYPE[index];
        if (!state.equals("finished")) {
            hours *= random.nextDouble();
        }
        Instant heartbeat = created.plusSeconds(Math.round(hours * 3600));
        Instant latest = reference.minusSeconds(random.nextInt(300));
        return heartbeat.isAfter(latest) ? (latest.isBefore(created) ? created : latest) : heartbeat;
    }

    private String summary(String state) {
        int roll = random.nextInt(1000);
        if (roll < 5) {
            return "{\"loss\": 0.5, \"overview/sps\": ";
        }
        if (roll < 40) {
            return null;
        }
        if (roll < 80 || state.equals("pending")) {
            return "{}";
        }
        if (state.equals("crashed") || state.equals("running") || (state.equals("failed") && roll < 500)) {
            return partialSummary();
        }
        return fullSummary(0.3 + random.nextDouble() * 0.69, 0.05 + random.nextDouble() * 2.5,
                20 + random.nextDouble() * 80);
    }

    private String partialSummary() {
        RunJsonText summary = new RunJsonText().put("_step", random.nextInt(5000));
        if (random.nextBoolean()) {
            summary.put("loss", 0.5 + random.nextDouble() * 3);
        }
        if (random.nextInt(3) == 0) {
            summary.put("overview/sps", 1000 + random.nextInt(9000) * 1.0);
        }
        return summary.text();
    }

    String fullSummary(double accuracy, double loss, double gpuUtilization) {
        RunJsonText summary = new RunJsonText().put("_step", 10_000 + random.nextInt(90_000))
                .put("_runtime", 100 + random.nextInt(50_000) * 1.0);
        int variant = random.nextInt(100);
        summary.put("accuracy", variant < 3 ? Double.NaN : variant < 5 ? "n/a"
                : variant < 7 ? new RunJsonText().put("_type", "histogram").put("values", List.of(1, 2)) : accuracy);
        if (variant < 90) {
            summary.put("loss", variant < 8 ? Double.POSITIVE_INFINITY : loss);
        }
        double sps = 2000 + random.nextInt(60_000);
        if (random.nextInt(10) < 3) {
            summary.putNested("overview", "sps", sps);
        } else {
            summary.put("overview/sps", sps);
        }
        double hearts = random.nextInt(500) / 10.0;
        if (random.nextBoolean()) {
            summary.put("env_agent/heart.amount", hearts);
        } else {
            summary.putNested("env_agent", "heart.amount", hearts);
        }
        summary.put("skypilot/queue_latency_s", random.nextInt(9000) / 10.0);
        if (random.nextInt(10) < 8) {
            summary.put("system.gpu.0.gpu", gpuUtilization);
        }
        if (random.nextInt(10) == 0) {
            summary.put("num_gpus", 1 + random.nextInt(8));
        }
        return summary.text();
    }

    private String config() {
        if (random.nextInt(1000) < 6) {
            return "{\"gpu_count\": {\"value\": ";
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            return null;
        }
        if (roll < 12) {
            return "{}";
        }
        RunJsonText config = new RunJsonText().put("seed", RunJsonText.wrapped(random.nextInt(1000)))
                .put("trainer", RunJsonText.wrapped(new RunJsonText().put("lr", 0.0003)));
        int gpus = 1 << random.nextInt(4);
        if (roll < 50) {
            config.put("gpu_count", RunJsonText.wrapped(gpus));
        } else if (roll < 70) {
            config.put("num_gpus", gpus);
        } else if (roll < 78) {
            config.put("gpu_count", RunJsonText.wrapped("eight")).put("num_gpus", RunJsonText.wrapped(gpus));
        } else if (roll < 84) {
            config.put("num_gpus", RunJsonText.wrapped(gpus)).put("gpu_count", gpus * 2);
        }
        return config.text();
    }

    String gpuConfig(int gpus, boolean wrapped) {
        return new RunJsonText().put("gpu_count", wrapped ? RunJsonText.wrapped(gpus) : gpus).text();
    }
}
