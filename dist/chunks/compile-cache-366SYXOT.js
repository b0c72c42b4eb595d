#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  compileCacheDir,
  enableCodeCache
} from "./chunk-NJK74OB3.js";
import "./chunk-4RF5COTQ.js";
export {
  compileCacheDir,
  enableCodeCache
};
