// @purpose Metric names, one constant per name a collector declares (hierarchical names of the original
// system; runtime self-telemetry under yardstick.*). Components and monitors use only these constants,
// and `dashboards validate` checks each against the discovered plugins' catalogues.
{
  github: {
    prs: {
      open: 'github.prs.open', merged7d: 'github.prs.merged_7d', closedWithoutMerge7d: 'github.prs.closed_without_merge_7d',
      avgTimeToMergeHours: 'github.prs.avg_time_to_merge_hours', cycleTimeHours: 'github.prs.cycle_time_hours',
      staleCount14d: 'github.prs.stale_count_14d', withReviewCommentsPct: 'github.prs.with_review_comments_pct',
      avgCommentsPerPr: 'github.prs.avg_comments_per_pr',
    },
    branchesActive: 'github.branches.active',
    commits: {
      total7d: 'github.commits.total_7d', hotfix: 'github.commits.hotfix', reverts: 'github.commits.reverts',
      forceMerge7d: 'github.commits.force_merge_7d', perDeveloper7d: 'github.commits.per_developer_7d',
    },
    code: {
      linesAdded7d: 'github.code.lines_added_7d', linesDeleted7d: 'github.code.lines_deleted_7d',
      filesChanged7d: 'github.code.files_changed_7d',
    },
    ci: {
      workflowRuns7d: 'github.ci.workflow_runs_7d', failedWorkflows7d: 'github.ci.failed_workflows_7d',
      timeoutCancellations7d: 'github.ci.timeout_cancellations_7d', flakyChecks7d: 'github.ci.flaky_checks_7d',
      benchmarksPassing: 'github.ci.benchmarks_passing', testsPassingOnMain: 'github.ci.tests_passing_on_main',
      avgWorkflowDurationMinutes: 'github.ci.avg_workflow_duration_minutes',
      durationP50Minutes: 'github.ci.duration_p50_minutes', durationP90Minutes: 'github.ci.duration_p90_minutes',
      durationP99Minutes: 'github.ci.duration_p99_minutes',
    },
    developersActive7d: 'github.developers.active_7d',
  },
  skypilot: {
    clustersActive: 'skypilot.clusters.active',
    jobs: {
      queued: 'skypilot.jobs.queued', running: 'skypilot.jobs.running', failed: 'skypilot.jobs.failed',
      failed7d: 'skypilot.jobs.failed_7d', succeeded: 'skypilot.jobs.succeeded', cancelled: 'skypilot.jobs.cancelled',
      runtimeP50: 'skypilot.jobs.runtime_seconds.p50', runtimeP90: 'skypilot.jobs.runtime_seconds.p90',
      runtimeP99: 'skypilot.jobs.runtime_seconds.p99',
      bucket0to1h: 'skypilot.jobs.runtime_buckets.0_1h', bucket1to4h: 'skypilot.jobs.runtime_buckets.1_4h',
      bucket4to24h: 'skypilot.jobs.runtime_buckets.4_24h', bucketOver24h: 'skypilot.jobs.runtime_buckets.over_24h',
      withRecoveries: 'skypilot.jobs.with_recoveries', recoveryCountAvg: 'skypilot.jobs.recovery_count.avg',
    },
    gpus: {
      l4: 'skypilot.resources.gpus.l4_count', a10g: 'skypilot.resources.gpus.a10g_count',
      h100: 'skypilot.resources.gpus.h100_count', total: 'skypilot.resources.gpus.total_count',
    },
    spotJobs: 'skypilot.resources.spot_jobs', ondemandJobs: 'skypilot.resources.ondemand_jobs',
    regions: { usEast1: 'skypilot.regions.us_east_1', usWest2: 'skypilot.regions.us_west_2', other: 'skypilot.regions.other' },
    usersActive: 'skypilot.users.active_count',
    job: { queueWaitSeconds: 'skypilot.job.queue_wait_seconds', estimatedCostHourly: 'skypilot.job.estimated_cost_hourly' },
  },
  asana: {
    projects: {
      active: 'asana.projects.active', onTrack: 'asana.projects.on_track', atRisk: 'asana.projects.at_risk',
      offTrack: 'asana.projects.off_track',
    },
    bugs: {
      totalOpen: 'asana.projects.bugs.total_open', triage: 'asana.projects.bugs.triage_count',
      active: 'asana.projects.bugs.active_count', backlog: 'asana.projects.bugs.backlog_count',
      created7d: 'asana.projects.bugs.created_7d', completed7d: 'asana.projects.bugs.completed_7d',
      completed30d: 'asana.projects.bugs.completed_30d', avgAgeDays: 'asana.projects.bugs.avg_age_days',
      oldestDays: 'asana.projects.bugs.oldest_bug_days',
    },
  },
  ec2: {
    instances: {
      total: 'ec2.instances.total', running: 'ec2.instances.running', stopped: 'ec2.instances.stopped',
      spot: 'ec2.instances.spot', ondemand: 'ec2.instances.ondemand', gpuInstances: 'ec2.instances.gpu_instances',
      gpuCount: 'ec2.instances.gpu_count', cpuCount: 'ec2.instances.cpu_count',
      avgAgeDays: 'ec2.instances.avg_age_days', oldestAgeDays: 'ec2.instances.oldest_age_days',
    },
    ebs: {
      volumesTotal: 'ec2.ebs.volumes.total', attached: 'ec2.ebs.volumes.attached', unattached: 'ec2.ebs.volumes.unattached',
      sizeGb: 'ec2.ebs.volumes.size_gb', snapshotsTotal: 'ec2.ebs.snapshots.total', snapshotsSizeGb: 'ec2.ebs.snapshots.size_gb',
    },
    cost: {
      hourly: 'ec2.cost.running_hourly_estimate', monthly: 'ec2.cost.monthly_estimate', spotSavingsPct: 'ec2.cost.spot_savings_pct',
    },
  },
  // W&B (issue 8): run counts tagged run_type; untagged training aggregates and configured summary metrics.
  wandb: {
    runs: {
      active: 'wandb.runs.active', completed24h: 'wandb.runs.completed_24h', failed24h: 'wandb.runs.failed_24h',
      totalRecent: 'wandb.runs.total_recent', completed7d: 'wandb.runs.completed_7d', failed7d: 'wandb.runs.failed_7d',
    },
    training: {
      avgDurationHours: 'wandb.training.avg_duration_hours', gpuHours24h: 'wandb.training.total_gpu_hours_24h',
      gpuUtilizationAvg: 'wandb.training.gpu_utilization_avg',
    },
    metrics: {
      latestSps: 'wandb.metrics.latest_sps', avgHeartAmount24h: 'wandb.metrics.avg_heart_amount_24h',
      latestQueueLatencyS: 'wandb.metrics.latest_queue_latency_s', bestAccuracy: 'wandb.metrics.best_accuracy',
      avgAccuracy7d: 'wandb.metrics.avg_accuracy_7d', latestLoss: 'wandb.metrics.latest_loss',
    },
  },
  kubernetes: {
    cpuWasteCores: 'k8s.resources.cpu_waste_cores', memoryWasteGb: 'k8s.resources.memory_waste_gb',
    cpuEfficiencyPct: 'k8s.resources.cpu_efficiency_pct', memoryEfficiencyPct: 'k8s.resources.memory_efficiency_pct',
    overallocatedPods: 'k8s.resources.overallocated_pods',
    crashLooping: 'k8s.pods.crash_looping', failed: 'k8s.pods.failed', pending: 'k8s.pods.pending',
    oomKilled24h: 'k8s.pods.oomkilled_24h', highRestarts: 'k8s.pods.high_restarts',
    imagePullErrors: 'k8s.pods.image_pull_errors', idle: 'k8s.pods.idle_count', lowCpu: 'k8s.pods.low_cpu_usage',
    lowMemory: 'k8s.pods.low_memory_usage', zeroReplicaDeployments: 'k8s.deployments.zero_replicas',
  },
  health: {
    ci: {
      testsPassing: 'health.ci.tests_passing.fom', failingWorkflows: 'health.ci.failing_workflows.fom',
      hotfixCount: 'health.ci.hotfix_count.fom', revertCount: 'health.ci.revert_count.fom',
      durationP90: 'health.ci.duration_p90.fom', stalePrs: 'health.ci.stale_prs.fom', prCycleTime: 'health.ci.pr_cycle_time.fom',
      benchmarksPassing: 'health.ci.benchmarks_passing.fom', forceMergeCount: 'health.ci.force_merge_count.fom',
      timeoutCancellations: 'health.ci.timeout_cancellations.fom', flakyChecks: 'health.ci.flaky_checks.fom',
    },
    training: {
      runSuccess: 'health.training.run_success.fom', runFailures: 'health.training.run_failures.fom',
      bestAccuracy: 'health.training.best_accuracy.fom', avgAccuracy: 'health.training.avg_accuracy.fom',
      latestLoss: 'health.training.latest_loss.fom', gpuUtilization: 'health.training.gpu_utilization.fom',
      duration: 'health.training.duration.fom',
    },
    inputMissing: 'health.fom.input_missing',
  },
  yardstick: {
    collector: {
      success: 'yardstick.collector.success', durationSeconds: 'yardstick.collector.duration_seconds',
      points: 'yardstick.collector.points', timeout: 'yardstick.collector.timeout', errors: 'yardstick.collector.errors',
    },
    run: { durationSeconds: 'yardstick.run.duration_seconds', lastSuccessTimestamp: 'yardstick.run.last_success_timestamp' },
    sink: { pointsSent: 'yardstick.sink.points_sent', pointsDropped: 'yardstick.sink.points_dropped', retries: 'yardstick.sink.retries' },
    httpRequests: 'yardstick.http.requests',
  },
}
