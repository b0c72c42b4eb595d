// The `canary` input: the size of a rollout's first wave, as a count of VMs ("2") or a share
// of the inventory ("10%", rounded up, as Kubernetes rounds a rolling update's maxSurge).
// The waves themselves are planned in modes/waves.ts.

/** The canary wave's size for n VMs, or a problem; '' means no waves (every VM at once). */
export function parseCanary(value: string, n: number): { count: number } | { problem: string } {
  if (value === '') return { count: 0 };
  const percent = /^(\d{1,3})%$/.exec(value);
  if (percent) {
    const p = Number(percent[1]);
    if (p < 1 || p > 100) return { problem: `must be a percentage from 1% to 100% (got ${value})` };
    return { count: Math.max(1, Math.ceil((n * p) / 100)) };
  }
  if (/^\d{1,6}$/.test(value) && Number(value) >= 1) return { count: Math.min(Number(value), n) };
  return {
    problem: `must be a number of VMs (such as 1) or a percentage of the inventory (such as 10%) (got ${JSON.stringify(value.slice(0, 40))})`,
  };
}
