package dev.yardstick.dashboards.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The tables the structural lint checks against (values from datadog-api-client 2.50.0 models). */
final class WidgetRules {
    /** Required definition fields per widget type; types not listed are unknown. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("timeseries", List.of("requests")),
            Map.entry("query_value", List.of("requests")),
            Map.entry("toplist", List.of("requests")),
            Map.entry("heatmap", List.of("requests")),
            Map.entry("change", List.of("requests")),
            Map.entry("distribution", List.of("requests")),
            Map.entry("query_table", List.of("requests")),
            Map.entry("note", List.of("content")),
            Map.entry("group", List.of("layout_type", "widgets")),
            Map.entry("slo", List.of("view_type")),
            Map.entry("check_status", List.of("check", "grouping")),
            Map.entry("manage_status", List.of("query")),
            Map.entry("alert_graph", List.of("alert_id", "viz_type")),
            Map.entry("alert_value", List.of("alert_id")),
            Map.entry("free_text", List.of("text")),
            Map.entry("image", List.of("url")),
            Map.entry("iframe", List.of("url")),
            Map.entry("hostmap", List.of("requests")),
            Map.entry("scatterplot", List.of("requests")),
            Map.entry("sunburst", List.of("requests")),
            Map.entry("treemap", List.of("requests")),
            Map.entry("geomap", List.of("requests", "style", "view")),
            Map.entry("slo_list", List.of("requests")),
            Map.entry("event_stream", List.of("query")),
            Map.entry("event_timeline", List.of("query")),
            Map.entry("log_stream", List.of()),
            Map.entry("list_stream", List.of("requests")),
            Map.entry("funnel", List.of("requests")),
            Map.entry("servicemap", List.of("service", "filters")),
            Map.entry("trace_service", List.of("env", "service", "span_name")),
            Map.entry("topology_map", List.of()),
            Map.entry("run_workflow", List.of("workflow_id")),
            Map.entry("split_group", List.of("source_widget_definition", "split_config", "size")),
            Map.entry("powerpack", List.of("group_widget", "template_variables")),
            Map.entry("bar_chart", List.of("requests")),
            // Not in the 2.50.0 models but accepted by the API (Vega-Lite widget).
            Map.entry("wildcard", List.of("requests", "specification")));

    static final Set<String> NOTE_FORBIDDEN = Set.of("title", "title_size", "title_align");
    static final Set<String> DISPLAY_TYPES = Set.of("line", "bars", "area", "overlay");
    static final Set<String> RESPONSE_FORMATS = Set.of("timeseries", "scalar", "event_list");
    static final Set<String> AGGREGATORS = Set.of("avg", "min", "max", "sum", "last", "area", "l2norm", "percentile");
    static final Set<String> COMPARATORS = Set.of("=", ">", ">=", "<", "<=");
    static final Set<String> PALETTES = Set.of("blue", "custom_bg", "custom_image", "custom_text", "gray_on_white", "grey",
            "green", "orange", "red", "red_on_white", "white_on_gray", "white_on_green", "green_on_white", "white_on_red",
            "white_on_yellow", "yellow_on_white", "black_on_light_yellow", "black_on_light_green", "black_on_light_red");
    static final Set<String> DATA_SOURCES = Set.of("metrics", "cloud_cost", "logs", "spans", "network", "rum",
            "security_signals", "profiles", "audit", "events", "ci_tests", "ci_pipelines", "incident_analytics",
            "product_analytics", "on_call_events", "apm_dependency_stats", "apm_resource_stats", "apm_metrics",
            "process", "container", "slo");
    static final Pattern MARKER_DISPLAY = Pattern.compile("^(error|warning|ok|info) (dashed|solid|bold)$");
    static final String NUMBER = "-?\\d+(\\.\\d+)?";
    static final Pattern MARKER_VALUE = Pattern.compile("^(y = " + NUMBER + "|" + NUMBER + " < y < " + NUMBER
            + "|y > " + NUMBER + "|y < " + NUMBER + ")$");

    private WidgetRules() {
    }
}
