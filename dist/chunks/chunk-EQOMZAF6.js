#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import {
  envProblem
} from "./chunk-AURWTH66.js";
import {
  clusterError,
  isNotFound
} from "./chunk-B4I3RDRT.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/cluster/mesh-facts.ts
var import_yaml = __toESM(require_dist(), 1);
import { isIP } from "node:net";
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
    return { address: s.proxy.gatewayAddress, isHostname: !isIP(s.proxy.gatewayAddress), source: "input gateway-address" };
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
  const proxyMetadata = Object.fromEntries(
    Object.entries(defaultConfig.proxyMetadata ?? {}).map(([k, v]) => [k, String(v)])
  );
  for (const [k, v] of Object.entries(proxyMetadata)) {
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
    proxyMetadata,
    image,
    clusterName: g.multiCluster?.clusterName || "Kubernetes",
    network: s.workload.network || g.network || "",
    meshId: g.meshID || mesh.trustDomain || "cluster.local",
    rootCertPem,
    gateway: await reads.gateway
  };
}

export {
  readMeshFacts
};
