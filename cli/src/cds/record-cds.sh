#!/bin/sh
# Records the AppCDS archive ./yardstick uses: cli/target/yardstick.jsa, a static archive of the classes that
# `--help`, `list`, `config check` and `run --dry-run` (embedded defaults: nothing is fetched or written) load,
# JDK classes included. Static rather than dynamic (-XX:ArchiveClassesAtExit): on JDK 17 only a static archive holds
# classes compiled for Java 5, which picocli's are, and it merges several training runs.
# Usage: record-cds.sh JAVA TARGET_DIR   (the cli build runs it in the package phase; -DskipCds skips it)
set -eu
java=$1
target=$(cd "$2" && pwd)
work="$target/cds-training"
rm -rf "$work" "$target/yardstick.jsa"
mkdir -p "$work/plugins" # an empty drop-in folder, as in a distribution: plugin discovery runs in full
cd "$work"
n=0
for command in "--help" "list" "config check" "run --dry-run"; do
  n=$((n + 1))
  # shellcheck disable=SC2086 # the command's words are separate arguments
  "$java" -Xshare:off -XX:DumpLoadedClassList="$work/$n.classlist" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -jar "$target/yardstick.jar" $command > "$work/$n.log" 2>&1 || {
    echo "record-cds.sh: training run 'yardstick $command' failed (exit $?); see $work/$n.log" >&2
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
"$java" -Xshare:dump -XX:SharedClassListFile="$work/merged.classlist" -XX:SharedArchiveFile="$target/yardstick.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$target/yardstick.jar" > "$work/dump.log" 2>&1 || {
  echo "record-cds.sh: the archive dump failed; see $work/dump.log" >&2
  exit 1
}
echo "record-cds.sh: $target/yardstick.jsa from $(wc -l < "$work/merged.classlist") classes"
