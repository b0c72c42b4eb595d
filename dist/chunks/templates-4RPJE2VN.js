#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  MANIFEST_LIMITS,
  ManifestError,
  expandPatterns,
  parseManifest,
  readManifestFiles,
  renderManifests,
  substitute,
  variableLookup
} from "./chunk-D3YMQ3UQ.js";
import "./chunk-BZEV6XFE.js";
import "./chunk-DUZVJ2RL.js";
import "./chunk-JOC6KVYR.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-LSYLP4SE.js";
import "./chunk-4RF5COTQ.js";
export {
  MANIFEST_LIMITS,
  ManifestError,
  expandPatterns,
  parseManifest,
  readManifestFiles,
  renderManifests,
  substitute,
  variableLookup
};
