package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** Walks the whole command tree: every command and subcommand answers {@code --help} and {@code -h}. */
class CommandTreeTest {

    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() > 20, "the walk found the tree: " + paths);
        return paths.stream().flatMap(path -> Stream.of("--help", "-h").map(flag -> DynamicTest.dynamicTest(
                String.join(" ", path) + " " + flag, () -> {
                    List<String> args = new ArrayList<>(path);
                    args.add(flag);
                    CliTest.Result result = CliTest.run(args.toArray(String[]::new));
                    assertEquals(0, result.exitCode(), result.err());
                    assertTrue(result.out().startsWith("Usage: yardstick"), result.out());
                    assertTrue(result.out().contains("--no-color"), "global options are listed: " + result.out());
                })));
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        line.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias: the command is walked under its name
            }
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, paths);
        });
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() {
        CliTest.Result before = CliTest.run("--no-color", "--log-level", "warn", "--set",
                "yardstick.environment=staging-before", "config", "show");
        CliTest.Result after = CliTest.run("config", "show", "--no-color", "--log-level", "warn", "--set",
                "yardstick.environment=staging-after");
        CliTest.Result badLevel = CliTest.run("--log-level", "loud", "list");

        assertEquals(0, before.exitCode(), before.err());
        assertTrue(before.out().contains("staging-before"), before.out());
        assertEquals(0, after.exitCode(), after.err());
        assertTrue(after.out().contains("staging-after"), after.out());
        assertEquals(2, badLevel.exitCode(), badLevel.err());
        assertTrue(badLevel.err().contains("--log-level"), badLevel.err());
    }

    @Test
    void runHelpListsTheExitCodes() {
        CliTest.Result result = CliTest.run("run", "--help");
        assertTrue(result.out().contains("Exit codes:"), result.out());
        assertTrue(result.out().contains("cardinality cap"), result.out());
    }
}
