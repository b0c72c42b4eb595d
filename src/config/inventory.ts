// The `inventory` input: a YAML list of VMs, each a map of per-VM overrides named like the
// inputs (vm-host, ssh-known-hosts, labels, ...). getSettings builds each VM's Settings from
// the inputs with its item laid over them, through the same rules; this module only reads
// the list, lays an item over the inputs, and splits the list into shards for a job matrix.
import { dump, load } from 'js-yaml';
import type { InputProblem } from './errors.js';
import { quoteValue as q } from '../log.js';

/** One VM of the inventory: input name -> value, as the input would hold it (lists one item a line). */
export type InventoryItem = Record<string, string>;

/**
 * Inputs that hold for the whole run, never per VM: the run's mode, its cluster and
 * credentials, its bounds and reporting, and the fleet's own inputs. Secrets are among them:
 * an item is copied into the `matrix` output, which is not masked.
 */
export const PER_RUN_INPUTS = [
  'mode', 'dry-run', 'timeout', 'kubeconfig', 'context', 'istio-namespace', 'create-namespace', 'api-timeout', 'lock-timeout',
  'ssh-key', 'ssh-key-passphrase', 'github-token', 'comment', 'inventory', 'concurrency', 'shard-size',
] as const;

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
    return entries.every(([, v]) => typeof v !== 'object' || v === null) ? entries.map(([k, v]) => `${k}=${inputText(v)}`).join('\n') : undefined;
  }
  return undefined;
}

/** Reads the inventory's YAML: the items, or the problems (each naming `inventory[i]` or `inventory[i].<input>`). */
export function parseInventory(text: string): { items: InventoryItem[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (text.trim() === '') return { items: [], problems };
  let doc: unknown;
  try {
    doc = load(text);
  } catch (err) {
    // js-yaml's message quotes the text around the error; its first line says where.
    return { items: [], problems: [{ input: 'inventory', message: `is not valid YAML: ${String((err as Error).message).split('\n')[0]}` }] };
  }
  if (!Array.isArray(doc)) return { items: [], problems: [{ input: 'inventory', message: 'must be a YAML list of VMs, e.g. "- vm-host: 10.0.0.5"' }] };
  const items: InventoryItem[] = [];
  doc.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({ input: `inventory[${i}]`, message: 'must be a map of inputs, e.g. "vm-host: 10.0.0.5"' });
      return;
    }
    const item: InventoryItem = {};
    for (const [name, value] of Object.entries(entry as Record<string, unknown>)) {
      const text = inputText(value);
      if (text === undefined) problems.push({ input: `inventory[${i}].${name}`, message: 'must be a string, a number, a list of them or a map of them' });
      // defineProperty: an item key named __proto__ stays an entry (and is reported as no input).
      else Object.defineProperty(item, name, { value: text, enumerable: true, writable: true, configurable: true });
    }
    items.push(item);
  });
  if (items.length === 0 && problems.length === 0) problems.push({ input: 'inventory', message: 'is an empty list: name at least one VM, or leave the input empty' });
  return { items, problems };
}

/** The inputs as one VM sees them: its item's values over the run's. */
export function overlay(read: (name: string) => string, item: InventoryItem): (name: string) => string {
  return (name) => (Object.hasOwn(item, name) ? (item[name] as string) : read(name));
}

/** Why an item may not set this key, or undefined when it may (`known`: the input names the settings read). */
export function itemKeyProblem(key: string, known: ReadonlySet<string>): string | undefined {
  if ((PER_RUN_INPUTS as readonly string[]).includes(key)) return 'holds for every VM of the run: set it as an input, not in an inventory item';
  if (!known.has(key)) return `is not an input of this action (${q(key)})`;
  return undefined;
}

export interface MatrixShard {
  /** 0-based shard number. */
  shard: number;
  /** The VMs of this shard, for the job's name: vm-host values, comma-separated. */
  vms: string;
  /** This shard's items as YAML: pass it back as the `inventory` input. */
  inventory: string;
}

/**
 * The inventory cut into shards of at most `size` VMs, in order, as strategy.matrix takes it:
 * `{"include":[{"shard":0,"vms":"...","inventory":"- vm-host: ...\n"}, ...]}`.
 */
export function shardInventory(items: InventoryItem[], size: number): { include: MatrixShard[] } {
  const include: MatrixShard[] = [];
  for (let start = 0; start < items.length; start += size) {
    const shard = items.slice(start, start + size);
    include.push({
      shard: include.length,
      vms: shard.map((i) => i['vm-host'] ?? '').join(','),
      inventory: dump(shard, { lineWidth: -1, noRefs: true }),
    });
  }
  return { include };
}
