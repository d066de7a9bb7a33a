// Asana: project health and bug tracking. Automatic flow inside groups.
local y = import 'yardstick.libsonnet';
local a = import 'components/asana.libsonnet';
local w = y.widgets;

y.dashboard.new(
  key='asana',
  title='Asana Project Management',
  description='Project health, bug tracking and team velocity from Asana.',
  requires=['asana'],
  widgets=[
    w.group('Project Health', [a.activeProjects, a.onTrack, a.atRisk, a.offTrack, a.projectHealth], { background: 'vivid_green' }),
    w.group('Bug Status', [a.totalOpenBugs, a.triage, a.activeBugs, a.backlog, a.bugTrend], { background: 'vivid_orange' }),
    w.group('Bug Velocity', [a.created7d, a.completed7d, a.completed30d, a.bugVelocity], { background: 'vivid_purple' }),
    w.group('Bug Age', [a.avgBugAge, a.oldestBug, a.bugAgeNote], { background: 'vivid_blue' }),
  ],
)
