package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chart's README lists every value of values.yaml. */
class ChartReadmeTest {
    /** Objects documented as a whole rather than key by key. */
    private static final Set<String> DOCUMENTED_WHOLE = Set.of("podSecurityContext", "securityContext", "resources");

    @Test
    void everyValueIsListed() throws Exception {
        JsonNode values = new ObjectMapper(new YAMLFactory()).readTree(Helm.CHART.resolve("values.yaml").toFile());
        String readme = Files.readString(Helm.CHART.resolve("README.md"));
        List<String> paths = new ArrayList<>();
        collect("", values, paths);
        for (String path : paths) {
            assertTrue(readme.contains("| `" + path), "README.md does not list " + path);
        }
        assertTrue(paths.size() > 40, paths::toString);
    }

    private static void collect(String prefix, JsonNode node, List<String> paths) {
        if (!node.isObject() || node.isEmpty() || DOCUMENTED_WHOLE.contains(prefix)) {
            paths.add(prefix);
            return;
        }
        node.fields().forEachRemaining(field -> collect(prefix.isEmpty() ? field.getKey()
                : prefix + "." + field.getKey(), field.getValue(), paths));
    }
}
