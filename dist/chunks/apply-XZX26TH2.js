#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  applyObject,
  deleteObject,
  readObject
} from "./chunk-PYZEXAEZ.js";
import "./chunk-4YKHFMZ6.js";
import "./chunk-W5WJZYGS.js";
import "./chunk-B4I3RDRT.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";
export {
  applyObject,
  deleteObject,
  readObject
};
