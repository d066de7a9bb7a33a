package dev.yardstick.dashboards.model;

/** What a compiled source describes. */
public enum ArtifactKind {
    /** A Datadog dashboard, from {@code dashboards/sources/}. */
    DASHBOARD,
    /** A Datadog monitor, from {@code dashboards/monitors/}. */
    MONITOR;

    /** Lower-case name, as used in messages and the lock file. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
