// @purpose Template variables and saved views. Queries refer to them as {$env}, {$repo} ...
local settings = import 'settings.libsonnet';
{
  // @simple variable('repo') — prefix defaults to the name, default selection '*'.
  variable(name, prefix=name, defaults=['*'], availableValues=[])::
    { name: name, prefix: prefix, available_values: availableValues, defaults: defaults },

  env:: self.variable('env', defaults=[settings.defaultEnv]),
  repo:: self.variable('repo'),
  cluster:: self.variable('cluster'),
  region:: self.variable('region'),
  collector:: self.variable('collector'),
  project:: self.variable('project'),
  runType:: self.variable('run_type'),

  // One saved view per environment, selecting only `env`.
  environmentViews:: [
    { name: e, template_variables: [{ name: 'env', values: [e] }] }
    for e in settings.environments
  ],
}
