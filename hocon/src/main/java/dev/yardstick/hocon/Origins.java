package dev.yardstick.hocon;

import com.typesafe.config.ConfigOrigin;

/**
 * Renders where a value came from as {@code file:line}, {@code reference.conf:line} or {@code --set path}.
 * Files are parsed with a display name as origin description (the runtime's configuration layers), so the text here
 * is what the user typed, relative to the working directory.
 */
public final class Origins {

    private Origins() {
    }

    /**
     * Describes an origin.
     *
     * @param origin the origin of a value
     * @return a short description such as {@code config/bad.conf:3}
     */
    public static String describe(ConfigOrigin origin) {
        if (origin == null) {
            return "unknown";
        }
        int line = origin.lineNumber();
        String base = origin.resource() != null ? origin.resource() : stripLine(origin.description(), line);
        if (base.startsWith("--set ") || base.startsWith("-D")) {
            return base;
        }
        return line > 0 ? base + ":" + line : base;
    }

    private static String stripLine(String description, int line) {
        String suffix = ": " + line;
        String base = line >= 0 && description.endsWith(suffix)
                ? description.substring(0, description.length() - suffix.length()) : description;
        int at = base.indexOf(" @ ");
        return at > 0 ? base.substring(0, at) : base;
    }
}
