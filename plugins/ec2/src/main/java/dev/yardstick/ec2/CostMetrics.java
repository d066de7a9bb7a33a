package dev.yardstick.ec2;

import static dev.yardstick.ec2.Ec2Metrics.COST_HOURLY;
import static dev.yardstick.ec2.Ec2Metrics.COST_MONTHLY;
import static dev.yardstick.ec2.Ec2Metrics.HOURS_PER_MONTH;
import static dev.yardstick.ec2.Ec2Metrics.SPOT_SAVINGS;
import static dev.yardstick.ec2.Ec2Metrics.UNPRICED;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cost metrics of the running instances. A spot instance costs the latest Linux/UNIX spot price of its type
 * and zone at or before {@code at}, or its on-demand price when there is none; every other instance costs its
 * type's on-demand price. A type without an on-demand price leaves its instances out (counted as unpriced).
 */
final class CostMetrics {
    private CostMetrics() {
    }

    /** The outcome: values by metric name, and the spot instances priced on demand for want of a spot price. */
    record Result(Map<String, Double> values, Map<String, Long> spotFallbacks) {
    }

    /**
     * Computes the cost metrics.
     *
     * @param listed the listed instances (only running ones are used)
     * @param onDemand the on-demand price of a type in this region, if known
     * @param quotes the spot price history returned for the running spot instances' types
     * @param at the evaluation instant
     * @return the values and the spot fallbacks by {@code type zone}
     */
    static Result compute(List<Ec2Instance> listed, Function<String, OptionalDouble> onDemand, List<SpotQuote> quotes,
            Instant at) {
        Map<String, SpotQuote> latest = latestAtOrBefore(quotes, at);
        double actual = 0;
        double baseline = 0;
        long unpriced = 0;
        long priced = 0;
        Map<String, Long> fallbacks = new TreeMap<>();
        for (Ec2Instance instance : listed.stream().filter(Ec2Instance::running).toList()) {
            OptionalDouble price = onDemand.apply(instance.type());
            if (price.isEmpty()) {
                unpriced++;
                continue;
            }
            priced++;
            baseline += price.getAsDouble();
            SpotQuote quote = instance.spot() ? latest.get(key(instance.type(), instance.zone())) : null;
            if (instance.spot() && quote == null) {
                fallbacks.merge(instance.type() + " " + instance.zone(), 1L, Long::sum);
            }
            actual += quote == null ? price.getAsDouble() : quote.price();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(COST_HOURLY, actual);
        values.put(COST_MONTHLY, actual * HOURS_PER_MONTH);
        if (priced > 0) {
            values.put(SPOT_SAVINGS, 100 * (1 - actual / baseline));
        }
        values.put(UNPRICED, (double) unpriced);
        return new Result(values, fallbacks);
    }

    /** The latest quote at or before {@code at} per type and zone. */
    static Map<String, SpotQuote> latestAtOrBefore(List<SpotQuote> quotes, Instant at) {
        Map<String, SpotQuote> latest = new HashMap<>();
        for (SpotQuote quote : quotes) {
            if (!quote.timestamp().isAfter(at)) {
                latest.merge(key(quote.type(), quote.zone()), quote,
                        (a, b) -> b.timestamp().isAfter(a.timestamp()) ? b : a);
            }
        }
        return latest;
    }

    private static String key(String type, String zone) {
        return type + " " + zone;
    }
}
