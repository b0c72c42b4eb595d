// Multiline inputs: one item per line (or comma-separated where values cannot hold commas).
// Blank lines and lines starting with # are ignored, as in YAML block scalars users write.

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function splitItems(text: string): string[] {
  return splitLines(text).flatMap((l) =>
    l
      .split(',')
      .map((i) => i.trim())
      .filter((i) => i !== ''),
  );
}

/** KEY=VALUE pairs; the value may contain "=" and is kept verbatim (not trimmed inside). */
export function splitPairs(items: string[]): Array<{ key: string; value: string; item: string }> {
  return items.map((item) => {
    const eq = item.indexOf('=');
    return eq < 0 ? { key: item, value: '', item } : { key: item.slice(0, eq).trim(), value: item.slice(eq + 1).trim(), item };
  });
}
