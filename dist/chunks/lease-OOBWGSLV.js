#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  LEASE_DURATION_SECONDS,
  acquireVmLease,
  isThisJobsLease,
  releaseLeftLease,
  runIdentity,
  vmLeaseName
} from "./chunk-MELMUH5O.js";
import "./chunk-W5WJZYGS.js";
import "./chunk-JOC6KVYR.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-B4I3RDRT.js";
import "./chunk-LSYLP4SE.js";
import "./chunk-XDIF27FF.js";
import "./chunk-ZZDNQLL2.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";
export {
  LEASE_DURATION_SECONDS,
  acquireVmLease,
  isThisJobsLease,
  releaseLeftLease,
  runIdentity,
  vmLeaseName
};
