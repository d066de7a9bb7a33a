// @purpose Health figure-of-merit rows (collector type `health-fom`). Adding a row to the rollup grid is
// one line in `rows`.
local m = (import '../metrics.libsonnet').health;

{
  // name, description, metric — CI first, then training.
  rows:: [
    { name: 'Tests Passing', description: 'All tests passing on main', metric: m.ci.testsPassing, key: 'tests_passing' },
    { name: 'Failing Workflows', description: 'Failed workflows (7d)', metric: m.ci.failingWorkflows, key: 'failing_workflows' },
    { name: 'Hotfix Count', description: 'Hotfixes (7d)', metric: m.ci.hotfixCount, key: 'hotfix_count' },
    { name: 'Revert Count', description: 'Reverts (7d)', metric: m.ci.revertCount, key: 'revert_count' },
    { name: 'CI Duration P90', description: 'CI pipeline duration', metric: m.ci.durationP90, key: 'duration_p90' },
    { name: 'Stale PRs', description: 'Stale PRs (14d)', metric: m.ci.stalePrs, key: 'stale_prs' },
    { name: 'PR Cycle Time', description: 'PR cycle time', metric: m.ci.prCycleTime, key: 'pr_cycle_time' },
  ],
  trainingRows:: [
    { name: 'Training Run Success', description: 'Completed runs (7d)', metric: m.training.runSuccess, key: 'run_success' },
    { name: 'Training Run Failures', description: 'Failed runs (7d)', metric: m.training.runFailures, key: 'run_failures' },
    { name: 'Best Model Accuracy', description: 'Best model performance', metric: m.training.bestAccuracy, key: 'best_accuracy' },
    { name: 'Avg Model Accuracy', description: 'Avg accuracy (7d)', metric: m.training.avgAccuracy, key: 'avg_accuracy' },
    { name: 'Training Loss', description: 'Latest training loss', metric: m.training.latestLoss, key: 'latest_loss' },
    { name: 'GPU Utilization', description: 'GPU utilization avg', metric: m.training.gpuUtilization, key: 'gpu_utilization' },
    { name: 'Training Duration', description: 'Avg duration (hours)', metric: m.training.duration, key: 'duration' },
  ],
  // Columns oldest first: 6 days ago ... today.
  days:: [6, 5, 4, 3, 2, 1, 0],
  dayLabel(days):: if days == 0 then 'Today' else '-' + days + 'd',
}
