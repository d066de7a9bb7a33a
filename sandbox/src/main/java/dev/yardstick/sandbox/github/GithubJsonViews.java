package dev.yardstick.sandbox.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.time.Instant;
import java.util.List;

/** Renders simulated records in the JSON shapes of GitHub's REST API (the fields Yardstick reads, and a few more). */
final class GithubJsonViews {
    private GithubJsonViews() {
    }

    static ObjectNode repo(RepoData repo, long id) {
        ObjectNode node = Json.object().put("id", id).put("name", repo.name()).put("full_name", repo.fullName())
                .put("private", false).put("default_branch", repo.defaultBranch());
        node.putObject("owner").put("login", repo.owner()).put("type", "Organization");
        return node;
    }

    static ObjectNode pullSummary(PullData pull) {
        ObjectNode node = Json.object().put("number", pull.number()).put("state", pull.open() ? "open" : "closed")
                .put("title", pull.title());
        node.putObject("user").put("login", pull.author());
        time(node, "created_at", pull.createdAt());
        time(node, "updated_at", pull.updatedAt());
        time(node, "closed_at", pull.closedAt());
        time(node, "merged_at", pull.mergedAt());
        return node;
    }

    static ObjectNode pullDetail(PullData pull) {
        return pullSummary(pull).put("merged", pull.mergedAt() != null).put("comments", pull.comments())
                .put("review_comments", pull.reviewComments());
    }

    static ObjectNode branch(String name, String sha) {
        ObjectNode node = Json.object().put("name", name).put("protected", false);
        node.putObject("commit").put("sha", sha);
        return node;
    }

    static ObjectNode commitSummary(CommitData commit) {
        ObjectNode node = Json.object().put("sha", commit.sha());
        ObjectNode git = node.putObject("commit");
        ObjectNode author = git.putObject("author").put("name", commit.authorName()).put("email", commit.authorEmail());
        time(author, "date", commit.committedAt());
        ObjectNode committer = git.putObject("committer").put("name", "GitHub").put("email", "noreply@github.com");
        time(committer, "date", commit.committedAt());
        git.put("message", commit.message());
        if (commit.authorLogin() == null) {
            node.putNull("author");
        } else {
            node.putObject("author").put("login", commit.authorLogin());
        }
        node.putObject("committer").put("login", "web-flow");
        return node;
    }

    /** A commit with its stats and one page of its files (GitHub pages files by 300). */
    static ObjectNode commitDetail(CommitData commit, List<String> filesPage) {
        ObjectNode node = commitSummary(commit);
        node.putObject("stats").put("additions", commit.additions()).put("deletions", commit.deletions())
                .put("total", commit.additions() + commit.deletions());
        ArrayNode files = node.putArray("files");
        filesPage.forEach(file -> files.addObject().put("filename", file).put("status", "modified"));
        return node;
    }

    static ObjectNode run(RunData run) {
        ObjectNode node = Json.object().put("id", run.id()).put("name", run.name())
                .put("display_title", run.name() + " #" + run.id()).put("head_branch", run.headBranch())
                .put("event", "push").put("status", run.status()).put("run_attempt", run.runAttempt());
        if (run.conclusion() == null) {
            node.putNull("conclusion");
        } else {
            node.put("conclusion", run.conclusion());
        }
        time(node, "created_at", run.createdAt());
        time(node, "updated_at", run.updatedAt());
        if (run.runStartedAt() != null) {
            time(node, "run_started_at", run.runStartedAt());
        }
        return node;
    }

    private static void time(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toString());
        }
    }
}
