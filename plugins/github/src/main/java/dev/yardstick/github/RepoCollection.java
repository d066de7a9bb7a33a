package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One collection of one repository, section by section: {@code prs}, {@code branches}, {@code commits}
 * (with developers), {@code code} and {@code ci}. A failing section emits none of its metrics and reports a
 * {@link CollectFailure}; the other sections still emit.
 */
final class RepoCollection {
    private final RepoFetcher fetcher;
    private final RepoName repo;
    private final GithubSettings settings;
    private final Instant at;
    private final Window window;
    private String defaultBranch;
    private GithubApiException repoFailure;
    private List<CommitSummary> commits;
    private GithubApiException commitsFailure;

    RepoCollection(RepoFetcher fetcher, RepoName repo, GithubSettings settings, Instant at) {
        this.fetcher = requireNonNull(fetcher, "fetcher is null");
        this.repo = requireNonNull(repo, "repo is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.at = requireNonNull(at, "at is null");
        this.window = Window.sevenDaysTo(at);
    }

    /** A unit of work producing the measurements of one section. */
    @FunctionalInterface
    private interface Section {
        List<Measurement> run() throws GithubApiException, InterruptedException;
    }

    void collectInto(CollectResult.Builder out) throws InterruptedException {
        section("prs", this::pullRequests, out);
        section("branches", this::branches, out);
        section("commits", this::commits, out);
        section("code", this::code, out);
        section("ci", this::ci, out);
    }

    private List<Measurement> pullRequests() throws GithubApiException, InterruptedException {
        List<PullRequest> open = fetcher.openPulls();
        List<PullRequest> closed = fetcher.closedPullsUpdatedAfter(window.start());
        Map<Integer, PullDetail> details = fetcher.pullDetails(PullRequestMetrics.mergedIn(closed, window).stream()
                .map(PullRequest::number).toList());
        return PullRequestMetrics.compute(open, closed, details, window, settings.staleAfter());
    }

    private List<Measurement> branches() throws GithubApiException, InterruptedException {
        String main = defaultBranch();
        long active = fetcher.branches().stream().filter(name -> !name.equals(main)).count();
        return List.of(new Measurement(GithubMetrics.BRANCHES_ACTIVE, active));
    }

    private List<Measurement> commits() throws GithubApiException, InterruptedException {
        try {
            List<CommitSummary> listed = fetcher.commits(defaultBranch(), window.start(), window.end());
            commits = CommitMetrics.inWindow(listed, window);
        } catch (GithubApiException failure) {
            commitsFailure = failure;
            throw failure;
        }
        return CommitMetrics.commits(commits, settings);
    }

    private List<Measurement> code() throws GithubApiException, InterruptedException {
        if (commits == null) {
            throw new GithubApiException(commitsFailure.kind(), "commit listing failed: " + commitsFailure.getMessage());
        }
        return CommitMetrics.code(fetcher.commitDetails(commits.stream().map(CommitSummary::sha).toList()));
    }

    private List<Measurement> ci() throws GithubApiException, InterruptedException {
        String main = defaultBranch();
        List<WorkflowRun> runs = new WorkflowRunLister(fetcher).list(window.start(), window.end());
        return CiMetrics.compute(runs, window, main, settings);
    }

    /** The default branch, fetched once; its failure fails every section that needs it. */
    private String defaultBranch() throws GithubApiException, InterruptedException {
        if (defaultBranch == null && repoFailure == null) {
            try {
                defaultBranch = fetcher.defaultBranch();
            } catch (GithubApiException failure) {
                repoFailure = failure;
            }
        }
        if (repoFailure != null) {
            throw repoFailure;
        }
        return defaultBranch;
    }

    private void section(String name, Section section, CollectResult.Builder out) throws InterruptedException {
        List<Measurement> measurements;
        try {
            measurements = section.run();
        } catch (GithubApiException failure) {
            out.fail(new CollectFailure(name, failure.kind(), repo + ": " + failure.getMessage()));
            return;
        }
        Tags tags = Tags.of(GithubMetrics.REPO_TAG, repo.toString());
        for (Measurement measurement : measurements) {
            out.add(Gauge.of(measurement.name(), measurement.value(),
                    GithubMetrics.descriptor(measurement.name()).unit(), at, tags));
        }
    }
}
