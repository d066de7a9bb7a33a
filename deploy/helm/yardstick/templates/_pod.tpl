{{/* Arguments every yardstick command in the chart gets: the mounted config and the chart's overrides. */}}
{{- define "yardstick.commonArgs" -}}
{{- list "--config" "/etc/yardstick/application.conf" "--set" (printf "yardstick.environment=%s" .Values.environment) "--set" (printf "yardstick.run.deadline=%ds" (int .Values.runDeadlineSeconds)) | toJson -}}
{{- end -}}

{{/* One yardstick container. Argument: dict root, name, args. */}}
{{- define "yardstick.container" -}}
{{- $root := .root -}}
- name: {{ .name }}
  image: {{ include "yardstick.image" $root | quote }}
  imagePullPolicy: {{ $root.Values.image.pullPolicy }}
  args:
    {{- range .args }}
    - {{ . | quote }}
    {{- end }}
  {{- if or $root.Values.javaOpts $root.Values.env }}
  env:
    {{- with $root.Values.javaOpts }}
    - name: YARDSTICK_JAVA_OPTS
      value: {{ . | quote }}
    {{- end }}
    {{- with $root.Values.env }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- end }}
  securityContext:
    {{- toYaml $root.Values.securityContext | nindent 4 }}
  resources:
    {{- toYaml $root.Values.resources | nindent 4 }}
  volumeMounts:
    - name: config
      mountPath: /etc/yardstick
      readOnly: true
    - name: data
      mountPath: /var/lib/yardstick
    {{- if $root.Values.existingSecret }}
    - name: secrets
      mountPath: {{ $root.Values.secretsMountPath }}
      readOnly: true
    {{- end }}
{{- end -}}

{{/* The pod spec shared by the CronJobs and the `helm test` check: identity, security, config, data volume,
     secrets. Argument: dict root, args (the main container's), initArgs (optional), claim (PVC name or ""). */}}
{{- define "yardstick.podSpec" -}}
{{- $root := .root -}}
serviceAccountName: {{ include "yardstick.serviceAccountName" $root }}
automountServiceAccountToken: {{ or $root.Values.rbac.create $root.Values.serviceAccount.automountToken }}
restartPolicy: Never
{{- with $root.Values.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- with $root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml $root.Values.podSecurityContext | nindent 2 }}
{{- with .initArgs }}
initContainers:
  {{- include "yardstick.container" (dict "root" $root "name" "secrets-check" "args" .) | nindent 2 }}
{{- end }}
containers:
  {{- include "yardstick.container" (dict "root" $root "name" "yardstick" "args" .args) | nindent 2 }}
volumes:
  - name: config
    configMap:
      name: {{ include "yardstick.fullname" $root }}
  - name: data
    {{- if .claim }}
    persistentVolumeClaim:
      claimName: {{ .claim }}
    {{- else }}
    emptyDir:
      sizeLimit: {{ $root.Values.emptyDirSizeLimit }}
    {{- end }}
  {{- if $root.Values.existingSecret }}
  - name: secrets
    secret:
      secretName: {{ $root.Values.existingSecret }}
      defaultMode: 0440
  {{- end }}
{{- with $root.Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $root.Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $root.Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* The CronJobs to render: one per shard, or a single one. Each: name, shard, collectors, schedule. */}}
{{- define "yardstick.jobs" -}}
{{- $fullname := include "yardstick.fullname" . -}}
{{- $jobs := list -}}
{{- if .Values.shards -}}
{{- range .Values.shards -}}
{{- $jobs = append $jobs (dict "name" (printf "%s-%s" $fullname .name | trunc 52 | trimSuffix "-") "shard" .name "collectors" .collectors "schedule" (default $.Values.schedule .schedule)) -}}
{{- end -}}
{{- else -}}
{{- $jobs = append $jobs (dict "name" $fullname "shard" "" "collectors" list "schedule" .Values.schedule) -}}
{{- end -}}
{{- toJson $jobs -}}
{{- end -}}
