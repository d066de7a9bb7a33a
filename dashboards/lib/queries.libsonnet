// @purpose Metric query strings. One query names one metric; arithmetic belongs in formulas.
local joinFilters(filters) = if std.length(filters) == 0 then '*' else std.join(',', filters);

{
  // Template-variable filters every Yardstick query carries by default.
  defaultFilters:: ['$env'],

  // @simple metric('github.prs.open') == 'avg:github.prs.open{$env}'
  // @options metric(name, agg='sum', filters=['$env', 'status:failed'], by=['repo'])
  metric(name, agg='avg', filters=self.defaultFilters, by=[])::
    assert std.isString(name) && std.length(name) > 0 : 'metric name must be a non-empty string';
    assert std.length(std.findSubstr('{', name)) == 0 : 'metric name must not contain filters: ' + name;
    std.format('%s:%s{%s}', [agg, name, joinFilters(filters)])
    + (if std.length(by) > 0 then std.format(' by {%s}', [std.join(',', by)]) else ''),

  // Datadog's documented form, for a formula over a named query or for a query string:
  // @simple timeshift('query1', 3) == 'timeshift(query1, -259200)'; 0 days leaves the expression as is.
  timeshift(expression, days)::
    assert std.isNumber(days) && days >= 0 && std.floor(days) == days : 'timeshift days must be a whole number >= 0';
    if days == 0 then expression else std.format('timeshift(%s, -%d)', [expression, days * 86400]),

  // @simple asCount(query) — for count metrics.
  asCount(query):: query + '.as_count()',

  // A query object for a formulas-and-functions request.
  // @options q(query, name='q1', aggregator='last', dataSource='metrics')
  q(query, name=null, aggregator=null, dataSource='metrics')::
    { data_source: dataSource }
    + (if name != null then { name: name } else {})
    + { query: query }
    + (if aggregator != null then { aggregator: aggregator } else {}),

  // An APM metrics query (data_source apm_metrics), as the Policy Evaluator dashboard uses.
  apm(service, stat, name=null, groupBy=[], spanKind=null, operationMode=null)::
    { data_source: 'apm_metrics' }
    + (if name != null then { name: name } else {})
    + { stat: stat, service: service }
    + (if spanKind != null then { span_kind: spanKind } else {})
    + (if operationMode != null then { operation_mode: operationMode } else {})
    + { group_by: groupBy },
}
