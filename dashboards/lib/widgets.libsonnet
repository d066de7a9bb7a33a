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

// Options every widget takes; each constructor adds its own. An unknown key (a typo such as showLegnd) is an error
// reported at the line that passes it, never silently ignored.
local commonOptions = ['width', 'height', 'extra', 'titleSize', 'titleAlign', 'time'];
local checkOptions(type, options, own) =
  local unknown = [k for k in std.objectFields(options) if std.length(std.find(k, commonOptions + own)) == 0];
  assert std.isObject(options) : type + ' options must be an object';
  assert std.length(unknown) == 0 :
         'unknown ' + type + ' option' + (if std.length(unknown) > 1 then 's ' else ' ') + std.join(', ', ['`' + k + '`' for k in unknown])
         + ' (known: ' + std.join(', ', std.sort(commonOptions + own)) + ')';
  options;

local widget(definition, width, height, options) =
  { definition: definition + opt(options, 'extra', {}), size:: { width: opt(options, 'width', width), height: opt(options, 'height', height) } };

{
  // @widget timeseries @options displayType line|bars|area, palette, lineType, lineWidth, markers,
  // showLegend, yaxis {min,max,scale,include_zero}, formulas, time {live_span}
  timeseries(title, queries, options={})::
    local o = checkOptions('timeseries', options, ['formulas', 'displayType', 'palette', 'lineType', 'lineWidth', 'markers', 'showLegend', 'yaxis']);
    widget(titled('timeseries', title, o) {
      show_legend: opt(o, 'showLegend', false),
      legend_layout: 'auto',
      legend_columns: ['avg', 'min', 'max', 'value', 'sum'],
      requests: [request(queries, o, 'timeseries') {
        style: {
          palette: opt(o, 'palette', 'dog_classic'),
          line_type: opt(o, 'lineType', 'solid'),
          line_width: opt(o, 'lineWidth', 'normal'),
        },
        display_type: opt(o, 'displayType', 'line'),
      }],
    } + optField(o, 'markers', 'markers') + optField(o, 'yaxis', 'yaxis') + optField(o, 'time', 'time'),
    6, 3, o),

  // @widget query_value @options aggregator (avg), precision (2), autoscale (true), customUnit,
  // conditionalFormats, textAlign
  queryValue(title, queries, options={})::
    local o = checkOptions('queryValue', options, ['formulas', 'aggregator', 'precision', 'autoscale', 'customUnit', 'conditionalFormats', 'textAlign']);
    widget(titled('query_value', title, o) {
      requests: [request(queries, o, 'scalar', opt(o, 'aggregator', 'avg'))
                 + optField(o, 'conditionalFormats', 'conditional_formats')],
      autoscale: opt(o, 'autoscale', true),
      precision: opt(o, 'precision', 2),
    } + optField(o, 'customUnit', 'custom_unit') + optField(o, 'textAlign', 'text_align')
      + optField(o, 'time', 'time'),
    3, 2, o),

  // @widget toplist @options aggregator (avg), formulas (with limit)
  toplist(title, queries, options={})::
    local o = checkOptions('toplist', options, ['formulas', 'aggregator', 'conditionalFormats']);
    widget(titled('toplist', title, o) {
      requests: [request(queries, o, 'scalar', opt(o, 'aggregator', 'avg'))
                 + optField(o, 'conditionalFormats', 'conditional_formats')],
    }, 6, 3, o),

  // @widget change @options compareTo hour_before|day_before|week_before|month_before, increaseGood,
  // orderBy change|name|present|past, orderDir asc|desc, showPresent
  change(title, queries, options={})::
    local o = checkOptions('change', options, ['formulas', 'aggregator', 'compareTo', 'increaseGood', 'orderBy', 'orderDir', 'showPresent']);
    widget(titled('change', title, o) {
      requests: [request(queries, o, 'scalar', opt(o, 'aggregator', 'avg')) {
        compare_to: opt(o, 'compareTo', 'day_before'),
        increase_good: opt(o, 'increaseGood', true),
        order_by: opt(o, 'orderBy', 'change'),
        order_dir: opt(o, 'orderDir', 'desc'),
        show_present: opt(o, 'showPresent', true),
      }],
    }, 4, 2, o),

  // @widget heatmap
  heatmap(title, queries, options={})::
    local o = checkOptions('heatmap', options, ['formulas', 'showLegend', 'palette', 'yaxis']);
    widget(titled('heatmap', title, o) {
      show_legend: opt(o, 'showLegend', true),
      requests: [request(queries, o, 'timeseries') { style: { palette: opt(o, 'palette', 'dog_classic') } }],
      yaxis: opt(o, 'yaxis', { include_zero: true, scale: 'linear' }),
    }, 6, 3, o),

  // @widget distribution — needs a distribution metric (percentile space aggregation works only there).
  distribution(title, queries, options={})::
    local o = checkOptions('distribution', options, ['formulas', 'aggregator', 'showLegend', 'palette']);
    widget(titled('distribution', title, o) {
      show_legend: opt(o, 'showLegend', false),
      requests: [request(queries, o, 'scalar', opt(o, 'aggregator', 'avg')) {
        request_type: 'histogram', style: { palette: opt(o, 'palette', 'dog_classic') },
      }],
    }, 6, 3, o),

  // @widget query_table @options formulas with alias/limit/cell_display_mode, hasSearchBar auto|always|never
  queryTable(title, queries, options={})::
    local o = checkOptions('queryTable', options, ['formulas', 'aggregator', 'hasSearchBar']);
    widget(titled('query_table', title, o) {
      has_search_bar: opt(o, 'hasSearchBar', 'auto'),
      requests: [request(queries, o, 'scalar', opt(o, 'aggregator', 'avg'))],
    }, 12, 4, o),

  // @widget note — notes have no title fields (Datadog rejects them).
  note(content, options={})::
    local o = checkOptions('note', options, ['background', 'fontSize', 'textAlign', 'verticalAlign']);
    widget({
      type: 'note',
      content: content,
      background_color: opt(o, 'background', 'white'),
      font_size: opt(o, 'fontSize', '14'),
      text_align: opt(o, 'textAlign', 'left'),
      vertical_align: opt(o, 'verticalAlign', 'top'),
      show_tick: false,
      tick_pos: '50%',
      tick_edge: 'left',
      has_padding: true,
    }, 12, 1, o),

  // @widget group — children are flowed inside the group's own 12-column grid unless already placed.
  // @options background vivid_blue|vivid_purple|vivid_pink|vivid_orange|vivid_yellow|vivid_green|blue|…|gray|white
  group(title, widgets, options={})::
    local o = checkOptions('group', options, ['background', 'showTitle']);
    widget({
      title: title,
      type: 'group',
      layout_type: 'ordered',
      background_color: opt(o, 'background', 'vivid_blue'),
      show_title: opt(o, 'showTitle', true),
      widgets: widgets,
    }, 12, 1, o),

  // @widget slo @options viewType detail, timeWindows ['7d','30d'], showErrorBudget
  slo(title, sloId, options={})::
    local o = checkOptions('slo', options, ['viewMode', 'timeWindows', 'showErrorBudget']);
    widget(titled('slo', title, o) {
      slo_id: sloId,
      view_type: 'detail',
      view_mode: opt(o, 'viewMode', 'overall'),
      time_windows: opt(o, 'timeWindows', ['7d', '30d']),
      show_error_budget: opt(o, 'showErrorBudget', true),
    }, 6, 3, o),

  // @widget check_status @options grouping cluster|check, tags
  checkStatus(title, check, options={})::
    local o = checkOptions('checkStatus', options, ['grouping', 'tags']);
    widget(titled('check_status', title, o) {
      check: check,
      grouping: opt(o, 'grouping', 'cluster'),
      tags: opt(o, 'tags', ['$env']),
    }, 3, 2, o),

  // @widget manage_status — a monitor summary, e.g. query 'tag:managed-by:yardstick'.
  manageStatus(title, query, options={})::
    local o = checkOptions('manageStatus', options, ['summaryType', 'displayFormat']);
    widget(titled('manage_status', title, o) {
      query: query,
      summary_type: opt(o, 'summaryType', 'monitors'),
      display_format: opt(o, 'displayFormat', 'countsAndList'),
      color_preference: 'text',
      hide_zero_counts: true,
      show_last_triggered: true,
      sort: 'status,asc',
    }, 12, 4, o),

  // @widget alert_graph — the graph of one monitor.
  alertGraph(title, alertId, options={})::
    local o = checkOptions('alertGraph', options, ['vizType']);
    widget(titled('alert_graph', title, o) {
      alert_id: alertId,
      viz_type: opt(o, 'vizType', 'timeseries'),
    }, 6, 3, o),

  // @widget wildcard — a Vega-Lite specification over query results (data named table1).
  wildcard(title, queries, specification, options={})::
    local o = checkOptions('wildcard', options, ['formulas', 'aggregator']);
    widget(titled('wildcard', title, o) {
      requests: [request(queries, o, 'scalar', opt(o, 'aggregator', 'last'))],
      specification: { type: 'vega-lite', contents: specification },
    }, 12, 8, o),
}
