package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GitHub endpoints of one repository, read into records. Every listing asks for {@code per_page=100} and
 * pages by {@code Link} only.
 */
final class RepoFetcher {
    /** Detail requests per batch: the host sends them concurrently up to its per-host limit. */
    static final int DETAIL_BATCH = 8;
    /** GitHub's answer to listing the commits of a repository that has none. */
    private static final int EMPTY_REPOSITORY = 409;

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

    /** The details of pull requests, fetched in small batches the host may send concurrently. */
    Map<Integer, PullDetail> pullDetails(List<Integer> numbers) throws GithubApiException, InterruptedException {
        Map<Integer, PullDetail> details = new HashMap<>();
        for (List<Integer> batch : batches(numbers)) {
            List<URI> uris = batch.stream().map(number -> uri("/pulls/" + number, "")).toList();
            List<GithubClient.Page> pages = client.getAll(uris, "pull request details");
            for (int i = 0; i < batch.size(); i++) {
                details.put(batch.get(i), GithubJson.pullDetail(pages.get(i).body()));
            }
        }
        return details;
    }

    List<String> branches() throws GithubApiException, InterruptedException {
        return listAll(uri("/branches", "per_page=100"), "branches", GithubJson::branchName);
    }

    List<CommitSummary> commits(String branch, Instant since, Instant until)
            throws GithubApiException, InterruptedException {
        String query = "sha=" + encode(branch) + "&since=" + iso(since) + "&until=" + iso(until) + "&per_page=100";
        try {
            return listAll(uri("/commits", query), "commits", GithubJson::commitSummary);
        } catch (GithubApiException e) {
            if (e.status() == EMPTY_REPOSITORY) {
                return List.of(); // "Git Repository is empty.": no commits, not a failure
            }
            throw e;
        }
    }

    /**
     * Commits' sizes, in the order given. Commits are immutable, so answers are kept for the life of the
     * collector; the others are fetched in small batches the host may send concurrently (a commit touching more
     * files than one page holds has its further pages followed one by one).
     */
    List<CommitDetail> commitDetails(List<String> shas) throws GithubApiException, InterruptedException {
        List<String> missing = shas.stream().distinct().filter(sha -> !commitCache.containsKey(key(sha))).toList();
        for (List<String> batch : batches(missing)) {
            List<URI> uris = batch.stream().map(sha -> uri("/commits/" + encode(sha), "")).toList();
            List<GithubClient.Page> firstPages = client.getAll(uris, "commit details");
            for (int i = 0; i < batch.size(); i++) {
                commitCache.put(key(batch.get(i)), commitDetail(batch.get(i), firstPages.get(i)));
            }
        }
        List<CommitDetail> details = new ArrayList<>(shas.size());
        for (String sha : shas) {
            details.add(commitCache.get(key(sha)));
        }
        return details;
    }

    private CommitDetail commitDetail(String sha, GithubClient.Page first)
            throws GithubApiException, InterruptedException {
        List<JsonNode> more = new ArrayList<>();
        if (first.next().isPresent()) {
            client.forEachPage(first.next().get(), "commit " + sha, body -> more.add(body));
        }
        return GithubJson.commitDetail(first.body(), more);
    }

    private String key(String sha) {
        return repo + "@" + sha;
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += DETAIL_BATCH) {
            batches.add(items.subList(from, Math.min(items.size(), from + DETAIL_BATCH)));
        }
        return batches;
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
