// The kubeconfig as @kubernetes/client-node reads it, without loading the client. Validating
// the inputs and masking its credentials happen at startup, before any mode; the client's
// package entry pulls in all its generated APIs (MiBs to parse), so this reads the file as
// KubeConfig.loadFromString does: js-yaml (what the client parses with) and the checks of its
// config_types (newClusters, newContexts, newUsers: the errors thrown on an invalid cluster,
// context or user, a user's token-file read), written again here. The same text gives the same
// clusters, contexts, users and errors as KubeConfig (test/unit/kubeconfig-file.test.ts
// compares them); connecting uses the client's KubeConfig (cluster/kube-api.ts), loaded only
// when a mode needs the cluster.
import { readFileSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, resolve } from 'node:path';
import { dump, load } from 'js-yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML as written, read field by field as the client reads it
type Raw = any;

// The client's own types (config_types.d.ts); a field the YAML lacks is read as the client
// reads it (undefined, or null for a user entry without `user`).

/** A cluster as the client keeps it. */
export interface Cluster {
  readonly name: string;
  readonly caData?: string;
  caFile?: string;
  readonly server: string;
  readonly tlsServerName?: string;
  readonly skipTLSVerify: boolean;
  readonly proxyUrl?: string;
}

/** A user as the client keeps it. */
export interface User {
  readonly name: string;
  readonly certData?: string;
  certFile?: string;
  readonly exec?: unknown;
  readonly keyData?: string;
  keyFile?: string;
  readonly authProvider?: unknown;
  readonly token?: string;
  readonly username?: string;
  readonly password?: string;
  readonly impersonateUser?: string;
}

export interface Context {
  readonly cluster: string;
  readonly user: string;
  readonly name: string;
  readonly namespace?: string;
}

// client-node 2.0.1's config_types.js, in its default mode (an invalid entry throws).

function newClusters(a: Raw): Cluster[] {
  if (!Array.isArray(a)) return [];
  return a.map((elt: Raw, i: number): Cluster => {
    if (!elt.name) throw new Error(`clusters[${i}].name is missing`);
    if (!elt.cluster) throw new Error(`clusters[${i}].cluster is missing`);
    if (!elt.cluster.server) throw new Error(`clusters[${i}].cluster.server is missing`);
    return {
      caData: elt.cluster['certificate-authority-data'],
      caFile: elt.cluster['certificate-authority'],
      name: elt.name,
      server: elt.cluster.server.replace(/\/$/, ''),
      skipTLSVerify: elt.cluster['insecure-skip-tls-verify'] === true,
      tlsServerName: elt.cluster['tls-server-name'],
      proxyUrl: elt.cluster['proxy-url'],
    };
  });
}

function findToken(user: Raw): string | undefined {
  if (user) {
    if (user.token) return user.token;
    if (user['token-file']) return readFileSync(user['token-file']).toString();
  }
  return undefined;
}

function newUsers(a: Raw): User[] {
  if (!Array.isArray(a)) return [];
  return a.map((elt: Raw, i: number): User => {
    if (!elt.name) throw new Error(`users[${i}].name is missing`);
    const u = elt.user;
    return {
      authProvider: u ? u['auth-provider'] : null,
      certData: u ? u['client-certificate-data'] : null,
      certFile: u ? u['client-certificate'] : null,
      exec: u ? u.exec : null,
      keyData: u ? u['client-key-data'] : null,
      keyFile: u ? u['client-key'] : null,
      name: elt.name,
      token: findToken(u),
      password: u ? u.password : null,
      username: u ? u.username : null,
      impersonateUser: u ? u.as : null,
    };
  });
}

function newContexts(a: Raw): Context[] {
  if (!Array.isArray(a)) return [];
  return a.map((elt: Raw, i: number): Context => {
    if (!elt.name) throw new Error(`contexts[${i}].name is missing`);
    if (!elt.context) throw new Error(`contexts[${i}].context is missing`);
    if (!elt.context.cluster) throw new Error(`contexts[${i}].context.cluster is missing`);
    return {
      cluster: elt.context.cluster,
      name: elt.name,
      user: elt.context.user || undefined,
      namespace: elt.context.namespace || undefined,
    };
  });
}

/** KubeConfig's findObject: a named list entry, the inner object carrying the name. */
function findObject<T extends { name: string }>(list: T[] | undefined, name: string): T | null {
  return list?.find((o) => o.name === name) ?? null;
}

/** The part of client-node's KubeConfig that reads a kubeconfig, with the same method names. */
export class KubeconfigFile {
  clusters: Cluster[] = [];
  contexts: Context[] = [];
  users: User[] = [];
  currentContext = '';

  /** As KubeConfig.loadFromString: throws what it throws (YAML errors, invalid entries). */
  loadFromString(content: string): void {
    // Read exactly as the client does, a non-mapping document included (the TypeError it raises).
    const obj = load(content) as Raw;
    this.clusters = newClusters(obj.clusters);
    this.contexts = newContexts(obj.contexts);
    this.users = newUsers(obj.users);
    this.currentContext = obj['current-context'] as string;
  }

  getContexts(): Context[] {
    return this.contexts;
  }

  getCurrentContext(): string {
    return this.currentContext;
  }

  getContextObject(name: string): Context | null {
    return findObject(this.contexts, name);
  }

  getCluster(name: string): Cluster | null {
    return findObject(this.clusters, name);
  }

  getUser(name: string): User | null {
    return findObject(this.users, name);
  }
}

/** Where a merged kubeconfig came from: the files $KUBECONFIG names that exist, in order. */
export interface MergedKubeconfig {
  content?: string;
  /** What is wrong, naming the file; no content then. */
  error?: string;
  /** The files read (for the messages), and their raw text (masking reads even a broken one). */
  files: string[];
  texts: string[];
}

type Entry = { name?: unknown; [k: string]: unknown };

/**
 * client-go's ResolveLocalPaths: a file a kubeconfig names is relative to that kubeconfig's
 * directory, not to where the command runs; an exec command only when it holds a slash
 * (a bare name is looked up on the PATH). client-node reads `token-file`, kubectl `tokenFile`.
 */
function resolvePaths(config: Record<string, unknown>, dir: string): void {
  const fix = (o: unknown, key: string, onlyWithSlash = false) => {
    const obj = o as Record<string, unknown> | undefined;
    const v = obj?.[key];
    if (typeof v === 'string' && v !== '' && !isAbsolute(v) && (!onlyWithSlash || v.includes('/')))
      (obj as Record<string, unknown>)[key] = resolve(dir, v);
  };
  for (const c of Array.isArray(config.clusters) ? (config.clusters as Entry[]) : []) fix(c?.cluster, 'certificate-authority');
  for (const u of Array.isArray(config.users) ? (config.users as Entry[]) : []) {
    for (const key of ['client-certificate', 'client-key', 'tokenFile', 'token-file']) fix(u?.user, key);
    fix((u?.user as Record<string, unknown> | undefined)?.exec, 'command', true);
  }
}

/**
 * The files of $KUBECONFIG merged as kubectl merges them (kubernetes.io, "Organizing cluster
 * access using kubeconfig files": merging): empty names ignored, and files that do not exist
 * (client-go skips them); a file that cannot be read or parsed is an error; the first file to
 * set a value or a map key wins and is never changed: current-context from the first file
 * that sets it, a cluster, user or context name from the first file that has it, whole
 * (later files' entries of that name are dropped, even their other fields).
 */
export function mergeKubeconfigFiles(list: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): MergedKubeconfig {
  const paths = [...new Set(list.split(delimiter).filter((p) => p !== ''))];
  const merged: Record<string, unknown> = {};
  const files: string[] = [];
  const texts: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = read(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { error: `${path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, files, texts };
    }
    files.push(path);
    texts.push(text);
    let config: unknown;
    try {
      config = load(text);
    } catch (err) {
      // js-yaml's message goes on to quote the text: its first line only.
      return { error: `${path} is not a valid kubeconfig: ${String((err as Error).message).split('\n')[0]}`, files, texts };
    }
    if (config === null || config === undefined) continue; // an empty file is an empty config
    if (typeof config !== 'object' || Array.isArray(config))
      return { error: `${path} is not a valid kubeconfig: not a YAML mapping`, files, texts };
    const c = config as Record<string, unknown>;
    resolvePaths(c, dirname(resolve(path)));
    for (const [key, value] of Object.entries(c)) {
      if (key === 'clusters' || key === 'users' || key === 'contexts') {
        if (value === null || value === undefined) continue;
        if (!Array.isArray(value)) return { error: `${path} is not a valid kubeconfig: ${key} is not a list`, files, texts };
        const have = ((merged[key] as Entry[] | undefined) ??= []);
        const seen = new Set(have.map((e) => e?.name));
        for (const entry of value as Entry[]) if (!seen.has(entry?.name)) have.push(entry);
      } else if (!(key in merged) || merged[key] === '' || merged[key] === null) {
        merged[key] = value;
      }
    }
  }
  if (files.length === 0) return { error: 'names no file that exists', files, texts };
  return { content: dump(merged, { lineWidth: -1, noRefs: true }), files, texts };
}
