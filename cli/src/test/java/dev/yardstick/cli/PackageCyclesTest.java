package dev.yardstick.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No package cycles anywhere in Yardstick: every module the distribution ships (api, hocon, retry, runtime,
 * sandbox, dashboards, the plugins, cli) plus the testkit, checked by ArchUnit and by {@code jdeps}.
 */
class PackageCyclesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EDGE = Pattern.compile("^\\s*(dev\\.yardstick\\.\\S+)\\s+->\\s+(dev\\.yardstick\\.\\S+)\\s");
    private static final Set<String> PACKAGES = Set.of("dev.yardstick.api", "dev.yardstick.hocon",
            "dev.yardstick.retry", "dev.yardstick.runtime", "dev.yardstick.sandbox", "dev.yardstick.dashboards",
            "dev.yardstick.testkit", "dev.yardstick.cli", "dev.yardstick.github");

    @Test
    void archUnitFindsNoCycleBetweenAnyTwoYardstickPackages() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.yardstick");
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        assertTrue(packages.containsAll(PACKAGES), () -> "packages imported: " + packages);
        slices().matching("dev.yardstick.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void jdepsFindsNoCycleBetweenAnyTwoYardstickPackages() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        List<String> args = new ArrayList<>(List.of("-verbose:package", "-e", "dev\\.yardstick\\..*"));
        yardstickEntries().forEach(path -> args.add(path.toString()));
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        assertEquals(0, exit, out::toString);
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && !edge.group(1).equals(edge.group(2))) {
                graph.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
            }
        }
        Set<String> packages = new TreeSet<>(graph.keySet());
        graph.values().forEach(packages::addAll);
        assertTrue(packages.containsAll(PACKAGES), () -> "packages read: " + packages);
        assertEquals(List.of(), cycles(graph), "package cycles (strongly connected packages)");
    }

    @Test
    void theCycleFinderFindsCycles() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of("e"), "e", Set.of());
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(new TreeMap<>(graph)));
    }

    /** The main classes of every Yardstick module on this test's class path. */
    private static List<Path> yardstickEntries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .map(Path::toAbsolutePath).filter(path -> path.startsWith(ROOT))
                .filter(path -> !path.endsWith("test-classes")).toList();
    }

    /** Strongly connected components of more than one package (Tarjan). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
