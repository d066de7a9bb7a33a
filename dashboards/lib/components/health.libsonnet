// @purpose Health figure-of-merit rows (collector type `health-fom`) and the grid dashboard built from them.
// Adding a row to a grid is one line in `rows` / `detailRows`. Every cell shows `min:` of the score's series,
// so the worst repository (or project) decides the colour.
local m = (import '../metrics.libsonnet').health;
local fmt = import '../fmt.libsonnet';
local g = import '../grid.libsonnet';
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = import '../thresholds.libsonnet';
local w = import '../widgets.libsonnet';

local ci = ['$env', '$repo'];
local training = ['$env', '$project'];

{
  // name, description, metric, key (a field-name-safe id) and the template variables filtering the row.
  rows:: [
    { name: 'Tests Passing', description: 'All tests passing on main', metric: m.ci.testsPassing, key: 'tests_passing', filters: ci },
    { name: 'Failing Workflows', description: 'Failed workflows (7d)', metric: m.ci.failingWorkflows, key: 'failing_workflows', filters: ci },
    { name: 'Hotfix Count', description: 'Hotfixes (7d)', metric: m.ci.hotfixCount, key: 'hotfix_count', filters: ci },
    { name: 'Revert Count', description: 'Reverts (7d)', metric: m.ci.revertCount, key: 'revert_count', filters: ci },
    { name: 'CI Duration P90', description: 'CI pipeline duration', metric: m.ci.durationP90, key: 'duration_p90', filters: ci },
    { name: 'Stale PRs', description: 'Stale PRs (14d)', metric: m.ci.stalePrs, key: 'stale_prs', filters: ci },
    { name: 'PR Cycle Time', description: 'PR cycle time', metric: m.ci.prCycleTime, key: 'pr_cycle_time', filters: ci },
  ],
  // The 11 scores the 7×7 grid lacks: 4 further CI scores, then the 7 training scores.
  detailRows:: [
    { name: 'Benchmarks Passing', description: 'Benchmarks passing on main', metric: m.ci.benchmarksPassing, key: 'benchmarks_passing', filters: ci },
    { name: 'Force Merges', description: 'Force merges (7d)', metric: m.ci.forceMergeCount, key: 'force_merge_count', filters: ci },
    { name: 'Timeout Cancellations', description: 'Timed-out runs (7d)', metric: m.ci.timeoutCancellations, key: 'timeout_cancellations', filters: ci },
    { name: 'Flaky Checks', description: 'Flaky checks (7d)', metric: m.ci.flakyChecks, key: 'flaky_checks', filters: ci },
  ] + self.trainingRows,
  trainingRows:: [
    { name: 'Training Run Success', description: 'Completed runs (7d)', metric: m.training.runSuccess, key: 'run_success', filters: training },
    { name: 'Training Run Failures', description: 'Failed runs (7d)', metric: m.training.runFailures, key: 'run_failures', filters: training },
    { name: 'Best Model Accuracy', description: 'Best model performance', metric: m.training.bestAccuracy, key: 'best_accuracy', filters: training },
    { name: 'Avg Model Accuracy', description: 'Avg accuracy (7d)', metric: m.training.avgAccuracy, key: 'avg_accuracy', filters: training },
    { name: 'Training Loss', description: 'Latest training loss', metric: m.training.latestLoss, key: 'latest_loss', filters: training },
    { name: 'GPU Utilization', description: 'GPU utilization avg', metric: m.training.gpuUtilization, key: 'gpu_utilization', filters: training },
    { name: 'Training Duration', description: 'Avg duration (hours)', metric: m.training.duration, key: 'duration', filters: training },
  ],
  // Columns oldest first: 6 days ago ... today.
  days:: [6, 5, 4, 3, 2, 1, 0],
  dayLabel(days):: if days == 0 then 'Today' else '-' + days + 'd',

  // The worst series of a row's score: one query, to be shifted by a formula.
  query(row):: q.metric(row.metric, 'min', row.filters),

  legend:: '🟢 Green (%s-1.0) = Healthy | 🟡 Yellow (%s-%s) = Warning | 🔴 Red (0.0-%s) = Critical'
           % [fmt.num(t.fom.green, 1), fmt.num(t.fom.yellow, 1), fmt.num(t.fom.green, 1), fmt.num(t.fom.yellow, 1)],

  // The grid's widgets. Geometry: title note (0,0,10,1); corner (0,1,3,1); day headers x=3..9, y=1; row r at
  // y=2+2r: label (0,y,3,2) and seven 1x2 query_value cells. Widgets = 2 + 7 + 8 * rows (65 for 7 rows).
  gridWidgets(heading, rows)::
    local labelWidth = 3;
    local cellHeight = 2;
    local note(content) = w.note(content, { background: 'gray', textAlign: 'center' });
    local days = $.days;
    local cell(row, d) =
      w.queryValue('', q.q($.query(row), aggregator='last'),
                   { titleSize: '13', titleAlign: 'center', autoscale: false, precision: 2,
                     formulas: [q.timeshift('query1', d)], conditionalFormats: p.fomFormats });
    [
      g.at(note(heading + '\n\n' + $.legend), 0, 0, labelWidth + 7, 1),
      g.at(note('**Metric**'), 0, 1, labelWidth, 1),
    ] + [
      g.at(note('**' + $.dayLabel(days[c]) + '**'), labelWidth + c, 1, 1, 1)
      for c in std.range(0, 6)
    ] + std.flattenArrays([
      local yPos = 2 + cellHeight * r;
      [g.at(note('**' + rows[r].name + '**\n_' + rows[r].description + '_'), 0, yPos, labelWidth, cellHeight)]
      + [g.at(cell(rows[r], days[c]), labelWidth + c, yPos, 1, cellHeight) for c in std.range(0, 6)]
      for r in std.range(0, std.length(rows) - 1)
    ]),
}
