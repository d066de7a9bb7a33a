package dev.yardstick.skypilot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Matches accelerator names to configured types: lower-cased, equal to the type or starting with it and '-'. */
final class AcceleratorTypes {
    private AcceleratorTypes() {
    }

    static boolean matches(String acceleratorName, String type) {
        String name = acceleratorName.toLowerCase(Locale.ROOT);
        return name.equals(type) || name.startsWith(type + "-");
    }

    /** The price of an accelerator: the longest matching type's, so {@code a100-80gb} wins over {@code a100}. */
    static Optional<Double> price(String acceleratorName, Map<String, Double> prices) {
        return prices.entrySet().stream().filter(entry -> matches(acceleratorName, entry.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** The {@code gpu_type} tag value: lower case, {@code :} replaced by {@code _}. */
    static String tagValue(String acceleratorName) {
        return acceleratorName.toLowerCase(Locale.ROOT).replace(':', '_');
    }
}
