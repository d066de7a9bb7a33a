// @purpose Kubernetes widgets (collector type `kubernetes`). Filtered by $env and $cluster.
local m = (import '../metrics.libsonnet').kubernetes;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = (import '../thresholds.libsonnet').kubernetes;
local w = import '../widgets.libsonnet';

local f = ['$env', '$cluster'];
local avg(name) = q.metric(name, 'avg', f);
local qv(title, name, options={}) = w.queryValue(title, avg(name), { aggregator: 'last', precision: 0 } + options);
local multi(title, names, aliases, options={}) =
  w.timeseries(title, [avg(n) for n in names],
               { showLegend: true,
                 formulas: std.mapWithIndex(function(i, a) { formula: 'query' + (i + 1), alias: a }, aliases) } + options);

{
  cpuWaste:: qv('CPU Waste (cores)', m.cpuWasteCores, { precision: 1 }),
  memoryWaste:: qv('Memory Waste (GB)', m.memoryWasteGb, { precision: 1 }),
  cpuEfficiency:: qv('CPU Efficiency (%)', m.cpuEfficiencyPct, { precision: 1, conditionalFormats: p.higherIsBetter(50) }),
  memoryEfficiency:: qv('Memory Efficiency (%)', m.memoryEfficiencyPct, { precision: 1, conditionalFormats: p.higherIsBetter(50) }),
  overallocated:: w.timeseries('Overallocated Pods', avg(m.overallocatedPods)),
  efficiencyTrend:: multi('Resource Efficiency Trends (%)', [m.cpuEfficiencyPct, m.memoryEfficiencyPct], ['cpu', 'memory']),
  crashLooping:: qv('Crash Looping', m.crashLooping, { conditionalFormats: p.lowerIsBetter(t.crashLooping, t.crashLooping) }),
  failed:: qv('Failed Pods', m.failed),
  pending:: qv('Pending Pods', m.pending),
  oomKilled:: qv('OOMKilled (24h)', m.oomKilled24h, { conditionalFormats: p.lowerIsBetter(t.oomKilled24h, t.oomKilled24h) }),
  highRestarts:: w.timeseries('High Restart Containers', avg(m.highRestarts), { width: 4 }),
  imagePullErrors:: w.timeseries('Image Pull Errors', avg(m.imagePullErrors), { width: 4 }),
  podIssues:: multi('Pod Health Issues Over Time', [m.crashLooping, m.failed, m.pending, m.oomKilled24h],
                    ['crash looping', 'failed', 'pending', 'oom killed'], { width: 4, displayType: 'bars' }),
  idle:: qv('Idle Pods', m.idle),
  lowCpu:: qv('Low CPU Pods', m.lowCpu),
  lowMemory:: qv('Low Memory Pods', m.lowMemory),
  zeroReplicas:: qv('Zero-Replica Deployments', m.zeroReplicaDeployments),
  underutilization:: multi('Underutilization Trends', [m.idle, m.lowCpu, m.lowMemory], ['idle', 'low cpu', 'low memory'], { width: 12 }),
}
