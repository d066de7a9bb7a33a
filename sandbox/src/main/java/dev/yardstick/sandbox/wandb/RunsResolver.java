package dev.yardstick.sandbox.wandb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers a {@link RunsQuery} from a {@link WandbDataSet}: the project (null when unknown, as W&B answers), its
 * runs filtered and ordered, one page of {@code first} runs after an opaque cursor, and {@code pageInfo}.
 * Timestamps are written as W&B writes them: UTC without a zone suffix.
 */
final class RunsResolver {
    /** Runs per page when {@code first} is absent. */
    static final int DEFAULT_FIRST = 50;
    /** The largest page served. */
    static final int MAX_FIRST = 1000;
    private static final Set<String> RUN_FIELDS = Set.of("id", "name", "displayName", "state", "createdAt",
            "heartbeatAt", "summaryMetrics", "config");
    private static final DateTimeFormatter WANDB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final WandbDataSet data;

    RunsResolver(WandbDataSet data) {
        this.data = data;
    }

    /** The {@code data} member of the answer; throws {@link RunsQuery.QueryException} or a filter problem. */
    JsonNode resolve(RunsQuery query) {
        for (String field : query.nodeFields()) {
            if (!RUN_FIELDS.contains(field)) {
                throw new RunsQuery.QueryException("Cannot query field \"" + field + "\" on type \"Run\".");
            }
        }
        ObjectNode out = Json.object();
        Optional<WandbProjectData> project = data.find(query.entity(), query.project());
        if (project.isEmpty()) {
            return out.putNull("project");
        }
        Predicate<WandbRunData> filter = query.filters().map(text -> RunFilter.parse(parseFilters(text)))
                .orElse(run -> true);
        List<WandbRunData> matching = project.get().runs().stream().filter(filter)
                .sorted(order(query.order().orElse("-created_at"))).toList();
        int first = query.first().orElse(DEFAULT_FIRST);
        if (first < 1 || first > MAX_FIRST) {
            throw new RunsQuery.QueryException("first must be between 1 and " + MAX_FIRST + ", got " + first);
        }
        String fingerprint = Integer.toHexString((query.entity() + "/" + query.project() + "|"
                + query.filters().orElse("") + "|" + query.order().orElse("")).hashCode());
        int from = query.after().map(cursor -> offset(cursor, fingerprint)).orElse(0);
        int to = Math.min(matching.size(), from + first);
        ArrayNode edges = Json.array();
        for (int i = from; i < to; i++) {
            edges.addObject().<ObjectNode>set("node", node(matching.get(i), query.nodeFields()))
                    .put("cursor", cursor(fingerprint, i + 1));
        }
        ObjectNode runs = out.putObject("project").putObject("runs");
        runs.set("edges", edges);
        ObjectNode pageInfo = runs.putObject("pageInfo").put("hasNextPage", to < matching.size());
        if (to > from) {
            pageInfo.put("endCursor", cursor(fingerprint, to));
        } else {
            pageInfo.putNull("endCursor");
        }
        return out;
    }

    private static JsonNode parseFilters(String text) {
        try {
            return Json.parse(text);
        } catch (Json.InvalidJsonException bad) {
            throw new RunsQuery.QueryException("filters is not valid JSON: " + bad.getMessage());
        }
    }

    private static Comparator<WandbRunData> order(String order) {
        boolean descending = order.startsWith("-");
        String key = order.replaceFirst("^[-+]", "");
        Comparator<WandbRunData> by = switch (key) {
            case "created_at", "createdAt" -> Comparator.comparing(WandbRunData::createdAt);
            case "heartbeat_at", "heartbeatAt" -> Comparator.comparing(WandbRunData::heartbeatAt,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> throw new RunsQuery.QueryException("unsupported order '" + order + "'");
        };
        by = by.thenComparing(WandbRunData::name);
        return descending ? by.reversed() : by;
    }

    private static ObjectNode node(WandbRunData run, Set<String> fields) {
        ObjectNode node = Json.object();
        for (String field : fields) {
            switch (field) {
                case "id" -> node.put("id", Base64.getEncoder().encodeToString(("Run:v1:" + run.name())
                        .getBytes(StandardCharsets.UTF_8)));
                case "name" -> node.put("name", run.name());
                case "displayName" -> node.put("displayName", run.displayName());
                case "state" -> node.put("state", run.state());
                case "createdAt" -> node.put("createdAt", time(run.createdAt()));
                case "heartbeatAt" -> node.put("heartbeatAt", time(run.heartbeatAt()));
                case "summaryMetrics" -> node.put("summaryMetrics", run.summaryMetrics());
                default -> node.put("config", run.config());
            }
        }
        return node;
    }

    private static String time(Instant instant) {
        return instant == null ? null : WANDB_TIME.format(instant);
    }

    private static String cursor(String fingerprint, int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("sim-cursor:" + fingerprint + ":" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor, String fingerprint) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length == 3 && parts[0].equals("sim-cursor") && parts[1].equals(fingerprint)) {
                return Integer.parseInt(parts[2]);
            }
        } catch (IllegalArgumentException bad) {
            // falls through to the error below
        }
        throw new RunsQuery.QueryException("invalid cursor '" + cursor + "' for this query");
    }
}
