// PR cycle time above 72 hours for a whole day.
local y = import 'yardstick.libsonnet';
local m = y.metrics.github;
local t = y.thresholds.ci;

y.monitors.metric(
  key='pr-cycle-time',
  name='[Yardstick] PR cycle time of {{repo.name}} above %d hours for a day' % t.cycleTimeAlertHours,
  evaluation='min(last_1d)',
  metricQuery=y.queries.metric(m.prs.cycleTimeHours, 'max', ['$env'], ['repo']),
  comparator='>',
  critical=t.cycleTimeAlertHours,
  message='Pull requests of {{repo.name}} took {{value}} hours from open to merge (threshold {{threshold}}) for a whole day. '
          + 'Check the stale PRs and review-comment widgets of the GitHub CI/CD dashboard for PRs waiting on review.',
  requires=['github'],
)
