// Reference dashboard: one of every widget constructor and layout helper, on self-telemetry metrics.
// Copy from here when writing a new dashboard. Its alert and SLO ids are placeholders, so it is pushed only to the
// sandbox (sandboxOnly), never to a real Datadog site.
local y = import 'yardstick.libsonnet';
local g = y.grid;
local w = y.widgets;
local q = y.queries;
local p = y.presets;
local m = y.metrics.yardstick;
local tv = y.templateVariables;

local success = q.metric(m.collector.success, 'avg', ['$env'], ['collector']);
local duration = q.metric(m.collector.durationSeconds, 'max', ['$env'], ['collector']);

y.dashboard.new(
  key='reference-demo',
  title='Yardstick Reference Dashboard',
  description='Every widget type and layout helper of the Yardstick Jsonnet library.',
  templateVariables=[tv.env, tv.collector],
  sandboxOnly=true,
  widgets=g.stack([
    [g.fullWidth(0, p.sectionHeader('Reference', 'Widgets on the 12-column grid'), height=1)],
    g.row(0, [
      w.queryValue('Success (%)', q.metric(m.collector.success), { formulas: ['100 * query1'], precision: 0, customUnit: '%',
                                                                    conditionalFormats: p.higherIsBetter(95) }),
      w.change('Points vs Yesterday', q.metric(m.collector.points, 'sum')),
      w.checkStatus('Datadog Agent', 'datadog.agent.up'),
    ], height=2),
    g.rowCustom(0, [
      w.timeseries('Two Queries, One Formula', [q.metric(m.sink.pointsSent, 'sum'), q.metric(m.sink.pointsDropped, 'sum')],
                   { formulas: [{ formula: '100 * query2 / (query1 + query2)', alias: 'dropped %' }],
                     markers: [p.thresholdMarker(1, 'Drop budget: 1%'), p.rangeMarker(0, 0.5, 'Normal')] }),
      w.toplist('Slowest Collectors', duration, { formulas: [{ formula: 'query1', limit: { count: 5, order: 'desc' }, unit: 'second' }] }),
    ], [8, 4]),
    g.grid2d(0, [
      w.heatmap('Duration Heatmap', q.metric(m.collector.durationSeconds)),
      w.distribution('Run Duration Distribution', q.metric(m.run.durationSeconds)),
      w.alertGraph('An Alert Graph', '12345'),
      w.slo('An SLO', 'abc123def456'),
    ], cols=2),
    [g.fullWidth(0, w.queryTable('Table With Two Columns', [success, duration],
                                 { formulas: [{ formula: 'query1', alias: 'success', cell_display_mode: 'bar' },
                                              { formula: 'query2', alias: 'duration (s)' }] }), height=4)],
    [g.at(w.group('A Group (flowed children)', [
      w.queryValue('Points', q.metric(m.collector.points)),
      w.queryValue('Errors', q.asCount(q.metric(m.collector.errors, 'sum')), { aggregator: 'sum' }),
      p.infoNote('Group height = children extent + 1 title row.', { width: 6, height: 2 }),
    ]), 0, 0, 12, 3)],
    g.column(0, 0, [w.manageStatus('Monitors', 'tag:managed-by:yardstick', { height: 4 })], width=12, height=4),
  ]),
)
