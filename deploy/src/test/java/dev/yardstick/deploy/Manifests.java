package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The manifests of one helm render, each parsed into fabric8's Kubernetes model. */
final class Manifests {
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private final List<HasMetadata> resources;

    private Manifests(List<HasMetadata> resources) {
        this.resources = List.copyOf(resources);
    }

    static Manifests parse(String rendered) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : SEPARATOR.split(rendered)) {
            if (document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            Object parsed = Serialization.unmarshal(document);
            if (!(parsed instanceof HasMetadata)) {
                fail("not a Kubernetes resource: " + document);
            }
            HasMetadata resource = (HasMetadata) parsed;
            assertNotNull(resource.getMetadata().getName(), () -> "unnamed resource: " + document);
            resources.add(resource);
        }
        return new Manifests(resources);
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> of(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T single(Class<T> type) {
        List<T> found = of(type);
        assertEquals(1, found.size(), () -> "expected one " + type.getSimpleName() + ", found " + found.size());
        return found.get(0);
    }

    List<CronJob> cronJobs() {
        return of(CronJob.class);
    }

    String applicationConf() {
        return single(ConfigMap.class).getData().get("application.conf");
    }
}
