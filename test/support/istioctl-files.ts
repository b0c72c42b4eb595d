// The VM files of the systemd runtime (cluster.env, mesh.yaml, hosts) compared key by key with
// what the real `istioctl x workload entry configure` writes for the same WorkloadGroup and
// mesh (issue #21). The deliberate differences are listed here, each with the reason docs/official-vm-path.md
// gives ("The official VM path (systemd)", "Where the files differ from istioctl's"); any other
// difference fails, and so does a listed one that is gone.
import { execFileSync } from 'node:child_process';
import { parse, stringify } from 'yaml';

export interface VmFiles {
  /** cluster.env as istio-start.sh reads it: sourced by a shell, each variable's value. */
  env: Record<string, string>;
  /** mesh.yaml's defaultConfig. */
  defaultConfig: Record<string, unknown>;
  /** The hosts file: "ADDRESS NAME..." lines. */
  hosts: string[];
}

/** What differs on purpose, "FILE KEY" -> why (docs/official-vm-path.md says the same). */
export const DELIBERATE_DIFFERENCES: Record<string, string> = {
  'cluster.env CA_ADDR':
    'the action writes the CA address it checked; istioctl only for a revisioned control plane, and istio-start.sh then derives the same istiod.<ns>.svc:15012',
  'cluster.env POD_NAME': "the workload's name, as the docker runtime gives it; without it istio-start.sh takes the VM's short host name",
  'hosts names':
    "the action maps istiod.<ns>.svc.cluster.local and istiod.<ns> to the gateway too (tctl's names), beside istioctl's istiod.<ns>.svc",
};

/** Variables a shell sets by itself, not from the file. */
const SHELL_OWN = new Set(['PWD', 'OLDPWD', 'SHLVL', '_']);

/** Each variable of an env file as a shell that sources it sees it (istio-start.sh sources cluster.env). */
export function sourceEnv(text: string): Record<string, string> {
  const out = execFileSync('env', ['-i', 'sh', '-c', 'set -a; eval "$(cat)"; env -0'], { input: text, encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\0')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])
      .filter(([k]) => !SHELL_OWN.has(k as string)),
  );
}

export function vmFiles(clusterEnv: string, meshYaml: string, hosts: string): VmFiles {
  const mesh = parse(meshYaml) as { defaultConfig?: Record<string, unknown> };
  return { env: sourceEnv(clusterEnv), defaultConfig: mesh.defaultConfig ?? {}, hosts: hosts.split('\n').filter((l) => l.trim() !== '') };
}

/** A value with its map keys sorted, so two equal values print alike. */
function canonical(v: unknown): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(sort)
      : x && typeof x === 'object'
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, sort((x as Record<string, unknown>)[k])]),
          )
        : x;
  return JSON.stringify(sort(v));
}

/** istioctl lists a group's ports in Go's map order (random): compared as a set. */
function comparable(key: string, value: string): string {
  return key === 'ISTIO_INBOUND_PORTS' ? value.split(',').sort().join(',') : value;
}

/** Every key where the two differ: "FILE KEY: istioctl <v>, action <v>". */
export function differences(istioctl: VmFiles, action: VmFiles): Map<string, string> {
  const out = new Map<string, string>();
  const show = (v: unknown) => (v === undefined ? '(none)' : typeof v === 'string' ? JSON.stringify(v) : canonical(v));
  for (const k of new Set([...Object.keys(istioctl.env), ...Object.keys(action.env)])) {
    const a = istioctl.env[k];
    const b = action.env[k];
    if (a === undefined || b === undefined ? a !== b : comparable(k, a) !== comparable(k, b))
      out.set(`cluster.env ${k}`, `istioctl ${show(a)}, action ${show(b)}`);
  }
  type Config = Record<string, unknown> & { proxyMetadata?: Record<string, string> };
  const { proxyMetadata: mdA = {}, ...restA } = istioctl.defaultConfig as Config;
  const { proxyMetadata: mdB = {}, ...restB } = action.defaultConfig as Config;
  for (const k of new Set([...Object.keys(restA), ...Object.keys(restB)])) {
    if (canonical(restA[k]) !== canonical(restB[k]))
      out.set(`mesh.yaml defaultConfig.${k}`, `istioctl ${show(restA[k])}, action ${show(restB[k])}`);
  }
  for (const k of new Set([...Object.keys(mdA), ...Object.keys(mdB)])) {
    if (mdA[k] !== mdB[k]) out.set(`mesh.yaml defaultConfig.proxyMetadata.${k}`, `istioctl ${show(mdA[k])}, action ${show(mdB[k])}`);
  }
  // hosts: the same gateway address for every name istioctl maps; the action may map more names.
  const names = (lines: string[]) =>
    new Map(
      lines.flatMap((l) => {
        const [ip, ...ns] = l.trim().split(/\s+/);
        return ns.map((n) => [n, ip] as [string, string]);
      }),
    );
  const ha = names(istioctl.hosts);
  const hb = names(action.hosts);
  for (const [n, ip] of ha) if (hb.get(n) !== ip) out.set(`hosts ${n}`, `istioctl ${ip}, action ${hb.get(n) ?? '(none)'}`);
  if ([...hb.keys()].some((n) => !ha.has(n)))
    out.set('hosts names', `istioctl ${[...ha.keys()].join(' ')}, action ${[...hb.keys()].join(' ')}`);
  return out;
}

/** The files with the world's own addresses named, in a stable text: the golden file istioctl's output is kept as. */
export function goldenText(f: VmFiles, names: Record<string, string>): string {
  const swap = (v: string) => Object.entries(names).reduce((acc, [real, name]) => acc.split(real).join(name), v);
  const env = Object.keys(f.env)
    .sort()
    .map((k) => `${k}=${swap(comparable(k, f.env[k] as string))}`);
  return [
    '==> cluster.env (each variable as the shell that sources it sees it)',
    ...env,
    '',
    '==> mesh.yaml (defaultConfig, keys sorted)',
    swap(stringify(JSON.parse(canonical(f.defaultConfig)))).trimEnd(),
    '',
    '==> hosts',
    ...f.hosts.map(swap),
    '',
  ].join('\n');
}

/** Reads goldenText back (with the names as they are written). */
export function fromGoldenText(text: string): VmFiles {
  const section = (title: string) => {
    const start = text.indexOf(`==> ${title}`);
    const body = text.slice(text.indexOf('\n', start) + 1);
    const end = body.indexOf('\n==> ');
    return end === -1 ? body : body.slice(0, end);
  };
  const env = Object.fromEntries(
    section('cluster.env')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return {
    env,
    defaultConfig: (parse(section('mesh.yaml')) ?? {}) as Record<string, unknown>,
    hosts: section('hosts').split('\n').filter(Boolean),
  };
}
