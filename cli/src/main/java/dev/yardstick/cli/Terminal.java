package dev.yardstick.cli;

/** Whether a person is watching: the process's console is a terminal ({@code TERM=dumb} does not count). */
final class Terminal {
    private Terminal() {
    }

    static boolean attached() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
