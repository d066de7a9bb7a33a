// @purpose The environment monitors are made for. The CLI replaces this file at compile time with the configured
// `yardstick.environment` (e.g. `monitors push --set yardstick.environment=staging`); compiled on its own (golden
// files, the C++ jsonnet check, editors) it is the default environment of settings.libsonnet.
{
  name: (import 'settings.libsonnet').defaultEnv,
}
