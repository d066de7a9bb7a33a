{{/* Chart name, truncated to the 63 characters a label value allows. */}}
{{- define "yardstick.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Full name: the release name, with the chart name appended unless the release already contains it.
     52 characters at most, because a CronJob's Job names add 11. */}}
{{- define "yardstick.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 52 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "yardstick.selectorLabels" -}}
app.kubernetes.io/name: {{ include "yardstick.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "yardstick.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "yardstick.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: yardstick
{{- end -}}

{{- define "yardstick.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "yardstick.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "yardstick.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* The interval in seconds between two runs of a schedule, for the forms it can be read from
     (every N minutes, hourly, every N hours, daily, the @ macros); empty when it cannot tell. */}}
{{- define "yardstick.intervalSeconds" -}}
{{- $s := trim . -}}
{{- if or (eq $s "@hourly") (regexMatch "^[0-9]+ \\* \\* \\* \\*$" $s) -}}3600
{{- else if or (eq $s "@daily") (eq $s "@midnight") (regexMatch "^[0-9]+ [0-9]+ \\* \\* \\*$" $s) -}}86400
{{- else if eq $s "@weekly" -}}604800
{{- else if eq $s "* * * * *" -}}60
{{- else if regexMatch "^\\*/[0-9]+ \\* \\* \\* \\*$" $s -}}{{ mul (regexReplaceAll "^\\*/([0-9]+) .*$" $s "${1}" | atoi) 60 }}
{{- else if regexMatch "^[0-9]+ \\*/[0-9]+ \\* \\* \\*$" $s -}}{{ mul (regexReplaceAll "^[0-9]+ \\*/([0-9]+) .*$" $s "${1}" | atoi) 3600 }}
{{- end -}}
{{- end -}}

{{/* The Job's activeDeadlineSeconds; fails rendering when it would not end before the next run starts. */}}
{{- define "yardstick.activeDeadlineSeconds" -}}
{{- $root := index . 0 -}}
{{- $schedule := index . 1 -}}
{{- $deadline := add $root.Values.runDeadlineSeconds $root.Values.shutdownGraceSeconds -}}
{{- $interval := include "yardstick.intervalSeconds" $schedule -}}
{{- if and $interval (ge (int $deadline) (int $interval)) -}}
{{- fail (printf "runDeadlineSeconds + shutdownGraceSeconds = %d s must stay below the interval of schedule %q (%s s), or runs would overlap" (int $deadline) $schedule $interval) -}}
{{- end -}}
{{- $deadline -}}
{{- end -}}

{{/* Refuses a literal secret in `config`: every key, token, password or secret setting must be a secret:
     reference (or null, or a substitution). A guard against the commonest leak, not a HOCON parser. */}}
{{- define "yardstick.checkNoLiteralSecrets" -}}
{{- range regexFindAll "(?i)[a-z0-9_.-]*(api-key|app-key|access-key|token|password|secret)\"?([ \\t]*=[ \\t]*|[ \\t]*:[ \\t]+)(\"[^\"\\n]*\"|[^ \\t\\n,}#\"]+)" .Values.config -1 -}}
{{- $value := regexReplaceAll "^[^=:]*[=:][ \\t]*" . "" | trimAll "\"" -}}
{{- if not (or (hasPrefix "secret:" $value) (eq $value "null") (hasPrefix "${" $value) (hasPrefix "{" $value) (hasPrefix "[" $value)) -}}
{{- fail (printf "config: %s holds a literal value; secrets never go in values: use \"secret:aws:NAME\" (serviceAccount.roleArn) or \"secret:file:%s/KEY\" (existingSecret)" (regexReplaceAll "\"?[ \\t]*[=:].*$" . "") $.Values.secretsMountPath) -}}
{{- end -}}
{{- end -}}
{{- end -}}
