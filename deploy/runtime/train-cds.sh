#!/bin/sh
# Records the AppCDS archive HOME/yardstick.jsa on HOME's own runtime: a static archive of the classes that
# `yardstick demo` (the whole run path: configuration, plugins, collectors, pipeline, sinks, HTTP) and `--help`
# load, JDK classes included. Static rather than dynamic (-XX:ArchiveClassesAtExit) because on JDK 17 only a
# static archive holds classes compiled for Java 5, which picocli's are (cli/src/cds/record-cds.sh records the
# distribution's archive the same way). The archive is only valid for the same runtime and jars at the same
# paths, so it is recorded where it will be used.
# Usage: deploy/runtime/train-cds.sh HOME
set -eu
home=$(cd "$1" && pwd)
java="$home/runtime/bin/java"
work="$home/cds-training"
rm -rf "$home/yardstick.jsa" "$work"
mkdir -p "$work"
cd "$home"
n=0
for command in "--help" "demo"; do
  n=$((n + 1))
  # shellcheck disable=SC2086 # the command's words are separate arguments
  "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$n.classlist" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -jar "$home/yardstick.jar" $command > "$work/$n.log" 2>&1 || {
    echo "train-cds.sh: the training run 'yardstick $command' failed:" >&2
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
"$java" -Xshare:dump -XX:SharedClassListFile="$work/merged.classlist" -XX:SharedArchiveFile="$home/yardstick.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$home/yardstick.jar" > "$work/dump.log" 2>&1 || {
  echo "train-cds.sh: the archive dump failed:" >&2
  cat "$work/dump.log" >&2
  exit 1
}
# The demo's outbox and spool and the training files are not part of the image.
rm -rf "$home/var" "$work"
test -s "$home/yardstick.jsa" || { echo "train-cds.sh: no archive was written" >&2; exit 1; }
echo "train-cds.sh: recorded $home/yardstick.jsa ($(du -h "$home/yardstick.jsa" | cut -f1))"
