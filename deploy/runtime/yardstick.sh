#!/bin/sh
# Runs the packaged Yardstick on its own trimmed Java runtime (runtime/), with the AppCDS archive made at build
# time, and the JVM's temporary files under the data directory (the only writable place in the image).
# YARDSTICK_JAVA_OPTS is appended to the defaults below, so a later flag there wins.
home=$(cd "$(dirname "$0")/.." && pwd)
data_dir="@DATA_DIR@"
if ! mkdir -p "$data_dir/tmp" 2>/dev/null; then
  echo "yardstick: cannot write $data_dir; mount a writable volume there (the Helm chart does)" >&2
  exit 2
fi
cds=""
if [ -f "$home/yardstick.jsa" ]; then
  cds="-XX:SharedArchiveFile=$home/yardstick.jsa -Xshare:auto"
fi
# JVM warnings go to stderr so that stdout (collect --json, config show) stays clean.
exec "$home/runtime/bin/java" $cds -Xlog:disable -Xlog:all=warning:stderr \
  -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -Xss512k -XX:MaxRAMPercentage=60 \
  -Djava.io.tmpdir="$data_dir/tmp" ${YARDSTICK_JAVA_OPTS:-} -jar "$home/yardstick.jar" "$@"
