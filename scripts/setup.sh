#!/usr/bin/env bash
# Installs what the demo and the tests need, on a fresh Debian machine; quick when all is there.
# - Debian packages: sshd and a Docker engine for the test VMs, busybox, iproute2, openssl, sudo (the test VMs' non-root user),
#   curl, kubectl (Debian's kubernetes-client when no kubectl is installed), debootstrap and
#   systemd-nspawn (the systemd VMs: test/support/systemd-vm.ts), rpm (rpmbuild: the istio-sidecar
#   .rpm and the rpm VM's base package, test/support/control-plane/sidecar-deb.ts).
# - Node 24 and the npm dependencies: `npm ci` (the node@24 devDependency puts Node 24
#   first on PATH for npm scripts, even where the machine's node is older).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
[ -x /bin/busybox ] || need+=(busybox-static)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v kubectl >/dev/null 2>&1 || need+=(kubernetes-client)
command -v nsenter >/dev/null 2>&1 || need+=(util-linux)
command -v sudo >/dev/null 2>&1 || need+=(sudo)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v systemd-nspawn >/dev/null 2>&1 || need+=(systemd-container)
command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg)
command -v rpmbuild >/dev/null 2>&1 || need+=(rpm)
command -v zsh >/dev/null 2>&1 || need+=(zsh)   # the CLI's zsh completion is run in zsh (test/unit/cli.test.ts)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: these Debian packages are missing and installing them needs root: ${need[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/node -e 'if (+process.versions.node.split(".")[0] < 24) { console.error("setup: Node 24 expected, got " + process.version); process.exit(1); }'

# The test world's real control plane (etcd, kube-apiserver, kube-controller-manager, istiod,
# pilot-agent, Envoy): built once per machine into ~/.cache/istio-vm-onboard (minutes the first
# time, instant afterwards). See scripts/control-plane/build.sh and versions.env.
bash scripts/control-plane/build.sh >/dev/null

# actionlint, which test/unit/example-workflows.test.ts runs on examples/workflows/: built once
# per machine from its Go module into ~/.cache/istio-vm-onboard/actionlint/<version>/ (seconds).
bash scripts/actionlint/build.sh >/dev/null
