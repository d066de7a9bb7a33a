// The CI failure rate rose sharply against a week ago (a change alert; it replaces failed-workflows-spike, whose
// fixed count of 10 failures fired forever at the original's volume of 37 failures a week).
local y = import 'yardstick.libsonnet';
local m = y.metrics.github;
local q = y.queries;
local t = y.thresholds.ci;

y.monitors.metric(
  key='ci-failure-rate-spike',
  name='[Yardstick] CI failure rate of {{repo.name}} jumped against last week',
  evaluation='change(avg(last_1d),last_1w)',
  metricQuery='100 * %s / %s' % [q.metric(m.ci.failedWorkflows7d, 'sum', ['$env'], ['repo']),
                                 q.metric(m.ci.workflowRuns7d, 'sum', ['$env'], ['repo'])],
  comparator='>',
  critical=t.failureRateRisePct,
  message='The 7-day CI failure rate of {{repo.name}} rose by {{value}} points against a week ago (threshold {{threshold}}). '
          + 'Check what changed: recent merges to the default branch, new or flaky workflows (flaky checks widget), and runner capacity.',
  requires=['github'],
)
