#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/plan/labels.ts
var FIELD_MANAGER = "istio-vm-onboard";
var MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
var MANAGED_BY_VALUE = "istio-vm-onboard";
var WORKLOAD_LABEL = "istio-vm-onboard.io/workload";
var REVISION_LABEL = "istio.io/rev";
var REVISIONED_KINDS = ["WorkloadEntry", "WorkloadGroup", "Sidecar"];
var HEALTH_CHECKS_ANNOTATION = "proxy.istio.io/health-checks-enabled";

export {
  FIELD_MANAGER,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  WORKLOAD_LABEL,
  REVISION_LABEL,
  REVISIONED_KINDS,
  HEALTH_CHECKS_ANNOTATION
};
