// @purpose Asana widgets (collector type `asana`).
local m = (import '../metrics.libsonnet').asana;
local p = import '../presets.libsonnet';
local q = import '../queries.libsonnet';
local t = (import '../thresholds.libsonnet').asana;
local w = import '../widgets.libsonnet';

local avg(name) = q.metric(name);
local qv(title, name, options={}) = w.queryValue(title, avg(name), { aggregator: 'last', precision: 0 } + options);

{
  activeProjects:: qv('Active Projects', m.projects.active),
  onTrack:: qv('Projects On Track', m.projects.onTrack),
  atRisk:: qv('Projects At Risk', m.projects.atRisk),
  offTrack:: qv('Projects Off Track', m.projects.offTrack),
  projectHealth:: w.timeseries('Project Health Status',
    [avg(m.projects.onTrack), avg(m.projects.atRisk), avg(m.projects.offTrack)],
    { displayType: 'area', showLegend: true, width: 12,
      formulas: [{ formula: 'query1', alias: 'on track' }, { formula: 'query2', alias: 'at risk' }, { formula: 'query3', alias: 'off track' }] }),
  totalOpenBugs:: qv('Total Open Bugs', m.bugs.totalOpen),
  triage:: qv('Bugs in Triage', m.bugs.triage),
  activeBugs:: qv('Active Bugs', m.bugs.active),
  backlog:: qv('Bugs in Backlog', m.bugs.backlog),
  bugTrend:: w.timeseries('Bug Trend (Total Open)', avg(m.bugs.totalOpen), { palette: 'warm', width: 12 }),
  created7d:: qv('New Bugs (7 days)', m.bugs.created7d, { width: 4 }),
  completed7d:: qv('Bugs Completed (7 days)', m.bugs.completed7d, { width: 4 }),
  completed30d:: qv('Bugs Completed (30 days)', m.bugs.completed30d, { width: 4 }),
  bugVelocity:: w.timeseries('Bug Velocity', [avg(m.bugs.created7d), avg(m.bugs.completed7d)],
    { showLegend: true, width: 12, formulas: [{ formula: 'query1', alias: 'created' }, { formula: 'query2', alias: 'completed' },
                                               { formula: 'query2 - query1', alias: 'net burn-down' }] }),
  avgBugAge:: qv('Average Bug Age (days)', m.bugs.avgAgeDays,
                 { width: 4, precision: 1, conditionalFormats: p.lowerIsBetter(t.bugAgeDaysWarning, t.bugAgeDaysCritical) }),
  oldestBug:: qv('Oldest Bug (days)', m.bugs.oldestDays, { width: 4 }),
  bugAgeNote:: p.infoNote('Average bug age: under %d days is healthy, %d–%d days needs monitoring, over %d days needs action.'
                          % [t.bugAgeDaysWarning, t.bugAgeDaysWarning, t.bugAgeDaysCritical, t.bugAgeDaysCritical],
                          { width: 4, height: 2 }),
}
