// SkyPilot managed jobs failing.
local y = import 'yardstick.libsonnet';
local m = y.metrics.skypilot;
local t = y.thresholds.skypilot;

y.monitors.metric(
  key='skypilot-jobs-failing',
  name='[Yardstick] SkyPilot jobs are failing',
  evaluation='max(last_1h)',
  metricQuery=y.queries.metric(m.jobs.failed7d, 'max', ['$env']),
  comparator='>',
  critical=t.failed7d,
  message='{{value}} SkyPilot managed jobs failed in the last 7 days (threshold {{threshold}}). Check `sky jobs queue` for the failure reasons (setup, no resources, user code) and the SkyPilot dashboard.',
  requires=['skypilot'],
)
