// @purpose EC2 widgets (collector type `ec2`). Filtered by $env and $region.
local m = (import '../metrics.libsonnet').ec2;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = (import '../thresholds.libsonnet').ec2;
local w = import '../widgets.libsonnet';

local f = ['$env', '$region'];
local avg(name) = q.metric(name, 'avg', f);
local sum(name) = q.metric(name, 'sum', f);
local qv(title, name, options={}) = w.queryValue(title, sum(name), { aggregator: 'last', precision: 0 } + options);

{
  total:: qv('Total Instances', m.instances.total),
  running:: qv('Running', m.instances.running),
  stopped:: qv('Stopped', m.instances.stopped),
  gpuInstances:: qv('GPU Instances', m.instances.gpuInstances),
  instanceTrend:: w.timeseries('Instance Count Trend', [sum(m.instances.running), sum(m.instances.stopped)],
    { showLegend: true, width: 12, formulas: [{ formula: 'query1', alias: 'running' }, { formula: 'query2', alias: 'stopped' }] }),
  spot:: qv('Spot Instances', m.instances.spot),
  ondemand:: qv('On-Demand Instances', m.instances.ondemand),
  gpus:: qv('GPUs', m.instances.gpuCount),
  vcpus:: qv('vCPUs (estimate)', m.instances.cpuCount),
  spotShare:: w.timeseries('Spot Share (%)', [sum(m.instances.spot), sum(m.instances.ondemand)],
    { width: 12, formulas: [{ formula: '100 * query1 / (query1 + query2)', alias: 'spot %' }] }),
  avgAge:: w.queryValue('Average Instance Age (days)', avg(m.instances.avgAgeDays), { aggregator: 'last', precision: 1, width: 4 }),
  oldest:: w.queryValue('Oldest Instance (days)', q.metric(m.instances.oldestAgeDays, 'max', f),
                        { aggregator: 'last', precision: 0, width: 4, conditionalFormats: p.lowerIsBetter(90, 180) }),
  ageNote:: p.infoNote('Average age under 30 days is normal churn; over 90 days means persistent instances; review anything older than 180 days.',
                       { width: 4, height: 2 }),
  volumes:: qv('Volumes', m.ebs.volumesTotal, { width: 2 }),
  attached:: qv('Attached', m.ebs.attached, { width: 2 }),
  unattached:: qv('Unattached', m.ebs.unattached, { width: 2, conditionalFormats: p.lowerIsBetter(0, 10) }),
  ebsSize:: qv('EBS Storage', m.ebs.sizeGb, { width: 2, customUnit: 'GB' }),
  snapshots:: qv('Snapshots', m.ebs.snapshotsTotal, { width: 2 }),
  snapshotSize:: qv('Snapshot Storage', m.ebs.snapshotsSizeGb, { width: 2, customUnit: 'GB' }),
  ebsTrend:: w.timeseries('EBS Storage Trend (GB)', [sum(m.ebs.sizeGb), sum(m.ebs.snapshotsSizeGb)],
    { width: 12, showLegend: true, formulas: [{ formula: 'query1', alias: 'volumes' }, { formula: 'query2', alias: 'snapshots' }] }),
  hourlyCost:: w.queryValue('Hourly Cost Estimate', sum(m.cost.hourly),
    { aggregator: 'last', precision: 2, customUnit: '$', conditionalFormats: p.lowerIsBetter(t.hourlyCostUsd / 2, t.hourlyCostUsd) }),
  monthlyCost:: w.queryValue('Monthly Cost Estimate', sum(m.cost.monthly), { aggregator: 'last', precision: 0, customUnit: '$' }),
  spotSavings:: w.queryValue('Spot Savings (%)', avg(m.cost.spotSavingsPct), { aggregator: 'last', precision: 1, customUnit: '%' }),
  costChange:: w.change('Hourly Cost vs Last Week', sum(m.cost.hourly), { compareTo: 'week_before', increaseGood: false, width: 3 }),
  costTrend:: w.timeseries('Cost Trend (Hourly, $)', sum(m.cost.hourly),
    { width: 12, markers: [p.warningMarker(t.hourlyCostUsd, 'Budget: $' + t.hourlyCostUsd + '/h')] }),
  costNote:: p.infoNote('Costs are estimates from instance counts; use AWS Cost Explorer for billing figures.'),
}
