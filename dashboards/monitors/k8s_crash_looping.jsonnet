// Kubernetes containers in CrashLoopBackOff.
local y = import 'yardstick.libsonnet';
local m = y.metrics.kubernetes;
local t = y.thresholds.kubernetes;

y.monitors.metric(
  key='k8s-crash-looping',
  name='[Yardstick] Crash-looping pods in {{cluster.name}}',
  evaluation='min(last_30m)',
  metricQuery=y.queries.metric(m.crashLooping, 'max', ['$env'], ['cluster']),
  comparator='>',
  critical=t.crashLooping,
  message='{{value}} containers have been in CrashLoopBackOff for 30 minutes in cluster {{cluster.name}}. Check `kubectl get pods -A | grep CrashLoopBackOff` and the logs of the previous container run.',
  requires=['kubernetes'],
  priority=2,
)
