// SkyPilot jobs: status, runtime, GPUs and reliability.
local y = import 'yardstick.libsonnet';
local sky = import 'components/skypilot.libsonnet';
local g = y.grid;
local p = y.presets;

local header(title, description) = [g.fullWidth(0, p.sectionHeader(title, description), height=1)];

y.dashboard.new(
  key='skypilot-jobs',
  title='Skypilot Jobs Dashboard',
  description='Track Skypilot job status, GPU utilization, runtime metrics, and cluster health across regions.',
  requires=['skypilot'],
  widgets=g.stack([
    g.row(0, [sky.runningJobs, sky.queuedJobs, sky.failedJobs7d, sky.activeClusters], height=2),
    g.row(0, [sky.jobStatus, sky.jobSuccessRate]),
    header('Runtime Analysis', 'Job execution times and duration distribution'),
    g.row(0, [sky.runtimePercentiles, sky.runtimeBuckets]),
    header('Resource Utilization', 'GPU allocation and instance type distribution'),
    g.rowCustom(0, [sky.totalGpus, sky.activeUsers, sky.gpuTypes], [3, 3, 6]),
    g.row(0, [sky.spotVsOnDemand, sky.regions]),
    header('Reliability', 'Job recovery and failure analysis'),
    g.row(0, [sky.jobsWithRecoveries, sky.avgRecoveries]),
    g.row(0, [sky.queueWait]),
  ]),
)
