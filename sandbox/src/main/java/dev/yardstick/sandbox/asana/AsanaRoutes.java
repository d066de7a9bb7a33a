package dev.yardstick.sandbox.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The REST endpoints of the simulated Asana ({@code GET /projects}, {@code GET /tasks}), answered from a data set. */
final class AsanaRoutes {
    /** Asana's API root path; the simulator answers with and without it. */
    static final String API_ROOT = "/api/1.0";

    private final AsanaDataSet data;
    private final Clock clock;
    private final OffsetPager pager;
    private final Map<String, String> projectNames;
    private final Map<String, List<TaskData>> tasksByProject = new ConcurrentHashMap<>();

    AsanaRoutes(AsanaDataSet data, Clock clock, OffsetPager pager) {
        this.data = data;
        this.clock = clock;
        this.pager = pager;
        this.projectNames = data.projects().stream()
                .collect(Collectors.toUnmodifiableMap(ProjectData::gid, ProjectData::name));
    }

    /** A status, a JSON body and, for a 429, the seconds to wait. */
    record Answer(int status, JsonNode body, OptionalLong retryAfter) {
        Answer(int status, JsonNode body) {
            this(status, body, OptionalLong.empty());
        }

        Answer withRetryAfter(long seconds) {
            return new Answer(status, body, OptionalLong.of(seconds));
        }
    }

    static String path(ReceivedRequest request) {
        String path = request.path();
        return path.startsWith(API_ROOT + "/") ? path.substring(API_ROOT.length()) : path;
    }

    Answer route(ReceivedRequest request, String baseUrl, int pageCap) {
        String path = path(request);
        if (!request.method().equals("GET")) {
            return error(404, "No matching route for request");
        }
        try {
            if (path.equals("/projects")) {
                return projects(request, baseUrl, pageCap);
            } else if (path.equals("/tasks")) {
                return tasks(request, baseUrl, pageCap);
            }
        } catch (OffsetPager.Refused refused) {
            return error(400, refused.getMessage());
        }
        return error(404, "No matching route for request");
    }

    private Answer projects(ReceivedRequest request, String baseUrl, int pageCap) throws OffsetPager.Refused {
        Optional<String> workspace = request.queryParameter("workspace");
        if (workspace.isEmpty()) {
            return error(400, "workspace: Missing input (pass workspace or team)");
        }
        if (data.projects().stream().noneMatch(project -> project.workspaceGid().equals(workspace.get()))) {
            return error(404, "workspace: Unknown object: " + workspace.get());
        }
        Optional<Boolean> archived = request.queryParameter("archived").map(Boolean::parseBoolean);
        List<ProjectData> projects = data.projects().stream()
                .filter(project -> project.workspaceGid().equals(workspace.get()))
                .filter(project -> archived.map(wanted -> project.archived() == wanted).orElse(true)).toList();
        return listing(projects, request, baseUrl, pageCap, AsanaJsonViews::project);
    }

    private Answer tasks(ReceivedRequest request, String baseUrl, int pageCap) throws OffsetPager.Refused {
        Optional<String> project = request.queryParameter("project");
        if (project.isEmpty()) {
            return error(400, "project: Missing input (the simulator lists tasks by project only)");
        }
        if (!data.hasProject(project.get())) {
            return error(404, "project: Unknown object: " + project.get());
        }
        Optional<String> sinceText = request.queryParameter("completed_since");
        Instant since;
        try {
            since = sinceText.map(text -> text.equals("now") ? clock.instant() : Instant.parse(text)).orElse(null);
        } catch (DateTimeParseException bad) {
            return error(400, "completed_since: Not a valid date-time: " + sinceText.get());
        }
        // Asana: incomplete tasks, plus the tasks completed at or after completed_since.
        List<TaskData> tasks = tasksByProject.computeIfAbsent(project.get(), data::tasksOf).stream()
                .filter(task -> since == null || !task.completed() || !task.completedAt().isBefore(since)).toList();
        return listing(tasks, request, baseUrl, pageCap, task -> AsanaJsonViews.task(task, projectNames));
    }

    private <T> Answer listing(List<T> all, ReceivedRequest request, String baseUrl, int pageCap,
            Function<T, ObjectNode> view) throws OffsetPager.Refused {
        OffsetPager.Page<T> page = pager.page(all, request, pageCap);
        Optional<String> optFields = request.queryParameter("opt_fields");
        ArrayNode items = Json.array();
        page.items().forEach(item -> items.add(AsanaJsonViews.select(view.apply(item), optFields)));
        ObjectNode body = Json.object();
        body.set("data", items);
        if (page.nextOffset().isEmpty()) {
            body.putNull("next_page");
        } else {
            String offset = page.nextOffset().get();
            String path = OffsetPager.pathWithOffset(request, offset);
            body.putObject("next_page").put("offset", offset).put("path", path).put("uri", baseUrl + path);
        }
        return new Answer(200, body);
    }

    static Answer error(int status, String message) {
        ObjectNode body = Json.object();
        body.putArray("errors").addObject().put("message", message)
                .put("help", "For more information on API status codes and how to handle them, read the docs.");
        return new Answer(status, body);
    }
}
