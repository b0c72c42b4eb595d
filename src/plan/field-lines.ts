// The line of each field of an object parsed from a manifest, so a problem found later (by
// the schema check, the server) can point at the offending line, not just at the object.
// Kept beside the object (a WeakMap), so objects stay plain data for reports and diffs.
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

type Segment = string | number;
const LINES = new WeakMap<object, Map<string, number>>();
const keyOf = (segments: readonly Segment[]): string => JSON.stringify(segments);

/** Remembers the line of every field under `root` (a parsed document's contents) for `object`. */
export function rememberFieldLines(object: object, root: Node | null | undefined, lineCounter: LineCounter): void {
  const lines = new Map<string, number>();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const walk = (node: unknown, at: Segment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        const path = [...at, key];
        // The key's line: where a reader looks for the field, also when its value is a block.
        const range = (isScalar(pair.key) ? pair.key.range : undefined) ?? (pair.value as Node | null)?.range;
        if (range) lines.set(keyOf(path), lineAt(range[0]));
        walk(pair.value, path);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const path = [...at, i];
        const range = (item as Node | null)?.range;
        if (range) lines.set(keyOf(path), lineAt(range[0]));
        walk(item, path);
      });
    }
  };
  if (root?.range) lines.set(keyOf([]), lineAt(root.range[0]));
  walk(root, []);
  LINES.set(object, lines);
}

/**
 * The line of a field, or of its nearest ancestor that is in the file (a missing field points
 * at the object that lacks it). Undefined for objects that did not come from a file.
 */
export function fieldLine(object: object, segments: readonly Segment[]): number | undefined {
  const lines = LINES.get(object);
  if (!lines) return undefined;
  for (let n = segments.length; n >= 0; n--) {
    const line = lines.get(keyOf(segments.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}
