// @purpose Weights & Biases widgets (collector type `wandb`): per-run gauges
// wandb.<run_type>.<state>.<metric> tagged run_id/run_type/state. Counting runs = count_nonzero over
// the run_id series; percentiles are not available on gauges, so none are offered.
local m = (import '../metrics.libsonnet').wandb;
local q = import '../queries.libsonnet';
local w = import '../widgets.libsonnet';

local runs(runType, state) = q.metric(m.name(runType, state, 'duration_hours'), 'count_nonzero', ['$env'], ['run_id']);
local runCount(title, runType, state) =
  w.queryValue(title, q.metric(m.name(runType, state, 'duration_hours'), 'count_nonzero'), { aggregator: 'last', precision: 0 });

{
  activePtm:: runCount('Active Main-Branch Runs', 'ptm', 'active'),
  succeededPtm:: runCount('Succeeded (24h)', 'ptm', 'success'),
  failedPtm:: runCount('Failed (24h)', 'ptm', 'failure'),
  activeSweeps:: runCount('Active Sweep Runs', 'sweep', 'active'),
  runActivity:: w.timeseries('Main-Branch Run Activity',
    [q.metric(m.name('ptm', s, 'duration_hours'), 'count_nonzero') for s in ['active', 'success', 'failure']],
    { showLegend: true, width: 12, displayType: 'bars',
      formulas: [{ formula: 'query1', alias: 'active' }, { formula: 'query2', alias: 'success' }, { formula: 'query3', alias: 'failure' }] }),
  ptmSuccessRate:: w.queryValue('Main-Branch Success Rate (24h)',
    [q.metric(m.name('ptm', 'success', 'duration_hours'), 'count_nonzero'), q.metric(m.name('ptm', 'failure', 'duration_hours'), 'count_nonzero')],
    { aggregator: 'last', precision: 0, customUnit: '%', formulas: ['100 * query1 / (query1 + query2)'] }),
  sps:: w.queryValue('Throughput (SPS, last success)', q.metric(m.name('ptm', 'success', 'sps')), { aggregator: 'last', precision: 0, width: 4 }),
  hearts:: w.queryValue('Hearts Gained (last success)', q.metric(m.name('ptm', 'success', 'hearts_gained')), { aggregator: 'last', precision: 2, width: 4 }),
  queueLatency:: w.queryValue('SkyPilot Queue Latency (s)', q.metric(m.name('ptm', 'success', 'skypilot_latency_s')),
                              { aggregator: 'avg', precision: 0, width: 4 }),
  spsTrend:: w.timeseries('Throughput Trend (SPS)',
    [q.metric(m.name('ptm', 'success', 'sps')), q.metric(m.name('ptm', 'failure', 'sps'))],
    { showLegend: true, formulas: [{ formula: 'query1', alias: 'succeeded runs' }, { formula: 'query2', alias: 'failed runs' }] }),
  heartsTrend:: w.timeseries('Hearts Gained Trend', q.metric(m.name('ptm', 'success', 'hearts_gained'))),
  durationByType:: w.toplist('Run Duration by Run (hours, succeeded)',
    q.metric(m.name('ptm', 'success', 'duration_hours'), 'max', ['$env'], ['run_id']),
    { aggregator: 'last', formulas: [{ formula: 'query1', limit: { count: 10, order: 'desc' }, unit: 'hour' }] }),
  durationTrend:: w.timeseries('Average Run Duration (hours)',
    [q.metric(m.name(rt, 'success', 'duration_hours')) for rt in ['ptm', 'sweep', 'stable']],
    { showLegend: true, formulas: [{ formula: 'query1', alias: 'main' }, { formula: 'query2', alias: 'sweep' }, { formula: 'query3', alias: 'stable' }] }),
  runsTable:: w.queryTable('Runs in the Last 24 Hours by Type',
    [runs(rt, 'success') for rt in m.runTypes],
    { formulas: [{ formula: 'query' + (i + 1), alias: m.runTypes[i] } for i in std.range(0, std.length(m.runTypes) - 1)] }),
}
