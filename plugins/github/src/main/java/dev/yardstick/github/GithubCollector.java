package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the 28 GitHub metrics of every configured repository. Sections fail independently; the
 * rate-limit floor and the deadline stop the remaining requests of a collection.
 */
final class GithubCollector implements Collector {
    /** Commit details kept in memory at most; they are immutable, so any entry stays valid. */
    static final int COMMIT_CACHE_SIZE = 20_000;

    private final GithubSettings settings;
    private final CollectorContext context;
    private final Map<String, CommitDetail> commitCache = Collections.synchronizedMap(new LruMap<>(COMMIT_CACHE_SIZE));

    GithubCollector(GithubSettings settings, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        GithubClient client = new GithubClient(context.http(request), settings, context.clock(), request.deadline());
        CollectResult.Builder out = CollectResult.builder();
        for (RepoName repo : settings.repos()) {
            RepoFetcher fetcher = new RepoFetcher(client, repo, commitCache);
            new RepoCollection(fetcher, repo, settings, request.at()).collectInto(out);
        }
        return out.build();
    }

    @Override
    public void close() {
        commitCache.clear();
    }

    /** A map that forgets its least recently used entry beyond a size. */
    private static final class LruMap<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int maxSize;

        LruMap(int maxSize) {
            super(16, 0.75f, true);
            this.maxSize = maxSize;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > maxSize;
        }
    }
}
