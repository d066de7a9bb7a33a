// System Health Rollup — Training and CI detail: the 11 scores the 7x7 grid lacks (4 CI, 7 training), built by
// the same library function, filtered by repository (CI rows) and W&B project (training rows).
local y = import 'yardstick.libsonnet';
local health = import 'components/health.libsonnet';
local tv = y.templateVariables;

y.dashboard.new(
  key='system-health-rollup-detail',
  title='System Health Rollup — Training and CI detail',
  description='Figure-of-merit grid for the further CI scores and the training scores over 7 days; each cell shows the worst repository or project.',
  requires=['health-fom'],
  templateVariables=[tv.env, tv.repo, tv.project],
  widgets=health.gridWidgets('## Training and CI detail\n\nFurther CI scores (by repository) and training scores (by W&B project) over the last 7 days.',
                             health.detailRows),
)
