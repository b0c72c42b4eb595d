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
} from "./chunk-NPMO4Y4B.js";
import "./chunk-5ECFXHHT.js";
import "./chunk-7ADWXSLB.js";
import "./chunk-DUZVJ2RL.js";
import "./chunk-G3TM4ZRC.js";
import "./chunk-VDUSEECA.js";
import "./chunk-PT73EYQU.js";
import "./chunk-PFL7CBO2.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-MBI4W7AN.js";
import "./chunk-AURWTH66.js";
import "./chunk-EYPGN7LD.js";
import "./chunk-HX6VPUV7.js";
import "./chunk-W5WJZYGS.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";
export {
  checkOnServer,
  render,
  renderStep
};
