/**
 * The metric model shared by collectors, the pipeline and the sinks: {@link dev.yardstick.api.metric.MetricPoint}
 * and its kinds, {@link dev.yardstick.api.metric.Tags}, {@link dev.yardstick.api.metric.Unit} and the catalogue entry
 * {@link dev.yardstick.api.metric.MetricDescriptor}.
 */
package dev.yardstick.api.metric;
