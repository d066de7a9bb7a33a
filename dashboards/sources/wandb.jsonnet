// W&B training: per-run gauges of the last 24 hours (run types ptm = push-to-main, sweep, stable, local).
local y = import 'yardstick.libsonnet';
local wb = import 'components/wandb.libsonnet';
local p = y.presets;
local g = y.grid;

y.dashboard.new(
  key='wandb-training',
  title='W&B Training Runs',
  description='Weights & Biases training runs of the last 24 hours: status, throughput, agent performance and duration.',
  requires=['wandb'],
  widgets=[
    p.infoNote('Runs created in the last 24 hours. Main-branch runs are those named `github.sky.*`; each run is one series tagged `run_id`.'),
    p.subsectionHeader('Run Status'),
    wb.activePtm, wb.succeededPtm, wb.failedPtm, wb.ptmSuccessRate,
    wb.runActivity,
    g.breakBefore(p.subsectionHeader('Performance')),
    wb.sps, wb.hearts, wb.queueLatency,
    wb.spsTrend, wb.heartsTrend,
    g.breakBefore(p.subsectionHeader('Duration')),
    wb.durationTrend, wb.durationByType,
    wb.runsTable,
  ],
)
