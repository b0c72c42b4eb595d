#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  KubeconfigFile,
  kubeconfigContent
} from "./chunk-5XDRLE64.js";

// src/config/secrets.ts
var SECRET_INPUTS = ["ssh-key", "ssh-key-passphrase", "github-token"];
var AUTH_PROVIDER_SECRETS = ["id-token", "refresh-token", "access-token", "client-secret"];
var SECRET_ENV_NAME = /token|secret|password|passwd|credential|key/i;
function derivedForms(value) {
  const v = value.trim();
  if (v === "") return [];
  const forms = /* @__PURE__ */ new Set([v, Buffer.from(v).toString("base64"), Buffer.from(v).toString("base64url")]);
  for (const line of v.split(/\r?\n/)) {
    const l = line.trim();
    if (l.length >= 8 && !l.startsWith("-----")) forms.add(l);
  }
  return [...forms];
}
function userSecrets(u) {
  const out = [];
  const add = (v) => {
    if (typeof v === "string") out.push(...derivedForms(v));
  };
  add(u.token);
  add(u.password);
  if (typeof u.keyData === "string") {
    add(u.keyData);
    add(Buffer.from(u.keyData, "base64").toString("utf8"));
  }
  const config = u.authProvider?.config;
  for (const field of AUTH_PROVIDER_SECRETS) add(config?.[field]);
  const env = u.exec?.env;
  for (const e of Array.isArray(env) ? env : []) if (typeof e?.name === "string" && SECRET_ENV_NAME.test(e.name)) add(e.value);
  return out;
}
function kubeconfigSecrets(content) {
  const kc = new KubeconfigFile();
  try {
    kc.loadFromString(content);
  } catch {
    const field = /(?:^|[\s{,])["']?(?:token|password|client-key-data|id-token|refresh-token|access-token|client-secret)["']?\s*:\s*("[^"\n]*"|'[^'\n]*'|[^\s,}\]]+)/gm;
    return [...content.matchAll(field)].flatMap((m) => derivedForms((m[1] ?? "").replace(/^(["'])(.*)\1$/, "$2")));
  }
  return kc.users.flatMap(userSecrets);
}
function secretsInInputs(read, env = process.env) {
  const out = [];
  for (const name of SECRET_INPUTS) out.push(...derivedForms(read(name) ?? ""));
  const { content, texts } = kubeconfigContent(read, env);
  if (content) out.push(...kubeconfigSecrets(content));
  for (const text of texts ?? []) out.push(...kubeconfigSecrets(text));
  return [...new Set(out)];
}
var ACTION_SECRET_VARIABLE = /^(INPUT_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN)$/i;
function dropActionSecrets(env = process.env) {
  const dropped = Object.keys(env).filter((k) => ACTION_SECRET_VARIABLE.test(k));
  for (const k of dropped) delete env[k];
  return dropped;
}

export {
  derivedForms,
  secretsInInputs,
  dropActionSecrets
};
