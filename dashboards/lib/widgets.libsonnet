// @purpose Widget constructors. Progressive disclosure: (title, queries) → options object → raw `extra`.
// `queries` is a query string, a query object (queries.q / queries.apm), or an array of either; queries
// without a name are named query1..n. `formulas` defaults to one formula per query; give strings
// ('100 * query2 / query1') or objects ({formula, alias, unit, conditional_formats}).
local qs = import 'queries.libsonnet';

local asArray(x) = if std.isArray(x) then x else [x];

local namedQueries(queries, aggregator) =
  std.mapWithIndex(function(i, q)
    local obj = if std.isString(q) then qs.q(q) else q;
    local named = if std.objectHas(obj, 'name') then obj else obj { name: 'query' + (i + 1) };
    if aggregator != null && !std.objectHas(named, 'aggregator') && named.data_source == 'metrics'
    then named { aggregator: aggregator } else named,
    asArray(queries));

local formulaObject(f) =
  local obj = if std.isString(f) then { formula: f } else f;
  local unit = if std.objectHas(obj, 'unit') then obj.unit else null;
  { formula: obj.formula }
  + (if std.objectHas(obj, 'alias') then { alias: obj.alias } else {})
  + (if std.objectHas(obj, 'limit') then { limit: obj.limit } else {})
  + (if std.objectHas(obj, 'cell_display_mode') then { cell_display_mode: obj.cell_display_mode } else {})
  + (if std.objectHas(obj, 'conditional_formats') then { conditional_formats: obj.conditional_formats } else {})
  + (if std.objectHas(obj, 'style') then { style: obj.style } else {})
  + (if unit != null then { number_format: { unit: { type: 'canonical_unit', unit_name: unit } } } else {});

local request(queries, options, responseFormat, aggregator=null) =
  local named = namedQueries(queries, aggregator);
  local formulas = if std.objectHas(options, 'formulas') then asArray(options.formulas)
                   else [q.name for q in named];
  {
    response_format: responseFormat,
    queries: named,
    formulas: [formulaObject(f) for f in formulas],
  };

local opt(options, key, default) = if std.objectHas(options, key) then options[key] else default;
local optField(options, key, field) = if std.objectHas(options, key) then { [field]: options[key] } else {};

local titled(type, title, options) =
  { title: title, title_size: opt(options, 'titleSize', '16'), title_align: opt(options, 'titleAlign', 'left'), type: type };

local widget(definition, width, height, options) =
  { definition: definition + opt(options, 'extra', {}), size:: { width: opt(options, 'width', width), height: opt(options, 'height', height) } };

{
  // @widget timeseries @options displayType line|bars|area, palette, lineType, lineWidth, markers,
  // showLegend, yaxis {min,max,scale,include_zero}, formulas, time {live_span}
  timeseries(title, queries, options={})::
    widget(titled('timeseries', title, options) {
      show_legend: opt(options, 'showLegend', false),
      legend_layout: 'auto',
      legend_columns: ['avg', 'min', 'max', 'value', 'sum'],
      requests: [request(queries, options, 'timeseries') {
        style: {
          palette: opt(options, 'palette', 'dog_classic'),
          line_type: opt(options, 'lineType', 'solid'),
          line_width: opt(options, 'lineWidth', 'normal'),
        },
        display_type: opt(options, 'displayType', 'line'),
      }],
    } + optField(options, 'markers', 'markers') + optField(options, 'yaxis', 'yaxis') + optField(options, 'time', 'time'),
    6, 3, options),

  // @widget query_value @options aggregator (avg), precision (2), autoscale (true), customUnit,
  // conditionalFormats, textAlign
  queryValue(title, queries, options={})::
    widget(titled('query_value', title, options) {
      requests: [request(queries, options, 'scalar', opt(options, 'aggregator', 'avg'))
                 + optField(options, 'conditionalFormats', 'conditional_formats')],
      autoscale: opt(options, 'autoscale', true),
      precision: opt(options, 'precision', 2),
    } + optField(options, 'customUnit', 'custom_unit') + optField(options, 'textAlign', 'text_align')
      + optField(options, 'time', 'time'),
    3, 2, options),

  // @widget toplist @options aggregator (avg), formulas (with limit)
  toplist(title, queries, options={})::
    widget(titled('toplist', title, options) {
      requests: [request(queries, options, 'scalar', opt(options, 'aggregator', 'avg'))
                 + optField(options, 'conditionalFormats', 'conditional_formats')],
    }, 6, 3, options),

  // @widget change @options compareTo hour_before|day_before|week_before|month_before, increaseGood,
  // orderBy change|name|present|past, orderDir asc|desc, showPresent
  change(title, queries, options={})::
    widget(titled('change', title, options) {
      requests: [request(queries, options, 'scalar', opt(options, 'aggregator', 'avg')) {
        compare_to: opt(options, 'compareTo', 'day_before'),
        increase_good: opt(options, 'increaseGood', true),
        order_by: opt(options, 'orderBy', 'change'),
        order_dir: opt(options, 'orderDir', 'desc'),
        show_present: opt(options, 'showPresent', true),
      }],
    }, 4, 2, options),

  // @widget heatmap
  heatmap(title, queries, options={})::
    widget(titled('heatmap', title, options) {
      show_legend: opt(options, 'showLegend', true),
      requests: [request(queries, options, 'timeseries') { style: { palette: opt(options, 'palette', 'dog_classic') } }],
      yaxis: opt(options, 'yaxis', { include_zero: true, scale: 'linear' }),
    }, 6, 3, options),

  // @widget distribution — needs a distribution metric (percentile space aggregation works only there).
  distribution(title, queries, options={})::
    widget(titled('distribution', title, options) {
      show_legend: opt(options, 'showLegend', false),
      requests: [request(queries, options, 'scalar', opt(options, 'aggregator', 'avg')) {
        request_type: 'histogram', style: { palette: opt(options, 'palette', 'dog_classic') },
      }],
    }, 6, 3, options),

  // @widget query_table @options formulas with alias/limit/cell_display_mode, hasSearchBar auto|always|never
  queryTable(title, queries, options={})::
    widget(titled('query_table', title, options) {
      has_search_bar: opt(options, 'hasSearchBar', 'auto'),
      requests: [request(queries, options, 'scalar', opt(options, 'aggregator', 'avg'))],
    }, 12, 4, options),

  // @widget note — notes have no title fields (Datadog rejects them).
  note(content, options={})::
    widget({
      type: 'note',
      content: content,
      background_color: opt(options, 'background', 'white'),
      font_size: opt(options, 'fontSize', '14'),
      text_align: opt(options, 'textAlign', 'left'),
      vertical_align: opt(options, 'verticalAlign', 'top'),
      show_tick: false,
      tick_pos: '50%',
      tick_edge: 'left',
      has_padding: true,
    }, 12, 1, options),

  // @widget group — children are flowed inside the group's own 12-column grid unless already placed.
  // @options background vivid_blue|vivid_purple|vivid_pink|vivid_orange|vivid_yellow|vivid_green|blue|…|gray|white
  group(title, widgets, options={})::
    widget({
      title: title,
      type: 'group',
      layout_type: 'ordered',
      background_color: opt(options, 'background', 'vivid_blue'),
      show_title: opt(options, 'showTitle', true),
      widgets: widgets,
    }, 12, 1, options),

  // @widget slo @options viewType detail, timeWindows ['7d','30d'], showErrorBudget
  slo(title, sloId, options={})::
    widget(titled('slo', title, options) {
      slo_id: sloId,
      view_type: 'detail',
      view_mode: opt(options, 'viewMode', 'overall'),
      time_windows: opt(options, 'timeWindows', ['7d', '30d']),
      show_error_budget: opt(options, 'showErrorBudget', true),
    }, 6, 3, options),

  // @widget check_status @options grouping cluster|check, tags
  checkStatus(title, check, options={})::
    widget(titled('check_status', title, options) {
      check: check,
      grouping: opt(options, 'grouping', 'cluster'),
      tags: opt(options, 'tags', ['$env']),
    }, 3, 2, options),

  // @widget manage_status — a monitor summary, e.g. query 'tag:managed-by:yardstick'.
  manageStatus(title, query, options={})::
    widget(titled('manage_status', title, options) {
      query: query,
      summary_type: opt(options, 'summaryType', 'monitors'),
      display_format: opt(options, 'displayFormat', 'countsAndList'),
      color_preference: 'text',
      hide_zero_counts: true,
      show_last_triggered: true,
      sort: 'status,asc',
    }, 12, 4, options),

  // @widget alert_graph — the graph of one monitor.
  alertGraph(title, alertId, options={})::
    widget(titled('alert_graph', title, options) {
      alert_id: alertId,
      viz_type: opt(options, 'vizType', 'timeseries'),
    }, 6, 3, options),

  // @widget wildcard — a Vega-Lite specification over query results (data named table1).
  wildcard(title, queries, specification, options={})::
    widget(titled('wildcard', title, options) {
      requests: [request(queries, options, 'scalar', opt(options, 'aggregator', 'last'))],
      specification: { type: 'vega-lite', contents: specification },
    }, 12, 8, options),
}
