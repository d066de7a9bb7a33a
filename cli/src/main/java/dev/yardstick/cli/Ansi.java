package dev.yardstick.cli;

/** Colours for people at a terminal; plain text for logs, pipes, {@code --no-color} and {@code NO_COLOR}. */
record Ansi(boolean enabled) {
    static final Ansi PLAIN = new Ansi(false);

    /**
     * Colours when the process talks to a terminal and nobody asked for plain output.
     *
     * @param noColor the {@code --no-color} flag
     * @return the colours
     */
    static Ansi forConsole(boolean noColor) {
        return new Ansi(!noColor && System.getenv("NO_COLOR") == null && Terminal.attached());
    }

    String yellow(String text) {
        return wrap("33", text);
    }

    String red(String text) {
        return wrap("31", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
