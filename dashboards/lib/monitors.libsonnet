// @purpose Monitors: a metric monitor whose query threshold and options.thresholds come from one number,
// tagged yardstick-key:<key> (its stable identity) and routed to the configured notification handle. The
// environment comes from environment.libsonnet (the configured `yardstick.environment`): `$env` becomes
// env:<environment>, and outside the default environment the key, name and tags carry the environment, so
// staging monitors are separate objects with their own keys.
local environment = (import 'environment.libsonnet').name;
local fmt = import 'fmt.libsonnet';
local settings = import 'settings.libsonnet';

local isDefault = environment == settings.defaultEnv;

{
  // @simple metric('collectors-failing', 'Collector failing', 'max(last_30m)', "min:yardstick.collector.success{$env} by {collector}", '<', 1, 'What to check …')
  // `metricQuery` is a queries.metric() string (or arithmetic of several); {$env} becomes env:<environment>
  // because monitors have no template variables. `message` says what to check; the runbook link to
  // docs/operations.md#<runbook> (default: the key) is appended.
  metric(key, name, evaluation, metricQuery, comparator, critical, message, warning=null, requires=[],
         priority=3, notifyNoData=false, noDataMinutes=null, renotifyMinutes=null, tags=[], options={}, runbook=null)::
    assert std.length(std.filter(function(c) c == comparator, ['>', '>=', '<', '<='])) == 1 :
           'monitor ' + key + ': comparator must be one of > >= < <=, got ' + comparator;
    assert priority >= 1 && priority <= 5 : 'monitor ' + key + ': priority must be 1..5, got ' + priority;
    local query = std.strReplace(metricQuery, '$env', 'env:' + environment);
    local anchor = if runbook == null then key else runbook;
    {
      yardstick:: { key: if isDefault then key else key + '-' + environment, kind: 'monitor', requires: requires },
      name: (if isDefault then '' else '[' + environment + '] ') + name,
      type: 'query alert',
      query: std.format('%s:%s %s %s', [evaluation, query, comparator, fmt.num(critical)]),
      message: message + '\n\nRunbook: ' + settings.runbookUrl + '#' + anchor + '\n\n' + settings.notificationHandle,
      tags: ['yardstick-key:' + self.yardstick.key] + settings.monitorTags + ['env:' + environment] + tags,
      priority: priority,
      options: {
        thresholds: { critical: critical } + (if warning != null then { warning: warning } else {}),
        notify_no_data: notifyNoData,
        require_full_window: false,
        include_tags: true,
      }
      + (if noDataMinutes != null then { no_data_timeframe: noDataMinutes } else {})
      + (if renotifyMinutes != null then { renotify_interval: renotifyMinutes } else {})
      + options,
    },
}
