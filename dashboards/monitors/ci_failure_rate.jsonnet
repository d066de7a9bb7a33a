// CI failure rate per repository over 7 days: 100 x failed / runs, against the thresholds file.
local y = import 'yardstick.libsonnet';
local m = y.metrics.github;
local q = y.queries;
local t = y.thresholds.ci;

y.monitors.metric(
  key='ci-failure-rate',
  name='[Yardstick] CI failure rate of {{repo.name}} is high (7 days)',
  evaluation='avg(last_1h)',
  metricQuery='100 * %s / %s' % [q.metric(m.ci.failedWorkflows7d, 'sum', ['$env'], ['repo']),
                                 q.metric(m.ci.workflowRuns7d, 'sum', ['$env'], ['repo'])],
  comparator='>',
  critical=t.failureRatePct,
  warning=t.failureRateWarnPct,
  message='{{value}}% of the workflow runs of {{repo.name}} failed over the last 7 days (threshold {{threshold}}%). '
          + 'Check which workflows fail on the GitHub CI/CD dashboard (failed runs by workflow), then the latest failed runs in GitHub Actions.',
  requires=['github'],
)
