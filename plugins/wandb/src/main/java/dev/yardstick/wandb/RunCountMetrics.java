package dev.yardstick.wandb;

import static dev.yardstick.wandb.WandbMetrics.RUNS_ACTIVE;
import static dev.yardstick.wandb.WandbMetrics.RUNS_COMPLETED_24H;
import static dev.yardstick.wandb.WandbMetrics.RUNS_COMPLETED_7D;
import static dev.yardstick.wandb.WandbMetrics.RUNS_FAILED_24H;
import static dev.yardstick.wandb.WandbMetrics.RUNS_FAILED_7D;
import static dev.yardstick.wandb.WandbMetrics.RUNS_TOTAL_RECENT;

import java.util.ArrayList;
import java.util.List;

/** The run counts, each per run type. */
final class RunCountMetrics {
    private RunCountMetrics() {
    }

    /** {@code wandb.runs.active} from the listing of running runs. */
    static List<Measurement> active(List<WandbRun> running, RunTypes types) {
        return types.count(RUNS_ACTIVE, running, WandbRun::running);
    }

    /** The windowed counts, from the listing of the runs created within the long window. */
    static List<Measurement> recent(List<WandbRun> recent, RunTypes types, Window window, Window week) {
        List<Measurement> out = new ArrayList<>();
        out.addAll(types.count(RUNS_COMPLETED_24H, recent, run -> window.created(run) && run.finished()));
        out.addAll(types.count(RUNS_FAILED_24H, recent, run -> window.created(run) && run.failed()));
        out.addAll(types.count(RUNS_TOTAL_RECENT, recent, window::created));
        out.addAll(types.count(RUNS_COMPLETED_7D, recent, run -> week.created(run) && run.finished()));
        out.addAll(types.count(RUNS_FAILED_7D, recent, run -> week.created(run) && run.failed()));
        return out;
    }
}
