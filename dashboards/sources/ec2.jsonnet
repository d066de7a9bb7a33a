// EC2 infrastructure: instances, storage and cost. Automatic flow inside groups.
local y = import 'yardstick.libsonnet';
local ec2 = import 'components/ec2.libsonnet';
local w = y.widgets;
local tv = y.templateVariables;

y.dashboard.new(
  key='ec2-infrastructure',
  title='EC2 Infrastructure',
  description='AWS EC2 instances, EBS storage and cost estimates, per region.',
  requires=['ec2'],
  templateVariables=[tv.env, tv.region],
  widgets=[
    w.group('EC2 Instances', [ec2.total, ec2.running, ec2.stopped, ec2.gpuInstances, ec2.instanceTrend], { background: 'vivid_blue' }),
    w.group('Resources & Instance Types', [ec2.spot, ec2.ondemand, ec2.gpus, ec2.vcpus, ec2.spotShare], { background: 'vivid_green' }),
    w.group('Instance Age', [ec2.avgAge, ec2.oldest, ec2.ageNote], { background: 'vivid_yellow' }),
    w.group('EBS Storage', [ec2.volumes, ec2.attached, ec2.unattached, ec2.ebsSize, ec2.snapshots, ec2.snapshotSize, ec2.ebsTrend],
            { background: 'vivid_orange' }),
    w.group('Cost Tracking', [ec2.hourlyCost, ec2.monthlyCost, ec2.spotSavings, ec2.costChange, ec2.costTrend, ec2.costNote],
            { background: 'vivid_purple' }),
  ],
)
