// A test VM's dockerd stopped and started again the same way ("dockerd down" for the fault
// catalogue, faults.test.ts), and a VM whose `docker run` fails while the image is there (the
// fleet's VM that fails after registering, fleet.test.ts).
import assert from 'node:assert/strict';
import { shellQuote } from './app.js';
import type { TestVm } from './vm-world.js';

/** The VM's dockerd, stopped: its command line, to start it again the same way. */
export async function stopDockerd(vm: TestVm): Promise<string[]> {
  const pid = (await vm.readFile('/run/docker.pid'))?.trim();
  assert.match(pid ?? '', /^\d+$/);
  const argv = ((await vm.readFile(`/proc/${pid}/cmdline`)) ?? '').split('\0').filter(Boolean);
  assert.equal(argv[0], 'dockerd');
  const r = await vm.exec([
    'sh',
    '-c',
    `kill -TERM ${pid}; for i in $(seq 200); do kill -0 ${pid} 2>/dev/null || exit 0; sleep 0.05; done; exit 1`,
  ]);
  assert.equal(r.code, 0, 'dockerd stopped');
  return argv;
}

export async function startDockerd(vm: TestVm, argv: string[]): Promise<void> {
  const r = await vm.exec([
    'sh',
    '-c',
    `${shellQuote(argv)} >/dev/null 2>&1 </dev/null & i=0; until docker info >/dev/null 2>&1; do i=$((i + 1)); [ "$i" -lt 400 ] || exit 1; sleep 0.05; done`,
  ]);
  assert.equal(r.code, 0, `dockerd answers again: ${r.stderr}`);
}

/**
 * Until the returned function is called, `docker run` on the VM fails as a daemon that cannot
 * create the container does (exit 125), while every other docker command (the image check
 * included) reaches the real docker: a /usr/local/bin shim, first on sudo's secure_path, on the
 * VM's own /usr/local overlay.
 */
export async function failDockerRun(vm: TestVm): Promise<() => Promise<void>> {
  const shim =
    '#!/bin/sh\nif [ "$1" = run ]; then echo "docker: Error response from daemon: failed to create task for container: injected by the test" >&2; exit 125; fi\nexec /usr/bin/docker "$@"\n';
  const r = await vm.exec(['sh', '-c', 'cat > /usr/local/bin/docker && chmod 755 /usr/local/bin/docker'], { input: shim });
  assert.equal(r.code, 0, r.stderr);
  return async () => void (await vm.exec(['rm', '-f', '/usr/local/bin/docker']));
}
