// The one place secrets are replaced by ***: both loggers register secrets here, and the front
// doors redact the run's result (report, outputs, summary, PR comment, CLI text) with it, so a
// secret is never left to the runner's masking alone (which misses what a step writes to files,
// and a secret split by an encoding).
const secrets = new Set<string>();
/** The secrets longest first (a secret may hold another), kept until the next addSecret: a fleet redacts every line and report string. */
let longestFirst: string[] | undefined;

/** Registers a secret. Values too short to be a credential are not redacted here (they would cut up ordinary words); the runner still masks them in the log. */
export function addSecret(value: string): void {
  if (value.length >= 4 && !secrets.has(value)) {
    secrets.add(value);
    longestFirst = undefined;
  }
}

/** Every registered secret replaced by ***, longest first (a secret may hold another). */
export function redactSecrets(text: string): string {
  let out = text;
  longestFirst ??= [...secrets].sort((a, b) => b.length - a.length);
  for (const s of longestFirst) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}

/** Whether text holds a registered secret: such a value is refused wherever it would be written (${VAR} substitution). */
export function holdsSecret(text: string): boolean {
  for (const s of secrets) if (text.includes(s)) return true;
  return false;
}

/** fn applied to every string in plain data (objects, arrays), keys kept. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}

/** redactSecrets for every string in plain data (the run's result, before anything is made of it). */
export function redactDeep<T>(value: T): T {
  return mapStrings(value, redactSecrets);
}
