#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  ConnectionLost,
  commandLabel,
  openSession,
  sshTarget
} from "./chunk-MSDVC3FO.js";
import "./chunk-AURWTH66.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-LSYLP4SE.js";
import "./chunk-XDIF27FF.js";
import "./chunk-ZZDNQLL2.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";
export {
  ConnectionLost,
  commandLabel,
  openSession,
  sshTarget
};
