// GitHub CI/CD: development velocity, code quality and CI health. Explicit layout (the original's grid).
local y = import 'yardstick.libsonnet';
local gh = import 'components/github.libsonnet';
local g = y.grid;
local p = y.presets;
local tv = y.templateVariables;

y.dashboard.new(
  key='github-cicd',
  title='GitHub CI/CD Dashboard',
  description='Development velocity, code quality, and CI/CD metrics from GitHub: PRs, commits, workflows and developer activity.',
  requires=['github'],
  templateVariables=[tv.env, tv.repo],
  widgets=g.stack([
    g.row(0, [gh.openPRs, gh.mergedPRs, gh.activeDevelopers, gh.testsPassing], height=2),
    g.row(0, [gh.prCycleTime, gh.stalePRs]),
    g.row(0, [gh.hotfixes, gh.reverts]),
    g.row(0, [gh.failedWorkflows, gh.flakyAndCancelled]),
    [g.fullWidth(0, p.sectionHeader('CI/CD Performance', 'Workflow execution times and success rates'), height=1)],
    g.row(0, [gh.ciDurationPercentiles, gh.workflowSuccessRate]),
    g.row(0, [gh.commitsPerDeveloper, gh.codeChurn]),
  ]),
)
