package dev.yardstick.runtime.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Start-up failed; carries every problem found, not just the first. The message has one line per problem.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /**
     * Creates an exception.
     *
     * @param problems the problems, at least one
     */
    public StartupException(List<ConfigProblem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a start-up failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems, in the order found.
     *
     * @return the problems
     */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String render(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::render).collect(Collectors.joining("\n"));
    }
}
