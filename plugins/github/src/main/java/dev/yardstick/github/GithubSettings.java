package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The GitHub collector's settings, validated eagerly from {@code yardstick.collectors.github}. Defaults live
 * in the plugin's {@code reference.conf}.
 *
 * @param apiUrl the REST API root, e.g. {@code https://api.github.com} or {@code https://ghe.example/api/v3}
 * @param token the token sent as {@code Authorization: Bearer}
 * @param repos the repositories, each collected separately and tagged {@code repo:owner/name}
 * @param hotfixPattern commit messages counted by {@code github.commits.hotfix} (found anywhere in the message)
 * @param revertPattern commit messages counted by {@code github.commits.reverts}
 * @param forceMergePattern commit messages counted by {@code github.commits.force_merge_7d}
 * @param benchmarkWorkflowPattern workflow names considered by {@code github.ci.benchmarks_passing}
 * @param testWorkflowPattern workflow names considered by {@code github.ci.tests_passing_on_main}
 * @param staleAfter the age of the last update from which an open pull request is stale
 * @param rateLimitFloor the remaining primary rate-limit budget under which collection stops
 */
public record GithubSettings(URI apiUrl, Secret token, List<RepoName> repos, Pattern hotfixPattern,
        Pattern revertPattern, Pattern forceMergePattern, Pattern benchmarkWorkflowPattern,
        Pattern testWorkflowPattern, Duration staleAfter, int rateLimitFloor) {

    /** Validates the components and copies the list. */
    public GithubSettings {
        requireNonNull(apiUrl, "apiUrl is null");
        requireNonNull(token, "token is null");
        repos = List.copyOf(repos);
        requireNonNull(hotfixPattern, "hotfixPattern is null");
        requireNonNull(revertPattern, "revertPattern is null");
        requireNonNull(forceMergePattern, "forceMergePattern is null");
        requireNonNull(benchmarkWorkflowPattern, "benchmarkWorkflowPattern is null");
        requireNonNull(testWorkflowPattern, "testWorkflowPattern is null");
        requireNonNull(staleAfter, "staleAfter is null");
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    public static GithubSettings from(CollectorConfig config) {
        return new GithubSettings(config.getHttpUrl("api-url"), config.getRequiredSecret("token", "a GitHub token", "secret:env:GITHUB_TOKEN"), repos(config),
                config.getPattern("hotfix-pattern"), config.getPattern("revert-pattern"),
                config.getPattern("force-merge-pattern"), config.getPattern("benchmark-workflow-pattern"),
                config.getPattern("test-workflow-pattern"), staleAfter(config), rateLimitFloor(config));
    }

    private static List<RepoName> repos(CollectorConfig config) {
        List<String> texts = config.getStringList("repos");
        if (texts.isEmpty()) {
            throw config.invalid("repos", "list at least one repository as \"owner/name\"");
        }
        List<RepoName> repos = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            RepoName repo = RepoName.parse(text).orElseThrow(() ->
                    config.invalid("repos", "entry '" + text + "' is not of the form owner/name"));
            if (repos.contains(repo)) {
                throw config.invalid("repos", "repository '" + text + "' is listed twice");
            }
            repos.add(repo);
        }
        return repos;
    }


    private static Duration staleAfter(CollectorConfig config) {
        Duration value = config.getDuration("stale-after");
        if (value.isNegative() || value.isZero()) {
            throw config.invalid("stale-after", "must be positive");
        }
        return value;
    }

    private static int rateLimitFloor(CollectorConfig config) {
        int value = config.getInt("rate-limit-floor");
        if (value < 0) {
            throw config.invalid("rate-limit-floor", "must be 0 or more");
        }
        return value;
    }
}
