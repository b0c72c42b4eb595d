// The `inventory` input: a YAML list of VMs, each a map of per-VM overrides named like the
// inputs (vm-host, ssh-known-hosts, labels, ...). getSettings builds each VM's Settings from
// the inputs with its item laid over them, through the same rules; this module only reads
// the list, lays an item over the inputs, and splits the list into shards for a job matrix.
// The inventory is repository content: it names VMs and their facts, never whom to trust or
// where to put files (PER_VM_INPUTS), and its size and parsing cost are bounded before a walk.
import { dump } from 'js-yaml';
import { parseDocument } from 'yaml';
import type { InputProblem } from './errors.js';
import { quoteValue as q } from '../log.js';

/** One VM of the inventory: input name -> value, as the input would hold it (lists one item a line). */
export type InventoryItem = Record<string, string>;

/**
 * What an item may set: facts of its VM (host, address, names, labels, ports, probes, its own
 * host-key pins). Everything else decides trust (host keys, jump host, image, gateway, the
 * package) or placement (proxy-config-dir, manifests, mesh-hosts in /etc/hosts), or bounds the
 * run, and holds for every VM: an inventory comes from the repository, a pull request's author.
 */
export const PER_VM_INPUTS = [
  'vm-host',
  'vm-address',
  'workload-name',
  'namespace',
  'service-account',
  'labels',
  'ports',
  'vars',
  'network',
  'ssh-user',
  'ssh-port',
  'ssh-known-hosts',
  'ssh-host-fingerprint',
  'probe-url',
  'probe-from-vm-url',
  'probe-expected-status',
] as const;

/** Item inputs added to the run's, never in place of them: an item cannot drop the run's host-key pins. */
export const ADDED_PINS = ['ssh-known-hosts', 'ssh-host-fingerprint'] as const;

/** Bounds checked before the YAML is walked: its bytes, alias expansions, nesting, and the VMs. */
export const INVENTORY_LIMITS = { bytes: 2 * 1024 * 1024, aliases: 1_000, depth: 64, vms: 5_000 } as const;

/**
 * Whether `[`/`{` nest at most max deep, counted on the raw text (in quotes too: no quoting can
 * hide a level, and an inventory has no use for 64 brackets in a row). The YAML parser
 * recurses per level: 100,000 levels cost it a second and a stack overflow.
 */
function flowDepth(text: string, max: number): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '[' || ch === '{') {
      if (++depth > max) return false;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return true;
}

/** An item's value as the input's text: lists (ports, labels, ...) one item a line, maps (labels, vars) as key=value lines. */
function inputText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(inputText);
    return parts.every((p) => p !== undefined) && value.every((v) => typeof v !== 'object' || v === null) ? parts.join('\n') : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.every(([, v]) => typeof v !== 'object' || v === null)
      ? entries.map(([k, v]) => `${k}=${inputText(v)}`).join('\n')
      : undefined;
  }
  return undefined;
}

/** Reads the inventory's YAML: the items, or the problems (each naming `inventory[i]` or `inventory[i].<input>`). */
export function parseInventory(text: string): { items: InventoryItem[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (text.trim() === '') return { items: [], problems };
  const fail = (message: string) => ({ items: [], problems: [{ input: 'inventory', message }] });
  const bytes = Buffer.byteLength(text);
  if (bytes > INVENTORY_LIMITS.bytes)
    return fail(`is ${bytes} bytes: at most ${INVENTORY_LIMITS.bytes / 1024 / 1024} MiB is read (cut the fleet into several inventories)`);
  if (!flowDepth(text, INVENTORY_LIMITS.depth)) return fail(`nests [ or { more than ${INVENTORY_LIMITS.depth} deep`);
  let doc: unknown;
  try {
    // Aliases are expanded under a count (a few hundred bytes of nested aliases would
    // otherwise expand for minutes); a key twice in one map is an error, not "last wins".
    const parsed = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: false });
    const error = parsed.errors[0];
    if (error) return fail(`is not valid YAML: ${String(error.message).split('\n')[0]}`);
    doc = parsed.toJS({ maxAliasCount: INVENTORY_LIMITS.aliases });
  } catch (err) {
    const message = String((err as Error).message).split('\n')[0] ?? '';
    return fail(
      /alias/i.test(message)
        ? `expands YAML aliases more than ${INVENTORY_LIMITS.aliases} times: write the items out`
        : `is not valid YAML: ${message}`,
    );
  }
  if (!Array.isArray(doc)) return fail('must be a YAML list of VMs, e.g. "- vm-host: 10.0.0.5"');
  if (doc.length > INVENTORY_LIMITS.vms)
    return fail(`lists ${doc.length} VMs: at most ${INVENTORY_LIMITS.vms} are taken in one run (cut the fleet into several inventories)`);
  const items: InventoryItem[] = [];
  doc.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({ input: `inventory[${i}]`, message: 'must be a map of inputs, e.g. "vm-host: 10.0.0.5"' });
      return;
    }
    const item: InventoryItem = {};
    for (const [name, value] of Object.entries(entry as Record<string, unknown>)) {
      const text = inputText(value);
      if (text === undefined)
        problems.push({ input: `inventory[${i}].${name}`, message: 'must be a string, a number, a list of them or a map of them' });
      // defineProperty: an item key named __proto__ stays an entry (and is reported as no input).
      else Object.defineProperty(item, name, { value: text, enumerable: true, writable: true, configurable: true });
    }
    items.push(item);
  });
  if (items.length === 0 && problems.length === 0)
    problems.push({ input: 'inventory', message: 'is an empty list: name at least one VM, or leave the input empty' });
  return { items, problems };
}

/** The inputs as one VM sees them: its item's values over the run's; its host-key pins beside the run's. */
export function overlay(read: (name: string) => string, item: InventoryItem): (name: string) => string {
  return (name) => {
    if (!Object.hasOwn(item, name)) return read(name);
    if ((ADDED_PINS as readonly string[]).includes(name)) return `${read(name) ?? ''}\n${item[name] as string}`;
    return item[name] as string;
  };
}

/** Why an item may not set this key, or undefined when it may (`known`: the input names the settings read). */
export function itemKeyProblem(key: string, known: ReadonlySet<string>): string | undefined {
  if ((PER_VM_INPUTS as readonly string[]).includes(key)) return undefined;
  if (!known.has(key) && !['inventory', 'concurrency', 'shard-size', 'canary'].includes(key))
    return `is not an input of this action (${q(key)})`;
  return "holds for every VM of the run: an item sets only its VM's facts (host, address, names, labels, ports, probes, its host-key pins); set it as an input";
}

/** GitHub's limit on the jobs one matrix makes. */
export const MAX_MATRIX_SHARDS = 256;

export interface MatrixShard {
  /** 0-based shard number. */
  shard: number;
  /** The VMs of this shard, for the job's name: vm-host values, comma-separated. */
  vms: string;
  /** This shard's items as YAML: pass it back as the `inventory` input. */
  inventory: string;
}

/**
 * The inventory cut into shards of at most `size` VMs, in order, as strategy.matrix takes it
 * (`hosts`: each VM's vm-host in its one spelling, for the job names):
 * `{"include":[{"shard":0,"vms":"...","inventory":"- vm-host: ...\n"}, ...]}`.
 */
export function shardInventory(
  items: InventoryItem[],
  size: number,
  hosts = items.map((i) => i['vm-host'] ?? ''),
): { include: MatrixShard[] } {
  const include: MatrixShard[] = [];
  for (let start = 0; start < items.length; start += size) {
    const shard = items.slice(start, start + size);
    include.push({
      shard: include.length,
      vms: hosts.slice(start, start + size).join(','),
      inventory: dump(shard, { lineWidth: -1, noRefs: true }),
    });
  }
  return { include };
}
