#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  HEALTH_CHECKS_ANNOTATION,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  WORKLOAD_LABEL
} from "./chunk-W5WJZYGS.js";

// src/plan/workload-objects.ts
var EGRESS_BIND_ADDRESS = "127.0.0.2";
function metadata(w, name, extraLabels = {}) {
  return {
    name,
    namespace: w.namespace,
    labels: { ...extraLabels, [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [WORKLOAD_LABEL]: w.name }
  };
}
function namespaceObject(w) {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name: w.namespace } };
}
function serviceAccount(w) {
  const meta = metadata(w, w.serviceAccount);
  if (w.serviceAccount !== w.name) delete meta.labels?.[WORKLOAD_LABEL];
  return { apiVersion: "v1", kind: "ServiceAccount", metadata: meta };
}
function service(w) {
  if (w.ports.length === 0) return void 0;
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: metadata(w, w.name, w.labels),
    spec: {
      selector: w.labels,
      ports: w.ports.map((p) => ({ name: p.name, port: p.number, targetPort: p.number, protocol: "TCP" }))
    }
  };
}
function workloadEntry(w, network) {
  return {
    apiVersion: "networking.istio.io/v1",
    kind: "WorkloadEntry",
    metadata: metadata(w, w.name),
    spec: {
      address: w.address,
      labels: w.labels,
      serviceAccount: w.serviceAccount,
      ...w.ports.length ? { ports: Object.fromEntries(w.ports.map((p) => [p.name, p.number])) } : {},
      ...network ? { network } : {}
    }
  };
}
function groupProbe(w) {
  const first = w.ports[0];
  return first ? { tcpSocket: { port: first.number }, periodSeconds: 2, failureThreshold: 2 } : void 0;
}
function groupHealthChecks(w) {
  return w.group ? w.group.healthChecks : w.ports.length > 0;
}
function workloadGroup(w, network) {
  const first = w.ports[0];
  const probe = groupProbe(w);
  return {
    apiVersion: "networking.istio.io/v1",
    kind: "WorkloadGroup",
    metadata: metadata(w, w.name),
    spec: {
      metadata: { labels: w.labels, ...first ? { annotations: { [HEALTH_CHECKS_ANNOTATION]: "true" } } : {} },
      template: {
        serviceAccount: w.serviceAccount,
        ...w.ports.length ? { ports: Object.fromEntries(w.ports.map((p) => [p.name, p.number])) } : {},
        ...network ? { network } : {}
      },
      ...probe ? { probe } : {}
    }
  };
}
function sidecar(w, egress) {
  return {
    apiVersion: "networking.istio.io/v1",
    kind: "Sidecar",
    metadata: metadata(w, w.name),
    spec: {
      workloadSelector: { labels: w.labels },
      ingress: w.ports.map((p) => ({
        port: { number: p.number, protocol: p.protocol, name: p.name },
        defaultEndpoint: `127.0.0.1:${p.number}`
      })),
      egress: [
        ...egress.ports.map((port) => ({
          port: { number: port, protocol: "HTTP", name: `egress-http-${port}` },
          bind: EGRESS_BIND_ADDRESS,
          hosts: ["*/*"]
        })),
        // Without iptables (interception mode NONE) a catch-all egress listener without a bind
        // binds every imported service port on 127.0.0.1 (pilot/pkg/networking/core/
        // listener.go), which collides with the VM's own app (Envoy then rejects the whole LDS
        // update: "cannot bind 127.0.0.1:8080") and shadows :15021. So the catch-all imports
        // only the mesh-hosts, on EGRESS_BIND_ADDRESS too (one address for /etc/hosts), and
        // else nothing: "~/*" (an egress list must not be empty: empty means "*/*",
        // pilot/pkg/model/sidecar.go).
        egress.hosts.length > 0 ? { bind: EGRESS_BIND_ADDRESS, hosts: [...new Set(egress.hosts)].map((h) => `*/${h}`) } : { hosts: ["~/*"] }
      ]
    }
  };
}

export {
  namespaceObject,
  serviceAccount,
  service,
  workloadEntry,
  groupProbe,
  groupHealthChecks,
  workloadGroup,
  sidecar
};
