#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/vm/host-keys.ts
import { createHmac, createHash } from "node:crypto";
function fingerprintOf(key) {
  return "SHA256:" + createHash("sha256").update(key).digest("base64").replace(/=+$/, "");
}
function hostPatterns(host, port) {
  return port === 22 ? [host, `[${host}]:22`] : [`[${host}]:${port}`];
}
function globMatch(pattern, value) {
  const re = new RegExp(
    "^" + pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$",
    "i"
  );
  return re.test(value);
}
function hostsFieldMatches(field, host, port) {
  const names = hostPatterns(host, port);
  if (field.startsWith("|1|")) {
    const [, , salt = "", hash = ""] = field.split("|");
    return names.some((n) => createHmac("sha1", Buffer.from(salt, "base64")).update(n).digest("base64") === hash);
  }
  const patterns = field.split(",");
  if (patterns.some((p) => p.startsWith("!") && names.some((n) => globMatch(p.slice(1), n)))) return false;
  return patterns.some((p) => !p.startsWith("!") && names.some((n) => globMatch(p, n)));
}
function checkHostKey(pins, host, port, key) {
  const fingerprint = fingerprintOf(key);
  const blob = key.toString("base64");
  const lines = pins.knownHosts.map((l) => l.trim().split(/\s+/));
  const revoked = lines.some((f) => f[0] === "@revoked" && f[3] === blob);
  if (revoked) return { accepted: false, fingerprint, reason: "the key is marked @revoked in ssh-known-hosts" };
  const forHost = lines.filter((f) => f[0] !== "@revoked" && f[0] !== "@cert-authority" && hostsFieldMatches(f[0] ?? "", host, port));
  if (forHost.some((f) => f[2] === blob)) return { accepted: true, fingerprint, reason: "pinned by ssh-known-hosts" };
  if (pins.fingerprints.includes(fingerprint)) return { accepted: true, fingerprint, reason: "pinned by ssh-host-fingerprint" };
  const pinned = forHost.length > 0 || pins.fingerprints.length > 0;
  if (!pins.strict && !pinned) return { accepted: true, fingerprint, reason: "not pinned; accepted because ssh-strict-host-key is false" };
  return {
    accepted: false,
    fingerprint,
    reason: pinned ? "it does not match the pinned key (ssh-known-hosts / ssh-host-fingerprint): the VM was rebuilt, or someone is in the middle" : "no pin for this host in ssh-known-hosts or ssh-host-fingerprint"
  };
}

export {
  hostsFieldMatches,
  checkHostKey
};
