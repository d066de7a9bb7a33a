// @purpose Layouts on Datadog's 12-column grid. Explicit helpers (at, row, rowCustom, column, fullWidth,
// halfWidth, thirdWidth, quarterWidth, grid2d) place widgets where you say; flow() wraps them
// automatically (row height = tallest widget, groups sized from their children).
// Every widget carries a hidden `size:: {width, height}` (its preferred size) that flow() honours.
local COLUMNS = 12;

local checkedLayout(x, y, width, height, label='widget') =
  assert std.isNumber(x) && x >= 0 && std.floor(x) == x : label + ': layout x must be a whole number >= 0, got ' + x;
  assert std.isNumber(y) && y >= 0 && std.floor(y) == y : label + ': layout y must be a whole number >= 0, got ' + y;
  assert std.isNumber(width) && width >= 1 && width <= COLUMNS && std.floor(width) == width :
         label + ': layout width must be a whole number 1..12, got ' + width;
  assert std.isNumber(height) && height >= 1 && std.floor(height) == height :
         label + ': layout height must be a whole number >= 1, got ' + height;
  assert x + width <= COLUMNS : label + ' overflows the 12-column grid: x ' + x + ' + width ' + width + ' > 12';
  { x: x, y: y, width: width, height: height };

local sizeOf(widget) =
  if std.objectHasAll(widget, 'size') then widget.size else { width: 4, height: 3 };

// Equal split of 12 columns among n widgets; the remainder goes to the leftmost widgets.
local equalWidths(n) =
  assert n >= 1 && n <= COLUMNS : 'a row holds 1..12 widgets, got ' + n;
  std.makeArray(n, function(i) std.floor(COLUMNS / n) + (if i < COLUMNS % n then 1 else 0));

local prefixSums(xs) =
  std.foldl(function(acc, w) acc + [acc[std.length(acc) - 1] + w], xs, [0]);

{
  columns:: COLUMNS,

  // @simple at(widget, 0, 0, 6, 3) — place one widget.
  at(widget, x, y, width, height):: widget { layout: checkedLayout(x, y, width, height, $.describe(widget)) },

  // A short name for messages: the title, else the start of a note's content.
  describe(widget)::
    local d = widget.definition;
    if std.objectHas(d, 'title') && d.title != '' then d.type + ' "' + d.title + '"'
    else if std.objectHas(d, 'content') then d.type + ' "' + std.substr(d.content, 0, 30) + '"'
    else d.type,

  // @simple sized(widget, 6, 3) — set the preferred size flow() uses.
  sized(widget, width, height):: widget { size:: { width: width, height: height } },

  // @simple row(y, [a, b, c]) — equal widths across the row.
  row(y, widgets, height=3)::
    local widths = equalWidths(std.length(widgets));
    self.rowCustom(y, widgets, widths, height),

  // @options rowCustom(y, widgets, [3, 3, 6]) — explicit widths, summing to at most 12.
  rowCustom(y, widgets, widths, height=3)::
    assert std.length(widgets) == std.length(widths) :
           'rowCustom: ' + std.length(widgets) + ' widgets but ' + std.length(widths) + ' widths';
    local xs = prefixSums(widths);
    assert xs[std.length(xs) - 1] <= COLUMNS : 'rowCustom: widths sum to ' + xs[std.length(xs) - 1] + ' > 12';
    std.mapWithIndex(function(i, w) $.at(w, xs[i], y, widths[i], height), widgets),

  column(x, startY, widgets, width=6, height=3)::
    std.mapWithIndex(function(i, w) $.at(w, x, startY + i * height, width, height), widgets),

  fullWidth(y, widget, height=3):: self.at(widget, 0, y, 12, height),
  halfWidth(y, widget, left=true, height=3):: self.at(widget, if left then 0 else 6, y, 6, height),
  thirdWidth(y, widget, position=0, height=3)::
    assert position >= 0 && position <= 2 : 'thirdWidth position must be 0..2, got ' + position;
    self.at(widget, 4 * position, y, 4, height),
  quarterWidth(y, widget, position=0, height=2)::
    assert position >= 0 && position <= 3 : 'quarterWidth position must be 0..3, got ' + position;
    self.at(widget, 3 * position, y, 3, height),

  // @simple grid2d(0, widgets, cols=4) — n columns of equal width, rows of equal height.
  grid2d(startY, widgets, cols, height=3, spacing=0)::
    assert cols >= 1 && COLUMNS % cols == 0 : 'grid2d cols must divide 12, got ' + cols;
    local w = COLUMNS / cols;
    std.mapWithIndex(function(i, widget)
      $.at(widget, (i % cols) * w, startY + std.floor(i / cols) * (height + spacing), w, height), widgets),

  // Forces flow() to start a new row at this widget.
  breakBefore(widget):: widget { newRow:: true },

  // @simple flow(widgets) — wrap at 12 columns; each row is as tall as its tallest widget. Groups are
  // laid out recursively and sized from their children. Widgets that already have a layout are rejected
  // so the two styles are never mixed silently.
  flow(widgets, startY=0)::
    local place(acc, widget) =
      assert !std.objectHas(widget, 'layout') : 'flow(): widget already has a layout; use flow() or explicit layouts, not both';
      local sized = $.sizeGroup(widget);
      local s = sizeOf(sized);
      local forced = std.objectHasAll(widget, 'newRow') && widget.newRow;
      local wrap = acc.x > 0 && (forced || acc.x + s.width > COLUMNS);
      local x = if wrap then 0 else acc.x;
      local y = if wrap then acc.y + acc.rowHeight else acc.y;
      local rowHeight = if wrap then s.height else std.max(acc.rowHeight, s.height);
      acc {
        x: x + s.width,
        y: y,
        rowHeight: rowHeight,
        out: acc.out + [$.at(sized, x, y, s.width, s.height)],
      };
    std.foldl(place, widgets, { x: 0, y: startY, rowHeight: 0, out: [] }).out,

  // Places explicit blocks below each other: stack([[...row...], [...]]) where each block is laid out
  // from y = 0; the blocks are shifted down by the heights above them.
  stack(blocks)::
    local bottom(ws) = std.foldl(function(m, w) std.max(m, w.layout.y + w.layout.height), ws, 0);
    local shift(ws, dy) = [w { layout+: { y: w.layout.y + dy } } for w in ws];
    std.foldl(function(acc, b) { y: acc.y + bottom(b), out: acc.out + shift(b, acc.y) },
              blocks, { y: 0, out: [] }).out,

  // The height a group needs: the extent of its children plus one row for the title bar.
  groupHeight(children, showTitle=true)::
    std.foldl(function(m, w) std.max(m, w.layout.y + w.layout.height), children, 0) + (if showTitle then 1 else 0),

  // Flows a group's children (unless they are already placed) and sets its preferred size.
  sizeGroup(widget)::
    if widget.definition.type != 'group' then widget
    else
      local children = widget.definition.widgets;
      local placed = std.length(children) > 0 && std.objectHas(children[0], 'layout');
      local laid = if placed then children else $.flow(children);
      local showTitle = !std.objectHas(widget.definition, 'show_title') || widget.definition.show_title;
      widget {
        definition+: { widgets: laid },
        size:: { width: COLUMNS, height: $.groupHeight(laid, showTitle) },
      },
}
