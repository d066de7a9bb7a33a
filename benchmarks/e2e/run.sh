#!/bin/sh
# End-to-end performance harness (docs/performance.md). One command, from anywhere:
#   benchmarks/e2e/run.sh                 # 10k, 200k and 1M series, then the sandbox runs
#   SERIES="50000" benchmarks/e2e/run.sh  # other sizes; SKIP_SANDBOX=1 skips the sandbox part
# 1. Builds a drop-in plugin (type bench) emitting N gauges of 6 tags, a counting intake and the bare
#    Jackson + gzip baseline program.
# 2. For each N: `./yardstick run --once` (Datadog sink on, outbox off) against the intake, then the baseline
#    sending the same series to it; prints wall, CPU (user+sys), peak RSS, bytes received and the ratios.
#    Both run with the same JVM flags: $YARDSTICK_JAVA_OPTS, or the launcher's defaults.
# 3. The library floor: the fixed cost of the libraries the architecture names, without Yardstick's code.
# 4. The demo against the sandbox with run.parallelism 1 and 4 (wall vs slowest collector vs sum), and the
#    GitHub 304 ratio on a repeat run with the HTTP cache kept.
# Needs the built distribution (./mvnw -q -DskipTests package) and GNU time (/usr/bin/time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
lib="$repo/cli/target/lib"
work="$here/target"
series_list=${SERIES:-"10000 200000 1000000"}
# the launcher's default JVM flags, read from the launcher itself so that the two never differ
: "${YARDSTICK_JAVA_OPTS:=$(sed -n 's/.*YARDSTICK_JAVA_OPTS:-\([^}]*\)}.*/\1/p' "$repo/yardstick")}"
export YARDSTICK_JAVA_OPTS
if [ ! -f "$repo/cli/target/yardstick.jar" ]; then
  echo "run.sh: build the distribution first: ./mvnw -q -DskipTests package" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "run.sh: needs GNU time (Debian: apt-get install time)" >&2
  exit 2
fi
rm -rf "$work"
mkdir -p "$work/plugin-classes/META-INF/services" "$work/plugins" "$work/tools"

# The drop-in plugin.
api_jar=$(ls "$lib"/yardstick-api-*.jar)
javac -nowarn -d "$work/plugin-classes" -cp "$api_jar" "$here/plugin/BenchCollectorFactory.java"
echo dev.yardstick.bench.BenchCollectorFactory > "$work/plugin-classes/META-INF/services/dev.yardstick.api.CollectorFactory"
printf 'yardstick.collectors.bench {\n  series = 1000\n}\n' > "$work/plugin-classes/reference.conf"
printf 'Yardstick-Spi-Version: 2\n' > "$work/manifest.txt"
jar --create --file "$work/plugins/bench-plugin.jar" --manifest "$work/manifest.txt" -C "$work/plugin-classes" .

# The intake and the baseline.
jackson_core=$(ls "$lib"/jackson-core-*.jar)
javac -nowarn -d "$work/tools" -cp "$jackson_core" "$here/CountingIntake.java" "$here/Baseline.java"
java -cp "$work/tools" CountingIntake "$work/intake.port" "$work/intake.stats" 3600 &
intake_pid=$!
trap 'kill $intake_pid 2>/dev/null || true' EXIT INT TERM
while [ ! -s "$work/intake.port" ]; do sleep 0.2; done
intake="http://127.0.0.1:$(cat "$work/intake.port")"

received_bytes() { cut -d' ' -f2 "$work/intake.stats"; }
# measure NAME COMMAND...: runs the command, leaves "wall user sys maxrss_kb" in $work/NAME.time
measure() {
  name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" > "$work/$name.out" 2>&1 || {
    echo "run.sh: $name failed; its output:" >&2; cat "$work/$name.out" >&2; exit 1; }
}
field() { cut -d' ' -f"$2" "$work/$1.time"; }
cpu() { echo "$(field "$1" 2) $(field "$1" 3)" | awk '{printf "%.2f", $1 + $2}'; }
rss() { echo "$(field "$1" 4)" | awk '{printf "%.0f", $1 / 1024}'; }

echo "JVM flags (both sides): $YARDSTICK_JAVA_OPTS"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s | %-34s | %-34s | %s\n' "" "yardstick run --once" "bare Jackson + gzip" "ratio"
printf '%-9s | %7s %7s %8s %9s | %7s %7s %8s %9s | %5s %5s\n' series wall_s cpu_s rss_MiB bytes wall_s cpu_s rss_MiB bytes cpu rss
for n in $series_list; do
  mkdir -p "$work/run-$n"
  before=$(received_bytes)
  (cd "$work/run-$n" && measure "yardstick-$n" "$repo/yardstick" run --once --collectors bench \
    --set "yardstick.plugins-dir=$work/plugins" --set "yardstick.collectors.bench.series=$n" \
    --set yardstick.environment=bench --set yardstick.datadog.api-key=bench \
    --set "yardstick.datadog.api-url=$intake" --set yardstick.sinks.outbox.enabled=false \
    --set yardstick.pipeline.max-series-per-metric=1000000)
  ys_bytes=$(( $(received_bytes) - before ))
  before=$(received_bytes)
  measure "baseline-$n" java $YARDSTICK_JAVA_OPTS -cp "$work/tools:$jackson_core" Baseline "$n" "$intake"
  base_bytes=$(( $(received_bytes) - before ))
  printf '%-9s | %7s %7s %8s %9s | %7s %7s %8s %9s | %5s %5s\n' "$n" \
    "$(field "yardstick-$n" 1)" "$(cpu "yardstick-$n")" "$(rss "yardstick-$n")" "$ys_bytes" \
    "$(field "baseline-$n" 1)" "$(cpu "baseline-$n")" "$(rss "baseline-$n")" "$base_bytes" \
    "$(echo "$(cpu "yardstick-$n") $(cpu "baseline-$n")" | awk '{printf "%.1fx", $1 / $2}')" \
    "$(echo "$(rss "yardstick-$n") $(rss "baseline-$n")" | awk '{printf "%.1fx", $1 / $2}')"
done

# The library floor: what the architecture's libraries cost for a run with no points, with none of Yardstick's own
# code, on the distribution's class path with the launcher's flags and AppCDS archive (median of 3 runs).
dist_jar="$repo/cli/target/yardstick.jar"
jsa="$repo/cli/target/yardstick.jsa"
cds=""
if [ -f "$jsa" ] && ! [ "$dist_jar" -nt "$jsa" ]; then
  cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
javac -nowarn -proc:none -d "$work/floor" -cp "$dist_jar:$lib/*" "$here/LibraryFloor.java"
for i in 1 2 3; do
  measure "floor-$i" java $YARDSTICK_JAVA_OPTS $cds -cp "$dist_jar:$work/floor" LibraryFloor --intake "$intake" \
    --plugins "$work/plugins"
done
echo "library floor (picocli, typesafe-config, JUL, pf4j, Jackson + gzip, OkHttp; no points, no Yardstick code):" \
  "cpu_s $(for i in 1 2 3; do cpu "floor-$i"; echo; done | sort -n | sed -n 2p)"

if [ -n "${SKIP_SANDBOX:-}" ]; then
  exit 0
fi
# The demo against the sandbox: parallelism 1 vs 4, then the 304 ratio with the HTTP cache kept.
demo() {
  name=$1; shift
  mkdir -p "$work/$name"
  (cd "$work/$name" && measure "$name" "$repo/yardstick" demo "$@")
  awk -v name="$name" -v wall="$(field "$name" 1)" -v cpu="$(cpu "$name")" '
    $2 == "SUCCESS" || $2 == "FAILED" || $2 == "PARTIAL" { sum += $4; if ($4 > max) max = $4 }
    /^Run at .* took/ { run = $(NF - 1) }
    END { printf "%-14s process wall %6.2f s, cpu %6.2f s | run %6.2f s, slowest collector %6.2f s, sum %6.2f s\n",
          name, wall, cpu, run, max, sum }' "$work/$name.out"
}
echo
demo demo-par1 --set yardstick.run.parallelism=1
demo demo-par4 --set yardstick.run.parallelism=4
# Two runs in one sandbox (the simulators keep their ports and data), each a new Yardstick instance that loads
# and saves the HTTP cache file, as two CronJob runs do.
mkdir -p "$work/demo-cache"
(cd "$work/demo-cache" && measure demo-cache "$repo/yardstick" demo --runs 2 \
  --set "yardstick.http.cache.path=\"$work/http-cache.json\"")
grep -E '^(Run [0-9]+ of|Run at|Simulated GitHub)' "$work/demo-cache.out"
