// The latest completed CI run on the default branch failed.
local y = import 'yardstick.libsonnet';
local m = y.metrics.github;
local t = y.thresholds.ci;

y.monitors.metric(
  key='ci-failing-default-branch',
  name='[Yardstick] CI is failing on the default branch',
  evaluation='max(last_30m)',
  metricQuery=y.queries.metric(m.ci.testsPassingOnMain, 'min', ['$env'], ['repo']),
  comparator='<',
  critical=t.testsPassing,
  message='{{#is_alert}}The latest CI run on the default branch of {{repo.name}} failed.{{/is_alert}} Check the failed run in GitHub Actions and the commits merged since the last green run.\n{{#is_recovery}}CI on the default branch of {{repo.name}} passes again.{{/is_recovery}}',
  requires=['github'],
  priority=2,
)
