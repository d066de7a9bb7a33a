/**
 * The one retry policy of Yardstick, shared by the collectors' HTTP service and the Datadog sink in the runtime
 * and by the dashboards and monitors pusher: {@link dev.yardstick.retry.RetryPolicy} decides whether and when to
 * retry (attempts, jittered {@link dev.yardstick.retry.Backoff}, a capped requested wait, the deadline),
 * {@link dev.yardstick.retry.RetryAfter} reads the waits upstreams ask for, and every wait goes through a
 * {@link dev.yardstick.retry.Sleeper} so that tests drive it with a fake clock. JDK only.
 */
package dev.yardstick.retry;
