// Failed workflow runs over the last 7 days are spiking.
local y = import 'yardstick.libsonnet';
local m = y.metrics.github;
local t = y.thresholds.ci;

y.monitors.metric(
  key='failed-workflows-spike',
  name='[Yardstick] Failed workflow runs are spiking',
  evaluation='avg(last_1h)',
  metricQuery=y.queries.metric(m.ci.failedWorkflows7d, 'max', ['$env'], ['repo']),
  comparator='>',
  critical=t.failedWorkflowsSpike,
  warning=t.failedWorkflowsSpike / 2,
  message='{{repo.name}} had {{value}} failed workflow runs in the last 7 days (threshold {{threshold}}).',
  requires=['github'],
)
