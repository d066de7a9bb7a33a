package dev.yardstick.dashboards.query;

import java.util.List;
import java.util.Optional;

/**
 * What a parsed query contains, each element with its offset in the query text.
 *
 * @param metrics metric names named by metric queries
 * @param variables template variables used in scopes ({@code $env} → {@code env})
 * @param queryReferences names of queries a formula refers to
 * @param monitor the monitor parts, when a monitor query was parsed
 */
public record ParsedQuery(List<Located> metrics, List<Located> variables, List<Located> queryReferences,
                          Optional<MonitorParts> monitor) {

    /** Copies the lists. */
    public ParsedQuery {
        metrics = List.copyOf(metrics);
        variables = List.copyOf(variables);
        queryReferences = List.copyOf(queryReferences);
    }

    /** A name and where it starts in the query text. */
    public record Located(String name, int offset) {
    }

    /**
     * The evaluation of a monitor query.
     *
     * @param evaluation the text before the first colon, e.g. {@code max(last_30m)}
     * @param windowMinutes the evaluation window in minutes
     * @param comparator one of {@code > >= < <=}
     * @param threshold the number after the comparator
     * @param thresholdText the threshold as written
     */
    public record MonitorParts(String evaluation, long windowMinutes, String comparator, double threshold, String thresholdText) {
    }
}
