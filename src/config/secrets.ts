// Every secret input, and every value derived from one, is registered for masking before
// anything can log it. Multi-line secrets are also registered line by line, because log
// masking matches within a line.
import { KubeconfigFile, type User } from './kubeconfig-file.js';
import { kubeconfigContent, type InputReader } from './settings-from-inputs.js';

const SECRET_INPUTS = ['ssh-key', 'ssh-key-passphrase', 'github-token'];
/** auth-provider config entries that are credentials (oidc, gcp, azure). */
const AUTH_PROVIDER_SECRETS = ['id-token', 'refresh-token', 'access-token', 'client-secret'];
/** exec plugin env entries that look like credentials (AWS_SECRET_ACCESS_KEY, a TOKEN, ...). */
const SECRET_ENV_NAME = /token|secret|password|passwd|credential|key/i;

/** The value, its lines and its base64 forms: what can end up in a log if the value does. */
export function derivedForms(value: string): string[] {
  const v = value.trim();
  if (v === '') return [];
  const forms = new Set([v, Buffer.from(v).toString('base64'), Buffer.from(v).toString('base64url')]);
  for (const line of v.split(/\r?\n/)) {
    const l = line.trim();
    // PEM armour lines are public boilerplate; short lines would mask common words.
    if (l.length >= 8 && !l.startsWith('-----')) forms.add(l);
  }
  return [...forms];
}

function userSecrets(u: User): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') out.push(...derivedForms(v));
  };
  add(u.token); // also the content of token-file, which the client reads when it loads
  add(u.password);
  if (typeof u.keyData === 'string') {
    add(u.keyData);
    add(Buffer.from(u.keyData, 'base64').toString('utf8'));
  }
  const config = (u.authProvider as { config?: Record<string, unknown> } | undefined)?.config;
  for (const field of AUTH_PROVIDER_SECRETS) add(config?.[field]);
  const env = (u.exec as { env?: Array<{ name?: unknown; value?: unknown }> } | undefined)?.env;
  for (const e of Array.isArray(env) ? env : []) if (typeof e?.name === 'string' && SECRET_ENV_NAME.test(e.name)) add(e.value);
  return out;
}

/**
 * The kubeconfig's credentials as the Kubernetes client itself reads them (its own YAML parser,
 * aliases and merge keys resolved, token-file read), so nothing the client sends goes unmasked.
 * A kubeconfig the client cannot load sends nothing; its credential-looking lines are masked anyway.
 */
export function kubeconfigSecrets(content: string): string[] {
  const kc = new KubeconfigFile();
  try {
    kc.loadFromString(content);
  } catch {
    // Block (`token: x`) and flow (`{token: x}`) style alike.
    const field =
      /(?:^|[\s{,])["']?(?:token|password|client-key-data|id-token|refresh-token|access-token|client-secret)["']?\s*:\s*("[^"\n]*"|'[^'\n]*'|[^\s,}\]]+)/gm;
    return [...content.matchAll(field)].flatMap((m) => derivedForms((m[1] ?? '').replace(/^(["'])(.*)\1$/, '$2')));
  }
  return kc.users.flatMap(userSecrets);
}

/** Secret strings found in the raw inputs; call before reading settings or logging anything. */
export function secretsInInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const name of SECRET_INPUTS) out.push(...derivedForms(read(name) ?? ''));
  // The kubeconfig as a whole is not secret (server URLs, CA data); its credentials are.
  const { content, texts } = kubeconfigContent(read, env);
  if (content) out.push(...kubeconfigSecrets(content));
  // Each of $KUBECONFIG's files as well: a broken one's credential-looking lines too.
  for (const text of texts ?? []) out.push(...kubeconfigSecrets(text));
  return [...new Set(out)];
}

/**
 * Variables that carry the action's own secrets or the runner's: once the settings are read,
 * nothing the action starts needs them. A kubeconfig credential plugin (exec: aws, gke-gcloud-
 * auth-plugin) inherits this process's environment, as under kubectl it would inherit the
 * step's; it keeps AWS_*, HOME, PATH and the rest, but sees no input (INPUT_SSH-KEY, the
 * passphrase, the kubeconfig itself), no GitHub token and no runner token.
 */
const ACTION_SECRET_VARIABLE = /^(INPUT_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN)$/i;

export function dropActionSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const dropped = Object.keys(env).filter((k) => ACTION_SECRET_VARIABLE.test(k));
  for (const k of dropped) delete env[k];
  return dropped;
}
