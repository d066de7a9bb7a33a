// System Health Rollup as one Vega-Lite heatmap (wildcard widget), with a correct threshold colour scale:
// domain [0.3, 0.7] splits values into three bins, red / yellow / green.
local y = import 'yardstick.libsonnet';
local health = import 'components/health.libsonnet';
local g = y.grid;
local w = y.widgets;
local q = y.queries;
local t = y.thresholds;

local rows = health.rows;
local dayKey(d) = if d == 0 then 'today' else d + 'd';
local fieldName(row, d) = row.key + '_' + dayKey(d);

// One query per row (the worst repository's series), seven formulas per row shifting it by 0..6 days; the
// formula aliases are the Vega-Lite field names.
local queries = [q.q(health.query(row), name=row.key, aggregator='last') for row in rows];
local formulas = std.flattenArrays([
  [{ formula: q.timeshift(row.key, d), alias: fieldName(row, d) } for d in health.days]
  for row in rows
]);

// A Vega expression mapping a row key to its display name: k == 'a' ? 'A' : (k == 'b' ? 'B' : k).
local displayName = std.foldl(function(acc, row) std.format("datum.metric_key == '%s' ? '%s' : (%s)", [row.key, row.name, acc]),
                              std.reverse(rows), 'datum.metric_key');

local spec = {
  '$schema': 'https://vega.github.io/schema/vega-lite/v5.json',
  data: { name: 'table1' },
  transform: [
    { fold: [f.alias for f in formulas], as: ['metric_day', 'value'] },
    // Vega's expression language has test() and regular expressions, not endsWith().
    { calculate: "test(/_today$/, datum.metric_day) ? 'Today' : '-' + split(datum.metric_day, '_')[length(split(datum.metric_day, '_')) - 1]", as: 'day' },
    { calculate: "replace(datum.metric_day, /_(today|[0-9]+d)$/, '')", as: 'metric_key' },
    { calculate: displayName, as: 'metric' },
  ],
  layer: [
    {
      mark: { type: 'rect', stroke: '#333', strokeWidth: 1 },
      encoding: {
        y: { field: 'metric', type: 'nominal', sort: [row.name for row in rows], axis: { labelAngle: 0, labelPadding: 10, title: null } },
        x: { field: 'day', type: 'ordinal', sort: [health.dayLabel(d) for d in health.days], axis: { title: null } },
        color: {
          field: 'value', type: 'quantitative',
          scale: { type: 'threshold', domain: [t.fom.yellow, t.fom.green], range: ['#dc3545', '#ffc107', '#28a745'] },
          legend: { title: 'FoM Score' },
        },
        tooltip: [{ field: 'metric' }, { field: 'day' }, { field: 'value', format: '.3f' }],
      },
    },
    {
      mark: { type: 'text', fontSize: 14, fontWeight: 'bold' },
      encoding: {
        y: { field: 'metric', type: 'nominal', sort: [row.name for row in rows] },
        x: { field: 'day', type: 'ordinal', sort: [health.dayLabel(d) for d in health.days] },
        text: { field: 'value', type: 'quantitative', format: '.2f' },
        color: { condition: { test: 'datum.value < 0.5', value: 'white' }, value: 'black' },
      },
    },
  ],
  config: { view: { stroke: null }, axis: { grid: false, domain: false, ticks: false } },
};

y.dashboard.new(
  key='system-health-rollup-wildcard',
  title='System Health Rollup (Wildcard)',
  description='Figure-of-merit grid as one Vega-Lite heatmap; no external storage needed.',
  requires=['health-fom'],
  templateVariables=[y.templateVariables.env, y.templateVariables.repo],
  widgets=[
    g.at(w.wildcard('System Health FoM Grid (7×7)', queries, spec, { formulas: formulas }), 0, 0, 12, 8),
    g.at(w.note('Colours: red below %s, yellow from %s, green from %s. Hover over cells for exact values.'
                % [y.fmt.num(t.fom.yellow), y.fmt.num(t.fom.yellow), y.fmt.num(t.fom.green)],
                { background: 'gray' }), 0, 8, 12, 2),
  ],
)
