// @purpose SkyPilot widgets (collector type `skypilot`).
local m = (import '../metrics.libsonnet').skypilot;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = (import '../thresholds.libsonnet').skypilot;
local w = import '../widgets.libsonnet';

local avg(name) = q.metric(name);
local qv(title, name) = w.queryValue(title, avg(name), { aggregator: 'last', precision: 0 });
local multi(title, names, aliases, options={}) =
  w.timeseries(title, [avg(n) for n in names],
               { showLegend: true,
                 formulas: std.mapWithIndex(function(i, a) { formula: 'query' + (i + 1), alias: a }, aliases) } + options);

{
  runningJobs:: qv('Running Jobs', m.jobs.running),
  queuedJobs:: qv('Queued Jobs', m.jobs.queued),
  failedJobs7d:: w.queryValue('Failed Jobs (7d)', avg(m.jobs.failed7d),
                              { aggregator: 'last', precision: 0, conditionalFormats: p.lowerIsBetter(0, t.failed7d) }),
  activeClusters:: qv('Active Clusters', m.clustersActive),
  jobStatus:: multi('Job Status Over Time', [m.jobs.running, m.jobs.queued, m.jobs.failed], ['running', 'queued', 'failed']),
  jobSuccessRate:: w.timeseries('Job Success Rate (%)', [avg(m.jobs.succeeded), avg(m.jobs.failed7d)],
    { lineWidth: 'thick', formulas: [{ formula: '100 * query1 / (query1 + query2)', alias: 'success %' }],
      markers: [p.sloMarker(t.jobSuccessPct, 'Target')] }),
  runtimePercentiles:: multi('Job Runtime Percentiles (seconds)', [m.jobs.runtimeP50, m.jobs.runtimeP90, m.jobs.runtimeP99],
                             ['p50', 'p90', 'p99']),
  runtimeBuckets:: multi('Job Runtime Distribution', [m.jobs.bucket0to1h, m.jobs.bucket1to4h, m.jobs.bucket4to24h, m.jobs.bucketOver24h],
                         ['< 1h', '1-4h', '4-24h', '> 24h'], { displayType: 'bars' }),
  totalGpus:: qv('Total GPUs in Use', m.gpus.total),
  activeUsers:: qv('Active Users', m.usersActive),
  gpuTypes:: multi('GPU Type Distribution', [m.gpus.l4, m.gpus.a10g, m.gpus.h100], ['L4', 'A10G', 'H100'], { displayType: 'area' }),
  spotVsOnDemand:: multi('Spot vs On-Demand Jobs', [m.spotJobs, m.ondemandJobs], ['spot', 'on-demand']),
  regions:: multi('Jobs by Region', [m.regions.usEast1, m.regions.usWest2, m.regions.other], ['us-east-1', 'us-west-2', 'other'],
                  { displayType: 'area' }),
  jobsWithRecoveries:: w.timeseries('Jobs with Recoveries', avg(m.jobs.withRecoveries)),
  avgRecoveries:: w.timeseries('Average Recoveries per Job', avg(m.jobs.recoveryCountAvg)),
  queueWait:: w.toplist('Longest Queue Waits (s)', q.metric(m.job.queueWaitSeconds, 'max', ['$env'], ['job_id']),
                        { aggregator: 'max', formulas: [{ formula: 'query1', limit: { count: 10, order: 'desc' } }] }),
}
