package dev.yardstick.cli;

import dev.yardstick.runtime.config.StartupException;
import dev.yardstick.runtime.engine.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code yardstick} command line. */
@Command(name = "yardstick", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Collects engineering-health metrics and ships them to Datadog, with dashboards and monitors "
                + "as code.")
public final class Main {
    /** The global options: inherited by every subcommand, so they may come before or after it. */
    @Mixin
    final GlobalOptions global = new GlobalOptions();

    /**
     * Runs the command line and exits with its code: 0 success, 1 partial failure, 2 usage or configuration error.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // picocli otherwise looks for Groovy's Closure class, a miss that opens every jar of the class path
        System.setProperty("picocli.disable.closures", "true");
        System.exit(execute(args));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return commandLineFor(args).execute(args);
    }

    /**
     * Builds the command line with every command registered in full and the exit-code rules applied.
     *
     * @return the command line, not yet executed
     */
    public static CommandLine commandLine() {
        Main main = new Main();
        CommandLine line = new CommandLine(main);
        Subcommands.registerAll(line, main.global);
        return withExitCodes(line);
    }

    /**
     * Builds the command line to execute these arguments: the command they name is registered in full and alone;
     * for help, or when they name no command, every command is registered by its name and description only (see
     * {@link Subcommands}).
     *
     * @param args the arguments that will be executed
     * @return the command line, not yet executed
     */
    public static CommandLine commandLineFor(String... args) {
        Main main = new Main();
        CommandLine line = new CommandLine(main);
        Subcommands.registerFor(line, main.global, args);
        return withExitCodes(line);
    }

    private static CommandLine withExitCodes(CommandLine line) {
        ExitCodes exitCodes = new ExitCodes();
        line.setExitCodeExceptionMapper(exitCodes);
        line.setParameterExceptionHandler(exitCodes);
        line.setExecutionExceptionHandler(exitCodes);
        return line;
    }

    /**
     * Usage errors and configuration problems exit with 2. A class rather than lambdas: picocli's interfaces are
     * compiled for Java 5, and the AppCDS dump leaves out such an interface when it has to link a lambda for it, after
     * which loading it searches every jar of the class path.
     */
    private static final class ExitCodes implements IExitCodeExceptionMapper, IParameterExceptionHandler,
            IExecutionExceptionHandler {
        @Override
        public int getExitCode(Throwable error) {
            return RunReport.CONFIG_ERROR;
        }

        @Override
        public int handleParseException(ParameterException error, String[] arguments) {
            CommandLine failed = error.getCommandLine();
            failed.getErr().println(error.getMessage());
            (failed.getParent() == null ? Subcommands.withEveryCommand(failed) : failed).usage(failed.getErr());
            return RunReport.CONFIG_ERROR;
        }

        @Override
        public int handleExecutionException(Exception error, CommandLine failed, ParseResult parsed) throws Exception {
            if (error instanceof StartupException startup) {
                failed.getErr().println("Configuration problems (" + startup.problems().size() + "):");
                startup.problems().forEach(problem -> failed.getErr().println("  " + problem.render()));
                return RunReport.CONFIG_ERROR;
            }
            throw error;
        }
    }
}
