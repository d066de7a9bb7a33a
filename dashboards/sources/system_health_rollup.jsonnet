// System Health Rollup: a 7x7 figure-of-merit grid, one row per health row, one column per day (-6d ... Today).
// Geometry: title note (0,0,10,1); corner (0,1,3,1); day headers x=3..9, y=1; row r at y=2+2r: label (0,y,3,2)
// and seven 1x2 query_value cells. Widgets = 2 + 7 + 8 * rows (65 for 7 rows). Add a row in components/health.
local y = import 'yardstick.libsonnet';
local health = import 'components/health.libsonnet';
local g = y.grid;
local w = y.widgets;
local q = y.queries;
local p = y.presets;
local t = y.thresholds;

local LABEL_WIDTH = 3;
local CELL_HEIGHT = 2;
local rows = health.rows;
local note(content) = w.note(content, { background: 'gray', textAlign: 'center' });

local legend = '🟢 Green (%s-1.0) = Healthy | 🟡 Yellow (%s-%s) = Warning | 🔴 Red (0.0-%s) = Critical'
               % [y.fmt.num(t.fom.green, 1), y.fmt.num(t.fom.yellow, 1), y.fmt.num(t.fom.green, 1), y.fmt.num(t.fom.yellow, 1)];

local cell(row, days) =
  w.queryValue('', q.q(q.timeshift(q.metric(row.metric), days), aggregator='last'),
               { titleSize: '13', titleAlign: 'center', autoscale: false, precision: 2,
                 conditionalFormats: p.fomFormats });

local header = [
  g.at(note('## System Health Rollup\n\nFigure-of-merit values for CI/CD over the last 7 days.\n\n' + legend), 0, 0, LABEL_WIDTH + 7, 1),
  g.at(note('**Metric**'), 0, 1, LABEL_WIDTH, 1),
] + [
  g.at(note('**' + health.dayLabel(health.days[c]) + '**'), LABEL_WIDTH + c, 1, 1, 1)
  for c in std.range(0, 6)
];

local body = std.flattenArrays([
  local yPos = 2 + CELL_HEIGHT * r;
  [g.at(note('**' + rows[r].name + '**\n_' + rows[r].description + '_'), 0, yPos, LABEL_WIDTH, CELL_HEIGHT)]
  + [g.at(cell(rows[r], health.days[c]), LABEL_WIDTH + c, yPos, 1, CELL_HEIGHT) for c in std.range(0, 6)]
  for r in std.range(0, std.length(rows) - 1)
]);

y.dashboard.new(
  key='system-health-rollup',
  title='System Health Rollup',
  description='Figure of Merit (FoM) grid showing CI/CD health metrics over 7 days with color-coded status.',
  requires=['health-fom'],
  widgets=header + body,
)
