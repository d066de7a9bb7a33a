package dev.yardstick.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Null-safe names of API objects, for keys and messages. */
final class ObjectNames {
    private ObjectNames() {
    }

    /** The namespace, or the empty string for a cluster-scoped or nameless object. */
    static String namespace(HasMetadata object) {
        return object.getMetadata() == null || object.getMetadata().getNamespace() == null ? ""
                : object.getMetadata().getNamespace();
    }

    /** {@code namespace/name}. */
    static String name(HasMetadata object) {
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        return namespace(object) + "/" + (name == null ? "" : name);
    }
}
