package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GitHub endpoints of one repository, read into records. Every listing asks for {@code per_page=100} and
 * pages by {@code Link} only.
 */
final class RepoFetcher {
    private final GithubClient client;
    private final RepoName repo;
    private final Map<String, CommitDetail> commitCache;

    RepoFetcher(GithubClient client, RepoName repo, Map<String, CommitDetail> commitCache) {
        this.client = requireNonNull(client, "client is null");
        this.repo = requireNonNull(repo, "repo is null");
        this.commitCache = requireNonNull(commitCache, "commitCache is null");
    }

    String defaultBranch() throws GithubApiException, InterruptedException {
        return GithubJson.defaultBranch(client.get(uri("", ""), "repository").body());
    }

    List<PullRequest> openPulls() throws GithubApiException, InterruptedException {
        return listAll(uri("/pulls", "state=open&per_page=100"), "open pull requests", GithubJson::pullRequest);
    }

    /** Closed PRs, most recently updated first, until one was last updated at or before {@code since}. */
    List<PullRequest> closedPullsUpdatedAfter(Instant since) throws GithubApiException, InterruptedException {
        List<PullRequest> pulls = new ArrayList<>();
        URI first = uri("/pulls", "state=closed&sort=updated&direction=desc&per_page=100");
        client.forEachPage(first, "closed pull requests", body -> {
            for (JsonNode item : GithubJson.array(body, "closed pull requests")) {
                PullRequest pull = GithubJson.pullRequest(item);
                if (!pull.updatedAt().isAfter(since)) {
                    return false;
                }
                pulls.add(pull);
            }
            return true;
        });
        return pulls;
    }

    PullDetail pullDetail(int number) throws GithubApiException, InterruptedException {
        return GithubJson.pullDetail(client.get(uri("/pulls/" + number, ""), "pull request #" + number).body());
    }

    List<String> branches() throws GithubApiException, InterruptedException {
        return listAll(uri("/branches", "per_page=100"), "branches", GithubJson::branchName);
    }

    List<CommitSummary> commits(String branch, Instant since, Instant until)
            throws GithubApiException, InterruptedException {
        String query = "sha=" + encode(branch) + "&since=" + iso(since) + "&until=" + iso(until) + "&per_page=100";
        return listAll(uri("/commits", query), "commits", GithubJson::commitSummary);
    }

    /** A commit's size; commits are immutable, so an answer is kept for the life of the collector. */
    CommitDetail commitDetail(String sha) throws GithubApiException, InterruptedException {
        String key = repo + "@" + sha;
        CommitDetail cached = commitCache.get(key);
        if (cached != null) {
            return cached;
        }
        List<JsonNode> pages = new ArrayList<>();
        client.forEachPage(uri("/commits/" + encode(sha), ""), "commit " + sha, body -> pages.add(body));
        CommitDetail detail = GithubJson.commitDetail(pages.get(0), pages.subList(1, pages.size()));
        commitCache.put(key, detail);
        return detail;
    }

    /** One slice of the run listing: the first page, whose {@code total_count} tells whether it is capped. */
    GithubClient.Page runsFirstPage(Instant from, Instant to) throws GithubApiException, InterruptedException {
        return client.get(runsUri(from, to), "workflow runs");
    }

    /** The rest of a run listing slice, from its second page on. */
    void runsRemainingPages(GithubClient.Page first, List<WorkflowRun> into)
            throws GithubApiException, InterruptedException {
        if (first.next().isPresent()) {
            client.forEachPage(first.next().get(), "workflow runs", body -> into.addAll(GithubJson.workflowRuns(body)));
        }
    }

    /** Parses one item of a JSON-array listing. */
    @FunctionalInterface
    private interface ItemParser<T> {
        T parse(JsonNode item) throws GithubApiException;
    }

    private <T> List<T> listAll(URI first, String what, ItemParser<T> parser)
            throws GithubApiException, InterruptedException {
        List<T> items = new ArrayList<>();
        client.forEachPage(first, what, body -> {
            for (JsonNode item : GithubJson.array(body, what)) {
                items.add(parser.parse(item));
            }
            return true;
        });
        return items;
    }

    private URI runsUri(Instant from, Instant to) {
        return uri("/actions/runs", "created=" + iso(from) + ".." + iso(to) + "&per_page=100");
    }

    private URI uri(String path, String query) {
        return client.uri("/repos/" + repo.owner() + "/" + repo.name() + path, query);
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
