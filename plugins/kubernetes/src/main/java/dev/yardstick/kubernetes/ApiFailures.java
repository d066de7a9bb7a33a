package dev.yardstick.kubernetes;

import dev.yardstick.api.FailureKind;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Turns fabric8's exceptions into failures with a kind and a message of our own: the status code and the API
 * server's reason, never fabric8's message (which quotes the request) or anything from the kubeconfig.
 */
final class ApiFailures {
    private ApiFailures() {
    }

    /**
     * Classifies a failed call.
     *
     * @param what what was being done, e.g. {@code listing pods}
     * @param failure the exception fabric8 threw
     * @return the failure to report
     * @throws InterruptedException if the call ended because the thread was interrupted
     */
    static KubernetesApiException of(String what, KubernetesClientException failure) throws InterruptedException {
        if (Thread.currentThread().isInterrupted() || causedBy(failure, InterruptedException.class)) {
            Thread.interrupted();
            throw new InterruptedException(what + " was interrupted");
        }
        int code = failure.getCode();
        if (code > 0) {
            return new KubernetesApiException(kindOf(code), what + ": HTTP " + code + reason(failure.getStatus())
                    + hint(code), code);
        }
        if (causedBy(failure, KubernetesClientTimeoutException.class) || causedBy(failure, HttpTimeoutException.class)
                || causedBy(failure, TimeoutException.class)) {
            return new KubernetesApiException(FailureKind.TIMEOUT, what + ": the API server did not answer in time");
        }
        if (causedBy(failure, com.fasterxml.jackson.core.JsonProcessingException.class)) {
            return new KubernetesApiException(FailureKind.BAD_RESPONSE, what + ": the answer is not the expected JSON");
        }
        if (causedBy(failure, IOException.class)) {
            return new KubernetesApiException(FailureKind.UPSTREAM_UNAVAILABLE, what
                    + ": cannot reach the API server (" + rootCause(failure).getClass().getSimpleName() + ")");
        }
        return new KubernetesApiException(FailureKind.UPSTREAM_UNAVAILABLE, what + ": "
                + rootCause(failure).getClass().getSimpleName());
    }

    static FailureKind kindOf(int code) {
        return switch (code) {
            case 401, 403 -> FailureKind.AUTH;
            case 429 -> FailureKind.RATE_LIMITED;
            case 400, 422 -> FailureKind.BAD_CONFIG;
            default -> FailureKind.UPSTREAM_UNAVAILABLE;
        };
    }

    private static String reason(Status status) {
        if (status == null) {
            return "";
        }
        String reason = status.getReason() == null ? "" : " " + status.getReason();
        String message = status.getMessage() == null || status.getMessage().isBlank() ? "" : ": " + status.getMessage();
        return reason + message;
    }

    private static String hint(int code) {
        return switch (code) {
            case 401 -> " (the credentials were rejected)";
            case 403 -> " (grant get/list on pods, apps/deployments and metrics.k8s.io/pods; see docs/collectors/kubernetes.md)";
            default -> "";
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
