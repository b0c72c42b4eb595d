#!/usr/bin/env bash
# Builds actionlint (the linter for GitHub Actions workflows) from its Go module once per machine,
# into the same per-machine cache as the control plane:
#   ~/.cache/istio-vm-onboard/actionlint/<version>/actionlint
# test/unit/example-workflows.test.ts runs it on every file in examples/workflows/.
# Prints the binary's path on stdout as its last line; progress goes to stderr.
#   --path  print where the binary is (or would be) and build nothing.
set -euo pipefail
ACTIONLINT_VERSION=v1.7.12
cache_root=${ISTIO_VM_ONBOARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/istio-vm-onboard}
out="$cache_root/actionlint/$ACTIONLINT_VERSION"
bin="$out/actionlint"
if [ "${1:-}" = --path ] || [ -x "$bin" ]; then echo "$bin"; exit 0; fi
command -v go >/dev/null || { echo "actionlint: Go is needed to build actionlint $ACTIONLINT_VERSION (the machine has none on PATH)" >&2; exit 1; }
echo "actionlint: building $ACTIONLINT_VERSION into $out" >&2
mkdir -p "$out"
# Built into a temporary directory and moved into place, so a cut-short build leaves no binary.
tmp=$(mktemp -d "$out/.build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
GOBIN="$tmp" GOFLAGS=-buildvcs=false CGO_ENABLED=0 go install -trimpath -ldflags '-s -w' "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
mv "$tmp/actionlint" "$bin"
echo "$bin"
