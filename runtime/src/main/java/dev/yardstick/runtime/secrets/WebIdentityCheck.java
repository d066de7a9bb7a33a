package dev.yardstick.runtime.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The start-up self-check of web identity (IRSA) credentials: when {@code AWS_WEB_IDENTITY_TOKEN_FILE} is set, the
 * pod is meant to use its service account's role, and a token file that is missing, unreadable, not a regular
 * file or empty would make the AWS SDK's default chain move on silently (to the node's instance role, or to no
 * credentials at all). Yardstick refuses to start instead, naming the file.
 */
public final class WebIdentityCheck {
    /** The variable Kubernetes' pod identity webhook sets. */
    public static final String TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";

    private WebIdentityCheck() {
    }

    /**
     * Checks the token file named by the environment.
     *
     * @param environment the process environment
     * @return the problem, empty when the variable is unset or the file is a readable, non-empty regular file
     */
    public static Optional<String> problem(Map<String, String> environment) {
        String name = environment.get(TOKEN_FILE);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(name);
        String what;
        if (!Files.exists(file)) {
            what = "does not exist";
        } else if (!Files.isRegularFile(file)) {
            what = "is not a regular file";
        } else if (!Files.isReadable(file)) {
            what = "is not readable by this process";
        } else {
            what = emptiness(file);
        }
        return what.isEmpty() ? Optional.empty() : Optional.of(TOKEN_FILE + " names " + file + ", which " + what
                + "; web identity (IRSA) credentials cannot work, and the AWS SDK would fall back to other"
                + " credentials (e.g. the node's role) without a word");
    }

    private static String emptiness(Path file) {
        try {
            return Files.size(file) == 0 ? "is empty" : "";
        } catch (IOException e) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }
}
