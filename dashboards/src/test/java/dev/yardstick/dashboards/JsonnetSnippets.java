package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.Json;
import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.compile.Evaluation;
import dev.yardstick.dashboards.compile.JsonnetCompiler;
import java.nio.file.Path;
import java.util.List;

/** Evaluates Jsonnet snippets with the repository's library on the import path. */
final class JsonnetSnippets {
    private static final JsonnetCompiler COMPILER =
            new JsonnetCompiler(List.of(Projects.REPO.resolve("dashboards/lib")), Projects.REPO);

    private JsonnetSnippets() {
    }

    static Evaluation evaluate(String code) {
        return COMPILER.evaluate("local y = import 'yardstick.libsonnet';\nlocal g = y.grid;\nlocal w = y.widgets;\n" + code,
                Projects.REPO.resolve("dashboards/sources/snippet.jsonnet"));
    }

    static JsonNode json(String code) {
        Evaluation e = evaluate(code);
        if (!e.ok()) {
            throw new AssertionError(e.error().orElseThrow().render());
        }
        return Json.parse(e.json().orElseThrow());
    }

    /** "x,y,w,h" of each widget's layout. */
    static List<String> layouts(JsonNode widgets) {
        return java.util.stream.StreamSupport.stream(widgets.spliterator(), false)
                .map(w -> w.get("layout"))
                .map(l -> l.get("x").asInt() + "," + l.get("y").asInt() + "," + l.get("width").asInt() + "," + l.get("height").asInt())
                .toList();
    }
}
