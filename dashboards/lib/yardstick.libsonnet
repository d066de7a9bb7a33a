// @purpose One import for everything: local y = import 'yardstick.libsonnet';
{
  fmt: import 'fmt.libsonnet',
  grid: import 'grid.libsonnet',
  queries: import 'queries.libsonnet',
  widgets: import 'widgets.libsonnet',
  presets: import 'presets.libsonnet',
  thresholds: import 'thresholds.libsonnet',
  metrics: import 'metrics.libsonnet',
  settings: import 'settings.libsonnet',
  templateVariables: import 'template_variables.libsonnet',
  dashboard: import 'dashboard.libsonnet',
  monitors: import 'monitors.libsonnet',
}
