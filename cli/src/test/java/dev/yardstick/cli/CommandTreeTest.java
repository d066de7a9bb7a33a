package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Walks the whole command tree: every command and subcommand answers {@code --help} and {@code -h}, with the same
 * text whether the process builds the whole tree or, as {@code Main} does, only the invoked command's model.
 */
class CommandTreeTest {

    @TestFactory
    Stream<DynamicTest> everyCommandAnswersHelp() {
        Map<List<String>, CommandLine> paths = new LinkedHashMap<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() > 20, "the walk found the tree: " + paths.keySet());
        return paths.entrySet().stream().flatMap(path -> Stream.of("--help", "-h").map(flag -> DynamicTest.dynamicTest(
                String.join(" ", path.getKey()) + " " + flag, () -> {
                    List<String> args = new ArrayList<>(path.getKey());
                    args.add(flag);
                    CliTest.Result result = CliTest.run(args.toArray(String[]::new));
                    assertEquals(0, result.exitCode(), result.err());
                    assertTrue(result.out().startsWith("Usage: yardstick"), result.out());
                    assertTrue(result.out().contains("--no-color"), "global options are listed: " + result.out());
                    assertEquals(path.getValue().getUsageMessage(), result.out(), "as the whole tree prints it");
                })));
    }

    private static void collect(CommandLine line, List<String> path, Map<List<String>, CommandLine> paths) {
        paths.put(List.copyOf(path), line);
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
    void onlyTheInvokedCommandHasItsModelBuilt() {
        CommandLine line = Main.commandLineFor("--set", "list", "--log-level", "warn", "config", "check");

        assertEquals(Set.of("config"), line.getSubcommands().keySet());
        assertFalse(line.getSubcommands().get("config").getSubcommands().isEmpty(), "config is built in full");
    }

    @Test
    void helpListsEveryCommandByItsStandIn() {
        CommandLine line = Main.commandLineFor("--help", "list");

        assertEquals(Main.commandLine().getSubcommands().keySet(), line.getSubcommands().keySet());
        assertTrue(line.getSubcommands().get("dashboards").getSubcommands().isEmpty(), "dashboards is a stand-in");
        assertTrue(line.getSubcommands().get("list").getCommandSpec().options().stream()
                .anyMatch(option -> option.longestName().equals("--metrics")), "the named command is built in full");
    }

    @Test
    void theInvokedCommandIsTheFirstArgumentThatIsNoGlobalOptionNorItsValue() {
        Map<List<String>, Optional<String>> cases = Map.of(
                List.of("list"), Optional.of("list"),
                List.of("--no-color", "--config", "run", "list"), Optional.of("list"),
                List.of("--config=run", "--set", "a=b", "collect", "github"), Optional.of("collect"),
                List.of("--log-level", "debug", "-h"), Optional.empty(),
                List.of("--", "list"), Optional.empty(),
                List.of(), Optional.empty());
        cases.forEach((args, expected) -> assertEquals(expected,
                Subcommands.invokedName(args.toArray(String[]::new)), String.join(" ", args)));
    }

    @Test
    void unknownCommandsAndMissingOnesAreStillUsageErrors() {
        CliTest.Result typo = CliTest.run("lsit");
        CliTest.Result none = CliTest.run("--no-color");
        CliTest.Result badOption = CliTest.run("--no-colour", "list");

        assertEquals(2, typo.exitCode(), typo.err());
        assertTrue(typo.err().contains("'lsit'") && typo.err().contains("list"), typo.err());
        assertEquals(2, none.exitCode(), none.err());
        assertTrue(none.err().contains("Missing required subcommand"), none.err());
        assertEquals(2, badOption.exitCode(), badOption.err());
        assertTrue(badOption.err().contains("--no-colour") && badOption.err().contains("Commands:")
                && badOption.err().contains("dashboards"), "the root's usage lists every command: " + badOption.err());
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
