// Turns raw input strings into one validated Settings object (like actions/checkout's
// input-helper). Every problem is collected and thrown together as an InputError before
// anything else happens; later steps trust the result.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { delimiter } from 'node:path';
import { isIPAddress } from './ip-address.js';
import { KubeconfigFile, mergeKubeconfigFiles } from './kubeconfig-file.js';
import sshKeyParser from './ssh-key-parser.cjs';
import { parseDuration } from './duration.js';
import { InputError, type InputProblem } from './errors.js';
import { NO_SUCH_FILE, resolveInputFile } from './input-file.js';
import { parseFailOn, parseWindow } from './fail-on.js';
import { parseCanary } from './canary.js';
import { itemKeyProblem, MAX_MATRIX_SHARDS, overlay, parseInventory, type InventoryItem } from './inventory.js';
import { splitItems, splitLines, splitPairs } from './lists.js';
import * as rule from './rules.js';
import { quoteValue as q } from '../log.js';
import { hostsFieldMatches } from '../vm/host-keys.js';
import type { CommentMode, Fleet, Interception, MeshHost, Mode, Settings, SshEndpoint, WorkloadPort } from './settings.js';

/** Reads one input by its action.yml name, defaults already applied (the runner or the CLI does that). */
export type InputReader = (name: string) => string;

const MODES: Mode[] = ['onboard', 'render', 'offboard', 'check', 'refresh'];
const COMMENT_MODES: CommentMode[] = ['auto', 'always', 'never'];
const MIN_TOKEN_LIFETIME_MS = 10 * 60_000; // the API server's own minimum for TokenRequest
const MAX_TOKEN_LIFETIME_MS = 8760 * 3_600_000;
const MAX_PROBLEMS_PER_INPUT = 5;

class Collector {
  readonly problems: InputProblem[] = [];
  constructor(
    private readonly read: InputReader,
    /** Problems of checks already made on the same text (an inventory's VMs share the kubeconfig, the key, the package). */
    private readonly memo = new Map<string, InputProblem[]>(),
  ) {}

  /** Runs check once per key in this getSettings call; later calls replay its problems. */
  once(key: string, check: (c: Collector) => void): void {
    let found = this.memo.get(key);
    if (!found) {
      const sub = new Collector(this.read, this.memo);
      check(sub);
      this.memo.set(key, (found = sub.problems));
    }
    for (const p of found) this.fail(p.input, p.message, p.from);
  }

  raw(name: string): string {
    return (this.read(name) ?? '').trim();
  }

  /** `from`: where the value came from when not the input itself (`$KUBECONFIG (a:b)`). */
  fail(input: string, message: string, from?: string): void {
    // A few problems per input say what is wrong; thousands (a megabyte of bad list items)
    // would only flood the log.
    const count = this.problems.filter((p) => p.input === input).length;
    if (count < MAX_PROBLEMS_PER_INPUT) this.problems.push({ input, message, ...(from ? { from } : {}) });
    else if (count === MAX_PROBLEMS_PER_INPUT) this.problems.push({ input, message: 'has more problems; fix the ones above first' });
  }

  check(input: string, problem: string | undefined): boolean {
    if (problem) this.fail(input, problem);
    return !problem;
  }

  required(name: string, why: string): string {
    const value = this.raw(name);
    if (value === '') this.fail(name, `is required ${why}`);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.raw(name);
    if (!allowed.includes(value as T)) this.fail(name, `must be one of ${allowed.join(', ')} (got ${q(value)})`);
    return value as T;
  }

  boolean(name: string): boolean {
    const value = this.raw(name);
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    this.fail(name, `must be true or false (got ${q(value)})`);
    return false;
  }

  duration(name: string, minMs: number, maxMs: number): number {
    const value = this.raw(name);
    const ms = parseDuration(value);
    if (ms === undefined) this.fail(name, `must be a duration such as 90s, 10m or 1h30m (got ${q(value)})`);
    else if (ms < minMs || ms > maxMs) this.fail(name, `must be between ${minMs / 1000}s and ${maxMs / 1000}s (got ${q(value)})`);
    return ms ?? 0;
  }

  integer(name: string, min: number, max: number): number {
    const value = this.raw(name);
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) this.fail(name, `must be a whole number from ${min} to ${max} (got ${q(value)})`);
    return n;
  }
}

/** Istio's rule: the port name's prefix sets the protocol (http-web -> HTTP), else TCP. */
export function protocolOf(portName: string): WorkloadPort['protocol'] {
  const prefix = portName.split('-')[0];
  switch (prefix) {
    case 'http':
      return 'HTTP';
    case 'http2':
      return 'HTTP2';
    case 'grpc':
      return 'GRPC';
    case 'https':
      return 'HTTPS';
    case 'tls':
      return 'TLS';
    default:
      return 'TCP';
  }
}

function parsePorts(c: Collector): WorkloadPort[] {
  const ports: WorkloadPort[] = [];
  for (const item of splitItems(c.raw('ports'))) {
    const m = /^([^:]+):(\S+)$/.exec(item);
    if (!m) {
      c.fail('ports', `item ${q(item)} must be name:port, e.g. http:8080`);
      continue;
    }
    const [, name = '', num = ''] = m;
    const ok =
      c.check('ports', rule.dns1123Label(name) && `port name ${q(name)} ${rule.dns1123Label(name)}`) && c.check('ports', rule.port(num));
    if (!ok) continue;
    if (ports.some((p) => p.name === name)) c.fail('ports', `port name ${q(name)} appears twice`);
    else if (ports.some((p) => p.number === Number(num))) c.fail('ports', `port ${num} appears twice`);
    else ports.push({ name, number: Number(num), protocol: protocolOf(name) });
  }
  return ports;
}

/** Empty when not given: the effective workload takes the WorkloadEntry's, else app=<name>. */
function parseLabels(c: Collector): Record<string, string> {
  const items = splitItems(c.raw('labels'));
  const labels: Record<string, string> = {};
  for (const { key, value, item } of splitPairs(items)) {
    if (!item.includes('=')) {
      c.fail('labels', `item ${q(item)} must be key=value`);
      continue;
    }
    if (c.check('labels', rule.labelKey(key)) && c.check('labels', rule.labelValue(value))) {
      // Own keys only: "constructor" or "toString" is an ordinary label, not a twice-given one.
      if (Object.hasOwn(labels, key)) c.fail('labels', `label ${q(key)} appears twice`);
      labels[key] = value;
    }
  }
  return labels;
}

/** host or host:port; a name, not an address (it becomes an /etc/hosts entry on the VM). */
function parseMeshHosts(c: Collector): MeshHost[] {
  const hosts: MeshHost[] = [];
  for (const item of splitItems(c.raw('mesh-hosts'))) {
    const m = /^([^:]+)(?::(\d+))?$/.exec(item);
    const host = (m?.[1] ?? '').toLowerCase();
    if (!m || isIPAddress(host)) {
      c.fail('mesh-hosts', `item ${q(item)} must be a host name or host:port, e.g. frontend.demo.svc.cluster.local:8080`);
      continue;
    }
    if (!c.check('mesh-hosts', rule.host(host))) continue;
    if (host === 'localhost' || host.endsWith('.localhost')) {
      c.fail('mesh-hosts', `item ${q(item)} names localhost, which the VM's own applications need`);
      continue;
    }
    if (m[2] !== undefined && !c.check('mesh-hosts', rule.port(m[2]))) continue;
    const port = m[2] === undefined ? undefined : Number(m[2]);
    if (hosts.some((h) => h.host === host && h.port === port)) c.fail('mesh-hosts', `item ${q(item)} appears twice`);
    else hosts.push({ host, ...(port === undefined ? {} : { port }) });
  }
  return hosts;
}

/**
 * vars-from-env: the environment variables the workflow names, each read once, here. Nothing
 * else of the environment reaches ${VAR}: a job's environment holds what earlier steps
 * exported (GH_TOKEN, AWS_SECRET_ACCESS_KEY), and a manifest from a pull request could name any
 * of it into the rendered objects, the summary and the PR comment.
 */
function parseVarsFromEnv(c: Collector, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of splitItems(c.raw('vars-from-env'))) {
    if (!c.check('vars-from-env', rule.envVarToRead(name))) continue;
    const value = Object.hasOwn(env, name) ? env[name] : undefined;
    if (typeof value !== 'string') c.fail('vars-from-env', `names ${q(name)}, which is not set in the environment`);
    else Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** vars (the workflow's own KEY=VALUE lines) and the variables vars-from-env read: what ${VAR} may name. */
function parseVars(c: Collector, fromEnv: Record<string, string>): Record<string, string> {
  const vars: Record<string, string> = { ...fromEnv };
  for (const { key, item } of splitPairs(splitLines(c.raw('vars')))) {
    if (!item.includes('=')) {
      c.fail('vars', `line ${q(item)} must be KEY=VALUE`);
      continue;
    }
    // Keep the value exactly as written after the first "=" (only the line's outer blanks go).
    // defineProperty: a variable named __proto__ is an own entry, not the object's prototype.
    if (!c.check('vars', rule.envName(key))) continue;
    if (Object.hasOwn(fromEnv, key))
      c.fail('vars', `sets ${q(key)}, which vars-from-env reads from the environment too: give it in one of them`);
    else
      Object.defineProperty(vars, key, { value: item.slice(item.indexOf('=') + 1), enumerable: true, writable: true, configurable: true });
  }
  return vars;
}

function parseEndpoint(c: Collector, input: string, text: string, defaultUser: string, defaultPort: number): SshEndpoint | undefined {
  const m = /^(?:([^@\s]+)@)?(\[[^\]]+\]|[^:@\s]+)(?::(\d+))?$/.exec(text);
  if (!m) {
    c.fail(input, `${q(text)} must be [user@]host[:port]`);
    return undefined;
  }
  const user = m[1] ?? defaultUser;
  const host = (m[2] ?? '').replace(/^\[|\]$/g, '');
  const port = m[3] ?? String(defaultPort);
  const ok = [c.check(input, rule.posixUser(user)), c.check(input, rule.host(host)), c.check(input, rule.port(port))].every(Boolean);
  return ok ? { user, host, port: Number(port) } : undefined;
}

/**
 * The kubeconfig input, else the files $KUBECONFIG names, merged as kubectl merges them
 * (config/kubeconfig-file.ts). `from` says the content came from $KUBECONFIG, so a problem
 * with it names the variable and its files, not the input; `texts` are the raw files, for masking.
 */
export function kubeconfigContent(
  read: InputReader,
  env: NodeJS.ProcessEnv,
): { content?: string; error?: string; from?: string; texts?: string[] } {
  const given = (read('kubeconfig') ?? '').trim();
  if (given !== '') return { content: given };
  const list = env.KUBECONFIG ?? '';
  if (!list.split(delimiter).some((p) => p !== '')) return {};
  const merged = mergeKubeconfigFiles(list);
  const from = `$KUBECONFIG (${merged.files.join(delimiter) || list})`;
  if (merged.error) return { error: merged.error, from, texts: merged.texts };
  return { ...(merged.content !== undefined ? { content: merged.content } : {}), from, texts: merged.texts };
}

function readKubeconfig(c: Collector, read: InputReader, env: NodeJS.ProcessEnv): { content?: string; from?: string; failed: boolean } {
  const { content, error, from } = kubeconfigContent(read, env);
  if (error) c.fail('kubeconfig', error, from);
  return { ...(content !== undefined ? { content } : {}), ...(from ? { from } : {}), failed: Boolean(error) };
}

/** `from`: the kubeconfig came from $KUBECONFIG's files (problems of it name them, not the input). */
function checkKubeconfig(c: Collector, content: string, context: string, from?: string): void {
  const kc = new KubeconfigFile();
  const fail = (input: string, message: string) => c.fail(input, message, input === 'kubeconfig' ? from : undefined);
  try {
    kc.loadFromString(content);
  } catch (err) {
    // The library's message can quote the offending text; keep only its first line.
    fail('kubeconfig', `is not a valid kubeconfig: ${String((err as Error).message).split('\n')[0]}`);
    return;
  }
  const name = context || kc.getCurrentContext();
  if (!name)
    return fail(context ? 'context' : 'kubeconfig', 'names no context: set current-context in the kubeconfig or the `context` input');
  const ctx = kc.getContextObject(name);
  if (!ctx)
    return fail(
      context ? 'context' : 'kubeconfig',
      `context ${q(name)} is not in the kubeconfig (it has: ${
        kc
          .getContexts()
          .slice(0, 10)
          .map((x) => q(x.name))
          .join(', ') || 'none'
      })`,
    );
  const cluster = kc.getCluster(ctx.cluster);
  if (!cluster?.server) fail('kubeconfig', `context ${q(name)} points at cluster ${q(ctx.cluster)}, which has no server URL`);
  else if (!/^https?:\/\/[^\s]+$/.test(cluster.server))
    fail('kubeconfig', `the server of cluster ${q(ctx.cluster)} must be an https (or http) URL`);
}

function checkPrivateKey(c: Collector, key: string, passphrase: string): void {
  const result = sshKeyParser.parseKey(key, passphrase || undefined);
  const parsed = Array.isArray(result) ? result[0] : result;
  // ssh2 reads public keys too; a public key in ssh-key is the wrong file of the pair.
  if (parsed && !(parsed instanceof Error) && !parsed.isPrivateKey()) {
    c.fail('ssh-key', 'holds a public key: give the private key (the file without .pub)');
    return;
  }
  // A passphrase for a key that has none is a mix-up (another key's secret, or the wrong key).
  if (passphrase && parsed && !(parsed instanceof Error) && !(sshKeyParser.parseKey(key) instanceof Error)) {
    c.fail('ssh-key-passphrase', 'is set but ssh-key is not encrypted: leave it empty, or give the encrypted key');
    return;
  }
  if (!parsed || parsed instanceof Error) {
    const why = /passphrase/i.test(parsed?.message ?? '')
      ? passphrase
        ? 'cannot be decrypted with ssh-key-passphrase'
        : 'is encrypted: give ssh-key-passphrase'
      : 'is not a private key ssh2 can read (OpenSSH or PEM text, not a path or a public key)';
    c.fail(passphrase && /passphrase|decrypt/i.test(parsed?.message ?? '') ? 'ssh-key-passphrase' : 'ssh-key', why);
  }
}

/**
 * interception: empty is the runtime's own (systemd: redirect, as Istio's VM guide runs the
 * package; docker: none). The docker runtime offers only none: its proxy is a container on the
 * host network with no init step, so nothing would set up Istio's iptables chains in the VM's
 * network namespace, and nothing would remove them with the container.
 */
function parseInterception(c: Collector, runtime: string): Interception {
  const raw = c.raw('interception');
  if (!raw) return runtime === 'systemd' ? 'redirect' : 'none';
  const value = c.oneOf('interception', ['redirect', 'none'] as const);
  if (value === 'redirect' && runtime === 'docker') {
    c.fail(
      'interception',
      "is redirect, which the docker runtime does not offer: its istio-proxy container runs on the host network with no iptables step (nothing would set Istio's chains up, or remove them with the container); use interception: none with proxy-runtime: docker, or proxy-runtime: systemd (Istio's package, whose istio-start.sh sets the chains up)",
    );
  }
  return value;
}

/** The largest package accepted: Istio's sidecar .deb is ~40 MB; it is read into memory to upload. */
const MAX_SIDECAR_PACKAGE_BYTES = 512 * 1024 * 1024;

/**
 * sidecar-package (a path on the runner) and sidecar-package-digest (its sha256): only with proxy-runtime
 * systemd; a regular .deb or .rpm file; when a sha256 is pinned, the file must have it. Read
 * here, before any side effect, only when the run will install it (onboard, not a dry-run).
 */
function checkSidecarPackage(c: Collector, runtime: string, installs: boolean, workspace: string): string {
  const path = c.raw('sidecar-package');
  const pin = c
    .raw('sidecar-package-digest')
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!path) {
    if (pin) c.fail('sidecar-package-digest', 'is set but sidecar-package is empty');
    return '';
  }
  if (runtime !== 'systemd') {
    c.fail('sidecar-package', `is for proxy-runtime: systemd (proxy-runtime is ${q(runtime)})`);
    return '';
  }
  if (!/\.(deb|rpm)$/.test(path)) c.fail('sidecar-package', `must be a .deb or .rpm file, got ${q(path)}`);
  if (pin && !/^[0-9a-f]{64}$/.test(pin))
    c.fail('sidecar-package-digest', `must be sha256:HEX or the 64 hex digits sha256sum prints, got ${q(pin)}`);
  if (!installs) return path;
  const found = resolveInputFile(path, workspace);
  if ('problem' in found) {
    c.fail('sidecar-package', `${q(path)} ${found.problem === NO_SUCH_FILE ? 'does not exist' : found.problem} on the runner`);
    return path;
  }
  const st = statSync(found.path);
  if (!st.isFile()) c.fail('sidecar-package', `${q(path)} is not a regular file`);
  else if (st.size > MAX_SIDECAR_PACKAGE_BYTES)
    c.fail('sidecar-package', `${q(path)} is larger than ${MAX_SIDECAR_PACKAGE_BYTES / 1024 / 1024} MB`);
  else if (pin && /^[0-9a-f]{64}$/.test(pin)) {
    const got = createHash('sha256').update(readFileSync(found.path)).digest('hex');
    if (got !== pin) c.fail('sidecar-package', `${q(path)} has sha256 ${got}, but sidecar-package-digest pins sha256:${pin}`);
  }
  return found.path;
}

/** Where repository content is: the workspace the runner checked out, else (the CLI) the working directory. */
function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd();
}

/**
 * How the settings of one VM are read. `inFleet`: the run's own settings beside an inventory,
 * where what names a VM (vm-host, workload-name, the host-key pin) may come from the items.
 */
interface ReadOptions {
  inFleet?: boolean;
  /** vars-from-env, read once for the whole run (an inventory item does not choose what the environment gives). */
  fromEnv: Record<string, string>;
  memo?: Map<string, InputProblem[]>;
}

function readSettings(read: InputReader, env: NodeJS.ProcessEnv, opts: ReadOptions): Settings {
  const c = new Collector(read, opts.memo);
  const perVm = !opts.inFleet; // a requirement on what each VM of an inventory says for itself
  const mode = c.oneOf('mode', MODES);
  const dryRun = c.boolean('dry-run');
  const needsVm = mode === 'onboard' || mode === 'offboard' || mode === 'check' || mode === 'refresh';
  // A check changes nothing, but reads the cluster and the VM: it needs what they need.
  // A refresh decides on what a check reads, so its dry-run reads the cluster and the VM too.
  const sideEffects = needsVm && (!dryRun || mode === 'refresh');
  if (mode === 'check' && dryRun) c.fail('dry-run', 'has no meaning for mode check: a check is read-only already');

  // With manifests, their WorkloadEntry can answer name, namespace and address: the render
  // step checks that something does (plan/effective-workload.ts), before any side effect.
  const patterns = splitLines(c.raw('manifests'));
  const manifestsMayAnswer = patterns.length > 0;
  const name =
    manifestsMayAnswer || !perVm
      ? c.raw('workload-name')
      : c.required('workload-name', 'when no manifests are given (their WorkloadEntry can name the workload)');
  if (name) c.check('workload-name', rule.dns1123Label(name));
  const namespace =
    manifestsMayAnswer || !perVm
      ? c.raw('namespace')
      : c.required('namespace', 'when no manifests are given (their WorkloadEntry can name it)');
  if (namespace) c.check('namespace', rule.dns1123Label(namespace));
  const serviceAccount = c.raw('service-account');
  if (serviceAccount) c.check('service-account', rule.dns1123Subdomain(serviceAccount));

  // One spelling per VM (canonicalHost): the lease, duplicates and the report go by it, and an
  // IPv6 address in the text pilot-agent reports, which the WorkloadEntry's must match.
  const hostText = needsVm && perVm ? c.required('vm-host', `for mode ${mode}`) : c.raw('vm-host');
  const vmHost = hostText && c.check('vm-host', rule.host(hostText)) ? rule.canonicalHost(hostText) : hostText;
  // The mesh address is no identity: as given (a manifest's entry may say the same), IPv6 canonical.
  const address = rule.canonicalIp(c.raw('vm-address'));
  if (address) c.check('vm-address', rule.host(address));
  if (!address && !vmHost && !manifestsMayAnswer && perVm)
    c.fail('vm-address', 'is required (or vm-host): it is the WorkloadEntry address');

  const network = c.raw('network');
  if (network) c.check('network', rule.labelValue(network));

  // On their face here; on their real paths (symlinks resolved) when render reads them.
  patterns.forEach((p) => c.check('manifests', rule.manifestPattern(p)));
  const { content: kubeconfig, from: kubeconfigFrom, failed: kubeconfigFailed } = readKubeconfig(c, read, env);
  const context = c.raw('context');
  if (kubeconfig !== undefined)
    c.once(`kubeconfig\0${context}\0${kubeconfig}`, (sub) => checkKubeconfig(sub, kubeconfig, context, kubeconfigFrom));
  else if (sideEffects && !kubeconfigFailed)
    c.fail('kubeconfig', `is required for mode ${mode}: give its content, or set $KUBECONFIG to its path`);
  const istioNamespace = c.raw('istio-namespace');
  c.check('istio-namespace', rule.dns1123Label(istioNamespace));
  // As istioctl: "default" is the unrevisioned control plane. A revision names istiod-REV, a DNS label.
  const istioRevision = c.raw('istio-revision') === 'default' ? '' : c.raw('istio-revision');
  if (istioRevision)
    c.check(
      'istio-revision',
      rule.dns1123Label(`istiod-${istioRevision}`)
        ? `must be a revision name as Istio takes it (lowercase letters, digits and '-', at most 56 characters; got ${q(istioRevision)})`
        : undefined,
    );

  const sshUser = c.raw('ssh-user');
  c.check('ssh-user', rule.posixUser(sshUser));
  const sshPort = c.integer('ssh-port', 1, 65535);
  const privateKey = c.raw('ssh-key') ? `${c.raw('ssh-key')}\n` : undefined;
  const passphrase = c.raw('ssh-key-passphrase') || undefined;
  if (privateKey) c.once(`ssh-key\0${passphrase ?? ''}\0${privateKey}`, (sub) => checkPrivateKey(sub, privateKey, passphrase ?? ''));
  else if (sideEffects) c.fail('ssh-key', `is required for mode ${mode} (the VM is reached over SSH)`);
  if (passphrase && !privateKey) c.fail('ssh-key-passphrase', 'is set but ssh-key is empty');

  const knownHosts = splitLines(c.raw('ssh-known-hosts'));
  knownHosts.forEach((line) => c.check('ssh-known-hosts', rule.knownHostsLine(line)));
  const fingerprints = splitItems(c.raw('ssh-host-fingerprint'));
  fingerprints.forEach((fp) => c.check('ssh-host-fingerprint', rule.fingerprint(fp)));
  const strictHostKey = c.boolean('ssh-strict-host-key');
  if (sideEffects && perVm && strictHostKey && knownHosts.length === 0 && fingerprints.length === 0) {
    c.fail(
      'ssh-known-hosts',
      'or ssh-host-fingerprint is required to pin the VM host key (or set ssh-strict-host-key: false to accept any key, for throwaway VMs only)',
    );
  }
  const jumpText = c.raw('ssh-jump-host');
  const jumpHost = jumpText ? parseEndpoint(c, 'ssh-jump-host', jumpText, sshUser, 22) : undefined;
  const connectTimeoutMs = c.duration('ssh-connect-timeout', 1000, 300_000);
  const commandTimeoutMs = c.duration('ssh-command-timeout', 1000, 3_600_000);
  const retries = c.integer('ssh-retries', 0, 10);

  const gatewayAddress = c.raw('gateway-address');
  if (gatewayAddress) c.check('gateway-address', rule.host(gatewayAddress));
  const image = c.raw('proxy-image');
  if (image) c.check('proxy-image', rule.imageReference(image));
  const configDir = c.raw('proxy-config-dir').replace(/\/+$/, '');
  c.check('proxy-config-dir', rule.proxyConfigDir(c.raw('proxy-config-dir')));
  const runtime = c.oneOf('proxy-runtime', ['docker', 'systemd'] as const);
  const interception = parseInterception(c, runtime);
  const failOnText = c.raw('fail-on');
  const { failOn, problems: failOnProblems } = parseFailOn(failOnText);
  failOnProblems.forEach((p) => c.fail('fail-on', p));
  if (failOnText && failOnText !== 'not-ready' && mode !== 'check') c.fail('fail-on', `is for mode check (mode is ${q(mode)})`);
  const configDump = c.boolean('config-dump');
  if (configDump && mode !== 'check') c.fail('config-dump', `is for mode check (mode is ${q(mode)})`);
  const withinText = c.raw('refresh-within');
  const refreshWithinMs = parseWindow(withinText) ?? 0;
  if (refreshWithinMs <= 0) c.fail('refresh-within', `takes a duration such as 8h, 90m or 2d (got ${q(withinText.slice(0, 40))})`);
  let sidecarPackage = '';
  const installs = sideEffects && mode === 'onboard';
  // Hashing a 40 MB package once per run, not once per VM.
  c.once(`sidecar-package\0${runtime}\0${mode}\0${dryRun}\0${c.raw('sidecar-package')}\0${c.raw('sidecar-package-digest')}`, (sub) => {
    checkSidecarPackage(sub, runtime, installs, workspaceOf(env));
  });
  if (c.raw('sidecar-package') && runtime === 'systemd') {
    // The path checked is the path read later: its real one, symlinks resolved.
    const found = installs ? resolveInputFile(c.raw('sidecar-package'), workspaceOf(env)) : undefined;
    sidecarPackage = found && 'path' in found ? found.path : c.raw('sidecar-package');
  }
  const tokenLifetimeMs = c.duration('token-lifetime', MIN_TOKEN_LIFETIME_MS, MAX_TOKEN_LIFETIME_MS);
  const start = c.boolean('start-proxy');
  const readyTimeoutMs = c.duration('ready-timeout', 1000, 3_600_000);

  // One URL per line (a URL may hold commas): several Services on one VM, one probe each.
  const probeUrls = splitLines(c.raw('probe-url'));
  for (const url of probeUrls) c.check('probe-url', rule.httpUrl(url));
  for (const url of new Set(probeUrls.filter((u, i) => probeUrls.indexOf(u) !== i))) c.fail('probe-url', `lists ${q(url)} more than once`);
  const fromVmUrl = c.raw('probe-from-vm-url');
  if (fromVmUrl) c.check('probe-from-vm-url', rule.httpUrl(fromVmUrl));
  if ((probeUrls.length || fromVmUrl) && !start)
    c.fail(
      probeUrls.length ? 'probe-url' : 'probe-from-vm-url',
      'needs start-proxy: true (without a running proxy there is nothing to probe)',
    );
  const expectedStatus = c.integer('probe-expected-status', 100, 599);
  const probeTimeoutMs = c.duration('probe-timeout', 1000, 3_600_000);

  const timeoutMs = c.duration('timeout', 1000, 6 * 3_600_000);
  const comment = c.oneOf('comment', COMMENT_MODES);
  const ports = parsePorts(c);
  const labels = parseLabels(c);
  const meshHosts = parseMeshHosts(c);
  const registration = c.oneOf('registration', ['workload-entry', 'workload-group'] as const);
  const vars = parseVars(c, opts.fromEnv);
  const allowExecProbe = c.boolean('allow-exec-probe');
  const createNamespace = c.boolean('create-namespace');
  const requestTimeoutMs = c.duration('api-timeout', 1000, 600_000);
  const lockTimeoutMs = c.duration('lock-timeout', 0, 3_600_000);

  if (c.problems.length > 0) throw new InputError(c.problems);
  return {
    mode,
    dryRun,
    timeoutMs,
    workload: { name, namespace, serviceAccount, labels, ports, address, network, meshHosts, registration },
    manifests: { patterns, vars, allowExecProbe },
    cluster: { kubeconfig, context, istioNamespace, istioRevision, createNamespace, requestTimeoutMs, lockTimeoutMs },
    ssh: {
      target: { user: sshUser, host: vmHost, port: sshPort },
      jumpHost,
      privateKey,
      passphrase,
      knownHosts,
      fingerprints,
      strictHostKey,
      connectTimeoutMs,
      commandTimeoutMs,
      retries,
    },
    proxy: {
      image,
      configDir,
      runtime,
      interception,
      sidecarPackage,
      start,
      readyTimeoutMs,
      gatewayAddress,
      tokenLifetimeSeconds: Math.round(tokenLifetimeMs / 1000),
    },
    probe: { urls: probeUrls, fromVmUrl, expectedStatus, timeoutMs: probeTimeoutMs },
    github: { token: c.raw('github-token'), comment },
    check: { failOn, configDump },
    refresh: { withinMs: refreshWithinMs },
  };
}

/** Problems beyond this many items are summed up in one line: a thousand broken items need not all be listed. */
const MAX_FLEET_PROBLEMS = 50;

function problemsOf(build: () => Settings): { settings?: Settings; problems: InputProblem[] } {
  try {
    return { settings: build(), problems: [] };
  } catch (err) {
    if (err instanceof InputError) return { problems: err.problems };
    throw err;
  }
}

/**
 * An item's host-key pins (added to the run's by overlay): only for its own VM, and only for a
 * VM the run does not pin already, so an item can neither drop nor widen a pin the run's
 * inputs set, nor pin the jump host. Problems named `ssh-known-hosts`/`ssh-host-fingerprint`.
 */
function itemPinProblems(read: InputReader, item: InventoryItem, vm: Settings): InputProblem[] {
  const problems: InputProblem[] = [];
  const ownLines = splitLines(item['ssh-known-hosts'] ?? '');
  const ownPrints = splitItems(item['ssh-host-fingerprint'] ?? '');
  if (ownLines.length === 0 && ownPrints.length === 0) return problems;
  const { host, port } = vm.ssh.target;
  const runPins =
    splitLines(read('ssh-known-hosts') ?? '').some((l) => {
      const f = l.split(/\s+/);
      return hostsFieldMatches((f[0]?.startsWith('@') ? f[1] : f[0]) ?? '', host, port);
    }) || splitItems(read('ssh-host-fingerprint') ?? '').length > 0;
  const pinned = `the run's inputs pin ${host}'s host key already (ssh-known-hosts or ssh-host-fingerprint): an item may not add another key for it`;
  if (ownLines.length) {
    if (runPins) problems.push({ input: 'ssh-known-hosts', message: pinned });
    const asSsh = port === 22 ? `${host} or [${host}]:22` : `[${host}]:${port}`;
    for (const line of ownLines) {
      const hosts = line.split(/\s+/)[0] ?? '';
      const names = hosts.startsWith('@') ? [] : hosts.split(',');
      // Plain names only: a wildcard, negation or hash could also pin the jump host or another VM.
      const own =
        names.length > 0 &&
        names.every((n) => {
          const m = /^\[([^\]]+)\]:(\d+)$/.exec(n);
          const [name, p] = m ? [m[1] ?? '', Number(m[2])] : [n, 22];
          return !/[*?!|]/.test(n) && !rule.host(name) && rule.canonicalHost(name) === host && p === port;
        });
      if (!own)
        problems.push({
          input: 'ssh-known-hosts',
          message: `line ${q(line, 60)} must name only this VM, as ssh looks it up (${asSsh}): an item pins its own VM's key, no other host's, and no markers`,
        });
    }
  }
  if (ownPrints.length) {
    if (runPins) problems.push({ input: 'ssh-host-fingerprint', message: pinned });
    if (vm.ssh.jumpHost)
      problems.push({
        input: 'ssh-host-fingerprint',
        message: 'would pin the jump host too (a fingerprint names no host): pin this VM with an ssh-known-hosts line instead',
      });
  }
  return problems;
}

/**
 * The inputs -> Settings, or an InputError naming every problem. With an `inventory`, each
 * item is read as the inputs with its values laid over them, by the same rules as one VM, so
 * a problem names the item and the input (`inventory[3].vm-host`); a problem of an input the
 * item does not set, that the run's own inputs have too, is named once, as that input.
 * Reading counts against `timeout`: an inventory that takes longer to check is refused.
 */
export function getSettings(read: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const started = Date.now();
  const fleetInputs = new Collector(read);
  const concurrency = fleetInputs.integer('concurrency', 1, 256);
  const shardSize = fleetInputs.integer('shard-size', 1, 10_000);
  const fromEnv = parseVarsFromEnv(fleetInputs, env);
  const { items, problems: inventoryProblems } = parseInventory(fleetInputs.raw('inventory'));
  const canary = parseCanary(fleetInputs.raw('canary'), items.length);
  const waves = fleetInputs.raw('canary') !== '';
  if ('problem' in canary) fleetInputs.fail('canary', canary.problem);
  else if (waves && items.length === 0 && inventoryProblems.length === 0)
    fleetInputs.fail('canary', 'is the first wave of a rollout over an inventory: give inventory too, or leave canary empty');
  else if (waves && fleetInputs.raw('mode') !== 'onboard')
    fleetInputs.fail(
      'canary',
      `is for mode onboard (a rollout of a new proxy-image or sidecar-package); mode ${q(fleetInputs.raw('mode'))} runs every VM at once`,
    );
  if (items.length === 0 && inventoryProblems.length === 0) {
    if (fleetInputs.problems.length) {
      // Still all problems at once: the one VM's too.
      const one = problemsOf(() => readSettings(read, env, { fromEnv }));
      throw new InputError([...fleetInputs.problems, ...one.problems]);
    }
    return readSettings(read, env, { fromEnv });
  }

  const memo = new Map<string, InputProblem[]>();
  const known = new Set<string>();
  const base = problemsOf(() => readSettings((name) => (known.add(name), read(name)), env, { inFleet: true, memo, fromEnv }));
  const problems = [...fleetInputs.problems, ...inventoryProblems, ...base.problems];
  const shards = Math.ceil(items.length / shardSize);
  if (shards > MAX_MATRIX_SHARDS)
    problems.push({
      input: 'shard-size',
      message: `cuts the ${items.length} VMs of the inventory into ${shards} shards, more than the ${MAX_MATRIX_SHARDS} jobs a GitHub matrix takes: give at least ${Math.ceil(items.length / MAX_MATRIX_SHARDS)}`,
    });
  // The run's own timeout bounds the reading too (parseDuration is cheap; the input's own problem is named above).
  const deadline = started + (parseDuration(fleetInputs.raw('timeout')) ?? 6 * 3_600_000);
  const vms: Settings[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (Date.now() > deadline) {
      problems.push({
        input: 'inventory',
        message: `took longer than the timeout (${fleetInputs.raw('timeout')}) to check: ${i} of ${items.length} VMs checked; raise timeout or cut the fleet into several inventories`,
      });
      break;
    }
    // A refused key is reported and never used: its value (a path, a directory) is not even looked at.
    const facts: InventoryItem = {};
    for (const [key, value] of Object.entries(item)) {
      // The workflow's consent to commands from the repository: an inventory, repository content too, cannot give it.
      const why =
        key === 'allow-exec-probe'
          ? 'holds for every VM of the run and only the workflow may set it: set it as an input, not in an inventory item'
          : itemKeyProblem(key, known);
      if (why) problems.push({ input: `inventory[${i}].${key}`, message: why });
      else facts[key] = value;
    }
    const vm = problemsOf(() => readSettings(overlay(read, facts), env, { memo, fromEnv }));
    for (const p of vm.problems) {
      const fromRun = !Object.hasOwn(facts, p.input) && base.problems.some((b) => b.input === p.input && b.message === p.message);
      if (!fromRun) problems.push({ ...p, input: `inventory[${i}].${p.input}` });
    }
    if (!vm.settings) continue;
    for (const p of itemPinProblems(read, facts, vm.settings)) problems.push({ ...p, input: `inventory[${i}].${p.input}` });
    // One VM twice (under any spelling: the host is canonical) would race itself for its files;
    // its lease is per host, whatever the port.
    const host = vm.settings.ssh.target.host;
    const first = seen.get(`host ${host}`);
    if (host && first !== undefined)
      problems.push({ input: `inventory[${i}].vm-host`, message: `names the same VM as inventory[${first}] (${q(host)})` });
    else if (host) seen.set(`host ${host}`, i);
    // Two VMs under one WorkloadEntry name would overwrite each other's entry (a WorkloadGroup is shared on purpose).
    const w = vm.settings.workload;
    const entry = `entry ${w.namespace}/${w.name}`;
    const owner = seen.get(entry);
    if (w.name && w.registration === 'workload-entry' && owner !== undefined)
      problems.push({
        input: `inventory[${i}].workload-name`,
        message: `names the same WorkloadEntry as inventory[${owner}] (${q(`${w.namespace}/${w.name}`)}): give each VM its own workload-name, or use registration: workload-group`,
      });
    else if (w.name) seen.set(entry, i);
    vms.push(vm.settings);
  }
  if (problems.length > MAX_FLEET_PROBLEMS) {
    const more = problems.length - MAX_FLEET_PROBLEMS;
    problems.splice(MAX_FLEET_PROBLEMS, more, { input: 'inventory', message: `has ${more} more problems; fix the ones above first` });
  }
  if (problems.length > 0 || !base.settings) throw new InputError(problems);
  const fleet: Fleet = { vms, items, concurrency, shardSize, canary: 'count' in canary ? canary.count : 0 };
  return { ...base.settings, fleet };
}
