// @purpose Project-wide settings. To change them without editing the bundled library, put a file named
// settings.libsonnet in your own library directory: user library paths take priority over this one.
{
  // Where monitor notifications go (a Slack channel, PagerDuty service, e-mail or webhook handle).
  notificationHandle: '@slack-eng-health',
  // The environment selected by default in every dashboard's `env` template variable.
  defaultEnv: 'production',
  // Environments offered as saved views.
  environments: ['production', 'staging', 'development'],
  // Where monitor messages link their runbook section (docs/operations.md#<anchor>); point it at your own copy,
  // e.g. 'https://git.example.com/eng/yardstick/blob/main/docs/operations.md'.
  runbookUrl: 'docs/operations.md',
  // Tags every Yardstick monitor carries besides its key.
  monitorTags: ['managed-by:yardstick', 'service:yardstick'],
}
