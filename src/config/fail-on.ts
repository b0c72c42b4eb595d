// The `fail-on` input of mode check: which findings fail the run. A comma (or newline) list of
// not-ready, drift and cert-expires-within=DURATION (Go-style, or days: 7d, 36h, 90m).
import { parseDuration } from './duration.js';

export interface FailOn {
  /** A VM whose proxy is not running or not ready (or could not be read) fails the run. */
  notReady: boolean;
  /** Any drift (a cluster object or a file on the VM that differs from a fresh render) fails the run. */
  drift: boolean;
  /** A workload certificate that expires within this many milliseconds (or is unknown) fails the run. */
  certExpiresWithinMs?: number;
}

export const FAIL_ON_WORDS = ['not-ready', 'drift', 'cert-expires-within=DURATION'] as const;

/** Milliseconds of a Go-style duration, or of whole days ("7d"). */
export function parseWindow(text: string): number | undefined {
  const days = /^(\d+)d$/.exec(text);
  if (days) return Number(days[1]) * 86_400_000;
  return parseDuration(text);
}

/** The list, or the problems with it (each names the item). Empty text: nothing fails the run. */
export function parseFailOn(text: string): { failOn: FailOn; problems: string[] } {
  const failOn: FailOn = { notReady: false, drift: false };
  const problems: string[] = [];
  for (const item of text
    .split(/[,\n]/)
    .map((i) => i.trim())
    .filter(Boolean)) {
    if (item === 'not-ready') failOn.notReady = true;
    else if (item === 'drift') failOn.drift = true;
    else if (item.startsWith('cert-expires-within=')) {
      const value = item.slice('cert-expires-within='.length);
      const ms = parseWindow(value);
      if (ms === undefined || ms <= 0)
        problems.push(`cert-expires-within takes a duration such as 7d, 48h or 90m (got ${JSON.stringify(value.slice(0, 40))})`);
      else failOn.certExpiresWithinMs = ms;
    } else problems.push(`${JSON.stringify(item.slice(0, 40))} is not one of ${FAIL_ON_WORDS.join(', ')}`);
  }
  return { failOn, problems };
}
