// W&B training: run counts by run type (ptm = push-to-main `github.sky.*`, sweep, stable, local, other), throughput,
// accuracy, loss, duration and GPU use, on the W&B collector's names (docs/collectors/wandb.md).
local y = import 'yardstick.libsonnet';
local wb = import 'components/wandb.libsonnet';
local p = y.presets;
local g = y.grid;
local tv = y.templateVariables;

y.dashboard.new(
  key='wandb-training',
  title='W&B Training Runs',
  description='Weights & Biases training runs: status by run type, throughput, accuracy, loss, duration and GPU use.',
  requires=['wandb'],
  templateVariables=[tv.env, tv.project, tv.runType],
  widgets=[
    p.infoNote('Counts are runs created in the collector window (default 24 hours) by `run_type`; pick a run type above. Throughput, accuracy and loss come from the runs\' summary metrics and have no run type.'),
    p.subsectionHeader('Run Status'),
    wb.active, wb.completed, wb.failed, wb.successRate,
    wb.activity,
    g.breakBefore(p.subsectionHeader('Performance')),
    wb.sps, wb.hearts, wb.queueLatency,
    wb.spsTrend, wb.heartsTrend,
    wb.accuracy, wb.loss,
    g.breakBefore(p.subsectionHeader('Duration and GPUs')),
    wb.duration, wb.gpuHours, wb.gpuUtilization,
    wb.runsTable,
  ],
)
