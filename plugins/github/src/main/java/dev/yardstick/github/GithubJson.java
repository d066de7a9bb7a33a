package dev.yardstick.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.FailureKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns GitHub REST answers into records. Unknown fields are ignored; a missing or mistyped field that a
 * metric needs is a {@link FailureKind#BAD_RESPONSE}.
 */
final class GithubJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GithubJson() {
    }

    static JsonNode parse(String body, String what) throws GithubApiException {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw bad(what, "empty body");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            throw bad(what, "malformed JSON (" + malformed.getOriginalMessage() + ")");
        }
    }

    /**
     * GitHub's error {@code message} from an error answer, on one line and at most 200 characters; empty when the
     * body is not a JSON object with a message.
     */
    static String errorMessage(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            String message = node == null ? "" : node.path("message").asText("");
            message = message.replaceAll("\\s+", " ").trim();
            return message.length() > 200 ? message.substring(0, 200) + "…" : message;
        } catch (JsonProcessingException notJson) {
            return "";
        }
    }

    static List<JsonNode> array(JsonNode node, String what) throws GithubApiException {
        if (!node.isArray()) {
            throw bad(what, "expected a JSON array");
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    static PullRequest pullRequest(JsonNode node) throws GithubApiException {
        String what = "pull request";
        return new PullRequest(integer(node, "number", what), "open".equals(text(node, "state", what)),
                instant(node, "created_at", what), instant(node, "updated_at", what),
                optionalInstant(node, "closed_at", what), optionalInstant(node, "merged_at", what));
    }

    static PullDetail pullDetail(JsonNode node) throws GithubApiException {
        String what = "pull request detail";
        return new PullDetail(integer(node, "number", what), integer(node, "comments", what),
                integer(node, "review_comments", what));
    }

    static String branchName(JsonNode node) throws GithubApiException {
        return text(node, "name", "branch");
    }

    static String defaultBranch(JsonNode node) throws GithubApiException {
        return text(node, "default_branch", "repository");
    }

    static CommitSummary commitSummary(JsonNode node) throws GithubApiException {
        String what = "commit";
        JsonNode commit = object(node, "commit", what);
        JsonNode gitAuthor = commit.path("author");
        JsonNode author = node.path("author");
        return new CommitSummary(text(node, "sha", what), nullableText(author, "login"),
                nullableText(gitAuthor, "email"), text(commit, "message", what),
                instant(object(commit, "committer", what), "date", what));
    }

    static CommitDetail commitDetail(JsonNode firstPage, List<JsonNode> morePages) throws GithubApiException {
        String what = "commit detail";
        JsonNode stats = object(firstPage, "stats", what);
        List<String> files = new ArrayList<>();
        addFiles(firstPage, files);
        for (JsonNode page : morePages) {
            addFiles(page, files);
        }
        return new CommitDetail(text(firstPage, "sha", what), longValue(stats, "additions", what),
                longValue(stats, "deletions", what), files);
    }

    static long totalCount(JsonNode node) throws GithubApiException {
        return longValue(node, "total_count", "workflow run listing");
    }

    static List<WorkflowRun> workflowRuns(JsonNode node) throws GithubApiException {
        List<WorkflowRun> runs = new ArrayList<>();
        for (JsonNode run : array(node.path("workflow_runs"), "workflow run listing")) {
            runs.add(workflowRun(run));
        }
        return runs;
    }

    static WorkflowRun workflowRun(JsonNode node) throws GithubApiException {
        String what = "workflow run";
        JsonNode attempt = node.path("run_attempt");
        return new WorkflowRun(longValue(node, "id", what), Objects.requireNonNullElse(nullableText(node, "name"), ""),
                nullableText(node, "head_branch"), text(node, "status", what),
                nullableText(node, "conclusion"), instant(node, "created_at", what),
                instant(node, "updated_at", what), optionalInstant(node, "run_started_at", what),
                attempt.isMissingNode() || attempt.isNull() ? 1 : integer(node, "run_attempt", what));
    }

    private static void addFiles(JsonNode page, List<String> files) throws GithubApiException {
        JsonNode list = page.path("files");
        if (list.isMissingNode() || list.isNull()) {
            return;
        }
        for (JsonNode file : array(list, "commit files")) {
            files.add(text(file, "filename", "commit file"));
        }
    }

    private static JsonNode object(JsonNode node, String field, String what) throws GithubApiException {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw bad(what, "field '" + field + "' is missing or not an object");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String what) throws GithubApiException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw bad(what, "field '" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static int integer(JsonNode node, String field, String what) throws GithubApiException {
        JsonNode value = node.path(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw bad(what, "field '" + field + "' is missing or not an integer");
        }
        return value.intValue();
    }

    private static long longValue(JsonNode node, String field, String what) throws GithubApiException {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw bad(what, "field '" + field + "' is missing or not an integer");
        }
        return value.longValue();
    }

    private static Instant instant(JsonNode node, String field, String what) throws GithubApiException {
        Instant value = optionalInstant(node, field, what);
        if (value == null) {
            throw bad(what, "field '" + field + "' is missing");
        }
        return value;
    }

    private static Instant optionalInstant(JsonNode node, String field, String what) throws GithubApiException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException bad) {
            throw bad(what, "field '" + field + "' is not an ISO-8601 instant: '" + value.asText() + "'");
        }
    }

    private static GithubApiException bad(String what, String problem) {
        return new GithubApiException(FailureKind.BAD_RESPONSE, what + ": " + problem);
    }
}
