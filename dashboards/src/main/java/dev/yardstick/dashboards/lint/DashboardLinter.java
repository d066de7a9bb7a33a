package dev.yardstick.dashboards.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.query.ParsedQuery;
import dev.yardstick.dashboards.query.QueryParser;
import dev.yardstick.dashboards.query.QuerySyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Structural lint of a compiled dashboard: required fields per widget type, the 12-column grid,
 * overlaps, group extents, formulas referring to declared queries, template variables, enum values,
 * marker syntax, note fields, tags and the identity marker.
 */
final class DashboardLinter {
    private static final int COLUMNS = 12;

    void lint(Findings f) {
        JsonNode d = f.artifact().body();
        for (String field : List.of("title", "layout_type", "widgets")) {
            if (!d.has(field)) {
                f.error("required-field", field, null, "dashboard has no '" + field + "'");
            }
        }
        if (!"ordered".equals(d.path("layout_type").asText())) {
            f.error("layout", "layout_type", null, "layout_type must be 'ordered', got '" + d.path("layout_type").asText() + "'");
        }
        if (!"fixed".equals(d.path("reflow_type").asText())) {
            f.error("layout", "reflow_type", null, "reflow_type must be 'fixed' (every widget carries a layout)");
        }
        if (d.has("is_read_only")) {
            f.error("deprecated-field", "is_read_only", "is_read_only", "is_read_only is deprecated; use restricted_roles");
        }
        d.path("tags").forEach(t -> {
            if (!t.asText().startsWith("team:")) {
                f.error("tags", "tags", t.asText(), "dashboard tags must look like team:<name>, got '" + t.asText() + "'");
            }
        });
        String marker = "[yardstick-key:" + f.artifact().key() + "]";
        if (!d.path("description").asText().contains(marker)) {
            f.error("identity", "description", null, "description lacks the identity marker " + marker);
        }
        Set<String> variables = templateVariables(f, d);
        widgets(f, d.path("widgets"), "widgets", variables);
        int columnBreaks = countColumnBreaks(d.path("widgets"));
        if (columnBreaks > 1) {
            f.error("layout", "widgets", null, "is_column_break may be set on at most one widget, found " + columnBreaks);
        }
    }

    private static Set<String> templateVariables(Findings f, JsonNode d) {
        Set<String> names = new HashSet<>();
        JsonNode vars = d.path("template_variables");
        for (int i = 0; i < vars.size(); i++) {
            String name = vars.get(i).path("name").asText();
            if (name.isEmpty() || !names.add(name)) {
                f.error("template-variable", "template_variables[" + i + "]", null, "template variable name is empty or repeated: '" + name + "'");
            }
        }
        JsonNode presets = d.path("template_variable_presets");
        for (int p = 0; p < presets.size(); p++) {
            JsonNode tvs = presets.get(p).path("template_variables");
            for (int i = 0; i < tvs.size(); i++) {
                String name = tvs.get(i).path("name").asText();
                if (!names.contains(name)) {
                    f.error("template-variable", "template_variable_presets[" + p + "].template_variables[" + i + "]", null,
                            "saved view '" + presets.get(p).path("name").asText() + "' sets undeclared variable '" + name + "'");
                }
            }
        }
        return names;
    }

    private void widgets(Findings f, JsonNode widgets, String path, Set<String> variables) {
        List<int[]> rects = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < widgets.size(); i++) {
            JsonNode w = widgets.get(i);
            String wp = path + "[" + i + "]";
            JsonNode def = w.path("definition");
            String type = def.path("type").asText();
            String label = label(def);
            String hint = hint(def);
            if (!WidgetRules.REQUIRED.containsKey(type)) {
                f.error("widget-type", wp + ".definition.type", "'" + type + "'", hint, "unknown widget type '" + type + "'");
                continue;
            }
            for (String field : WidgetRules.REQUIRED.get(type)) {
                if (!def.has(field) || def.get(field).isArray() && def.get(field).isEmpty() && "requests".equals(field)) {
                    f.error("required-field", wp + ".definition", hint, label + " lacks required field '" + field + "'");
                }
            }
            if ("note".equals(type)) {
                WidgetRules.NOTE_FORBIDDEN.stream().filter(def::has).sorted().forEach(field ->
                        f.error("note-title", wp + ".definition." + field, hint, "note widgets take no '" + field + "' (Datadog rejects it)"));
            }
            int[] rect = layout(f, w.path("layout"), wp, hint, label);
            if (rect != null) {
                for (int j = 0; j < rects.size(); j++) {
                    if (overlaps(rects.get(j), rect)) {
                        f.error("overlap", wp + ".layout", hint, label + " overlaps " + labels.get(j) + " at " + describe(rect));
                    }
                }
                rects.add(rect);
                labels.add(label);
            }
            requests(f, def, wp + ".definition", hint, variables);
            markers(f, def.path("markers"), wp + ".definition.markers", hint);
            if ("group".equals(type)) {
                widgets(f, def.path("widgets"), wp + ".definition.widgets", variables);
                groupExtent(f, def, rect, wp, hint, label);
            }
        }
    }

    private static int[] layout(Findings f, JsonNode l, String wp, String hint, String label) {
        if (l.isMissingNode()) {
            f.error("layout", wp, hint, label + " has no layout (reflow_type fixed needs one on every widget)");
            return null;
        }
        for (String k : List.of("x", "y", "width", "height")) {
            if (!l.path(k).isIntegralNumber()) {
                f.error("layout", wp + ".layout." + k, hint, label + ": layout." + k + " must be a whole number");
                return null;
            }
        }
        int x = l.get("x").asInt();
        int y = l.get("y").asInt();
        int w = l.get("width").asInt();
        int h = l.get("height").asInt();
        if (x < 0 || y < 0 || w < 1 || h < 1 || w > COLUMNS || x + w > COLUMNS) {
            f.error("grid-bounds", wp + ".layout", hint, label + " at " + describe(new int[] {x, y, w, h})
                    + " does not fit the 12-column grid");
        }
        return new int[] {x, y, w, h};
    }

    private static void groupExtent(Findings f, JsonNode def, int[] rect, String wp, String hint, String label) {
        if (rect == null) {
            return;
        }
        int bottom = 0;
        for (JsonNode c : def.path("widgets")) {
            JsonNode l = c.path("layout");
            bottom = Math.max(bottom, l.path("y").asInt() + l.path("height").asInt());
        }
        int needed = bottom + (def.path("show_title").asBoolean(true) ? 1 : 0);
        if (rect[3] < needed) {
            f.error("group-extent", wp + ".layout.height", hint, label + " is " + rect[3] + " rows tall but its widgets need " + needed);
        }
    }

    private static void requests(Findings f, JsonNode def, String path, String hint, Set<String> variables) {
        JsonNode requests = def.path("requests");
        for (int r = 0; r < requests.size(); r++) {
            JsonNode req = requests.get(r);
            String rp = path + ".requests[" + r + "]";
            if (req.has("q") && req.has("queries")) {
                f.error("mixed-request", rp, hint, "request mixes legacy 'q' with 'queries'; use queries and formulas only");
            }
            enumValue(f, req, "display_type", WidgetRules.DISPLAY_TYPES, rp, hint);
            enumValue(f, req, "response_format", WidgetRules.RESPONSE_FORMATS, rp, hint);
            Set<String> names = new HashSet<>();
            JsonNode queries = req.path("queries");
            for (int q = 0; q < queries.size(); q++) {
                JsonNode query = queries.get(q);
                String qp = rp + ".queries[" + q + "]";
                String name = query.path("name").asText();
                if (name.isEmpty() || !names.add(name)) {
                    f.error("query-name", qp + ".name", hint, "query name is missing or repeated: '" + name + "'");
                }
                enumValue(f, query, "data_source", WidgetRules.DATA_SOURCES, qp, hint);
                enumValue(f, query, "aggregator", WidgetRules.AGGREGATORS, qp, hint);
                if ("metrics".equals(query.path("data_source").asText())) {
                    queryVariables(f, query.path("query").asText(), qp + ".query", hint, variables);
                }
            }
            JsonNode formulas = req.path("formulas");
            for (int i = 0; i < formulas.size(); i++) {
                String formula = formulas.get(i).path("formula").asText();
                try {
                    for (ParsedQuery.Located ref : QueryParser.formula(formula).queryReferences()) {
                        if (!names.contains(ref.name())) {
                            f.error("formula-reference", rp + ".formulas[" + i + "]", formula, hint, "formula '" + formula
                                    + "' names '" + ref.name() + "', which is not a query of this request " + names.stream().sorted().toList());
                        }
                    }
                } catch (QuerySyntaxException e) {
                    f.error("formula-syntax", rp + ".formulas[" + i + "].formula", java.util.Arrays.asList(e.token(), formula), hint, e.getMessage());
                }
                conditionalFormats(f, formulas.get(i).path("conditional_formats"), rp + ".formulas[" + i + "].conditional_formats", hint);
            }
            conditionalFormats(f, req.path("conditional_formats"), rp + ".conditional_formats", hint);
        }
    }

    /** Parses a metric query with the grammar; every template variable it uses must be declared. */
    private static void queryVariables(Findings f, String query, String path, String hint, Set<String> variables) {
        try {
            for (ParsedQuery.Located v : QueryParser.query(query).variables()) {
                if (!variables.contains(v.name())) {
                    f.error("template-variable", path, "$" + v.name(), hint, "query uses $" + v.name()
                            + " but the dashboard declares no such template variable");
                }
            }
        } catch (QuerySyntaxException e) {
            f.error("query-syntax", path, java.util.Arrays.asList(e.token(), query), hint, e.getMessage());
        }
    }

    private static void conditionalFormats(Findings f, JsonNode formats, String path, String hint) {
        for (int i = 0; i < formats.size(); i++) {
            enumValue(f, formats.get(i), "comparator", WidgetRules.COMPARATORS, path + "[" + i + "]", hint);
            enumValue(f, formats.get(i), "palette", WidgetRules.PALETTES, path + "[" + i + "]", hint);
        }
    }

    private static void markers(Findings f, JsonNode markers, String path, String hint) {
        for (int i = 0; i < markers.size(); i++) {
            JsonNode m = markers.get(i);
            String display = m.path("display_type").asText();
            if (m.has("display_type") && !WidgetRules.MARKER_DISPLAY.matcher(display).matches()) {
                f.error("marker", path + "[" + i + "].display_type", display,
                        "marker display_type '" + display + "' is not '<error|warning|ok|info> <dashed|solid|bold>'");
            }
            String value = m.path("value").asText();
            if (!WidgetRules.MARKER_VALUE.matcher(value).matches()) {
                f.error("marker", path + "[" + i + "].value", value, "marker value '" + value + "' is not 'y = N' or 'A < y < B'");
            }
        }
    }

    private static void enumValue(Findings f, JsonNode node, String field, Set<String> allowed, String path, String hint) {
        if (node.has(field) && !allowed.contains(node.get(field).asText())) {
            f.error("enum", path + "." + field, hint, field + " '" + node.get(field).asText() + "' is not one of "
                    + allowed.stream().sorted().toList());
        }
    }

    private static int countColumnBreaks(JsonNode widgets) {
        int n = 0;
        for (Iterator<JsonNode> it = widgets.elements(); it.hasNext();) {
            if (it.next().path("layout").path("is_column_break").asBoolean(false)) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static String describe(int[] r) {
        return "(x " + r[0] + ", y " + r[1] + ", w " + r[2] + ", h " + r[3] + ")";
    }

    static String label(JsonNode def) {
        String type = def.path("type").asText();
        String title = def.path("title").asText("");
        if (!title.isEmpty()) {
            return type + " \"" + title + "\"";
        }
        String content = def.path("content").asText("");
        return content.isEmpty() ? type : type + " \"" + content.substring(0, Math.min(30, content.length())).replace("\n", " ") + "\"";
    }

    private static String hint(JsonNode def) {
        String title = def.path("title").asText("");
        if (!title.isEmpty()) {
            return "'" + title + "'";
        }
        String content = def.path("content").asText("");
        return content.isEmpty() ? null : content.lines().findFirst().orElse("");
    }
}
