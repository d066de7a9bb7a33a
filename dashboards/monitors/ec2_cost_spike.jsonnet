// The EC2 hourly cost estimate rose sharply.
local y = import 'yardstick.libsonnet';
local m = y.metrics.ec2;
local t = y.thresholds.ec2;

y.monitors.metric(
  key='ec2-cost-spike',
  name='[Yardstick] EC2 hourly cost estimate spiked in {{region.name}}',
  evaluation='pct_change(avg(last_1h),last_1d)',
  metricQuery=y.queries.metric(m.cost.hourly, 'sum', ['$env'], ['region']),
  comparator='>',
  critical=t.hourlyCostSpikePct,
  message='The EC2 hourly cost estimate in {{region.name}} rose by {{value}}% against yesterday (threshold {{threshold}}%). Check the running instance count and types on the EC2 dashboard for new or forgotten GPU instances.',
  requires=['ec2'],
)
