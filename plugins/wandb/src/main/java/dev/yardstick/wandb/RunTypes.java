package dev.yardstick.wandb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Gives runs their {@code run_type} by the ordered rules, and counts runs per type with every type present. */
final class RunTypes {
    private final List<RunTypeRule> rules;

    RunTypes(List<RunTypeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The type of the first rule found in the run's label, else {@code other}. */
    String of(WandbRun run) {
        String label = run.label();
        for (RunTypeRule rule : rules) {
            if (rule.match().matcher(label).find()) {
                return rule.type();
            }
        }
        return RunTypeRule.OTHER;
    }

    /** Every type, in rule order, then {@code other}. */
    List<String> all() {
        List<String> types = new ArrayList<>();
        rules.forEach(rule -> types.add(rule.type()));
        types.add(RunTypeRule.OTHER);
        return types;
    }

    /** One count per type (zero when no run qualifies) of the runs matching {@code which}. */
    List<Measurement> count(String metric, List<WandbRun> runs, Predicate<WandbRun> which) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all().forEach(type -> counts.put(type, 0));
        for (WandbRun run : runs) {
            if (which.test(run)) {
                counts.merge(of(run), 1, Integer::sum);
            }
        }
        List<Measurement> out = new ArrayList<>();
        counts.forEach((type, count) -> out.add(Measurement.ofType(metric, type, count)));
        return out;
    }
}
