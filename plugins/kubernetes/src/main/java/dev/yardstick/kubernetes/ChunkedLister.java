package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lists a resource in chunks: {@code limit = page-size}, following {@code continue} until the server gives none.
 * When a continue token has expired (410 Gone) the listing restarts from the beginning, once; the deadline is checked
 * before every page.
 */
final class ChunkedLister {
    private final int pageSize;
    private final Clock clock;
    private final Instant deadline;

    ChunkedLister(int pageSize, Clock clock, Instant deadline) {
        this.pageSize = pageSize;
        this.clock = requireNonNull(clock, "clock is null");
        this.deadline = requireNonNull(deadline, "deadline is null");
    }

    /**
     * Lists every item.
     *
     * @param what what is listed, for messages, e.g. {@code pods in namespace web}
     * @param source fetches one page for the given options
     * @param <T> the item type
     * @return all items, in the server's order
     * @throws KubernetesApiException if a page cannot be fetched
     * @throws InterruptedException if interrupted
     */
    <T extends HasMetadata> List<T> list(String what, Function<ListOptions, ? extends KubernetesResourceList<T>> source)
            throws KubernetesApiException, InterruptedException {
        List<T> items = new ArrayList<>();
        String token = null;
        boolean restarted = false;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("listing " + what + " was interrupted");
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new KubernetesApiException(FailureKind.TIMEOUT, "listing " + what + ": the deadline passed after "
                        + items.size() + " items");
            }
            KubernetesResourceList<T> page;
            try {
                page = source.apply(new ListOptionsBuilder().withLimit((long) pageSize).withContinue(token).build());
            } catch (KubernetesClientException failure) {
                if (failure.getCode() == 410 && !restarted) {
                    restarted = true;
                    items.clear();
                    token = null;
                    continue;
                }
                throw ApiFailures.of("listing " + what + (failure.getCode() == 410 ? " (restarted once already)" : ""),
                        failure);
            }
            if (page.getItems() != null) {
                items.addAll(page.getItems());
            }
            String next = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            if (next == null || next.isEmpty()) {
                return items;
            }
            if (Objects.equals(next, token)) {
                throw new KubernetesApiException(FailureKind.BAD_RESPONSE, "listing " + what
                        + ": the server repeated the same continue token");
            }
            token = next;
        }
    }
}
