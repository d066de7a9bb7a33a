#!/bin/sh
# Builds the Yardstick container image and smoke-tests it: `yardstick list` and `yardstick demo` inside it, as
# uid 10001, with a read-only root file system, every capability dropped and only /var/lib/yardstick writable.
#
# Usage: deploy/docker/build.sh [IMAGE]        IMAGE defaults to yardstick:<version>
#   CONTAINER_ENGINE=podman deploy/docker/build.sh   uses another Docker-compatible engine
#
# Without a running container engine it prints SKIPPED, builds nothing and exits 0. The runtime inside the image
# is built and tested without one: deploy/runtime/build-home.sh, checked by the deploy module's tests.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
engine=${CONTAINER_ENGINE:-docker}
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -n 1)
image=${1:-yardstick:$version}

if ! command -v "$engine" >/dev/null 2>&1; then
  echo "build.sh: SKIPPED: no container engine ('$engine' is not installed); no image was built." >&2
  exit 0
fi
if ! "$engine" info >/dev/null 2>&1; then
  echo "build.sh: SKIPPED: '$engine' is installed but no engine is running ('$engine info' failed); no image was built." >&2
  exit 0
fi

revision=$(git -C "$repo" rev-parse HEAD 2>/dev/null || echo unknown)
source=$(git -C "$repo" remote get-url origin 2>/dev/null || echo unknown)
echo "build.sh: building $image (version $version, revision $revision)"
"$engine" build -f "$repo/deploy/docker/Dockerfile" -t "$image" \
  --build-arg VERSION="$version" --build-arg REVISION="$revision" --build-arg SOURCE="$source" "$repo"

smoke() {
  "$engine" run --rm --read-only --cap-drop ALL --security-opt no-new-privileges --user 10001:10001 \
    --tmpfs /var/lib/yardstick:rw,uid=10001,gid=10001,mode=0750 "$image" "$@"
}
echo "build.sh: yardstick list"
smoke list
echo "build.sh: yardstick demo"
smoke demo
echo "build.sh: $image built; list and demo passed inside it"
