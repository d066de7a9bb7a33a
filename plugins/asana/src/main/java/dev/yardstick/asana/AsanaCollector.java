package dev.yardstick.asana;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Collects the Asana metrics in two sections that fail independently: {@code projects} (the workspace's
 * non-archived projects) and, when {@code bugs-project} is set, {@code bugs} (its open and recently completed tasks).
 */
final class AsanaCollector implements Collector {
    private final AsanaSettings settings;
    private final CollectorContext context;

    AsanaCollector(AsanaSettings settings, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = requireNonNull(context, "context is null");
    }

    /** A unit of work producing the values of one section. */
    @FunctionalInterface
    private interface Section {
        Map<String, Double> run() throws AsanaApiException, InterruptedException;
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        AsanaClient client = new AsanaClient(context.http(request), settings, context.clock(), request.deadline(),
                context.logger());
        CollectResult.Builder out = CollectResult.builder();
        Tags workspace = Tags.of(AsanaMetrics.WORKSPACE_TAG, settings.workspace());
        section("projects", () -> ProjectMetrics.compute(projects(client)), workspace, request.at(), out);
        if (settings.bugsProject().isPresent()) {
            String bugsProject = settings.bugsProject().get();
            Tags tags = Tags.of(AsanaMetrics.WORKSPACE_TAG, settings.workspace(), AsanaMetrics.PROJECT_TAG,
                    bugsProject);
            section("bugs", () -> bugs(client, bugsProject, request.at()), tags, request.at(), out);
        }
        return out.build();
    }

    private List<AsanaProject> projects(AsanaClient client) throws AsanaApiException, InterruptedException {
        return client.list("/projects", "workspace=" + settings.workspace()
                + "&archived=false&opt_fields=name,current_status_update.status_type", "projects", AsanaJson::project);
    }

    private Map<String, Double> bugs(AsanaClient client, String bugsProject, Instant at)
            throws AsanaApiException, InterruptedException {
        List<AsanaTask> open = client.list("/tasks", "project=" + bugsProject + "&completed_since=now"
                + "&opt_fields=created_at,completed,memberships.project.gid,memberships.section.name", "open bugs",
                item -> AsanaJson.openBug(item, bugsProject));
        String since = at.minus(BugMetrics.MONTH).truncatedTo(ChronoUnit.SECONDS).toString();
        List<AsanaTask> recent = client.list("/tasks", "project=" + bugsProject + "&completed_since=" + since
                + "&opt_fields=created_at,completed,completed_at", "completed bugs", AsanaJson::recentBug);
        return BugMetrics.compute(open, recent, at, settings.sectionPatterns());
    }

    private static void section(String name, Section section, Tags tags, Instant at, CollectResult.Builder out)
            throws InterruptedException {
        Map<String, Double> values;
        try {
            values = section.run();
        } catch (AsanaApiException failure) {
            out.fail(new CollectFailure(name, failure.kind(), failure.getMessage()));
            return;
        }
        values.forEach((metric, value) -> out.add(Gauge.of(metric, value, AsanaMetrics.descriptor(metric).unit(), at,
                tags)));
    }
}
