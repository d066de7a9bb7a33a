// @purpose Every threshold in one place: dashboard markers and monitor conditions read the same numbers,
// so a chart's red line and its alert never disagree. Stakeholder values from the original rollout.
{
  fom: { green: 0.7, yellow: 0.3 },
  ci: {
    testsPassing: 1,            // latest run on main passes (>= 1)
    failedWorkflowsWarning: 2,  // failing workflows on main: < 2
    failedWorkflowsSpike: 10,   // chart marker: failed runs in 7 days that call for attention
    failureRatePct: 20,         // 100 x failed / runs over 7 days, per repository
    failureRateWarnPct: 10,
    failureRateRisePct: 10,     // change alert: the failure rate rose by this many points against a week ago
    workflowSuccessPct: 95,     // target success rate
    durationP90Minutes: 5,      // P90 CI duration < 5 min
    durationP90WarnMinutes: 8,  // warn at 8
    flakyRuns: 10,              // reruns per week < 10
    hotfixes: 5,                // per week < 5
    reverts: 1,                 // per week <= 1
    forceMerges: 7,             // per week < 7
    stalePrs: 20,               // open PRs older than 14 days < 20
    cycleTimeHours: 48,         // PR cycle time < 48 h
    cycleTimeAlertHours: 72,    // monitor: above 72 h for a whole day
  },
  collectors: {
    successRate: 0.95,          // per collector over 24 h
    runIntervalMinutes: 15,     // the CronJob schedule
    noDataMinutes: 45,          // dead man's switch: three missed 15-minute runs (>= 2 x the evaluation window)
    durationSeconds: 120,       // the per-collector timeout
  },
  ec2: { hourlyCostSpikePct: 50, hourlyCostUsd: 20 },
  kubernetes: { crashLooping: 0, oomKilled24h: 0 },
  skypilot: { failed7d: 5, jobSuccessPct: 95 },
  asana: { bugAgeDaysWarning: 30, bugAgeDaysCritical: 60 },
}
