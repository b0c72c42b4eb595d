#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  groupProbe,
  probeHost
} from "./chunk-ROXWVTFM.js";
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import {
  clusterError,
  isNotFound
} from "./chunk-B4I3RDRT.js";
import {
  envProblem,
  shellEnvFile
} from "./chunk-AURWTH66.js";
import {
  isIPAddress,
  isIPv6Address
} from "./chunk-LSYLP4SE.js";
import {
  retry
} from "./chunk-ZZDNQLL2.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/cluster/mesh-facts.ts
var import_yaml = __toESM(require_dist(), 1);
var GATEWAY_SERVICES = ["istio-eastwestgateway", "istio-ingressgateway"];
async function readConfigMapKey(cluster, ns, name, key, what, revision = "") {
  let cm;
  try {
    cm = await cluster.call(() => cluster.readConfigMap(ns, name));
  } catch (err) {
    if (isNotFound(err)) {
      throw new StepError(
        `${what} not found: ConfigMap ${ns}/${name} does not exist`,
        revision ? `is istiod revision ${revision} installed in namespace ${ns} (istioctl x revision list shows the revisions)? Check istio-revision and istio-namespace` : `is Istio installed with its control plane in namespace ${ns}? If it is elsewhere, set istio-namespace`
      );
    }
    throw clusterError(`read ConfigMap ${ns}/${name}`, err);
  }
  const value = cm.data?.[key];
  if (!value) throw new StepError(`${what} not found: ConfigMap ${ns}/${name} has no key ${key}`, "check the Istio installation");
  return value;
}
async function findGateway(cluster, s) {
  if (s.proxy.gatewayAddress)
    return { address: s.proxy.gatewayAddress, isHostname: !isIPAddress(s.proxy.gatewayAddress), source: "input gateway-address" };
  const ns = s.cluster.istioNamespace;
  for (const name of GATEWAY_SERVICES) {
    let svc;
    try {
      svc = await cluster.call(() => cluster.readService(ns, name));
    } catch (err) {
      if (isNotFound(err)) continue;
      throw clusterError(`read Service ${ns}/${name}`, err);
    }
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    const address = ingress?.ip || ingress?.hostname;
    if (!address) {
      throw new StepError(
        `gateway Service ${ns}/${name} has no load balancer address yet`,
        "wait for the load balancer, or set gateway-address"
      );
    }
    return { address, isHostname: !ingress?.ip, source: `Service ${ns}/${name}` };
  }
  throw new StepError(
    `no gateway for VMs found: none of the Services ${GATEWAY_SERVICES.map((n) => `${ns}/${n}`).join(", ")} exists`,
    "install an east-west gateway that exposes istiod (ports 15012, 15443), or set gateway-address"
  );
}
function started(read) {
  read.catch(() => void 0);
  return read;
}
async function readMeshFacts(cluster, s) {
  const ns = s.cluster.istioNamespace;
  const rev = s.cluster.istioRevision;
  const suffix = rev ? `-${rev}` : "";
  const reads = {
    mesh: started(readConfigMapKey(cluster, ns, `istio${suffix}`, "mesh", "Istio mesh config", rev)),
    values: started(readConfigMapKey(cluster, ns, `istio-sidecar-injector${suffix}`, "values", "Istio sidecar injector values", rev)),
    rootCert: started(readConfigMapKey(cluster, ns, "istio-ca-root-cert", "root-cert.pem", "the mesh root certificate")),
    gateway: started(findGateway(cluster, s))
  };
  const meshText = await reads.mesh;
  const mesh = (0, import_yaml.parse)(meshText) ?? {};
  const valuesText = await reads.values;
  let values;
  try {
    values = JSON.parse(valuesText);
  } catch {
    throw new StepError(`ConfigMap ${ns}/istio-sidecar-injector${suffix} key values is not JSON`, "check the Istio installation");
  }
  const g = values.global ?? {};
  if (g.jwtPolicy && g.jwtPolicy !== "third-party-jwt") {
    throw new StepError(
      `the mesh uses jwtPolicy ${g.jwtPolicy}; VM onboarding needs third-party-jwt`,
      "install Istio with values.global.jwtPolicy=third-party-jwt"
    );
  }
  if (g.pilotCertProvider && g.pilotCertProvider !== "istiod") {
    throw new StepError(
      `the mesh uses pilotCertProvider ${g.pilotCertProvider}; VM onboarding needs istiod`,
      "install Istio with values.global.pilotCertProvider=istiod"
    );
  }
  const rootCertPem = await reads.rootCert;
  const proxyImage = g.proxy?.image ?? "proxyv2";
  const image = s.proxy.image || (proxyImage.includes("/") ? proxyImage : `${g.hub ?? "docker.io/istio"}/${proxyImage}:${g.tag ?? "latest"}`);
  const defaultConfig = mesh.defaultConfig ?? {};
  const proxyMetadata2 = Object.fromEntries(
    Object.entries(defaultConfig.proxyMetadata ?? {}).map(([k, v]) => [k, String(v)])
  );
  for (const [k, v] of Object.entries(proxyMetadata2)) {
    const why = envProblem(k, v);
    if (why)
      throw new StepError(
        `ConfigMap ${ns}/istio${suffix}: mesh defaultConfig.proxyMetadata cannot go into the proxy's environment: ${why}`,
        "fix the mesh config (meshConfig.defaultConfig.proxyMetadata)"
      );
  }
  return {
    istioNamespace: ns,
    revision: rev,
    trustDomain: mesh.trustDomain || "cluster.local",
    defaultConfig,
    proxyMetadata: proxyMetadata2,
    image,
    clusterName: g.multiCluster?.clusterName || "Kubernetes",
    network: s.workload.network || g.network || "",
    meshId: g.meshID || mesh.trustDomain || "cluster.local",
    rootCertPem,
    gateway: await reads.gateway
  };
}

// src/plan/bundle.ts
var import_yaml2 = __toESM(require_dist(), 1);
var CONTAINER_TOKEN = "/var/run/secrets/tokens/istio-token";
var CONTAINER_CERTS_DIR = "/var/run/secrets/istio";
var BUNDLE_FILE_NAMES = ["sidecar.env", "istio-ca.pem", "istio-token", "cluster.env", "mesh.yaml", "hosts"];
function formatMode(mode) {
  return mode.toString(8).padStart(4, "0");
}
function istiodService(facts) {
  return facts.revision ? `istiod-${facts.revision}` : "istiod";
}
function istiodHost(facts) {
  return `${istiodService(facts)}.${facts.istioNamespace}.svc`;
}
function istiodAliases(facts) {
  const ns = facts.istioNamespace;
  const svc = istiodService(facts);
  return [`${svc}.${ns}.svc`, `${svc}.${ns}.svc.cluster.local`, `${svc}.${ns}`];
}
function discoveryAddress(facts) {
  return facts.gateway.isHostname ? `${facts.gateway.address}:15443` : `${istiodHost(facts)}:15012`;
}
function canonical(w) {
  const first = (keys) => keys.map((k) => w.labels[k]).find((v) => v !== void 0);
  return {
    name: first(["service.istio.io/canonical-name", "app.kubernetes.io/name", "app"]) ?? w.name,
    revision: first(["service.istio.io/canonical-revision", "app.kubernetes.io/version", "version"]) ?? "latest"
  };
}
function metaLabels(w) {
  const c = canonical(w);
  const all = {
    ...w.labels,
    "service.istio.io/canonical-name": c.name,
    "service.istio.io/canonical-revision": c.revision
  };
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(all).sort().map((k) => [k, all[k]])
    )
  );
}
function podPorts(w) {
  const ports = [...w.ports].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return ports.length ? JSON.stringify(ports.map((p) => ({ name: p.name, containerPort: p.number, protocol: "" }))) : "";
}
function networkOf(w, facts) {
  return w.network || facts.network;
}
function proxyConfig(w, facts, autoRegisterGroup = "") {
  const { proxyMetadata: _mesh, ...mesh } = facts.defaultConfig;
  const { proxyMetadata: _group, ...group } = w.group?.proxyConfig?.fields ?? {};
  const readinessProbe = probeFor(w, autoRegisterGroup);
  return { ...mesh, ...group, discoveryAddress: discoveryAddress(facts), ...readinessProbe ? { readinessProbe } : {} };
}
function probeFor(w, autoRegisterGroup) {
  if (!autoRegisterGroup) return void 0;
  return w.group ? w.group.probe : groupProbe(w);
}
function proxyMetadata(w, facts, autoRegisterGroup = "") {
  const c = canonical(w);
  const ports = podPorts(w);
  return {
    ...facts.proxyMetadata,
    ...w.group?.proxyConfig?.proxyMetadata ?? {},
    CANONICAL_SERVICE: c.name,
    CANONICAL_REVISION: c.revision,
    POD_NAMESPACE: w.namespace,
    SERVICE_ACCOUNT: w.serviceAccount,
    TRUST_DOMAIN: facts.trustDomain,
    ISTIO_META_CLUSTER_ID: facts.clusterName,
    ISTIO_META_MESH_ID: facts.meshId,
    ISTIO_META_NETWORK: networkOf(w, facts),
    ...ports ? { ISTIO_META_POD_PORTS: ports } : {},
    ISTIO_META_WORKLOAD_NAME: w.name,
    ISTIO_METAJSON_LABELS: metaLabels(w),
    ...autoRegisterGroup ? { ISTIO_META_AUTO_REGISTER_GROUP: autoRegisterGroup } : {}
  };
}
function sidecarEnv(w, facts, autoRegisterGroup = "") {
  const sni = facts.gateway.isHostname ? istiodHost(facts) : "";
  const c = canonical(w);
  const owner = autoRegisterGroup ? "" : `kubernetes://apis/networking.istio.io/v1beta1/namespaces/${w.namespace}/workloadentries/${w.name}`;
  const entries = [
    ...Object.entries(facts.proxyMetadata),
    ...Object.entries(w.group?.proxyConfig?.proxyMetadata ?? {}),
    ["JWT_POLICY", "third-party-jwt"],
    ["PROV_CERT", CONTAINER_CERTS_DIR],
    ["OUTPUT_CERTS", CONTAINER_CERTS_DIR],
    ["PILOT_CERT_PROVIDER", "istiod"],
    ["CA_ADDR", sni ? "" : discoveryAddress(facts)],
    ["CA_SNI", sni],
    ["PILOT_SNI", sni],
    ["ISTIOD_SAN", sni],
    ["POD_NAME", w.name],
    ["POD_NAMESPACE", w.namespace],
    ["IDENTITY_IP", w.address],
    ["INSTANCE_IP", w.address],
    ["SERVICE_ACCOUNT", w.serviceAccount],
    ["HOST_IP", w.address],
    ["CANONICAL_SERVICE", c.name],
    ["CANONICAL_REVISION", c.revision],
    ["PROXY_CONFIG", JSON.stringify(proxyConfig(w, facts, autoRegisterGroup))],
    ["ISTIO_META_CLUSTER_ID", facts.clusterName],
    ["ISTIO_META_INTERCEPTION_MODE", "NONE"],
    // An IPv6 workload address on a VM that also has IPv4 (dual stack): pilot-agent's status
    // server checks Envoy's admin at the INSTANCE_IP family's localhost ([::1]:15000), but its
    // bootstrap puts the admin on 127.0.0.1 unless ISTIO_DUAL_STACK, whose first-IP rule then
    // puts it on ::1 (pilot/cmd/pilot-agent/status/server.go NewServer, pkg/bootstrap/config.go):
    // without it the proxy never reports ready. Only the bootstrap reads it in pilot-agent.
    ...isIPv6Address(w.address) ? [["ISTIO_DUAL_STACK", "true"]] : [],
    ["ISTIO_META_NETWORK", networkOf(w, facts)],
    ["ISTIO_METAJSON_LABELS", metaLabels(w)],
    ["ISTIO_META_POD_PORTS", podPorts(w)],
    ["ISTIO_META_WORKLOAD_NAME", w.name],
    ["ISTIO_META_OWNER", owner],
    ["ISTIO_META_MESH_ID", facts.meshId],
    // registration: workload-group: istiod creates the WorkloadEntry from this group when the proxy connects.
    ["ISTIO_META_AUTO_REGISTER_GROUP", autoRegisterGroup]
  ];
  const merged = /* @__PURE__ */ new Map();
  for (const [k, v] of entries) merged.set(k, v);
  return [...merged.entries()].filter(([, v]) => v !== "");
}
function clusterEnv(w, facts, autoRegisterGroup) {
  const statusPort = Number(facts.defaultConfig.statusPort) || 15020;
  const exclude = ["22", "15090", "15021", ...statusPort === 15090 || statusPort === 15021 ? [] : [String(statusPort)]];
  return {
    ...proxyMetadata(w, facts, autoRegisterGroup),
    ISTIO_INBOUND_PORTS: w.ports.map((p) => p.number).join(",") || "*",
    ISTIO_LOCAL_EXCLUDE_PORTS: exclude.join(","),
    ISTIO_NAMESPACE: w.namespace,
    ISTIO_SERVICE: `${w.name}.${w.namespace}`,
    ISTIO_SERVICE_CIDR: "*",
    SERVICE_ACCOUNT: w.serviceAccount,
    // istioctl names a revision's istiod as the CA here (istio-start.sh's default is istiod's own name).
    ...facts.revision ? { CA_ADDR: `${istiodHost(facts)}:15012` } : {}
  };
}
function buildBundle(w, facts, token, autoRegisterGroup = "") {
  const sidecar = sidecarEnv(w, facts, autoRegisterGroup);
  for (const [k, v] of sidecar) {
    const why = envProblem(k, v);
    if (why) throw new Error(`sidecar.env: ${why}`);
  }
  const cluster = clusterEnv(w, facts, autoRegisterGroup);
  const mesh = {
    defaultConfig: { ...proxyConfig(w, facts, autoRegisterGroup), proxyMetadata: proxyMetadata(w, facts, autoRegisterGroup) }
  };
  const hosts = facts.gateway.isHostname ? "" : `${facts.gateway.address} ${istiodAliases(facts).join(" ")}
`;
  return [
    {
      name: "sidecar.env",
      mode: 416,
      content: sidecar.map(([k, v]) => `${k}=${v}`).join("\n") + "\n",
      secret: false,
      env: Object.fromEntries(sidecar)
    },
    { name: "istio-ca.pem", mode: 420, content: facts.rootCertPem, secret: false },
    { name: "istio-token", mode: 384, content: token, secret: true },
    { name: "cluster.env", mode: 416, content: shellEnvFile(cluster), secret: false, env: cluster },
    { name: "mesh.yaml", mode: 420, content: (0, import_yaml2.stringify)(mesh), secret: false },
    { name: "hosts", mode: 420, content: hosts, secret: false }
  ];
}

// src/plan/remote-commands.ts
import { createHash } from "node:crypto";
var PROXY_CONTAINER = "istio-proxy";
var READY_URL = "http://127.0.0.1:15020/healthz/ready";
function privileged(s, argv) {
  return s.ssh.target.user === "root" ? argv : ["sudo", "-n", "--", ...argv];
}
var HOSTS_FILE = "/etc/hosts";
var HOSTS_BLOCK_FUNCTION = [
  "hosts_block() {",
  '  f=$1; begin="# BEGIN $2"; end="# END $2"; shift 2',
  '  nb=$(grep -cxF -- "$begin" "$f" || true); ne=$(grep -cxF -- "$end" "$f" || true)',
  '  if [ "$nb" != "$ne" ] || [ "$nb" -gt 1 ]; then echo "$f: the lines <$begin> ($nb) and <$end> ($ne) do not pair up: fix them by hand" >&2; return 66; fi',
  '  if [ "$nb" = 0 ] && [ $# -eq 0 ]; then return 0; fi',
  "  blk=$(mktemp) && new=$(mktemp) || return 1",
  '  if [ $# -gt 0 ]; then printf "%s\\n" "$begin" "$@" "$end" > "$blk"; fi',
  `  awk -v b="$begin" -v e="$end" -v blk="$blk" '`,
  "    function put(  l) { while ((getline l < blk) > 0) print l; done = 1 }",
  "    $0 == b { skip = 1; put(); next }",
  "    skip { if ($0 == e) skip = 0; next }",
  "    { print }",
  `    END { if (!done) put() }' "$f" > "$new" || { rm -f "$blk" "$new"; return 1; }`,
  '  rc=0; cmp -s "$new" "$f" || cat "$new" > "$f" || rc=1',
  '  rm -f "$blk" "$new"; return $rc',
  "}"
].join("\n");
var CHECK_FILE_NAME = '  case "$name" in ""|*[!A-Za-z0-9._-]*) echo "bad file name: $name" >&2; exit 65;; esac';
var HOSTS_LINES_FUNCTION = [
  "hosts_lines() {",
  '  [ -f "$1" ] || return 0',
  `  awk -v b="# BEGIN $2" -v e="# END $2" '$0 == b { on = 1; next } $0 == e { on = 0; next } on { print }' "$1"`,
  "}"
].join("\n");
function keptDir(s) {
  return s.proxy.runtime === "systemd" ? "/var/lib/istio-vm-onboard/previous" : `${s.proxy.configDir}/.previous`;
}
function proxyCertsDir(s) {
  return `${s.proxy.configDir}/certs`;
}
var PROXY_CERT_FILES = ["root-cert.pem", "key.pem", "cert-chain.pem"];
var KEEP_PREVIOUS = [
  'rm -rf "$kept"; mkdir -p "$kept"; chmod 0700 "$kept"',
  'set -f; for pair in $map; do n=${pair%%=*}; p=${pair#*=}; if [ -e "$p" ]; then ln -f "$p" "$kept/$n" 2>/dev/null || cp -p "$p" "$kept/$n"; fi; done; set +f',
  'hosts_lines "$1" "$2" > "$kept/hosts-block"',
  ': > "$kept/.complete"'
];
function installBundleCommand(s, hosts) {
  const script = [
    "set -eu",
    "umask 077",
    HOSTS_BLOCK_FUNCTION,
    HOSTS_LINES_FUNCTION,
    "dir=$1; kept=$2; certs=$3; shift 3",
    'mkdir -p "$dir"',
    'chmod 0750 "$dir"',
    'stage=$(mktemp -d "$dir/.staged.XXXXXX")',
    `trap 'rm -rf "$stage"' EXIT`,
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    'map=""; staged=""; names=""',
    "while read -r name mode data; do",
    CHECK_FILE_NAME,
    '  printf %s "$data" | base64 -d > "$stage/$name"',
    '  chmod "$mode" "$stage/$name"',
    '  map="$map $name=$dir/$name"; staged="$staged $stage/$name"; names="$names $name"',
    "done",
    // One chown and one mv for all the files (each still renamed on its own, atomically): a
    // process per file costs more than the upload itself.
    'set -f; [ -z "$staged" ] || chown 0:0 $staged; set +f',
    // The certificates directory (proxyCertsDir) is kept with the files: its root certificate, and
    // the key and chain the previous proxy wrote, which the new one does not start from (its
    // identity may be another's: istiod's CA issues for the client certificate's identity first).
    `for n in ${PROXY_CERT_FILES.join(" ")}; do map="$map $n=$certs/$n"; done`,
    'if [ -f "$stage/istio-ca.pem" ]; then cp -p "$stage/istio-ca.pem" "$stage/.root-cert.pem"; fi',
    ...KEEP_PREVIOUS,
    'set -f; [ -z "$staged" ] || mv -f -- $staged "$dir/"; for n in $names; do echo "$n"; done; set +f',
    'mkdir -p "$certs"; chmod 0700 "$certs"; rm -f -- "$certs/key.pem" "$certs/cert-chain.pem"',
    'if [ -f "$stage/.root-cert.pem" ]; then mv -f "$stage/.root-cert.pem" "$certs/root-cert.pem"; fi',
    "umask 022",
    'hosts_block "$@"'
  ].join("\n");
  return privileged(s, [
    "sh",
    "-c",
    script,
    "install-bundle",
    s.proxy.configDir,
    keptDir(s),
    proxyCertsDir(s),
    hosts.file ?? HOSTS_FILE,
    hosts.marker,
    ...hosts.lines
  ]);
}
function restoreBundleCommand(s, files, marker, file = HOSTS_FILE, ownDir = "") {
  const script = [
    "set -eu",
    "umask 077",
    HOSTS_BLOCK_FUNCTION,
    "kept=$1; hf=$2; marker=$3; own=$4; shift 4",
    // Ours (.staged.XXXXXX, .NAME.XXXXXX) and pilot-agent's (NAME.tmp.N: Go's os.CreateTemp) cut-short writes.
    'for pair do p=${pair#*=}; rm -rf "$(dirname "$p")"/.staged.?????? "$(dirname "$p")/.$(basename "$p")".?????? "$p".tmp.*; done',
    'if [ ! -f "$kept/.complete" ]; then rm -rf "$kept"; echo nothing-switched; exit 0; fi',
    // A kept hard link still the live file (one the change did not replace, e.g. a key pilot-agent did not rewrite) stays as it is.
    'for pair do n=${pair%%=*}; p=${pair#*=}; if [ "$kept/$n" -ef "$p" ]; then rm -f -- "$kept/$n"; elif [ -e "$kept/$n" ]; then mv -f "$kept/$n" "$p"; else rm -f -- "$p"; fi; done',
    'set --; while IFS= read -r l; do set -- "$@" "$l"; done < "$kept/hosts-block"',
    "umask 022",
    'hosts_block "$hf" "$marker" "$@"',
    'rm -rf "$kept"',
    // A directory the runtime made for the proxy (proxyCertsDir), left empty by a first onboarding's restore.
    'if [ -n "$own" ]; then rmdir -- "$own" 2>/dev/null || true; fi',
    "echo restored"
  ].join("\n");
  return privileged(s, [
    "sh",
    "-c",
    script,
    "restore-bundle",
    keptDir(s),
    file,
    marker,
    ownDir,
    ...files.map((f) => `${f.name}=${f.path}`)
  ]);
}
function restoreProxyFilesCommand(s, names, marker, file = HOSTS_FILE) {
  const certs = proxyCertsDir(s);
  const files = [
    ...names.map((name) => ({ name, path: `${s.proxy.configDir}/${name}` })),
    ...PROXY_CERT_FILES.map((name) => ({ name, path: `${certs}/${name}` }))
  ];
  return restoreBundleCommand(s, files, marker, file, certs);
}
function removeHostsBlockCommand(s, marker, file = HOSTS_FILE) {
  return privileged(s, [
    "sh",
    "-c",
    ["set -eu", "umask 077", HOSTS_BLOCK_FUNCTION, 'hosts_block "$1" "$2"'].join("\n"),
    "hosts-block",
    file,
    marker
  ]);
}
function bundleStdin(files) {
  return files.map((f) => `${f.name} ${formatMode(f.mode)} ${Buffer.from(f.content).toString("base64")}
`).join("");
}
function removeProxyCommand(s) {
  return privileged(s, [
    "sh",
    "-c",
    'docker rm --force "$2" >/dev/null 2>&1; exec docker rm --force "$1"',
    "remove-proxy",
    PROXY_CONTAINER,
    PREVIOUS_PROXY_CONTAINER
  ]);
}
function runProxyCommand(s, w, facts) {
  const dir = s.proxy.configDir;
  const addHosts = facts.gateway.isHostname ? [] : istiodAliases(facts).flatMap((h) => ["--add-host", `${h}:${facts.gateway.address}`]);
  return privileged(s, [
    "docker",
    "run",
    "-d",
    "--name",
    PROXY_CONTAINER,
    "--restart",
    "unless-stopped",
    "--network",
    "host",
    "-v",
    `${proxyCertsDir(s)}:${CONTAINER_CERTS_DIR}`,
    "-v",
    `${dir}/istio-token:${CONTAINER_TOKEN}:ro`,
    "--env-file",
    `${dir}/sidecar.env`,
    ...addHosts,
    facts.image,
    "proxy",
    "sidecar",
    "--serviceCluster",
    `${w.name}.${w.namespace}`,
    "--concurrency",
    "0",
    "--trust-domain",
    facts.trustDomain
  ]);
}
var PREVIOUS_PROXY_CONTAINER = "istio-proxy-previous";
var KEPT_PREVIOUS_PROXY = "kept-previous-istio-proxy";
function prepareProxyImageCommand(s, image) {
  const script = [
    "img=$1; c=$2; prev=$3",
    // The containers' state is read beside the image check (each a docker CLI start); lines are read by their prefix, in any order.
    '{ docker inspect --type container --format "container {{.Name}} {{.State.Status}} {{.Config.Image}}" "$c" "$prev" 2>/dev/null || true; } &',
    'if docker image inspect "$img" >/dev/null 2>&1; then echo "image present"; else docker pull -q "$img" >/dev/null || { s=$?; wait; exit $s; }; echo "image pulled"; fi',
    "wait"
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "prepare-image", image, PROXY_CONTAINER, PREVIOUS_PROXY_CONTAINER]);
}
function replaceProxyCommand(s, w, facts, readyWaitS = 0) {
  const run = runProxyCommand(s, w, facts);
  const docker = run.slice(run.indexOf("docker"));
  const script = [
    WAIT_READY_FUNCTION,
    "c=$1; prev=$2; url=$3; wait=$4; shift 4",
    'if docker inspect "$c" >/dev/null 2>&1; then',
    '  docker rm --force "$prev" >/dev/null 2>&1 || true',
    '  docker update --restart=no "$c" >/dev/null && docker stop --time 1 "$c" >/dev/null && docker rename "$c" "$prev" || exit 70',
    `  echo ${KEPT_PREVIOUS_PROXY}`,
    "fi",
    '"$@" || exit $?',
    ...READY_AFTER_START_LINES
  ].join("\n");
  return privileged(s, [
    "sh",
    "-c",
    script,
    "replace-proxy",
    PROXY_CONTAINER,
    PREVIOUS_PROXY_CONTAINER,
    READY_URL,
    String(readyWaitS),
    ...docker
  ]);
}
function restoreProxyCommand(s, hadProxy) {
  const script = [
    "set -u; c=$1; prev=$2; had=$3",
    'if docker inspect "$prev" >/dev/null 2>&1; then',
    '  docker rm --force "$c" >/dev/null 2>&1 || true',
    '  docker rename "$prev" "$c" && docker update --restart=unless-stopped "$c" >/dev/null && docker start "$c" >/dev/null || exit 71',
    '  echo "restored $(docker inspect --format "{{.Config.Image}}" "$c")"',
    'elif [ "$had" = 1 ]; then',
    '  docker update --restart=unless-stopped "$c" >/dev/null && docker start "$c" >/dev/null || exit 71',
    '  echo "restarted $(docker inspect --format "{{.Config.Image}}" "$c")"',
    'elif docker inspect "$c" >/dev/null 2>&1 && docker rm --force "$c" >/dev/null; then echo removed',
    "else echo absent; fi"
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "restore-proxy", PROXY_CONTAINER, PREVIOUS_PROXY_CONTAINER, hadProxy ? "1" : "0"]);
}
function retireProxyCommand(s, hadProxy) {
  const script = [
    "set -u; c=$1; prev=$2; had=$3",
    'if [ "$had" = 1 ] && ! docker inspect "$prev" >/dev/null 2>&1; then echo kept; exit 0; fi',
    'if docker inspect "$c" >/dev/null 2>&1; then docker rm --force "$c" >/dev/null || exit 71; echo removed; else echo absent; fi'
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "retire-proxy", PROXY_CONTAINER, PREVIOUS_PROXY_CONTAINER, hadProxy ? "1" : "0"]);
}
function commitProxyCommand(s, keptContainer = true) {
  const script = '[ "$4" = 0 ] || docker rm --force "$1" >/dev/null 2>&1 || true; rm -rf -- "$2"; for d in "$3"/.staged.??????; do [ -e "$d" ] && rm -rf -- "$d"; done; true';
  return privileged(s, [
    "sh",
    "-c",
    script,
    "commit-change",
    PREVIOUS_PROXY_CONTAINER,
    keptDir(s),
    s.proxy.configDir,
    keptContainer ? "1" : "0"
  ]);
}
var READY_WAIT_PER_ROUND_TRIP_S = 5;
var WAIT_READY_FUNCTION = [
  "wait_ready() {",
  '  if command -v curl >/dev/null 2>&1; then check() { curl -s -o /dev/null -m 2 -w "%{http_code}" "$1" || true; }',
  '  elif command -v wget >/dev/null 2>&1; then check() { if wget -q -T 2 -O /dev/null "$1"; then echo 200; else echo 503; fi; }',
  '  else echo "neither curl nor wget is installed" >&2; return 127; fi',
  "  end=$(( $(date +%s) + $2 ))",
  '  while :; do code=$(check "$1"); if [ "$code" = 200 ] || [ "$(date +%s)" -ge "$end" ]; then break; fi; sleep 0.1 2>/dev/null || sleep 1; done',
  '  echo "$code"',
  "}"
].join("\n");
function readinessCommand(waitSeconds = READY_WAIT_PER_ROUND_TRIP_S) {
  return ["sh", "-c", [WAIT_READY_FUNCTION, 'wait_ready "$1" "$2"'].join("\n"), "ready-check", READY_URL, String(waitSeconds)];
}
var READY_AFTER_START = "ready-check ";
var READY_AFTER_START_LINES = [
  '[ "$wait" -gt 0 ] || exit 0',
  `printf "${READY_AFTER_START}%s\\n" "$(wait_ready "$url" "$wait" 2>/dev/null || echo 127)"`
];
function readyAfterStart(stdout) {
  const lines = stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  const i = lines.findIndex((l) => l.startsWith(READY_AFTER_START));
  return i < 0 ? { lines, last: void 0 } : { lines: lines.slice(0, i), last: lines[i]?.slice(READY_AFTER_START.length) };
}
function startReadyWaitS(s) {
  return Math.max(1, Math.min(READY_WAIT_PER_ROUND_TRIP_S, Math.floor(s.proxy.readyTimeoutMs / 1e3)));
}
function proxyLogsCommand(s, tail, since) {
  return privileged(s, ["docker", "logs", "--tail", String(tail), ...since ? ["--since", since] : [], PROXY_CONTAINER]);
}
function proxyStateCommand(s) {
  return privileged(s, ["docker", "inspect", "--format", "{{.State.Status}} {{.RestartCount}} {{.Config.Image}}", PROXY_CONTAINER]);
}
function removeBundleCommand(s, names) {
  return privileged(s, [
    "sh",
    "-c",
    'dir=$1; kept=$2; certs=$3; shift 3; rm -rf -- "$kept" "$certs" "$dir"/.staged.??????; for n do rm -f -- "$dir/$n" "$dir/.$n".??????; done',
    "remove-bundle",
    s.proxy.configDir,
    keptDir(s),
    proxyCertsDir(s),
    ...names
  ]);
}
var ENVOY_ADMIN = "http://127.0.0.1:15000";
var CHECK_SECTION = "==istio-vm-onboard-check==";
var CHECK_ADMIN_PAGES = {
  server_info: `${ENVOY_ADMIN}/server_info`,
  // control_plane.connected_state is left out by Istio's default stats inclusion list (a proxy
  // config's proxyStatsMatcher may add it): without it, the xDS stream to pilot-agent, which the
  // agent holds open only while its own stream to istiod is up.
  connected_state: `${ENVOY_ADMIN}/stats?filter=${encodeURIComponent("^(control_plane\\.connected_state|cluster\\.xds-grpc;?\\.upstream_rq_active)$")}`,
  certs: `${ENVOY_ADMIN}/certs`
};
function checkProxyCommand(s, files) {
  const script = [
    "kind=$1; c=$2; info=$3; conn=$4; certs=$5; shift 5",
    'if command -v curl >/dev/null 2>&1; then get() { curl -s -m 3 "$1" || true; }; code() { curl -s -o /dev/null -m 3 -w "%{http_code}" "$1" || true; }',
    'elif command -v wget >/dev/null 2>&1; then get() { wget -q -T 3 -O - "$1" || true; }; code() { if wget -q -T 3 -O /dev/null "$1"; then echo 200; else echo 503; fi; }',
    'else echo "neither curl nor wget is installed" >&2; exit 127; fi',
    'if [ "$kind" = unit ]; then',
    '  load=$(systemctl show -p LoadState --value "$c" 2>/dev/null); active=$(systemctl show -p ActiveState --value "$c" 2>/dev/null); sub=$(systemctl show -p SubState --value "$c" 2>/dev/null)',
    '  if [ -z "$load" ] || [ "$load" = not-found ]; then state="none -"; elif [ "$active/$sub" = active/running ]; then state="running $c.service"; else state="$active/$sub $c.service"; fi',
    "else",
    '  state=$(docker inspect --format "{{.State.Status}} {{.Config.Image}}" "$c" 2>/dev/null) || state="none -"',
    "fi",
    'echo "state $state"',
    `echo "ready $(code ${READY_URL})"`,
    // A .pem file by its certificates alone (PEM_DIGEST): pilot-agent rewrites the package's root-cert.pem in its own format.
    'for pair do n=${pair%%=*}; p=${pair#*=}; if [ -f "$p" ]; then case "$p" in *.pem) h=$(grep -v -- "-----" "$p" | tr -d " \\t\\r\\n" | sha256sum | cut -d" " -f1);; *) h=$(sha256sum < "$p" | cut -d" " -f1);; esac; echo "hash $n $h"; else echo "hash $n -"; fi; done',
    `for p in "server_info $info" "connected_state $conn" "certs $certs"; do echo; echo "${CHECK_SECTION} \${p%% *}"; get "\${p#* }"; done`
  ].join("\n");
  const pages = CHECK_ADMIN_PAGES;
  const [kind, name] = s.proxy.runtime === "systemd" ? ["unit", SIDECAR_UNIT] : ["container", PROXY_CONTAINER];
  return privileged(s, [
    "sh",
    "-c",
    script,
    "check-proxy",
    kind,
    name,
    pages.server_info,
    pages.connected_state,
    pages.certs,
    ...files.map((f) => `${f.name}=${f.path}`)
  ]);
}
function configDumpCommand() {
  const script = 'if command -v curl >/dev/null 2>&1; then exec curl -sS -m 20 "$1"; elif command -v wget >/dev/null 2>&1; then exec wget -q -T 20 -O - "$1"; else echo "neither curl nor wget is installed" >&2; exit 127; fi';
  return ["sh", "-c", script, "config-dump", `${ENVOY_ADMIN}/config_dump`];
}
function fileDigest(path, content) {
  const text = path.endsWith(".pem") ? content.split("\n").filter((l) => !l.includes("-----")).join("").replace(/[ \t\r\n]/g, "") : content;
  return createHash("sha256").update(text).digest("hex");
}
function readTokenCommand(path, s) {
  return privileged(s, ["cat", "--", path]);
}
var SIDECAR_CLUSTER_ENV = "/var/lib/istio/envoy/cluster.env";
var SIDECAR_PACKAGE = "istio-sidecar";
var SIDECAR_UNIT = "istio";
var SIDECAR_LOG_FILES = ["/var/log/istio/istio.log", "/var/log/istio/istio.err.log"];
var SIDECAR_STATE_DIR = "/var/lib/istio-vm-onboard";
var SIDECAR_PACKAGE_RECORD = `${SIDECAR_STATE_DIR}/istio-sidecar.sha256`;
function sidecarPackageStateCommand() {
  const script = [
    'command -v systemctl >/dev/null 2>&1 || { echo "nosystemd - - -"; exit 0; }',
    'v=""',
    "if command -v dpkg-query >/dev/null 2>&1; then m=dpkg",
    `  case "$(dpkg-query -W -f='\${Status}' "$1" 2>/dev/null)" in *" installed") v=$(dpkg-query -W -f='\${Version}' "$1");; esac`,
    "elif command -v rpm >/dev/null 2>&1; then m=rpm",
    `  v=$(rpm -q --qf '%{VERSION}-%{RELEASE}' "$1" 2>/dev/null) || v=""`,
    "else m=none; fi",
    'sha=$(cat "$2" 2>/dev/null || true)',
    'unit=$(systemctl is-active "$3" 2>/dev/null || true)',
    'echo "$m ${v:--} ${sha:--} ${unit:-unknown}"'
  ].join("\n");
  return ["sh", "-c", script, "sidecar-package-state", SIDECAR_PACKAGE, SIDECAR_PACKAGE_RECORD, SIDECAR_UNIT];
}
function uploadSidecarPackageCommand(s, sha256) {
  const script = [
    "set -eu",
    "umask 077",
    "sha=$1; dir=$2",
    'mkdir -p "$dir"; chmod 0755 "$dir"',
    'tmp=$(mktemp "$dir/.upload.XXXXXX")',
    `trap 'rm -f "$tmp"' EXIT`,
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    'cat > "$tmp"',
    'got=$(sha256sum "$tmp" | cut -d" " -f1)',
    '[ "$got" = "$sha" ] || { echo "the uploaded package has sha256 $got, expected $sha" >&2; exit 66; }',
    'mv -f "$tmp" "$dir/staged-package"',
    "echo staged"
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "upload-sidecar-package", sha256, SIDECAR_STATE_DIR]);
}
function installSidecarPackageCommand(s, manager, sha256) {
  const script = [
    "set -eu",
    "umask 077",
    "mgr=$1; sha=$2; dir=$3; pkg=$4",
    '[ -f "$dir/staged-package" ] || { echo "no staged package in $dir" >&2; exit 68; }',
    'rm -f "$dir/previous-package" "$dir/previous-package.sha256"',
    'if [ -f "$dir/package" ]; then mv -f "$dir/package" "$dir/previous-package"; cp -p "$dir/istio-sidecar.sha256" "$dir/previous-package.sha256" 2>/dev/null || true; fi',
    'ext=deb; [ "$mgr" = rpm ] && ext=rpm',
    `d=$(mktemp -d); trap 'rm -rf "$d"' EXIT`,
    'ln -f "$dir/staged-package" "$d/package.$ext" 2>/dev/null || cp "$dir/staged-package" "$d/package.$ext"; chmod 0644 "$d/package.$ext"',
    `if [ "$mgr" = dpkg ]; then dpkg -i "$d/package.$ext" >&2; v=$(dpkg-query -W -f='\${Version}' "$pkg")`,
    `else rpm -U --replacepkgs --replacefiles --oldpackage "$d/package.$ext" >&2; v=$(rpm -q --qf '%{VERSION}-%{RELEASE}' "$pkg"); fi`,
    'mv -f "$dir/staged-package" "$dir/package"',
    // Not secret: the state check reads it without sudo.
    "umask 022",
    'printf "%s\\n" "$sha" > "$dir/istio-sidecar.sha256"',
    'echo "$v"'
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "install-sidecar-package", manager, sha256, SIDECAR_STATE_DIR, SIDECAR_PACKAGE]);
}
function restoreSidecarPackageCommand(s, manager) {
  const script = [
    "set -eu",
    "umask 077",
    "mgr=$1; dir=$2; pkg=$3",
    'rm -f "$dir/staged-package"',
    '[ -f "$dir/previous-package" ] || { echo not-kept; exit 0; }',
    'ext=deb; [ "$mgr" = rpm ] && ext=rpm',
    `d=$(mktemp -d); trap 'rm -rf "$d"' EXIT`,
    'cp "$dir/previous-package" "$d/package.$ext"; chmod 0644 "$d/package.$ext"',
    `if [ "$mgr" = dpkg ]; then dpkg -i "$d/package.$ext" >&2; v=$(dpkg-query -W -f='\${Version}' "$pkg")`,
    `else rpm -U --replacepkgs --replacefiles --oldpackage "$d/package.$ext" >&2; v=$(rpm -q --qf '%{VERSION}-%{RELEASE}' "$pkg"); fi`,
    'mv -f "$dir/previous-package" "$dir/package"',
    "umask 022",
    'if [ -f "$dir/previous-package.sha256" ]; then mv -f "$dir/previous-package.sha256" "$dir/istio-sidecar.sha256"; else rm -f "$dir/istio-sidecar.sha256"; fi',
    'echo "restored $v"'
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "restore-sidecar-package", manager, SIDECAR_STATE_DIR, SIDECAR_PACKAGE]);
}
function commitPlacedCommand(s) {
  return privileged(s, [
    "sh",
    "-c",
    'rm -rf -- "$1"; rm -f -- "$2/previous-package" "$2/previous-package.sha256" "$2/staged-package"',
    "commit-change",
    keptDir(s),
    SIDECAR_STATE_DIR
  ]);
}
function installPlacedFilesCommand(s, files, hosts, alsoKept = [], opts = {}) {
  const { link, startFresh = [] } = opts;
  const script = [
    "set -eu",
    "umask 077",
    HOSTS_BLOCK_FUNCTION,
    HOSTS_LINES_FUNCTION,
    'id istio-proxy >/dev/null 2>&1 || { echo "no user istio-proxy: is the istio-sidecar package installed?" >&2; exit 67; }',
    "kept=$1; link=$2; target=$3; conf=$4; lines=$5; fresh=$6; n=$7; shift 7",
    'map=""',
    'i=0; while [ "$i" -lt "$n" ]; do map="$map$1',
    '"; shift; i=$((i + 1)); done',
    // Every file staged beside its target first: a failed upload leaves the live ones as they are.
    'staged=""',
    `trap 'set -f; for f in $staged; do rm -f -- "\${f%%=*}"; done' EXIT`,
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    "while read -r name mode data; do",
    CHECK_FILE_NAME,
    '  path=""; set -f; for pair in $map; do case "$pair" in "$name="*) path=${pair#*=}; break;; esac; done; set +f',
    '  [ -n "$path" ] || { echo "no place for $name" >&2; exit 65; }',
    '  dir=$(dirname "$path")',
    '  [ -d "$dir" ] || { mkdir -p "$dir"; chown istio-proxy:istio-proxy "$dir"; chmod 0750 "$dir"; }',
    // Named after the target (.root-cert.pem.XXXXXX, not .istio-ca.pem.XXXXXX): what a restore and offboarding look for when a cut-short run left it.
    '  tmp=$(mktemp "$dir/.$(basename "$path").XXXXXX")',
    '  staged="$staged $tmp=$path"',
    '  printf %s "$data" | base64 -d > "$tmp"',
    '  chmod "$mode" "$tmp"',
    '  chown istio-proxy:istio-proxy "$tmp"',
    "done",
    ...KEEP_PREVIOUS,
    'set -f; for f in $staged; do tmp=${f%%=*}; path=${f#*=}; mv -f "$tmp" "$path"; basename "$path"; done; set +f',
    'staged=""',
    // Kept above, gone from the live place: the new proxy starts from its fresh token, as a first onboarding's does.
    'set -f; for p in $fresh; do rm -f -- "$p"; done; set +f',
    "umask 022",
    // The link (made beside its place, renamed over what is there: a token file of an older
    // layout too) and its tmpfiles.d entry, root's, read at boot.
    'if [ -n "$link" ]; then',
    '  ldir=$(dirname "$link"); [ -d "$ldir" ] || { mkdir -p "$ldir"; chown istio-proxy:istio-proxy "$ldir"; chmod 0750 "$ldir"; }',
    // Temp names as .NAME.XXXXXX: a restore or an offboarding removes one a cut-short run left.
    '  tmp="$ldir/.$(basename "$link").lnktmp"; ln -sfn -- "$target" "$tmp" && mv -Tf -- "$tmp" "$link"',
    '  cdir=$(dirname "$conf"); mkdir -p "$cdir"; tmp="$cdir/.$(basename "$conf").newtmp"',
    '  printf "%s\\n" "$lines" > "$tmp" && chmod 0644 "$tmp" && chown 0:0 "$tmp" && mv -f -- "$tmp" "$conf"',
    "fi",
    'hosts_block "$@"'
  ].join("\n");
  const pairs = [...files, ...alsoKept].map((f) => `${f.name}=${f.path}`);
  return privileged(s, [
    "sh",
    "-c",
    script,
    "install-files",
    keptDir(s),
    link?.path ?? "",
    link?.target ?? "",
    link?.tmpfiles ?? "",
    (link?.lines ?? []).join("\n"),
    startFresh.join("\n"),
    String(pairs.length),
    ...pairs,
    hosts.file ?? HOSTS_FILE,
    hosts.marker,
    ...hosts.lines
  ]);
}
var CLEAN_ISTIO_IPTABLES = [
  "for save in iptables-legacy-save iptables-nft-save ip6tables-legacy-save ip6tables-nft-save; do",
  '  command -v "$save" >/dev/null 2>&1 || continue; ipt=${save%-save}',
  "  for t in nat mangle raw; do",
  '    rules=$("$save" -t "$t" 2>/dev/null) || continue',
  '    printf "%s\\n" "$rules" | grep -E "^-A [A-Z]+ .*-j ISTIO_" | grep -vE "^-A ISTIO_" | sed "s/^-A /-D /" | while read -r r; do eval "\\"\\$ipt\\" -t \\"\\$t\\" $r" 2>/dev/null || true; done',
  '    chains=$(printf "%s\\n" "$rules" | sed -n "s/^:\\(ISTIO_[A-Z0-9_]*\\) .*/\\1/p")',
  '    for c in $chains; do "$ipt" -t "$t" -F "$c" 2>/dev/null || true; done',
  '    for c in $chains; do "$ipt" -t "$t" -X "$c" 2>/dev/null || true; done',
  "  done",
  "done"
].join("\n");
var CONNTRACK_HOLD_COMMENT = "istio-vm-onboard: SSH tracked before Istio chains";
var CONNTRACK_HOLD_RULE = '-m conntrack --ctstate NEW -m comment --comment "$HOLD"';
var RELEASE_CONNTRACK_HOLD = `for ipt in iptables-legacy iptables-nft ip6tables-legacy ip6tables-nft iptables ip6tables; do command -v "$ipt" >/dev/null 2>&1 || continue; while "$ipt" -w -D OUTPUT ${CONNTRACK_HOLD_RULE} 2>/dev/null; do :; done; done`;
function holdConntrackCommand(s) {
  const script = [
    'HOLD=$1; n=0; err=""',
    "for fam in iptables ip6tables; do",
    '  for ipt in "$fam" "$fam-legacy" "$fam-nft"; do',
    '    command -v "$ipt" >/dev/null 2>&1 || continue',
    `    if "$ipt" -w -C OUTPUT ${CONNTRACK_HOLD_RULE} 2>/dev/null || e=$("$ipt" -w -A OUTPUT ${CONNTRACK_HOLD_RULE} 2>&1); then n=$((n + 1)); break; fi`,
    '    err="$err${err:+; }$ipt: $e"',
    "  done",
    "done",
    '[ "$n" -gt 0 ] || { echo "no iptables binary could add a rule (the istio-sidecar package needs iptables): ${err:-none installed}" >&2; exit 69; }',
    "echo held"
  ].join("\n");
  return privileged(s, ["sh", "-c", script, "hold-conntrack", CONNTRACK_HOLD_COMMENT]);
}
function startSidecarUnitCommand(s, readyWaitS = 0) {
  const script = [
    WAIT_READY_FUNCTION,
    "unit=$1; env=$2; HOLD=$3; url=$4; wait=$5",
    `systemctl stop "$unit" >/dev/null 2>&1 || true; ${CLEAN_ISTIO_IPTABLES}`,
    'systemctl enable "$unit" >/dev/null 2>&1 && systemctl start "$unit" || { rc=$?; ' + RELEASE_CONNTRACK_HOLD + "; exit $rc; }",
    'chain() { for v in "$@"; do "$v" -t nat 2>/dev/null | grep -q "^:ISTIO_OUTPUT " && return 0; done; return 1; }',
    `if ! grep -qx "ISTIO_CUSTOM_IP_TABLES='true'" "$env" 2>/dev/null; then`,
    `  six=:; grep -qx "ISTIO_DUAL_STACK='true'" "$env" 2>/dev/null && six="chain ip6tables-legacy-save ip6tables-nft-save"`,
    '  i=0; while [ "$i" -lt 100 ] && ! { chain iptables-legacy-save iptables-nft-save && $six; }; do',
    '    case "$(systemctl is-active "$unit" 2>/dev/null)" in active|activating) ;; *) break;; esac',
    "    sleep 0.1; i=$((i + 1))",
    "  done",
    "fi",
    RELEASE_CONNTRACK_HOLD,
    ...READY_AFTER_START_LINES
  ].join("\n");
  return privileged(s, [
    "sh",
    "-c",
    script,
    "start-unit",
    SIDECAR_UNIT,
    SIDECAR_CLUSTER_ENV,
    CONNTRACK_HOLD_COMMENT,
    READY_URL,
    String(readyWaitS)
  ]);
}
function stopSidecarUnitCommand(s) {
  return privileged(s, [
    "sh",
    "-c",
    `HOLD=$2; systemctl cat "$1" >/dev/null 2>&1 || { echo absent; exit 0; }; systemctl disable --now "$1" >/dev/null || exit $?; systemctl reset-failed "$1" >/dev/null 2>&1 || true; ${CLEAN_ISTIO_IPTABLES}; ${RELEASE_CONNTRACK_HOLD}; echo stopped`,
    "stop-unit",
    SIDECAR_UNIT,
    CONNTRACK_HOLD_COMMENT
  ]);
}
function sidecarUnitStateCommand(s) {
  return privileged(s, ["systemctl", "show", SIDECAR_UNIT, "-p", "ActiveState,SubState,NRestarts,ExecMainStatus", "--value"]);
}
function sidecarLogsCommand(s, tail, since) {
  const script = [
    "n=$1; since=$2; shift 2",
    'journalctl --no-pager -o cat -u istio -n "$n" ${since:+--since "$since"} 2>&1 || true',
    'for f do [ -r "$f" ] && tail -n "$n" "$f"; done; true'
  ].join("\n");
  return privileged(s, [
    "sh",
    "-c",
    script,
    "sidecar-logs",
    String(tail),
    since ? since.replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC") : "",
    ...SIDECAR_LOG_FILES
  ]);
}
function removePlacedFilesCommand(s, paths) {
  const script = 'rm -rf -- "$1"; shift; for p do if [ -e "$p" ]; then echo "$p"; fi; rm -f -- "$p" "$(dirname "$p")/.$(basename "$p")".?????? "$p".tmp.*; done; true';
  return privileged(s, ["sh", "-c", script, "remove-files", keptDir(s), ...paths]);
}

// src/vm/systemd-runtime.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";

// src/vm/readiness.ts
var NotReady = class extends Error {
};
async function pollReady(session, s, signal, since = Date.now()) {
  const deadline = since + s.proxy.readyTimeoutMs;
  let last = "";
  try {
    await retry(
      async () => {
        const wait = Math.max(1, Math.min(READY_WAIT_PER_ROUND_TRIP_S, Math.ceil((deadline - Date.now()) / 1e3)));
        const r = await session.exec(readinessCommand(wait), { timeoutMs: (wait + 10) * 1e3, signal });
        if (r.code === 127)
          throw new StepError(
            `cannot check readiness on ${session.target}: ${r.stderr.trim().split("\n").slice(-3).join(" | ") || "no output"}`,
            "install curl or wget on the VM"
          );
        last = r.stdout.trim();
        if (last !== "200") throw new NotReady(last);
      },
      { signal, deadlineMs: Math.max(1, deadline - Date.now()), delayMs: 0, shouldRetry: (err) => err instanceof NotReady }
    );
    return { ready: true, last };
  } catch (err) {
    if (err instanceof NotReady) return { ready: false, last };
    throw err;
  }
}

// src/vm/systemd-runtime.ts
var TOKEN_PATH = "/var/lib/istio/tokens/istio-token";
var TOKEN_LINK = "/var/run/secrets/tokens/istio-token";
var TOKEN_TMPFILES = "/etc/tmpfiles.d/istio-vm-onboard.conf";
var TOKEN_TMPFILES_LINES = [
  "# istio-vm-onboard: pilot-agent reads its token here (a tmpfs); the token itself is on disk.",
  "d /run/secrets/tokens 0750 istio-proxy istio-proxy -",
  `L+ /run/secrets/tokens/istio-token - - - - ${TOKEN_PATH}`
];
var PLACED_FILES = [
  { name: "cluster.env", path: SIDECAR_CLUSTER_ENV, mode: 416 },
  { name: "mesh.yaml", path: "/etc/istio/config/mesh", mode: 416 },
  { name: "istio-ca.pem", path: "/etc/certs/root-cert.pem", mode: 420 },
  { name: "istio-token", path: TOKEN_PATH, mode: 384 }
];
var PROXY_WRITTEN_CREDENTIALS = ["/etc/certs/key.pem", "/etc/certs/cert-chain.pem"];
var KEPT_CREDENTIALS = [
  ...PROXY_WRITTEN_CREDENTIALS.map((path) => ({ name: path.slice(path.lastIndexOf("/") + 1), path })),
  { name: "istio-token-link", path: TOKEN_LINK },
  { name: "istio-vm-onboard.conf", path: TOKEN_TMPFILES }
];
var PLACED_OPTIONS = {
  link: { path: TOKEN_LINK, target: TOKEN_PATH, tmpfiles: TOKEN_TMPFILES, lines: TOKEN_TMPFILES_LINES },
  startFresh: PROXY_WRITTEN_CREDENTIALS
};
var LOG_TAIL = 20;
var PACKAGE_TIMEOUT_MS = 10 * 6e4;
function lastLines(text) {
  return text.trim().split("\n").slice(-3).join(" | ") || "no output";
}
function checkGatewayForRuntime(s, facts) {
  if (s.proxy.runtime === "systemd" && facts.gateway.isHostname) {
    throw new StepError(
      `the systemd runtime cannot reach istiod through the host-name gateway ${facts.gateway.address} (${facts.gateway.source}): Istio's istio-start.sh always sets CA_ADDR, and pilot-agent then checks istiod's certificate for that address's host, not istiod.${facts.istioNamespace}.svc`,
      "set gateway-address to an IP address of the gateway, or use proxy-runtime: docker (which reaches a host-name gateway with ISTIOD_SAN)"
    );
  }
  return facts;
}
function goTrue(value) {
  return /^(1|t|T|true|TRUE|True)$/.test(value ?? "");
}
function checkDnsCapture(s, w, facts) {
  if (s.proxy.runtime !== "systemd" || s.proxy.interception !== "redirect") return;
  const probe = probeHost(s.probe.fromVmUrl)?.host;
  const names = [.../* @__PURE__ */ new Set([...s.workload.meshHosts.map((h) => h.host), ...probe ? [probe] : []])];
  if (names.length === 0 || goTrue(proxyMetadata(w, facts).ISTIO_META_DNS_CAPTURE)) return;
  throw new StepError(
    `with interception redirect, ${names.join(", ")} would not resolve on the VM: mesh names resolve through pilot-agent's DNS proxy, and the mesh's proxyMetadata does not set ISTIO_META_DNS_CAPTURE to "true"`,
    `set ISTIO_META_DNS_CAPTURE: "true" in meshConfig.defaultConfig.proxyMetadata (as Istio's VM guide does), or use interception: none (mesh hosts through /etc/hosts entries at the Sidecar's listeners)`
  );
}
function checkFactsForRuntime(s, w, facts) {
  checkDnsCapture(s, w, checkGatewayForRuntime(s, facts));
  return facts;
}
function placedBundle(files, interception) {
  const env = files.find((f) => f.name === "sidecar.env")?.env ?? {};
  const extra = interception === "none" ? { ISTIO_CUSTOM_IP_TABLES: "true", ISTIO_META_INTERCEPTION_MODE: "NONE" } : {};
  for (const k of ["CA_ADDR", "CA_SNI", "PILOT_SNI", "ISTIOD_SAN", "POD_NAME", "ISTIO_META_OWNER", "ISTIO_DUAL_STACK"])
    if (env[k]) extra[k] = env[k];
  const instanceIp = env.INSTANCE_IP ?? "";
  if (isIPAddress(instanceIp)) extra.ISTIO_SVC_IP = instanceIp;
  return PLACED_FILES.map((p) => {
    const f = files.find((x) => x.name === p.name);
    if (!f) throw new Error(`bundle file ${p.name} missing`);
    if (p.name !== "cluster.env") return { ...f, mode: p.mode, path: p.path };
    const vars = { ...f.env ?? {}, ...extra };
    return { ...f, env: vars, content: shellEnvFile(vars), mode: p.mode, path: p.path };
  });
}
async function packageState(session, signal) {
  const r = await session.exec(sidecarPackageStateCommand(), { signal });
  const [manager = "none", version = "-", sha = "-", unit = "unknown"] = r.stdout.trim().split(/\s+/);
  if (r.code !== 0) throw new StepError(`reading the package state on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`);
  return {
    manager,
    version: version === "-" ? "" : version,
    recordedSha256: sha === "-" ? "" : sha,
    unit
  };
}
async function prepareSidecar(session, s, log, signal) {
  const state = await packageState(session, signal);
  if (state.manager === "nosystemd")
    throw new StepError(
      `${session.target} has no systemctl: proxy-runtime systemd needs a VM booted with systemd`,
      "use proxy-runtime: docker on this VM"
    );
  const file = s.proxy.sidecarPackage;
  if (!file) {
    if (state.version) return { before: state, detail: `${SIDECAR_PACKAGE} ${state.version} already installed (no sidecar-package given)` };
    throw new StepError(
      `${SIDECAR_PACKAGE} is not installed on ${session.target}`,
      "give sidecar-package: the istio-sidecar .deb or .rpm of your Istio release, on the runner"
    );
  }
  const kind = file.endsWith(".rpm") ? "rpm" : "dpkg";
  if (state.manager !== kind) {
    throw new StepError(
      `sidecar-package ${file} is ${kind === "rpm" ? "an .rpm" : "a .deb"}, but ${session.target} has ${state.manager === "none" ? "neither dpkg nor rpm" : state.manager}`,
      state.manager === "none" ? "install the package on the VM by hand, then leave sidecar-package empty" : `give the ${state.manager === "rpm" ? ".rpm" : ".deb"} of the same Istio release`
    );
  }
  const bytes = readFileSync(file);
  const sha256 = createHash2("sha256").update(bytes).digest("hex");
  if (state.version && state.recordedSha256 === sha256)
    return {
      before: state,
      detail: `${SIDECAR_PACKAGE} ${state.version} already installed from this file (sha256 ${sha256.slice(0, 12)})`
    };
  log.info(`uploading ${file} (${bytes.length} bytes, sha256 ${sha256}) to ${session.target}`);
  const r = await session.exec(uploadSidecarPackageCommand(s, sha256), {
    stdin: bytes,
    signal,
    timeoutMs: Math.max(s.ssh.commandTimeoutMs, PACKAGE_TIMEOUT_MS)
  });
  if (r.code !== 0) {
    throw new StepError(
      `uploading ${SIDECAR_PACKAGE} to ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      r.code === 66 ? "the upload arrived altered or cut short: run again" : `check that ${s.ssh.target.user} may run sudo and that ${SIDECAR_STATE_HINT} has room`
    );
  }
  return { before: state, staged: { kind, sha256 }, detail: "" };
}
var SIDECAR_STATE_HINT = "/var/lib/istio-vm-onboard";
async function installSidecar(session, s, prepared, signal) {
  if (!prepared.staged) return prepared.detail;
  const { kind, sha256 } = prepared.staged;
  const r = await session.exec(installSidecarPackageCommand(s, kind, sha256), {
    signal,
    timeoutMs: Math.max(s.ssh.commandTimeoutMs, PACKAGE_TIMEOUT_MS)
  });
  if (r.code !== 0) {
    throw new StepError(
      `installing ${SIDECAR_PACKAGE} on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      `check that ${s.ssh.target.user} may run sudo and that the package's dependencies (iproute2, iptables, sudo, hostname) can be met`
    );
  }
  const version = r.stdout.trim().split("\n").pop() ?? "";
  const was = prepared.before.version;
  return `${was ? `replaced ${SIDECAR_PACKAGE} ${was} with` : "installed"} ${SIDECAR_PACKAGE} ${version} (${kind}, sha256 ${sha256.slice(0, 12)} checked on the VM)`;
}
async function restore(session, s, prepared, packageSwitched, marker, signal) {
  const notes = [];
  const manager = prepared.before.manager;
  if (packageSwitched && (manager === "dpkg" || manager === "rpm")) {
    const r = await session.exec(restoreSidecarPackageCommand(s, manager), {
      signal,
      timeoutMs: Math.max(s.ssh.commandTimeoutMs, PACKAGE_TIMEOUT_MS)
    });
    if (r.code !== 0)
      throw new StepError(
        `installing the previous ${SIDECAR_PACKAGE} again on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`
      );
    const said = r.stdout.trim().split("\n").pop() ?? "";
    notes.push(
      said === "not-kept" ? `the previous ${SIDECAR_PACKAGE}${prepared.before.version ? ` ${prepared.before.version}` : ""} was not installed by this action, so no file of it was kept: the new package stays` : `installed the previous ${SIDECAR_PACKAGE} again (${said.replace(/^restored /, "")})`
    );
  }
  const stopped = await stopUnit(session, s, signal);
  const files = await session.exec(restoreBundleCommand(s, [...PLACED_FILES, ...KEPT_CREDENTIALS], marker), { signal });
  if (files.code !== 0)
    throw new StepError(
      `restoring the files at Istio's paths on ${session.target} failed (exit ${files.code}): ${lastLines(files.stderr)}`
    );
  const wasActive = prepared.before.unit === "active";
  if (files.stdout.includes("restored"))
    notes.push(
      wasActive ? `restored the previous files and ${HOSTS_FILE} block` : `removed the files at Istio's paths, the key and certificates pilot-agent wrote, and the ${HOSTS_FILE} block`
    );
  if (wasActive) {
    await holdConntrack(session, s, signal);
    const r = await session.exec(startSidecarUnitCommand(s), { signal });
    if (r.code !== 0)
      throw new StepError(
        `restarting the ${SIDECAR_UNIT} unit with the previous files on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`
      );
    return {
      notes,
      restarted: `the ${SIDECAR_UNIT} unit${prepared.before.version ? ` (${SIDECAR_PACKAGE} ${prepared.before.version})` : ""}`
    };
  }
  if (stopped) notes.push(`stopped and disabled the ${SIDECAR_UNIT} unit`);
  return { notes, restarted: "" };
}
async function commit(session, s, signal) {
  const r = await session.exec(commitPlacedCommand(s), { signal });
  if (r.code !== 0)
    throw new StepError(
      `removing the kept files on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      "remove them by hand: the new proxy runs"
    );
}
function hostsWithIstiod(files, hosts) {
  const istiod = (files.find((f) => f.name === "hosts")?.content ?? "").split("\n").filter((l) => l.trim() !== "");
  return { ...hosts, lines: [...istiod, ...hosts.lines] };
}
async function installPlacedBundle(session, s, files, hosts, log, signal) {
  const placed = placedBundle(files, s.proxy.interception);
  const block = hostsWithIstiod(files, hosts);
  const r = await session.exec(installPlacedFilesCommand(s, placed, block, KEPT_CREDENTIALS, PLACED_OPTIONS), {
    stdin: bundleStdin(placed),
    signal
  });
  const written = r.stdout.split("\n").filter(Boolean);
  if (r.code !== 0 || written.length !== placed.length) {
    throw new StepError(
      `writing the bundle on ${session.target} failed (exit ${r.code}, ${written.length} of ${placed.length} files written): ${lastLines(r.stderr)}`,
      r.code === 67 ? `install ${SIDECAR_PACKAGE} first (sidecar-package)` : `check that ${s.ssh.target.user} may run sudo without a password (sudo -n)`
    );
  }
  for (const f of placed) log.info(`wrote ${f.path} (istio-proxy, mode ${formatMode(f.mode)}${f.secret ? ", secret" : ""})`);
  if (block.lines.length) log.info(`${HOSTS_FILE}: block "${block.marker}" holds ${block.lines.join("; ")}`);
  return block;
}
async function holdConntrack(session, s, signal) {
  const r = await session.exec(holdConntrackCommand(s), { signal });
  if (r.code !== 0 || r.stdout.trim() !== "held") {
    throw new StepError(
      `tracking this SSH connection before Istio's iptables chains come up failed on ${session.target} (exit ${r.code}): ${lastLines(r.stderr)}`,
      `check that ${s.ssh.target.user} may run sudo without a password and that iptables works on the VM (the istio-sidecar package needs it)`
    );
  }
}
async function startUnit(session, s, log, signal) {
  await holdConntrack(session, s, signal);
  const waitS = startReadyWaitS(s);
  const r = await session.exec(startSidecarUnitCommand(s, waitS), { signal, timeoutMs: s.ssh.commandTimeoutMs + (waitS + 10) * 1e3 });
  if (r.code !== 0) {
    throw new StepError(
      `systemctl enable and restart ${SIDECAR_UNIT} on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      "read the unit journal below",
      await unitLogs(session, s, signal)
    );
  }
  log.info(`enabled and (re)started the ${SIDECAR_UNIT} unit`);
  const { last } = readyAfterStart(r.stdout);
  if (last === "200") log.info(`the ${SIDECAR_UNIT} unit is ready (:15020/healthz/ready answered 200 in the round trip that started it)`);
  return { ready: last === "200", last, waitS };
}
async function unitLogs(session, s, signal, tail = LOG_TAIL, since) {
  const r = await session.exec(sidecarLogsCommand(s, tail, since), { signal });
  return `${r.stdout}${r.stderr}`.split("\n").filter((l) => l.trim() !== "");
}
async function waitUnitReady(session, s, log, signal, since) {
  const { ready, last } = await pollReady(session, s, signal, since);
  if (ready) {
    log.info(`the ${SIDECAR_UNIT} unit is ready (:15020/healthz/ready answered 200)`);
    return;
  }
  const state = await session.exec(sidecarUnitStateCommand(s), { signal });
  throw new StepError(
    `the ${SIDECAR_UNIT} unit on ${session.target} was not ready within ${Math.round(s.proxy.readyTimeoutMs / 1e3)} s (last readiness answer: ${last || "none"}; unit: ${state.stdout.trim().split("\n").join(" ") || lastLines(state.stderr)})`,
    "read the journal and /var/log/istio below: a token or root certificate problem, or a gateway the VM cannot reach on 15012/15443",
    await unitLogs(session, s, signal)
  );
}
async function stopUnit(session, s, signal) {
  const r = await session.exec(stopSidecarUnitCommand(s), { signal });
  const said = r.stdout.trim().split("\n").pop();
  if (r.code === 0 && said === "stopped") return true;
  if (r.code === 0 && said === "absent") return false;
  throw new StepError(
    `stopping the ${SIDECAR_UNIT} unit on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
    `check that ${s.ssh.target.user} may run sudo without a password (sudo -n), then run again`
  );
}
async function removePlacedFiles(session, s, names, signal) {
  const paths = [
    ...PLACED_FILES.filter((p) => names.includes(p.name)).map((p) => p.path),
    ...PROXY_WRITTEN_CREDENTIALS,
    TOKEN_LINK,
    TOKEN_TMPFILES
  ];
  const r = await session.exec(removePlacedFilesCommand(s, paths), { signal });
  if (r.code !== 0) throw new StepError(`removing ${paths.join(", ")} on ${session.target} failed: ${lastLines(r.stderr)}`);
  return r.stdout.split("\n").filter((l) => paths.includes(l));
}

// src/cluster/auto-registration.ts
var AUTO_REGISTRATION_GROUP_ANNOTATION = "istio.io/autoRegistrationGroup";
var HEALTH_CONDITION = "Healthy";
async function workloadEntries(cluster, namespace) {
  try {
    return await cluster.call(() => cluster.list("networking.istio.io/v1", "WorkloadEntry", namespace));
  } catch (err) {
    throw clusterError(`list WorkloadEntries in ${namespace}`, err);
  }
}
function entryAddress(e) {
  return e.spec?.address;
}
async function autoRegisteredEntries(cluster, namespace, group) {
  return (await workloadEntries(cluster, namespace)).filter((e) => e.metadata.annotations?.[AUTO_REGISTRATION_GROUP_ANNOTATION] === group);
}
function describe(e, group) {
  const status = e.status;
  return { name: e.metadata.name, group, healthy: status?.conditions?.find((c) => c.type === HEALTH_CONDITION)?.status ?? "" };
}
var NotYet = class extends Error {
};
async function waitForAutoRegisteredEntry(cluster, namespace, group, address, opts) {
  let seen;
  try {
    return await retry(
      async () => {
        const mine = (await autoRegisteredEntries(cluster, namespace, group)).find((e) => entryAddress(e) === address);
        seen = mine ? describe(mine, group) : void 0;
        if (!seen || opts.healthChecks && seen.healthy !== "True") throw new NotYet();
        return seen;
      },
      { signal: opts.signal, deadlineMs: opts.timeoutMs, delayMs: [250, 250, 500, 500, 1e3], shouldRetry: (err) => err instanceof NotYet }
    );
  } catch (err) {
    if (!(err instanceof NotYet)) throw err;
    throw new StepError(
      seen ? `istiod created WorkloadEntry ${namespace}/${seen.name} for ${address}, but did not mark it healthy within ${Math.round(opts.timeoutMs / 1e3)} s (Healthy: ${seen.healthy || "no report yet"})` : `istiod created no WorkloadEntry for ${address} in WorkloadGroup ${namespace}/${group} within ${Math.round(opts.timeoutMs / 1e3)} s`,
      seen ? "the group's probe (a TCP connect to the first port on the VM) fails: is the application listening?" : "check that istiod has auto-registration on (PILOT_ENABLE_WORKLOAD_ENTRY_AUTOREGISTRATION) and that the proxy connected (its log)"
    );
  }
}

export {
  readMeshFacts,
  CONTAINER_CERTS_DIR,
  BUNDLE_FILE_NAMES,
  formatMode,
  buildBundle,
  PROXY_CONTAINER,
  HOSTS_FILE,
  proxyCertsDir,
  installBundleCommand,
  restoreProxyFilesCommand,
  removeHostsBlockCommand,
  bundleStdin,
  removeProxyCommand,
  PREVIOUS_PROXY_CONTAINER,
  KEPT_PREVIOUS_PROXY,
  prepareProxyImageCommand,
  replaceProxyCommand,
  restoreProxyCommand,
  retireProxyCommand,
  commitProxyCommand,
  readinessCommand,
  readyAfterStart,
  startReadyWaitS,
  proxyLogsCommand,
  proxyStateCommand,
  removeBundleCommand,
  CHECK_SECTION,
  checkProxyCommand,
  configDumpCommand,
  fileDigest,
  readTokenCommand,
  SIDECAR_PACKAGE,
  SIDECAR_UNIT,
  installPlacedFilesCommand,
  holdConntrackCommand,
  startSidecarUnitCommand,
  stopSidecarUnitCommand,
  sidecarLogsCommand,
  removePlacedFilesCommand,
  pollReady,
  TOKEN_PATH,
  TOKEN_LINK,
  TOKEN_TMPFILES,
  PLACED_FILES,
  PROXY_WRITTEN_CREDENTIALS,
  KEPT_CREDENTIALS,
  PLACED_OPTIONS,
  goTrue,
  checkFactsForRuntime,
  placedBundle,
  prepareSidecar,
  installSidecar,
  restore,
  commit,
  installPlacedBundle,
  startUnit,
  unitLogs,
  waitUnitReady,
  stopUnit,
  removePlacedFiles,
  HEALTH_CONDITION,
  workloadEntries,
  entryAddress,
  autoRegisteredEntries,
  waitForAutoRegisteredEntry
};
