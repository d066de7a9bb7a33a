// @purpose Monitors: a metric monitor whose query threshold and options.thresholds come from one number,
// tagged yardstick-key:<key> (its stable identity) and routed to the configured notification handle.
local fmt = import 'fmt.libsonnet';
local settings = import 'settings.libsonnet';

{
  // @simple metric('collectors-failing', 'Collector failing', 'max(last_30m)', "min:yardstick.collector.success{$env} by {collector}", '<', 1)
  // `metricQuery` is a queries.metric() string; template variables such as {$env} are replaced by
  // env:<defaultEnv> because monitors have no template variables.
  metric(key, name, evaluation, metricQuery, comparator, critical, message, warning=null, requires=[],
         priority=3, notifyNoData=false, noDataMinutes=null, renotifyMinutes=null, tags=[], options={})::
    assert std.length(std.filter(function(c) c == comparator, ['>', '>=', '<', '<='])) == 1 :
           'monitor ' + key + ': comparator must be one of > >= < <=, got ' + comparator;
    assert priority >= 1 && priority <= 5 : 'monitor ' + key + ': priority must be 1..5, got ' + priority;
    local query = std.strReplace(metricQuery, '$env', 'env:' + settings.defaultEnv);
    {
      yardstick:: { key: key, kind: 'monitor', requires: requires },
      name: name,
      type: 'query alert',
      query: std.format('%s:%s %s %s', [evaluation, query, comparator, fmt.num(critical)]),
      message: message + '\n\n' + settings.notificationHandle,
      tags: ['yardstick-key:' + key] + settings.monitorTags + tags,
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
