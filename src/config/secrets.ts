// Every secret input, and every value derived from one, is registered for masking before
// anything can log it. Multi-line secrets are also registered line by line, because log
// masking matches within a line.
import { parse } from 'yaml';
import { kubeconfigContent, type InputReader } from './settings-from-inputs.js';

const SECRET_INPUTS = ['ssh-key', 'ssh-key-passphrase', 'github-token'];
const KUBECONFIG_SECRET_FIELDS = ['token', 'password', 'client-key-data'];

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

function kubeconfigSecrets(content: string): string[] {
  let doc: unknown;
  try {
    doc = parse(content);
  } catch {
    return [];
  }
  const users = (doc as { users?: Array<{ user?: Record<string, unknown> }> } | null)?.users ?? [];
  const out: string[] = [];
  for (const u of Array.isArray(users) ? users : []) {
    for (const field of KUBECONFIG_SECRET_FIELDS) {
      const value = u?.user?.[field];
      if (typeof value !== 'string') continue;
      out.push(...derivedForms(value));
      if (field === 'client-key-data') out.push(...derivedForms(Buffer.from(value, 'base64').toString('utf8')));
    }
  }
  return out;
}

/** Secret strings found in the raw inputs; call before reading settings or logging anything. */
export function secretsInInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const name of SECRET_INPUTS) {
    const value = (read(name) ?? '').trim();
    if (value && name !== 'kubeconfig') out.push(...derivedForms(value));
  }
  // The kubeconfig as a whole is not secret (server URLs, CA data); its credentials are.
  const { content } = kubeconfigContent(read, env);
  if (content) out.push(...kubeconfigSecrets(content));
  return out;
}
