#!/bin/sh
# Records an AppCDS archive DIR/yardstick.jsa for the distribution in DIR (its yardstick.jar and lib/): a static
# archive of the classes that the training runs load, JDK classes included. Static rather than dynamic
# (-XX:ArchiveClassesAtExit): on JDK 17 only a static archive holds classes compiled for Java 5, which picocli's
# are, and it merges several training runs. The archive is only valid for the same java and jars at the same paths,
# so it is recorded where it will be used.
# Usage: record-cds.sh JAVA DIR [COMMAND ...]
#   Each COMMAND is one yardstick command line, e.g. "config check"; @INTAKE@ in it is replaced by the URL of a
#   simulated Datadog intake, started for the training (the sandbox's SandboxMain) when a command names it.
#   Default: `--help`, `list`, `config check`, `run --dry-run` (embedded defaults: nothing is fetched), `run --once`
#   (embedded defaults: the console and outbox sinks, writing into the training folder) and `run --once` sending its
#   self-telemetry to the simulated intake (the HTTP client and the Datadog sink, which every real run uses): what
#   the cli build records for ./yardstick in its package phase (-DskipCds skips it).
#   The container image trains on `--help` and `demo` (deploy/runtime/build-home.sh, deploy/docker/Dockerfile).
set -eu
java=$1
dir=$(cd "$2" && pwd)
shift 2
if [ $# -eq 0 ]; then
  set -- "--help" "list" "config check" "run --dry-run" "run --once" "run --once --set yardstick.datadog.api-url=@INTAKE@ \
--set yardstick.datadog.api-key=training --set yardstick.sinks.outbox.enabled=false --set yardstick.environment=cds"
fi
work="$dir/cds-training"
rm -rf "$work" "$dir/yardstick.jsa"
mkdir -p "$work/plugins" # an empty drop-in folder, as in a distribution: plugin discovery runs in full
cd "$work"
sandbox_pid=""
trap '[ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null || true' EXIT
intake_url=""
case "$*" in
  *@INTAKE@*)
    "$java" -cp "$dir/yardstick.jar" dev.yardstick.sandbox.SandboxMain > "$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    tries=0
    until grep -q '^datadog-intake ' "$work/sandbox.log" 2>/dev/null; do
      tries=$((tries + 1))
      if [ "$tries" -gt 300 ] || ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "record-cds.sh: the simulated intake did not start:" >&2
        cat "$work/sandbox.log" >&2
        exit 1
      fi
      sleep 0.1
    done
    intake_url=$(sed -n 's/^datadog-intake //p' "$work/sandbox.log")
    ;;
esac
n=0
for command in "$@"; do
  case "$command" in
    *@INTAKE@*) command=$(printf '%s' "$command" | sed "s#@INTAKE@#$intake_url#g") ;;
  esac
  n=$((n + 1))
  # shellcheck disable=SC2086 # the command's words are separate arguments
  "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$n.classlist" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -jar "$dir/yardstick.jar" $command > "$work/$n.log" 2>&1 || {
    echo "record-cds.sh: training run 'yardstick $command' failed (exit $?):" >&2
    cat "$work/$n.log" >&2
    exit 1
  }
done
# A run that exits while other threads still load classes can leave a line cut short; the dump refuses a
# malformed @ line, so only complete ones are kept (a lambda-proxy line has 10 fields, a lambda-form-invoker 3+).
for list in "$work"/*.classlist; do cat "$list"; echo; done | awk '
  /^#/ || NF == 0 || seen[$0]++ { next }
  $1 == "@lambda-proxy" && NF != 10 { next }
  $1 == "@lambda-form-invoker" && NF < 3 { next }
  $1 ~ /^@/ && $1 != "@lambda-proxy" && $1 != "@lambda-form-invoker" { next }
  { print }' > "$work/merged.classlist"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/merged.classlist" -XX:SharedArchiveFile="$dir/yardstick.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$dir/yardstick.jar" > "$work/dump.log" 2>&1 || {
  echo "record-cds.sh: the archive dump failed:" >&2
  cat "$work/dump.log" >&2
  exit 1
}
classes=$(wc -l < "$work/merged.classlist")
[ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""
cd "$dir"
rm -rf "$work" # the training runs' files (a demo's outbox and spool among them) are not part of the distribution
echo "record-cds.sh: $dir/yardstick.jsa from $classes classes ($(du -h "$dir/yardstick.jsa" | cut -f1))"
