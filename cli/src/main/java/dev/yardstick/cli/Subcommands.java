package dev.yardstick.cli;

import dev.yardstick.cli.dashboards.DashboardsCommand;
import dev.yardstick.cli.dashboards.MonitorsCommand;
import dev.yardstick.dashboards.DashboardsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The top-level commands, registered on the root one by one so that only the command a process runs has its model
 * built. Picocli builds a command's model by reflecting over it and all of its subcommands; doing that for the whole
 * tree cost most of {@code --help}'s start-up. The others get a stand-in carrying the name and description read from
 * their {@link Command} annotation, which is all the root's usage help and its error messages show.
 */
final class Subcommands {
    /** The global options that take a value: skipped, with their value, when looking for the command's name. */
    private static final Set<String> VALUE_OPTIONS = Arrays.stream(GlobalOptions.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(Option.class) && field.getType() != boolean.class)
            .flatMap(field -> Arrays.stream(field.getAnnotation(Option.class).names()))
            .collect(Collectors.toUnmodifiableSet());

    /** Options that print help or the version (alone or clustered), which ask for the root's when before the command. */
    private static final Pattern HELP_OPTIONS = Pattern.compile("-[hV]+|--help|--version");

    private record Entry(Class<?> type, Function<GlobalOptions, Object> create) {
        String name() {
            return type.getAnnotation(Command.class).name();
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(RunCommand.class, global -> new RunCommand()),
            new Entry(CollectCommand.class, global -> new CollectCommand()),
            new Entry(ListCommand.class, global -> new ListCommand()),
            new Entry(ConfigCommand.class, global -> new ConfigCommand()),
            new Entry(SecretsCommand.class, global -> new SecretsCommand()),
            new Entry(MetricsCommand.class, global -> new MetricsCommand()),
            new Entry(SendTestMetricCommand.class, global -> new SendTestMetricCommand()),
            new Entry(DemoCommand.class, global -> new DemoCommand()),
            new Entry(DashboardsCommand.class, global -> new DashboardsCommand(environment(global))),
            new Entry(MonitorsCommand.class, global -> new MonitorsCommand(environment(global))));

    private Subcommands() {
    }

    /** Registers every command in full (the whole tree, as tests and documentation walk it). */
    static void registerAll(CommandLine root, GlobalOptions global) {
        ENTRIES.forEach(entry -> root.addSubcommand(new CommandLine(entry.create().apply(global))));
    }

    /**
     * Registers the command these arguments run, and only that one. When they run none, or ask for help, every
     * command gets a stand-in: the root's usage help lists them all, and an unknown name gets its suggestions.
     * Arguments read from a file ({@code @file}) may name any command, so they get the whole tree.
     */
    static void registerFor(CommandLine root, GlobalOptions global, String... args) {
        List<String> arguments = List.of(args);
        if (arguments.stream().anyMatch(arg -> arg.startsWith("@"))) {
            registerAll(root, global);
            return;
        }
        Optional<Entry> invoked = invokedName(args).flatMap(name -> ENTRIES.stream()
                .filter(entry -> entry.name().equals(name)).findFirst());
        if (invoked.isPresent() && arguments.stream().noneMatch(arg -> HELP_OPTIONS.matcher(arg).matches())) {
            root.addSubcommand(new CommandLine(invoked.get().create().apply(global)));
            return;
        }
        for (Entry entry : ENTRIES) {
            root.addSubcommand(invoked.filter(entry::equals).isPresent()
                    ? new CommandLine(entry.create().apply(global))
                    : new CommandLine(standIn(entry.type())));
        }
    }

    /**
     * The root command line to print the usage of: this one when it lists every command, else one with every
     * command's stand-in (a usage error met before the command, e.g. an unknown global option).
     */
    static CommandLine withEveryCommand(CommandLine root) {
        return root.getSubcommands().size() >= ENTRIES.size() ? root : Main.commandLineFor();
    }

    /** The first argument that is neither an option of the root nor an option's value; none after {@code --}. */
    static Optional<String> invokedName(String... args) {
        boolean isValue = false;
        for (String arg : args) {
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (!isValue && !arg.startsWith("-")) {
                return Optional.of(arg);
            }
            isValue = !isValue && VALUE_OPTIONS.contains(arg);
        }
        return Optional.empty();
    }

    private static CommandSpec standIn(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().description(command.description()).header(command.header()).hidden(command.hidden());
        return spec;
    }

    private static Supplier<DashboardsEnvironment> environment(GlobalOptions global) {
        return () -> AssetEnvironment.load(global);
    }
}
