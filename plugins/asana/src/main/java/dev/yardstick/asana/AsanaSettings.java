package dev.yardstick.asana;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Asana collector's settings, validated eagerly from {@code yardstick.collectors.asana}. Defaults live in the
 * plugin's {@code reference.conf}.
 *
 * @param apiUrl the REST API root, e.g. {@code https://app.asana.com/api/1.0}
 * @param token the token sent as {@code Authorization: Bearer}
 * @param workspace the gid of the workspace whose projects are counted
 * @param bugsProject the gid of the bugs project; empty to collect the project metrics only
 * @param sectionPatterns how open bugs are sorted by section name
 */
public record AsanaSettings(URI apiUrl, Secret token, String workspace, Optional<String> bugsProject,
        SectionPatterns sectionPatterns) {

    private static final Pattern GID = Pattern.compile("[0-9]+");

    /** Validates the components. */
    public AsanaSettings {
        requireNonNull(apiUrl, "apiUrl is null");
        requireNonNull(token, "token is null");
        requireNonNull(workspace, "workspace is null");
        requireNonNull(bugsProject, "bugsProject is null");
        requireNonNull(sectionPatterns, "sectionPatterns is null");
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    public static AsanaSettings from(CollectorConfig config) {
        String workspace = gid(config, "workspace").orElseThrow(() -> config.invalid("workspace",
                "the gid of the Asana workspace is required, e.g. \"1209016784099267\""));
        return new AsanaSettings(config.getHttpUrl("api-url"), config.getRequiredSecret("token", "an Asana token", "secret:env:ASANA_ACCESS_TOKEN"), workspace, gid(config, "bugs-project"),
                new SectionPatterns(config.getPattern("section-patterns.triage"),
                        config.getPattern("section-patterns.active"), config.getPattern("section-patterns.backlog")));
    }

    private static Optional<String> gid(CollectorConfig config, String key) {
        if (!config.hasPath(key)) {
            return Optional.empty();
        }
        String text = config.getString(key).trim();
        if (!GID.matcher(text).matches()) {
            throw config.invalid(key, "'" + text + "' is not an Asana gid (digits only; quote long gids, e.g. "
                    + "\"1209016784099267\")");
        }
        return Optional.of(text);
    }

}
