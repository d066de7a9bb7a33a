// @purpose Presets: markers, conditional formats and notes with consistent styling.
local fmt = import 'fmt.libsonnet';
local t = import 'thresholds.libsonnet';
local w = import 'widgets.libsonnet';

{
  // @simple marker(95, 'Target: 95%', 'ok') — a horizontal line y = value.
  // severity error|warning|ok|info, line dashed|solid|bold
  marker(value, label, severity='error', line='dashed')::
    { label: ' ' + label + ' ', value: 'y = ' + fmt.num(value), display_type: severity + ' ' + line },

  // A band lo < y < hi.
  rangeMarker(lo, hi, label, severity='warning', line='dashed')::
    { label: ' ' + label + ' ', value: fmt.num(lo) + ' < y < ' + fmt.num(hi), display_type: severity + ' ' + line },

  thresholdMarker(value, label):: self.marker(value, label, 'error', 'dashed'),
  warningMarker(value, label):: self.marker(value, label, 'warning', 'dashed'),
  sloMarker(target, label='SLO'):: self.marker(target, label + ': ' + fmt.num(target), 'ok', 'dashed'),

  // Health-score colouring: >= 0.7 green, >= 0.3 yellow, < 0.3 red (evaluated in order).
  fomFormats:: [
    { comparator: '>=', value: t.fom.green, palette: 'white_on_green' },
    { comparator: '>=', value: t.fom.yellow, palette: 'white_on_yellow' },
    { comparator: '<', value: t.fom.yellow, palette: 'white_on_red' },
  ],

  // Lower is better: red above crit, yellow above warn, green otherwise.
  lowerIsBetter(warn, crit):: [
    { comparator: '>', value: crit, palette: 'white_on_red' },
    { comparator: '>', value: warn, palette: 'white_on_yellow' },
    { comparator: '<=', value: warn, palette: 'white_on_green' },
  ],

  // Higher is better: green at or above target, red below.
  higherIsBetter(target):: [
    { comparator: '>=', value: target, palette: 'white_on_green' },
    { comparator: '<', value: target, palette: 'white_on_red' },
  ],

  sectionHeader(title, description='')::
    w.note('## ' + title + (if description != '' then '\n\n' + description else ''),
           { background: 'blue', fontSize: '18', textAlign: 'center', verticalAlign: 'center' }),
  subsectionHeader(title)::
    w.note('### ' + title, { background: 'gray', fontSize: '16', verticalAlign: 'center' }),
  infoNote(message, options={})::
    w.note(message, { background: 'white', fontSize: '14' } + options),
  alertNote(message)::
    w.note('**Alert:** ' + message, { background: 'red', fontSize: '16', textAlign: 'center' }),
}
