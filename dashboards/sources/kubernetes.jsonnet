// Kubernetes cluster health: efficiency, pod problems and under-utilization.
local y = import 'yardstick.libsonnet';
local k = import 'components/kubernetes.libsonnet';
local g = y.grid;
local p = y.presets;
local tv = y.templateVariables;

local header(title) = [g.fullWidth(0, p.subsectionHeader(title), height=1)];

y.dashboard.new(
  key='kubernetes',
  title='Kubernetes Cluster Health',
  description='Kubernetes resource efficiency, pod health and cost optimization opportunities.',
  requires=['kubernetes'],
  templateVariables=[tv.env, tv.cluster],
  widgets=g.stack([
    header('Resource Efficiency'),
    g.row(0, [k.cpuWaste, k.memoryWaste, k.cpuEfficiency, k.memoryEfficiency], height=2),
    g.row(0, [k.overallocated, k.efficiencyTrend]),
    header('Pod Health Issues'),
    g.row(0, [k.crashLooping, k.failed, k.pending, k.oomKilled], height=2),
    g.row(0, [k.highRestarts, k.imagePullErrors, k.podIssues]),
    header('Underutilization & Cost Optimization'),
    g.row(0, [k.idle, k.lowCpu, k.lowMemory, k.zeroReplicas], height=2),
    [g.fullWidth(0, k.underutilization)],
  ]),
)
