#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/config/ip-address.ts
import { isIPv4, isIPv6 } from "node:net";
var isIPv6Address = (value) => value.includes(":") && isIPv6(value);
var isIPAddress = (value) => isIPv4(value) || isIPv6Address(value);

export {
  isIPv6Address,
  isIPAddress
};
