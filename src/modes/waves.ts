// A rollout in waves (the `canary` input): the canary wave first, then waves of `concurrency`
// VMs, each wave started only once the one before it is onboarded, ready and through its
// probes. Pure: modes/fleet.ts runs the waves, dry-run prints them.

/** The VMs' indexes, wave by wave: the first `canary` VMs, then `concurrency` at a time. */
export function rolloutWaves(n: number, canary: number, concurrency: number): number[][] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (canary <= 0) return [all];
  const waves = [all.slice(0, canary)];
  for (let i = canary; i < n; i += concurrency) waves.push(all.slice(i, i + concurrency));
  return waves;
}
