package dev.yardstick.kubernetes;

import static dev.yardstick.kubernetes.KubernetesMetrics.CRASH_LOOPING;
import static dev.yardstick.kubernetes.KubernetesMetrics.FAILED;
import static dev.yardstick.kubernetes.KubernetesMetrics.HIGH_RESTARTS;
import static dev.yardstick.kubernetes.KubernetesMetrics.IMAGE_PULL_ERRORS;
import static dev.yardstick.kubernetes.KubernetesMetrics.OOMKILLED;
import static dev.yardstick.kubernetes.KubernetesMetrics.PENDING;

import dev.yardstick.api.FailureKind;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pod-health counts of section {@code pods}: pods by phase, and containers (init containers included) crash
 * looping, OOM-killed in the last 24 hours, restarted too often or failing to pull their image.
 */
final class PodHealthMetrics {
    static final Duration OOM_WINDOW = Duration.ofHours(24);
    private static final List<String> METRICS = List.of(CRASH_LOOPING, FAILED, PENDING, OOMKILLED, HIGH_RESTARTS,
            IMAGE_PULL_ERRORS);
    private static final Set<String> IMAGE_PULL_REASONS = Set.of("ErrImagePull", "ImagePullBackOff");

    private PodHealthMetrics() {
    }

    /**
     * Computes the counts.
     *
     * @param pods the listed pods
     * @param at the evaluation instant; the OOM window is {@code at − 24h < finishedAt ≤ at}
     * @param highRestarts the restart count above which a container counts
     * @param counts where to count, cluster-wide or per namespace
     * @return the six measurements (per namespace when counting so)
     * @throws KubernetesApiException if a container status holds an unreadable time
     */
    static List<Measurement> compute(List<Pod> pods, Instant at, int highRestarts, NamespaceCounts counts)
            throws KubernetesApiException {
        for (Pod pod : pods) {
            String namespace = ObjectNames.namespace(pod);
            String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
            if ("Failed".equals(phase)) {
                counts.increment(FAILED, namespace);
            } else if ("Pending".equals(phase)) {
                counts.increment(PENDING, namespace);
            }
            for (ContainerStatus container : containers(pod)) {
                String waiting = waitingReason(container.getState());
                if ("CrashLoopBackOff".equals(waiting)) {
                    counts.increment(CRASH_LOOPING, namespace);
                }
                if (waiting != null && IMAGE_PULL_REASONS.contains(waiting)) {
                    counts.increment(IMAGE_PULL_ERRORS, namespace);
                }
                if (container.getRestartCount() != null && container.getRestartCount() > highRestarts) {
                    counts.increment(HIGH_RESTARTS, namespace);
                }
                if (oomKilledWithin(pod, container, container.getState(), at)
                        || oomKilledWithin(pod, container, container.getLastState(), at)) {
                    counts.increment(OOMKILLED, namespace);
                }
            }
        }
        List<Measurement> out = new ArrayList<>();
        counts.addTo(out, METRICS);
        return out;
    }

    /** The statuses of the containers and the init containers. */
    static List<ContainerStatus> containers(Pod pod) {
        List<ContainerStatus> all = new ArrayList<>();
        if (pod.getStatus() != null) {
            if (pod.getStatus().getInitContainerStatuses() != null) {
                all.addAll(pod.getStatus().getInitContainerStatuses());
            }
            if (pod.getStatus().getContainerStatuses() != null) {
                all.addAll(pod.getStatus().getContainerStatuses());
            }
        }
        return all;
    }

    private static String waitingReason(ContainerState state) {
        return state == null || state.getWaiting() == null ? null : state.getWaiting().getReason();
    }

    private static boolean oomKilledWithin(Pod pod, ContainerStatus container, ContainerState state, Instant at)
            throws KubernetesApiException {
        ContainerStateTerminated terminated = state == null ? null : state.getTerminated();
        if (terminated == null || !"OOMKilled".equals(terminated.getReason()) || terminated.getFinishedAt() == null) {
            return false;
        }
        Instant finished;
        try {
            finished = OffsetDateTime.parse(terminated.getFinishedAt()).toInstant();
        } catch (DateTimeParseException bad) {
            throw new KubernetesApiException(FailureKind.BAD_RESPONSE, "pod " + ObjectNames.name(pod) + " container "
                    + container.getName() + ": finishedAt '" + terminated.getFinishedAt() + "' is not a time");
        }
        return finished.isAfter(at.minus(OOM_WINDOW)) && !finished.isAfter(at);
    }
}
