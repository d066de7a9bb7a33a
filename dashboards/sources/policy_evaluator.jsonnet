// Policy evaluator APM: the three widgets of the exported original, migrated (titles restored).
local y = import 'yardstick.libsonnet';
local apm = import 'components/apm.libsonnet';
local g = y.grid;

y.dashboard.new(
  key='policy-evaluator',
  title='Policy Evaluator',
  description='Policy evaluation service performance monitoring.',
  templateVariables=[],
  widgets=g.row(0, [
    apm.latency('Eval Orchestrator Latency', 'eval-orchestrator', ['latency_p90', 'latency_p99'],
                { palettes: [{ palette: 'classic', palette_index: 1 }, { palette: 'purple', palette_index: 5 }] }),
    apm.latency('Eval Worker Latency by Operation', 'eval-worker', ['latency_p90'],
                { groupBy: ['operation_name'], spanKind: 'internal', operationMode: 'union', showLegend: false }),
    apm.latency('Eval Worker Request Rate', 'eval-worker', ['hits']),
  ], height=4),
)
