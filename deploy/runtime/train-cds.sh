#!/bin/sh
# Records the AppCDS archive HOME/yardstick.jsa from a training run of `yardstick demo` (the whole run path:
# configuration, plugins, collectors, pipeline, sinks, HTTP) on HOME's own runtime. The archive is only valid
# for the same runtime and jars at the same paths, so it is recorded where it will be used.
# Usage: deploy/runtime/train-cds.sh HOME
set -eu
home=$(cd "$1" && pwd)
rm -f "$home/yardstick.jsa"
cd "$home"
YARDSTICK_JAVA_OPTS="-XX:ArchiveClassesAtExit=$home/yardstick.jsa" "$home/bin/yardstick" demo > "$home/cds-training.log" 2>&1 || {
  echo "train-cds.sh: the training run failed:" >&2
  cat "$home/cds-training.log" >&2
  exit 1
}
# The demo's outbox and spool are not part of the image.
rm -rf "$home/var" "$home/cds-training.log"
test -s "$home/yardstick.jsa" || { echo "train-cds.sh: no archive was written" >&2; exit 1; }
echo "train-cds.sh: recorded $home/yardstick.jsa ($(du -h "$home/yardstick.jsa" | cut -f1))"
