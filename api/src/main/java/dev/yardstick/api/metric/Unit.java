package dev.yardstick.api.metric;

/**
 * The unit of a metric, named as Datadog names units in metric metadata.
 *
 * <p>{@link #NONE} means the value is a plain number (a count of things, a ratio or a score).
 */
public enum Unit {
    /** A plain number. */
    NONE(""),
    /** Milliseconds. */
    MILLISECOND("millisecond"),
    /** Seconds. */
    SECOND("second"),
    /** Minutes. */
    MINUTE("minute"),
    /** Hours. */
    HOUR("hour"),
    /** Days. */
    DAY("day"),
    /** A percentage from 0 to 100. */
    PERCENT("percent"),
    /** A fraction from 0 to 1. */
    FRACTION("fraction"),
    /** Bytes. */
    BYTE("byte"),
    /** Mebibytes (2^20 bytes). */
    MEBIBYTE("mebibyte"),
    /** Gibibytes (2^30 bytes). */
    GIBIBYTE("gibibyte"),
    /** CPU cores. */
    CORE("core"),
    /** Thousandths of a CPU core. */
    MILLICORE("millicore"),
    /** US dollars. */
    DOLLAR("dollar"),
    /** Requests. */
    REQUEST("request"),
    /** Metric points. */
    POINT("point"),
    /** Errors. */
    ERROR("error"),
    /** Generic items. */
    ITEM("item"),
    /** Lines of code or text. */
    LINE("line"),
    /** Files. */
    FILE("file"),
    /** Commits. */
    COMMIT("commit"),
    /** Jobs or runs. */
    JOB("job"),
    /** Tasks. */
    TASK("task"),
    /** Hosts or instances. */
    HOST("host"),
    /** People (users, developers). */
    PERSON("person");

    private final String datadogName;

    Unit(String datadogName) {
        this.datadogName = datadogName;
    }

    /**
     * Returns the unit name Datadog uses in metric metadata.
     *
     * @return the Datadog unit name, empty for {@link #NONE}
     */
    public String datadogName() {
        return datadogName;
    }
}
