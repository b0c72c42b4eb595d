#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  checkOnServer,
  render,
  renderStep
} from "./chunk-NEAU2N5X.js";
import "./chunk-5ECFXHHT.js";
import "./chunk-P3XPYN3B.js";
import "./chunk-LEHTC4SJ.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-RFREMJZE.js";
import "./chunk-4YKHFMZ6.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";
export {
  checkOnServer,
  render,
  renderStep
};
