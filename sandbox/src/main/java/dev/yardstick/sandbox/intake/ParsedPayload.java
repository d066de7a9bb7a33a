package dev.yardstick.sandbox.intake;

import java.util.List;

/**
 * The outcome of validating one payload: what it carries, and every problem found. A payload with problems is
 * rejected whole, so {@code items} only matters when {@code problems} is empty.
 *
 * @param items    the parsed series
 * @param problems the problems, each naming the JSON path of the field
 * @param <T>      the series type
 */
record ParsedPayload<T>(List<T> items, List<String> problems) {

    ParsedPayload {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
