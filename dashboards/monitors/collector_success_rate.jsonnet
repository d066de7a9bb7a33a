// Collector success rate under target over 24 hours.
local y = import 'yardstick.libsonnet';
local m = y.metrics.yardstick;
local t = y.thresholds.collectors;

y.monitors.metric(
  key='collector-success-rate',
  name='[Yardstick] Collector {{collector.name}} success rate below target (24h)',
  evaluation='avg(last_1d)',
  metricQuery=y.queries.metric(m.collector.success, 'avg', ['$env'], ['collector']),
  comparator='<',
  critical=t.successRate,
  message='Collector {{collector.name}} succeeded in {{value}} of its runs over 24 hours (target {{threshold}}). Check the errors-by-kind and upstream HTTP status widgets of the Collector Health dashboard for the failing calls.',
)
