package dev.yardstick.dashboards.lint;

import com.datadog.api.client.AbstractOpenApiSchema;
import com.datadog.api.client.JSON;
import com.datadog.api.client.ModelEnum;
import com.datadog.api.client.UnparsedObject;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.datadog.api.client.v1.model.Dashboard;
import com.datadog.api.client.v1.model.Monitor;
import dev.yardstick.dashboards.model.ArtifactKind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the compiled JSON into datadog-api-client's typed models and reports what they could not
 * parse: unknown fields, invalid enum values and widgets or queries matching no schema. The models lag
 * the API, so findings are warnings (errors under {@code --strict}), with an allow-list for known lag.
 */
final class TypedModelCheck {
    /** Widget types the API accepts but the 2.50.0 models do not know. */
    private static final Set<String> KNOWN_LAG_WIDGETS = Set.of("wildcard");
    /** Query data sources the API accepts (UI exports use them) but the 2.50.0 models do not know. */
    private static final Set<String> KNOWN_LAG_DATA_SOURCES = Set.of("apm_metrics");
    /** Dashboard fields newer than the 2.50.0 models. */
    private static final Set<String> KNOWN_LAG_FIELDS = Set.of("tabs", "pause_auto_refresh");

    private final ObjectMapper mapper = JSON.getDefault().getMapper();

    void check(Findings f) {
        JsonNode body = f.artifact().body();
        Object model;
        try {
            model = f.artifact().kind() == ArtifactKind.DASHBOARD
                    ? mapper.treeToValue(body, Dashboard.class) : mapper.treeToValue(body, Monitor.class);
        } catch (JsonProcessingException e) {
            f.error("typed-model", "", null, "datadog-api-client cannot read it: " + e.getOriginalMessage());
            return;
        }
        walk(f, model, "", body);
    }

    private void walk(Findings f, Object value, String path, JsonNode raw) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(f, item, path + "[" + i + "]", raw.path(i));
                i++;
            }
            return;
        }
        if (value instanceof ModelEnum<?> e) {
            if (!e.isValid()) {
                f.warning("typed-model", path, String.valueOf(e.getValue()), "invalid value '" + e.getValue() + "' for " + e.getClass().getSimpleName());
            }
            return;
        }
        if (value instanceof UnparsedObject) {
            unparsed(f, path, raw);
            return;
        }
        if (value instanceof AbstractOpenApiSchema schema) {
            walk(f, schema.getActualInstance(), path, raw);
            return;
        }
        if (!value.getClass().getName().startsWith("com.datadog.api.client")) {
            return;
        }
        additionalProperties(f, value, path);
        for (Method m : value.getClass().getMethods()) {
            JsonProperty property = m.getAnnotation(JsonProperty.class);
            if (property == null || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                    || m.getName().startsWith("set")) {
                continue;
            }
            walk(f, invoke(m, value), join(path, property.value()), raw.path(property.value()));
        }
    }

    private static void unparsed(Findings f, String path, JsonNode raw) {
        String type = raw.path("type").asText("");
        if (KNOWN_LAG_WIDGETS.contains(type) || KNOWN_LAG_DATA_SOURCES.contains(raw.path("data_source").asText())) {
            return;
        }
        String what = type.isEmpty() ? "object" : "'" + type + "'";
        f.warning("typed-model", path, type.isEmpty() ? null : type, what + " matches no schema of the datadog-api-client models"
                + " (a misspelt type or field, a missing required field, or a value of the wrong kind)");
    }

    private static void additionalProperties(Findings f, Object model, String path) {
        try {
            Method m = model.getClass().getMethod("getAdditionalProperties");
            Object extra = m.invoke(model);
            if (extra instanceof Map<?, ?> map) {
                List<String> unknown = map.keySet().stream().map(String::valueOf)
                        .filter(k -> !(path.isEmpty() && KNOWN_LAG_FIELDS.contains(k))).sorted().toList();
                for (String k : unknown) {
                    f.warning("typed-model", join(path, k), k, "unknown field '" + k + "' for " + model.getClass().getSimpleName());
                }
            }
        } catch (NoSuchMethodException e) {
            // models without additional properties
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
