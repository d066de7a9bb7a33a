package dev.yardstick.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** Small facts about API objects that the metric classes share. */
final class ClusterFacts {
    private ClusterFacts() {
    }

    /** Whether a deployment is scaled to zero: {@code spec.replicas == 0} (unset means 1). */
    static boolean scaledToZero(Deployment deployment) {
        return deployment.getSpec() != null && deployment.getSpec().getReplicas() != null
                && deployment.getSpec().getReplicas() == 0;
    }
}
