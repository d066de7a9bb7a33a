// Any collector failing: one alert per collector.
local y = import 'yardstick.libsonnet';
local m = y.metrics.yardstick;

y.monitors.metric(
  key='collector-failing',
  name='[Yardstick] Collector {{collector.name}} is failing',
  evaluation='max(last_30m)',
  metricQuery=y.queries.metric(m.collector.success, 'min', ['$env'], ['collector']),
  comparator='<',
  critical=1,
  message='Collector {{collector.name}} reported failure on its latest run. Check `yardstick collect {{collector.name}}` and the errors-by-kind widget of the Collector Health dashboard.',
  priority=2,
  renotifyMinutes=240,
)
