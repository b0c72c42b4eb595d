// The contract is action.yml itself: the CLI and the test runner read inputs and defaults
// from it, so there is one list of names and defaults, not one per front door.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface InputSpec {
  name: string;
  description: string;
  default: string;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface Contract {
  inputs: InputSpec[];
  outputs: OutputSpec[];
}

/** Finds action.yml next to the bundle (dist/..) or the source tree (src/config/../..). */
export function findActionYml(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'action.yml');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`action.yml not found above ${from}`);
    dir = parent;
  }
}

export function loadContract(path = findActionYml()): Contract {
  const doc = parse(readFileSync(path, 'utf8')) as {
    inputs?: Record<string, { description?: string; default?: unknown }>;
    outputs?: Record<string, { description?: string }>;
  };
  return {
    inputs: Object.entries(doc.inputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec.description ?? '',
      default: spec.default === undefined ? '' : String(spec.default),
    })),
    outputs: Object.entries(doc.outputs ?? {}).map(([name, spec]) => ({ name, description: spec.description ?? '' })),
  };
}

/** Expressions such as `${{ github.token }}` only mean something on a runner. */
export function isRunnerExpression(value: string): boolean {
  return /^\$\{\{.*\}\}$/s.test(value.trim());
}
