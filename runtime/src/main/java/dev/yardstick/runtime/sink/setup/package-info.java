/**
 * Turns {@code yardstick.sinks} into sinks: reads each block, creates the sinks that receive this run and says
 * why the others do not. It sits above the sink implementations ({@code sink}, {@code sink.datadog}), which never
 * import it, so the sink packages form no cycle.
 */
package dev.yardstick.runtime.sink.setup;
