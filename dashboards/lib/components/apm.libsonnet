// @purpose APM widgets (Datadog APM data; needs no Yardstick collector).
local q = import '../queries.libsonnet';
local w = import '../widgets.libsonnet';

local legend = { showLegend: true };

{
  // @simple latency('eval-orchestrator', ['latency_p90', 'latency_p99'])
  latency(title, service, stats, options={})::
    w.timeseries(title,
      std.mapWithIndex(function(i, s) q.apm(service, s, name='query' + (i + 1), groupBy=if std.objectHas(options, 'groupBy') then options.groupBy else [],
                                             spanKind=if std.objectHas(options, 'spanKind') then options.spanKind else null,
                                             operationMode=if std.objectHas(options, 'operationMode') then options.operationMode else null),
                       stats),
      { formulas: std.mapWithIndex(function(i, s) { formula: 'query' + (i + 1), alias: s } + (
          if std.objectHas(options, 'palettes') then { style: options.palettes[i] } else {}), stats),
        width: 4, height: 4 } + (if std.objectHas(options, 'showLegend') then { showLegend: options.showLegend } else legend)),
}
