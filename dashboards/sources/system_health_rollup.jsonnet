// System Health Rollup: a 7x7 figure-of-merit grid, one row per CI score, one column per day (-6d ... Today).
// Built by components/health.gridWidgets (65 widgets for 7 rows); add a row in components/health.
local y = import 'yardstick.libsonnet';
local health = import 'components/health.libsonnet';
local tv = y.templateVariables;

y.dashboard.new(
  key='system-health-rollup',
  title='System Health Rollup',
  description='Figure of Merit (FoM) grid showing CI/CD health metrics over 7 days with color-coded status; each cell shows the worst repository.',
  requires=['health-fom'],
  templateVariables=[tv.env, tv.repo],
  widgets=health.gridWidgets('## System Health Rollup\n\nFigure-of-merit values for CI/CD over the last 7 days (worst repository per cell).',
                             health.rows),
)
