// @purpose The dashboard envelope. The stable key identifies the dashboard across pushes; it is written
// into the description as [yardstick-key:<key>] and into hidden metadata (`yardstick::`) with the
// collector types the dashboard needs. `sandboxOnly` dashboards (the reference demo, with placeholder alert and
// SLO ids) are pushed only to a loopback API such as the sandbox's.
local grid = import 'grid.libsonnet';
local tv = import 'template_variables.libsonnet';

local hasLayout(w) = std.objectHas(w, 'layout');

{
  // @simple new('github-cicd', 'GitHub CI/CD', widgets, requires=['github'])
  // Widgets either all carry layouts (explicit helpers) or none do (then they are flowed).
  new(key, title, widgets, description='', requires=[], templateVariables=[tv.env], presets=tv.environmentViews,
      notifyList=[], sandboxOnly=false)::
    assert std.length(std.findSubstr(' ', key)) == 0 && std.length(key) > 0 : 'dashboard key must be a non-empty word, got "' + key + '"';
    local placed = std.length(std.filter(hasLayout, widgets));
    assert placed == 0 || placed == std.length(widgets) :
           'dashboard ' + key + ': ' + placed + ' of ' + std.length(widgets) + ' widgets have layouts; place all or none';
    local laid = if placed == 0 then grid.flow(widgets) else [grid.sizeGroup(w) { layout: w.layout } for w in widgets];
    {
      yardstick:: { key: key, kind: 'dashboard', requires: requires, sandboxOnly: sandboxOnly },
      title: title,
      description: (if description == '' then '' else description + '\n\n') + '[yardstick-key:' + key + ']',
      layout_type: 'ordered',
      reflow_type: 'fixed',
      template_variables: templateVariables,
      template_variable_presets: [p for p in presets if std.length(templateVariables) > 0],
      notify_list: notifyList,
      widgets: laid,
    },
}
