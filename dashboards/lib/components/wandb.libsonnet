// @purpose Weights & Biases widgets (collector type `wandb`, issue 8's names): run counts are tagged
// `run_type` and summed across instances and run types (the `run_type` template variable narrows them);
// training aggregates and summary metrics are per instance (tag `project`) and carry no run type.
local m = (import '../metrics.libsonnet').wandb;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local w = import '../widgets.libsonnet';

local counts = ['$env', '$project', '$run_type'];
local perProject = ['$env', '$project'];
local count(name, by=[]) = q.metric(name, 'sum', counts, by);
local value(name, agg='avg') = q.metric(name, agg, perProject);

{
  active:: w.queryValue('Active Runs', count(m.runs.active), { aggregator: 'last', precision: 0 }),
  completed:: w.queryValue('Completed (24h)', count(m.runs.completed24h), { aggregator: 'last', precision: 0 }),
  failed:: w.queryValue('Failed or Crashed (24h)', count(m.runs.failed24h),
                        { aggregator: 'last', precision: 0, conditionalFormats: p.lowerIsBetter(0, 2) }),
  successRate:: w.queryValue('Success Rate (24h)', [count(m.runs.completed24h), count(m.runs.failed24h)],
    { aggregator: 'last', precision: 0, customUnit: '%', formulas: ['100 * query1 / (query1 + query2)'] }),
  activity:: w.timeseries('Runs by Type',
    [count(m.runs.active, ['run_type']), count(m.runs.completed24h, ['run_type']), count(m.runs.failed24h, ['run_type'])],
    { showLegend: true, width: 12, displayType: 'bars',
      formulas: [{ formula: 'query1', alias: 'active' }, { formula: 'query2', alias: 'completed (24h)' },
                 { formula: 'query3', alias: 'failed (24h)' }] }),
  sps:: w.queryValue('Throughput (SPS, latest run)', value(m.metrics.latestSps), { aggregator: 'last', precision: 0, width: 4 }),
  hearts:: w.queryValue('Heart Amount (24h mean)', value(m.metrics.avgHeartAmount24h), { aggregator: 'last', precision: 2, width: 4 }),
  queueLatency:: w.queryValue('SkyPilot Queue Latency (s, latest run)', value(m.metrics.latestQueueLatencyS),
                              { aggregator: 'last', precision: 0, width: 4 }),
  spsTrend:: w.timeseries('Throughput Trend (SPS)', value(m.metrics.latestSps), { formulas: [{ formula: 'query1', alias: 'latest run' }] }),
  heartsTrend:: w.timeseries('Heart Amount Trend (24h mean)', value(m.metrics.avgHeartAmount24h)),
  accuracy:: w.timeseries('Accuracy (7d)', [value(m.metrics.bestAccuracy, 'max'), value(m.metrics.avgAccuracy7d)],
    { showLegend: true, formulas: [{ formula: 'query1', alias: 'best' }, { formula: 'query2', alias: 'mean' }] }),
  loss:: w.timeseries('Latest Loss', value(m.metrics.latestLoss)),
  duration:: w.timeseries('Average Run Duration (hours, finished runs of 24h)', value(m.training.avgDurationHours),
    { formulas: [{ formula: 'query1', unit: 'hour' }] }),
  gpuHours:: w.queryValue('GPU Hours (24h)', value(m.training.gpuHours24h, 'sum'), { aggregator: 'last', precision: 0, width: 4 }),
  gpuUtilization:: w.queryValue('GPU Utilization (%, finished runs)', value(m.training.gpuUtilizationAvg),
                                { aggregator: 'last', precision: 0, customUnit: '%', width: 4 }),
  runsTable:: w.queryTable('Runs by Type (24h)',
    [count(m.runs.totalRecent, ['run_type']), count(m.runs.completed24h, ['run_type']), count(m.runs.failed24h, ['run_type']),
     count(m.runs.active, ['run_type'])],
    { aggregator: 'last',
      formulas: [{ formula: 'query1', alias: 'created' }, { formula: 'query2', alias: 'completed' },
                 { formula: 'query3', alias: 'failed' }, { formula: 'query4', alias: 'running now' }] }),
}
