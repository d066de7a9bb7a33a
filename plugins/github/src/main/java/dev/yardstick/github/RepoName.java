package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository named {@code owner/name}.
 *
 * @param owner the user or organisation
 * @param name the repository
 */
public record RepoName(String owner, String name) {
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    /** Validates the components. */
    public RepoName {
        requireNonNull(owner, "owner is null");
        requireNonNull(name, "name is null");
        if (!OWNER.matcher(owner).matches() || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a repository name: " + owner + "/" + name);
        }
    }

    /**
     * Parses {@code owner/name}.
     *
     * @param text the text
     * @return the name, or empty when the text is not of that form
     */
    public static Optional<RepoName> parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RepoName(parts[0], parts[1]));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
