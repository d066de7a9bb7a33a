// @purpose GitHub widgets (collector type `github`). Filtered by $env and $repo.
local fmt = import '../fmt.libsonnet';
local m = (import '../metrics.libsonnet').github;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = (import '../thresholds.libsonnet').ci;
local w = import '../widgets.libsonnet';

local f = ['$env', '$repo'];
// Counts add up across repositories (repo:* shows the organisation's total); durations, ratios and 0/1 states
// are averaged.
local avg(name) = q.metric(name, 'avg', f);
local sum(name) = q.metric(name, 'sum', f);

{
  openPRs:: w.queryValue('Open PRs', sum(m.prs.open), { aggregator: 'last', precision: 0 }),
  mergedPRs:: w.queryValue('PRs Merged (7 days)', sum(m.prs.merged7d), { aggregator: 'last', precision: 0 }),
  activeDevelopers:: w.queryValue('Active Developers (7d)', sum(m.developersActive7d), { aggregator: 'last', precision: 0 }),
  testsPassing:: w.queryValue('Tests on Main', avg(m.ci.testsPassingOnMain),
                              { aggregator: 'last', precision: 0, autoscale: false,
                                conditionalFormats: p.higherIsBetter(t.testsPassing) }),
  prCycleTime:: w.timeseries('PR Cycle Time (Hours)', avg(m.prs.cycleTimeHours),
                             { lineWidth: 'thick', markers: [p.warningMarker(t.cycleTimeHours, 'Target: < ' + t.cycleTimeHours + 'h')],
                               formulas: [{ formula: 'query1', unit: 'hour' }] }),
  stalePRs:: w.timeseries('Stale PRs (> 14 days)', sum(m.prs.staleCount14d),
                          { lineWidth: 'thick', markers: [p.warningMarker(t.stalePrs, 'Target: < ' + t.stalePrs)] }),
  hotfixes:: w.timeseries('Hotfixes (7 days)', sum(m.commits.hotfix),
                          { lineWidth: 'thick', markers: [p.warningMarker(t.hotfixes, 'Limit: < ' + t.hotfixes + ' per week')] }),
  reverts:: w.timeseries('Reverts (7 days)', sum(m.commits.reverts),
                         { lineWidth: 'thick', markers: [p.warningMarker(t.reverts, 'Limit: <= ' + t.reverts + ' per week')] }),
  failedWorkflows:: w.timeseries('Failed Workflows (7 days)', sum(m.ci.failedWorkflows7d),
                                 { lineWidth: 'thick', markers: [p.thresholdMarker(t.failedWorkflowsSpike, 'Spike: ' + fmt.num(t.failedWorkflowsSpike))] }),
  ciDurationPercentiles:: w.timeseries('CI Duration Percentiles (Minutes)',
    [avg(m.ci.durationP50Minutes), avg(m.ci.durationP90Minutes), avg(m.ci.durationP99Minutes)],
    { showLegend: true,
      formulas: [{ formula: 'query1', alias: 'p50', unit: 'minute' }, { formula: 'query2', alias: 'p90', unit: 'minute' },
                 { formula: 'query3', alias: 'p99', unit: 'minute' }],
      markers: [p.warningMarker(t.durationP90WarnMinutes, 'P90 warn: ' + t.durationP90WarnMinutes + ' min'),
                p.sloMarker(t.durationP90Minutes, 'P90 target')] }),
  workflowSuccessRate:: w.timeseries('Workflow Success Rate (%)',
    [sum(m.ci.workflowRuns7d), sum(m.ci.failedWorkflows7d)],
    { lineWidth: 'thick', formulas: [{ formula: '100 * (query1 - query2) / query1', alias: 'success %' }],
      markers: [p.sloMarker(t.workflowSuccessPct, 'Target')] }),
  commitsPerDeveloper:: w.timeseries('Commits per Developer (7d avg)', avg(m.commits.perDeveloper7d)),
  flakyAndCancelled:: w.timeseries('Reruns and Cancellations (7 days)',
    [sum(m.ci.flakyChecks7d), sum(m.ci.timeoutCancellations7d)],
    { displayType: 'bars', showLegend: true,
      formulas: [{ formula: 'query1', alias: 'reruns' }, { formula: 'query2', alias: 'cancelled' }],
      markers: [p.warningMarker(t.flakyRuns, 'Reruns: < ' + t.flakyRuns)] }),
  codeChurn:: w.timeseries('Code Churn (7 days)', [sum(m.code.linesAdded7d), sum(m.code.linesDeleted7d)],
    { displayType: 'bars', showLegend: true,
      formulas: [{ formula: 'query1', alias: 'added' }, { formula: 'query2', alias: 'deleted' }] }),
}
