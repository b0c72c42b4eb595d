#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  isMap,
  locate
} from "./chunk-ASP4F4W2.js";
import {
  InputError
} from "./chunk-5XDRLE64.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  HEALTH_CHECKS_ANNOTATION,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  WORKLOAD_LABEL
} from "./chunk-W5WJZYGS.js";
import {
  isIPAddress
} from "./chunk-LSYLP4SE.js";

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
  const bind = egress.interception === "none" ? { bind: EGRESS_BIND_ADDRESS } : {};
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
          ...bind,
          hosts: ["*/*"]
        })),
        // Without iptables (interception mode NONE) a catch-all egress listener without a bind
        // binds every imported service port on 127.0.0.1 (pilot/pkg/networking/core/
        // listener.go), which collides with the VM's own app (Envoy then rejects the whole LDS
        // update: "cannot bind 127.0.0.1:8080") and shadows :15021. So the catch-all imports
        // only the mesh-hosts, on EGRESS_BIND_ADDRESS too (one address for /etc/hosts), and
        // else nothing: "~/*" (an egress list must not be empty: empty means "*/*",
        // pilot/pkg/model/sidecar.go).
        egress.hosts.length > 0 ? { ...bind, hosts: [...new Set(egress.hosts)].map((h) => `*/${h}`) } : { hosts: ["~/*"] }
      ]
    }
  };
}

// src/plan/mesh-hosts.ts
var DEFAULT_BIND = "127.0.0.1";
function selectorOf(o) {
  const spec = isMap(o.spec) ? o.spec : {};
  const labels = isMap(spec.workloadSelector) ? spec.workloadSelector.labels : void 0;
  return isMap(labels) && Object.keys(labels).length > 0 ? labels : void 0;
}
var subsetOf = (selector, labels) => Object.entries(selector).every(([k, v]) => labels[k] === v);
function sidecarFor(objects, w) {
  const inNamespace = objects.filter((r) => r.object.kind === "Sidecar" && (r.object.metadata.namespace ?? w.namespace) === w.namespace);
  return inNamespace.find((r) => {
    const sel = selectorOf(r.object);
    return sel !== void 0 && subsetOf(sel, w.labels);
  }) ?? inNamespace.find((r) => selectorOf(r.object) === void 0);
}
function serviceFor(objects, w) {
  return objects.find((r) => {
    if (r.object.kind !== "Service" || (r.object.metadata.namespace ?? w.namespace) !== w.namespace) return false;
    const selector = isMap(r.object.spec) && isMap(r.object.spec.selector) ? r.object.spec.selector : void 0;
    return selector !== void 0 && Object.keys(selector).length > 0 && subsetOf(selector, w.labels);
  });
}
function egressListeners(sidecar2) {
  const spec = sidecar2 && isMap(sidecar2.spec) ? sidecar2.spec : {};
  const egress = Array.isArray(spec.egress) ? spec.egress.filter(isMap) : [];
  if (egress.length === 0) return [{ bind: DEFAULT_BIND, hosts: ["*/*"] }];
  return egress.map((e) => {
    const port = isMap(e.port) && Number.isInteger(e.port.number) ? e.port.number : void 0;
    const hosts = Array.isArray(e.hosts) ? e.hosts.filter((h) => typeof h === "string") : [];
    return { ...port !== void 0 ? { port } : {}, bind: typeof e.bind === "string" && e.bind !== "" ? e.bind : DEFAULT_BIND, hosts };
  });
}
function namespaceOfHost(host) {
  return /^[^.]+\.([^.]+)\.svc(\.|$)/.exec(host)?.[1];
}
function imports(item, host, sidecarNamespace) {
  const slash = item.indexOf("/");
  const ns = slash < 0 ? "*" : item.slice(0, slash);
  const dns = (slash < 0 ? item : item.slice(slash + 1)).toLowerCase();
  if (ns === "~") return false;
  const hostNs = namespaceOfHost(host);
  const nsOk = ns === "*" || hostNs === void 0 || hostNs === (ns === "." ? sidecarNamespace : ns);
  const dnsOk = dns === "*" || (dns.startsWith("*.") ? host.endsWith(dns.slice(1)) : host === dns);
  return nsOk && dnsOk;
}
function listenerAddress(listeners, host, port, sidecarNamespace) {
  const importing = listeners.filter((l) => l.hosts.some((h) => imports(h, host, sidecarNamespace)));
  const catchAll = importing.find((l) => l.port === void 0);
  if (port !== void 0) {
    const exact = importing.find((l) => l.port === port);
    if (exact) return { address: exact.bind };
    const locked = listeners.some((l) => l.port === port && l.bind === catchAll?.bind);
    if (catchAll && !locked) return { address: catchAll.bind };
    return { why: "no egress listener imports it on that port" };
  }
  const addresses = [...new Set(importing.map((l) => l.bind))];
  if (addresses.length === 1) return { address: addresses[0] };
  if (addresses.length === 0) return { why: "no egress listener imports it" };
  return { why: `egress listeners import it on several addresses (${addresses.join(", ")}): give its port as host:port` };
}
function probeHost(url) {
  if (!url) return void 0;
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  if (isIPAddress(host.replace(/^\[|\]$/g, "")) || host === "localhost") return void 0;
  return { host, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)) };
}
function meshHostEntries(s, w, objects) {
  const wanted = s.workload.meshHosts.map((h) => ({ ...h, input: "mesh-hosts" }));
  const probe = probeHost(s.probe.fromVmUrl);
  if (probe) wanted.push({ ...probe, input: "probe-from-vm-url" });
  if (wanted.length === 0) return [];
  const sidecar2 = sidecarFor(objects, w);
  const listeners = egressListeners(sidecar2?.object);
  const problems = [];
  const entries = [];
  for (const h of wanted) {
    const { address, why } = listenerAddress(listeners, h.host, h.port, w.namespace);
    const name = `${h.host}${h.port !== void 0 ? `:${h.port}` : ""}`;
    const where = sidecar2 ? locate(sidecar2, ["spec", "egress"]) : void 0;
    const at = where?.file ? { file: where.file, ...where.line ? { line: where.line } : {} } : {};
    const sidecarText = sidecar2 ? `${objectRef(sidecar2.object)} (${where?.at})` : `the mesh's default Sidecar`;
    if (s.proxy.interception === "redirect" && (address || !why?.startsWith("no egress listener"))) continue;
    if (!address) {
      problems.push({
        input: h.input,
        message: `names ${name}, but in ${sidecarText} ${why}, so no application on the VM could reach it through the sidecar: add it to the Sidecar's egress hosts (e.g. */${h.host})`,
        ...at
      });
      continue;
    }
    if (!isIPAddress(address)) {
      problems.push({
        input: h.input,
        message: `names ${name}, which ${sidecarText} binds to ${address}: /etc/hosts can only point a name at an IP address`,
        ...at
      });
      continue;
    }
    const same = entries.find((e) => e.host === h.host);
    if (same && same.address !== address) {
      problems.push({
        input: h.input,
        message: `names ${name} at ${address} in ${sidecarText}, but ${same.host}${same.port !== void 0 ? `:${same.port}` : ""} is at ${same.address}: /etc/hosts maps a name to one address`,
        ...at
      });
      continue;
    }
    if (!same) entries.push({ ...h, address });
  }
  if (problems.length > 0) throw new InputError(problems);
  return entries;
}
function hostsBlockMarker(w) {
  return `istio-vm-onboard ${w.namespace}/${w.name}`;
}
function hostsBlockLines(entries) {
  const byAddress = /* @__PURE__ */ new Map();
  for (const e of entries) byAddress.set(e.address, [...byAddress.get(e.address) ?? [], e.host]);
  return [...byAddress.entries()].map(([address, hosts]) => `${address} ${hosts.join(" ")}`);
}

export {
  namespaceObject,
  serviceAccount,
  service,
  workloadEntry,
  groupProbe,
  groupHealthChecks,
  workloadGroup,
  sidecar,
  sidecarFor,
  serviceFor,
  probeHost,
  meshHostEntries,
  hostsBlockMarker,
  hostsBlockLines
};
