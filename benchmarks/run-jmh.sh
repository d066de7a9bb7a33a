#!/bin/sh
# Builds the benchmarks (and what they use) and runs them in one JMH run, then prints points/s and each score's
# time relative to the bare Jackson + gzip baseline measured in the same run.
#   benchmarks/run-jmh.sh                      # every benchmark, the annotated iterations (~3 minutes)
#   benchmarks/run-jmh.sh -wi 1 -i 2 Encoding  # any JMH options and benchmark filters
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
./mvnw -q -pl benchmarks -am -DskipTests package
cp="$repo/benchmarks/target/yardstick-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$repo/benchmarks/target/classpath.txt")"
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; else java_cmd=java; fi
exec "$java_cmd" -cp "$cp" dev.yardstick.benchmarks.BenchmarkReport "$@"
