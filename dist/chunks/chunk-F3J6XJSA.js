#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/report/result.ts
function newResult(s) {
  return {
    mode: s.mode,
    dryRun: s.dryRun,
    verdict: "succeeded",
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    // What the inputs say; the render step replaces it with the effective workload.
    workload: {
      name: s.workload.name,
      namespace: s.workload.namespace,
      serviceAccount: s.workload.serviceAccount || s.workload.name,
      address: s.workload.address || s.ssh.target.host,
      vmHost: s.ssh.target.host
    },
    steps: [],
    objects: [],
    crossChecks: [],
    probes: [],
    proxyStatus: "not-started",
    probeStatus: "skipped"
  };
}

export {
  newResult
};
