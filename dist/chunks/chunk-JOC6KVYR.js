#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  escapeControls,
  quoteValue
} from "./chunk-NXY6E3WA.js";
import {
  isIPAddress,
  isIPv6Address
} from "./chunk-LSYLP4SE.js";

// src/config/rules.ts
import { isIPv4 } from "node:net";
import { isAbsolute } from "node:path";
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
var HOSTNAME_LABEL = /^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?$/;
var POSIX_USER = /^[a-z_][a-z0-9_-]*\$?$/;
var IMAGE_REF = /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
var FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;
function dns1123Label(value) {
  if (value.length > 63) return "must be at most 63 characters (DNS-1123 label)";
  if (!DNS1123_LABEL.test(value))
    return 'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
  return void 0;
}
function dns1123Subdomain(value) {
  if (value.length > 253) return "must be at most 253 characters (DNS-1123 subdomain)";
  if (!DNS1123_SUBDOMAIN.test(value))
    return 'must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
  return void 0;
}
function labelKey(key) {
  const slash = key.lastIndexOf("/");
  const prefix = slash >= 0 ? key.slice(0, slash) : void 0;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== void 0 && (prefix.length === 0 || dns1123Subdomain(prefix)))
    return `label key ${quoteValue(key)} has an invalid prefix (must be a DNS-1123 subdomain)`;
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name))
    return `label key ${quoteValue(key)} must be 1-63 characters of letters, digits, "-", "_", ".", starting and ending with a letter or digit`;
  return void 0;
}
function labelValue(value) {
  if (value === "") return void 0;
  if (value.length > 63 || !LABEL_NAME.test(value))
    return `label value ${quoteValue(value)} must be at most 63 characters of letters, digits, "-", "_", ".", starting and ending with a letter or digit`;
  return void 0;
}
function port(text) {
  if (!/^\d+$/.test(text)) return `${quoteValue(text)} is not a port number`;
  const n = Number(text);
  if (n < 1 || n > 65535) return `port ${text} is outside 1-65535`;
  return void 0;
}
function canonicalIp(value) {
  if (!isIPv6Address(value) || /[.%]/.test(value)) return value;
  try {
    return new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return value;
  }
}
function canonicalHost(value) {
  if (isIPv4(value)) return value;
  if (isIPv6Address(value) && !value.includes("%")) {
    const text = new URL(`http://[${value}]/`).hostname.slice(1, -1);
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(text);
    if (!mapped) return text;
    const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
  }
  return value.toLowerCase().replace(/\.$/, "");
}
var NUMERIC_LABELS = /^(0x[0-9a-f]*|\d+)(\.(0x[0-9a-f]*|\d+))*\.?$/i;
function host(value) {
  if (isIPAddress(value)) return value.includes("%") ? `${quoteValue(value)} holds an IPv6 zone (%...): give the address without it` : void 0;
  if (value.length > 253) return "must be an IP address or a host name of at most 253 characters";
  if (NUMERIC_LABELS.test(value))
    return `${quoteValue(value)} is an IPv4 address in another form than four decimal numbers (hex, octal or fewer parts, as inet_aton reads it): write it as a.b.c.d`;
  const labels = value.replace(/\.$/, "").split(".");
  if (labels.every((l) => l.length <= 63 && HOSTNAME_LABEL.test(l))) return void 0;
  return `${quoteValue(value)} is neither an IP address nor a host name`;
}
function posixUser(value) {
  if (value.length > 32 || !POSIX_USER.test(value))
    return `${quoteValue(value)} is not a valid user name (lower-case letters, digits, "_", "-"; at most 32 characters)`;
  return void 0;
}
function imageReference(value) {
  const name = value.replace(/@sha256:[a-f0-9]{64}$/, "").replace(/:[\w][\w.-]{0,127}$/, "");
  if (name.length > 255) return `${quoteValue(value)} is not an image reference: its name is longer than 255 characters`;
  if (!IMAGE_REF.test(value)) return `${quoteValue(value)} is not an image reference like registry.example/istio/proxyv2:1.24.2`;
  return void 0;
}
function fingerprint(value) {
  if (!FINGERPRINT.test(value))
    return `${quoteValue(value)} is not an OpenSSH SHA256 fingerprint (SHA256: followed by 43 base64 characters, as ssh-keygen -lf prints it)`;
  return void 0;
}
function absoluteDir(value) {
  if (!value.startsWith("/")) return `${quoteValue(value)} must be an absolute path`;
  if (!/^[A-Za-z0-9._/-]+$/.test(value)) return `${quoteValue(value)} may only hold letters, digits, ".", "_", "-" and "/"`;
  if (value.split("/").some((seg) => seg === ".." || seg === ".")) return `${quoteValue(value)} must not contain "." or ".." segments`;
  if (value.replace(/\/+$/, "") === "") return "must not be the root directory";
  return void 0;
}
var PROXY_CONFIG_DIR_ROOTS = ["/etc/istio-proxy", "/etc/istio/", "/var/lib/istio/", "/opt/istio/"];
function proxyConfigDir(value) {
  const problem = absoluteDir(value);
  if (problem) return problem;
  const dir = value.replace(/\/+$/, "");
  if (dir.includes("//")) return `${quoteValue(value)} must not hold "//"`;
  const allowed = PROXY_CONFIG_DIR_ROOTS.some(
    (root) => root.endsWith("/") ? dir.startsWith(root) && dir.length > root.length : dir === root || dir.startsWith(`${root}/`)
  );
  if (!allowed)
    return `${quoteValue(value)} is not a directory of Istio's: give /etc/istio-proxy (the default) or a directory below /etc/istio-proxy, /etc/istio, /var/lib/istio or /opt/istio (the bundle's files, \`hosts\` among them, are written there and removed again when offboarding)`;
  return void 0;
}
function httpUrl(value) {
  if (value.length > 2048) return `${quoteValue(value)} is longer than 2048 characters`;
  if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(value))
    return `${quoteValue(value)} holds characters a URL may not (blanks, quotes, backticks, "|", "<", ">", "{", "}", "\\", "^" or control characters)`;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return `${quoteValue(value)} must be an http or https URL`;
    return void 0;
  } catch {
    return `${quoteValue(value)} is not a URL`;
  }
}
function envName(value) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
    return `${quoteValue(value)} is not a variable name (letters, digits and "_", not starting with a digit)`;
  return void 0;
}
var RUNNER_VARIABLE = /^(INPUT_|STATE_|ACTIONS_|RUNNER_)|^GITHUB_TOKEN$/i;
function envVarToRead(value) {
  return envName(value) ?? (RUNNER_VARIABLE.test(value) ? `${quoteValue(value)} is one of the runner's own variables (INPUT_*, STATE_*, ACTIONS_*, RUNNER_*, GITHUB_TOKEN), which are never read` : void 0);
}
var KNOWN_KEY_TYPES = /* @__PURE__ */ new Set([
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
  "ssh-dss"
]);
function knownHostsLine(line) {
  const fields = line.trim().split(/\s+/);
  if (fields[0]?.startsWith("@")) {
    if (fields[0] !== "@cert-authority" && fields[0] !== "@revoked") return `unknown marker ${quoteValue(fields[0])}`;
    fields.shift();
  }
  const [hosts, type, blob] = fields;
  if (!hosts || !type || !blob) return `${quoteValue(line)} is not a known_hosts line (hosts, key type, base64 key)`;
  if (!KNOWN_KEY_TYPES.has(type)) return `key type ${quoteValue(type)} is not one OpenSSH knows`;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob)) return `the key of ${quoteValue(hosts)} is not base64`;
  const raw = Buffer.from(blob, "base64");
  const len = raw.length >= 4 ? raw.readUInt32BE(0) : -1;
  if (len < 0 || raw.subarray(4, 4 + len).toString("latin1") !== type) return `the key of ${quoteValue(hosts)} does not match its type ${type}`;
  return void 0;
}
function manifestPattern(pattern) {
  if (escapeControls(pattern, { keepNewlines: false }) !== pattern) return `${quoteValue(pattern)} holds a control or invisible character`;
  if (pattern.length > 4096) return `${quoteValue(pattern)} is longer than 4096 characters`;
  if (isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern))
    return `${quoteValue(pattern)} must be a path relative to the workspace, not an absolute one`;
  if (/(^|[/\\{,])\.\.($|[/\\},])/.test(pattern)) return `${quoteValue(pattern)} must not leave the workspace with ".."`;
  return void 0;
}

export {
  dns1123Label,
  dns1123Subdomain,
  labelKey,
  labelValue,
  port,
  canonicalIp,
  canonicalHost,
  host,
  posixUser,
  imageReference,
  fingerprint,
  proxyConfigDir,
  httpUrl,
  envName,
  envVarToRead,
  knownHostsLine,
  manifestPattern
};
