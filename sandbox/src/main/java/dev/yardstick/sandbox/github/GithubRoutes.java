package dev.yardstick.sandbox.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST endpoints of the simulated GitHub, answered from a {@link GithubDataSet}. */
final class GithubRoutes {
    /** Filtered workflow-run listings return at most this many runs; {@code total_count} stays the true count. */
    static final int RUN_LISTING_CAP = 1000;
    private static final int FILES_PER_PAGE = 300;
    private static final Pattern REPO = Pattern.compile("/repos/([^/]+)/([^/]+)(/.*)?");

    private final GithubDataSet data;
    private final String baseUrl;
    private final Map<String, List<RunData>> runsNewestFirst = new ConcurrentHashMap<>();

    GithubRoutes(GithubDataSet data, String baseUrl) {
        this.data = data;
        this.baseUrl = baseUrl;
    }

    /** A JSON answer and its Link header. */
    record Answer(int status, JsonNode body, Optional<String> link) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body, Optional.empty());
        }

        static Answer notFound() {
            return new Answer(404, Json.object().put("message", "Not Found"), Optional.empty());
        }
    }

    Answer route(ReceivedRequest request) {
        Matcher repoPath = REPO.matcher(request.path());
        if (!request.method().equals("GET") || !repoPath.matches()) {
            return Answer.notFound();
        }
        Optional<RepoData> found = data.repos().stream()
                .filter(repo -> repo.owner().equals(repoPath.group(1)) && repo.name().equals(repoPath.group(2)))
                .findFirst();
        if (found.isEmpty()) {
            return Answer.notFound();
        }
        RepoData repo = found.get();
        String rest = repoPath.group(3) == null ? "" : repoPath.group(3);
        if (rest.isEmpty()) {
            return Answer.ok(GithubJsonViews.repo(repo, data.repos().indexOf(repo) + 1L));
        } else if (rest.equals("/pulls")) {
            return pulls(repo, request);
        } else if (rest.matches("/pulls/\\d+")) {
            int number = Integer.parseInt(rest.substring("/pulls/".length()));
            return repo.pulls().stream().filter(pull -> pull.number() == number).findFirst()
                    .map(pull -> Answer.ok(GithubJsonViews.pullDetail(pull))).orElseGet(Answer::notFound);
        } else if (rest.equals("/branches")) {
            String head = repo.commits().isEmpty() ? "0".repeat(40) : repo.commits().get(0).sha();
            return page(repo.branches(), request, 30, name -> GithubJsonViews.branch(name, head));
        } else if (rest.equals("/commits")) {
            return commits(repo, request);
        } else if (rest.startsWith("/commits/")) {
            return commit(repo, rest.substring("/commits/".length()), request);
        } else if (rest.equals("/actions/runs")) {
            return runs(repo, request);
        }
        return Answer.notFound();
    }

    private Answer pulls(RepoData repo, ReceivedRequest request) {
        String state = request.queryParameter("state").orElse("open");
        Comparator<PullData> order = request.queryParameter("sort").orElse("created").equals("updated")
                ? Comparator.comparing(PullData::updatedAt) : Comparator.comparing(PullData::createdAt);
        order = order.thenComparingInt(PullData::number);
        if (!request.queryParameter("direction").orElse("desc").equals("asc")) {
            order = order.reversed();
        }
        List<PullData> pulls = repo.pulls().stream()
                .filter(pull -> state.equals("all") || pull.open() == state.equals("open"))
                .sorted(order).toList();
        return page(pulls, request, 30, GithubJsonViews::pullSummary);
    }

    private Answer commits(RepoData repo, ReceivedRequest request) {
        String sha = request.queryParameter("sha").orElse(repo.defaultBranch());
        Instant since = request.queryParameter("since").map(Instant::parse).orElse(Instant.MIN);
        Instant until = request.queryParameter("until").map(Instant::parse).orElse(Instant.MAX);
        List<CommitData> commits = !sha.equals(repo.defaultBranch()) ? List.of() : repo.commits().stream()
                .filter(commit -> !commit.committedAt().isBefore(since) && !commit.committedAt().isAfter(until))
                .sorted(Comparator.comparing(CommitData::committedAt).reversed()).toList();
        return page(commits, request, 30, GithubJsonViews::commitSummary);
    }

    private Answer commit(RepoData repo, String sha, ReceivedRequest request) {
        Optional<CommitData> found = repo.commits().stream().filter(commit -> commit.sha().equals(sha)).findFirst();
        if (found.isEmpty()) {
            return new Answer(422, Json.object().put("message", "No commit found for SHA: " + sha), Optional.empty());
        }
        Pager<String> files = Pager.of(found.get().files(), request, baseUrl, FILES_PER_PAGE, FILES_PER_PAGE);
        return new Answer(200, GithubJsonViews.commitDetail(found.get(), files.items()), files.link());
    }

    private Answer runs(RepoData repo, ReceivedRequest request) {
        Optional<CreatedFilter> created = request.queryParameter("created").map(CreatedFilter::parse);
        List<RunData> newestFirst = runsNewestFirst.computeIfAbsent(repo.fullName(), name -> repo.runs().stream()
                .sorted(Comparator.comparing(RunData::createdAt).thenComparingLong(RunData::id).reversed()).toList());
        List<RunData> matching = newestFirst.stream()
                .filter(run -> created.map(filter -> filter.contains(run.createdAt())).orElse(true)).toList();
        List<RunData> listed = created.isPresent() && matching.size() > RUN_LISTING_CAP
                ? matching.subList(0, RUN_LISTING_CAP) : matching;
        Pager<RunData> pager = Pager.of(listed, request, baseUrl, 30, 100);
        ArrayNode runs = Json.array();
        pager.items().forEach(run -> runs.add(GithubJsonViews.run(run)));
        JsonNode body = Json.object().put("total_count", matching.size()).set("workflow_runs", runs);
        return new Answer(200, body, pager.link());
    }

    private <T> Answer page(List<T> all, ReceivedRequest request, int defaultPerPage, Function<T, JsonNode> view) {
        Pager<T> pager = Pager.of(all, request, baseUrl, defaultPerPage, 100);
        ArrayNode items = Json.array();
        pager.items().forEach(item -> items.add(view.apply(item)));
        return new Answer(200, items, pager.link());
    }
}
