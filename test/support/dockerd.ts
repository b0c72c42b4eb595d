// A test VM's dockerd stopped and started again the same way: "dockerd down" for the fault
// catalogue (faults.test.ts) and for the fleet's VM that fails after registering (fleet.test.ts).
import assert from 'node:assert/strict';
import { shellQuote } from './app.js';
import type { TestVm } from './vm-world.js';

/** The VM's dockerd, stopped: its command line, to start it again the same way. */
export async function stopDockerd(vm: TestVm): Promise<string[]> {
  const pid = (await vm.readFile('/run/docker.pid'))?.trim();
  assert.match(pid ?? '', /^\d+$/);
  const argv = ((await vm.readFile(`/proc/${pid}/cmdline`)) ?? '').split('\0').filter(Boolean);
  assert.equal(argv[0], 'dockerd');
  const r = await vm.exec(['sh', '-c', `kill -TERM ${pid}; for i in $(seq 200); do kill -0 ${pid} 2>/dev/null || exit 0; sleep 0.05; done; exit 1`]);
  assert.equal(r.code, 0, 'dockerd stopped');
  return argv;
}

export async function startDockerd(vm: TestVm, argv: string[]): Promise<void> {
  const r = await vm.exec(['sh', '-c', `${shellQuote(argv)} >/dev/null 2>&1 </dev/null & i=0; until docker info >/dev/null 2>&1; do i=$((i + 1)); [ "$i" -lt 400 ] || exit 1; sleep 0.05; done`]);
  assert.equal(r.code, 0, `dockerd answers again: ${r.stderr}`);
}
