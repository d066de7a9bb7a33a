package dev.yardstick.cli;

import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.config.StartupException;
import dev.yardstick.runtime.engine.RunReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that start the runtime: sets up logging, turns start-up problems into one report on
 * standard error and exit code 2, and closes the runtime afterwards.
 */
abstract class RuntimeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        GlobalOptions global = global();
        Optional<ConfigProblem> logLevel = LogSetup.configure(global.logLevel)
                .map(message -> new ConfigProblem("--log-level", "", message));
        try {
            if (logLevel.isPresent()) {
                runtime().build().close(); // gathers the configuration's problems in the same pass
                throw new StartupException(List.of(logLevel.get()));
            }
            return execute();
        } catch (StartupException e) {
            List<ConfigProblem> problems = new ArrayList<>(e.problems());
            logLevel.filter(problem -> !problems.contains(problem)).ifPresent(problem -> problems.add(0, problem));
            err().println("Configuration problems (" + problems.size() + "):");
            problems.forEach(problem -> err().println("  " + problem.render()));
            return RunReport.CONFIG_ERROR;
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return RunReport.CONFIG_ERROR;
        }
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws Exception on failure
     */
    abstract int execute() throws Exception;

    Yardstick.Builder runtime() {
        return Yardstick.builder(global().sources());
    }

    Yardstick start(Yardstick.Builder builder) {
        Yardstick yardstick = builder.build();
        LogSetup.redactWith(yardstick.startup().redactor()::redact);
        return yardstick;
    }

    /** The global options, held by the root command whichever side of the subcommand they were given on. */
    GlobalOptions global() {
        return ((Main) spec.root().userObject()).global;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
