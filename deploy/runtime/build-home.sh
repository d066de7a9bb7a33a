#!/bin/sh
# Builds the packaged Yardstick home, as the container image holds it, without a container engine:
#   runtime/          a jlinked Java runtime holding only the modules the distribution needs (found by jdeps over
#                     yardstick.jar, lib/ and plugins/ by ModuleDeps.java, so a new plugin's needs are picked up)
#   yardstick.jar lib/ the distribution (cli/target), built-in plugins included
#   plugins/          drop-in plugins (empty unless the distribution has some)
#   config/application.conf   every writable path under the data directory
#   bin/yardstick     the launcher
#   yardstick.jsa     an AppCDS archive recorded from a `yardstick demo` training run (unless --no-cds)
#
# Usage: deploy/runtime/build-home.sh [--dist DIR] [--out DIR] [--data-dir DIR] [--add-modules m1,m2] [--no-cds]
#   --dist      the built distribution (default: cli/target; build it with ./mvnw -q -DskipTests package)
#   --out       where to build the home (default: deploy/target/yardstick-home); replaced if present
#   --data-dir  the writable directory (default: /var/lib/yardstick, the image's volume)
#   --add-modules  JDK modules a plugin loads reflectively, beyond what jdeps finds
#   --no-cds    skip the AppCDS training run (the Dockerfile records it in the final image instead)
# Needs a JDK 17+ with jmods (JAVA_HOME, or the java on the PATH).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
dist="$repo/cli/target"
out="$repo/deploy/target/yardstick-home"
data_dir=/var/lib/yardstick
extra=""
cds=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --add-modules) extra=$2; shift 2 ;;
    --no-cds) cds=no; shift ;;
    *) echo "build-home.sh: unknown option '$1' (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
if [ -n "${JAVA_HOME:-}" ]; then
  jdk=$JAVA_HOME
else
  jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
if [ ! -d "$jdk/jmods" ]; then
  echo "build-home.sh: $jdk has no jmods/ directory; jlink needs a full JDK (Debian: openjdk-17-jdk-headless)" >&2
  exit 1
fi
if [ ! -f "$dist/yardstick.jar" ]; then
  echo "build-home.sh: no distribution in $dist; build it first: ./mvnw -q -DskipTests package" >&2
  exit 1
fi
dist=$(cd "$dist" && pwd)
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)

modules=$("$jdk/bin/java" "$here/ModuleDeps.java" "$dist" "$extra")
echo "build-home.sh: jlink modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$out/runtime"

cp "$dist/yardstick.jar" "$out/"
cp -R "$dist/lib" "$out/lib"
mkdir -p "$out/plugins" "$out/config" "$out/bin"
if [ -d "$dist/plugins" ]; then
  cp -R "$dist/plugins/." "$out/plugins/"
fi
sed -e "s#@DATA_DIR@#$data_dir#g" -e "s#@HOME@#$out#g" "$here/application.conf" > "$out/config/application.conf"
sed -e "s#@DATA_DIR@#$data_dir#g" "$here/yardstick.sh" > "$out/bin/yardstick"
chmod 755 "$out/bin/yardstick"

if [ "$cds" = yes ]; then
  sh "$here/../../cli/src/cds/record-cds.sh" "$out/runtime/bin/java" "$out" "--help" "demo"
fi
echo "build-home.sh: built $out ($(du -sh "$out/runtime" | cut -f1) runtime)"
