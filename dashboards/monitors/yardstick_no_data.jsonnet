// Dead man's switch: no run has reported for 45 minutes.
local y = import 'yardstick.libsonnet';
local m = y.metrics.yardstick;
local t = y.thresholds.collectors;

y.monitors.metric(
  key='yardstick-no-data',
  name='[Yardstick] No data from Yardstick for %d minutes' % t.noDataMinutes,
  evaluation='max(last_%dm)' % t.runIntervalMinutes,
  metricQuery=y.queries.metric(m.run.durationSeconds, 'max', ['$env']),
  comparator='<',
  critical=0,
  message='{{#is_no_data}}Yardstick has not reported a run for %d minutes: the CronJob may be failing or suspended. Check `kubectl get cronjob,jobs -l app=yardstick` and the logs of the last job.{{/is_no_data}}' % t.noDataMinutes,
  priority=1,
  notifyNoData=true,
  noDataMinutes=t.noDataMinutes,
)
