package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;
import java.io.IOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** An AWS call that stops the section in progress, classified by {@link FailureKind}; never holds a secret. */
final class AwsFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Set<String> AUTH_CODES = Set.of("AuthFailure", "UnauthorizedOperation",
            "InvalidClientTokenId", "SignatureDoesNotMatch", "AccessDenied", "AccessDeniedException", "ExpiredToken",
            "OptInRequired");

    private final FailureKind kind;

    AwsFailure(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    FailureKind kind() {
        return kind;
    }

    /**
     * Classifies an SDK exception of a call.
     *
     * @param call the API action, e.g. {@code DescribeInstances}
     * @param error what the SDK threw
     * @return the failure
     * @throws InterruptedException if the SDK gave up because the thread was interrupted
     */
    static AwsFailure of(String call, SdkException error) throws InterruptedException {
        if (error instanceof AbortedException || Thread.currentThread().isInterrupted()) {
            throw (InterruptedException) new InterruptedException(call + " was interrupted").initCause(error);
        }
        String message = call + ": " + error.getMessage();
        return new AwsFailure(kind(error), message, error);
    }

    private static FailureKind kind(SdkException error) {
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException) {
            return FailureKind.TIMEOUT;
        }
        if (error instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null || service.awsErrorDetails().errorCode() == null ? ""
                    : service.awsErrorDetails().errorCode();
            if (service.isThrottlingException() || "RequestLimitExceeded".equals(code)) {
                return FailureKind.RATE_LIMITED;
            }
            if (AUTH_CODES.contains(code) || service.statusCode() == 401 || service.statusCode() == 403) {
                return FailureKind.AUTH;
            }
            return service.statusCode() >= 500 ? FailureKind.UPSTREAM_UNAVAILABLE : FailureKind.BAD_RESPONSE;
        }
        String text = String.valueOf(error.getMessage());
        if (text.contains("Unable to load credentials")) {
            return FailureKind.AUTH;
        }
        if (text.contains("nmarshall") || text.contains("parse")) {
            return FailureKind.BAD_RESPONSE;
        }
        return hasCause(error, IOException.class) ? FailureKind.UPSTREAM_UNAVAILABLE : FailureKind.INTERNAL;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
