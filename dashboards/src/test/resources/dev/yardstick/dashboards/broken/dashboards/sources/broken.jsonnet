// Deliberately broken: a typo'd metric, an overlapping widget, a formula naming a missing query.
local y = import 'yardstick.libsonnet';
local g = y.grid;
local w = y.widgets;
local q = y.queries;

y.dashboard.new(key='broken', title='Broken', requires=['github'], widgets=[
  g.at(w.queryValue('Open PRs', q.metric('github.prs.opne')), 0, 0, 6, 2),
  g.at(w.timeseries('Failures', q.metric('github.ci.failed_workflows_7d')), 3, 0, 6, 3),
  g.at(w.timeseries('Success', [q.metric('github.ci.workflow_runs_7d')], { formulas: ['100 * query2 / query1'] }), 0, 3, 12, 3),
])
