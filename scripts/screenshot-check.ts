// The README's picture of a `mode: check` job summary, from a real run: a test world of three
// docker VMs (real kube-apiserver, istiod, pilot-agent and Envoy), each onboarded by the bundled
// action through one inventory; then one VM's proxy is stopped and one VM's bundle file edited
// by hand, and `mode: check` runs with fail-on not-ready,drift. Its job summary is rendered and
// screenshotted (scripts/screenshot-summary.ts, Debian's chromium).
//   node --import tsx scripts/screenshot-check.ts [OUT.png]   (default docs/images/check-summary.png)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { removeRun, runAction, type ActionRun } from '../test/support/action-runner.js';
import { startTestWorld } from '../test/support/world.js';

const out = resolve(process.argv[2] ?? 'docs/images/check-summary.png');
const world = await startTestWorld({ vms: 3 });
const runs: ActionRun[] = [];
try {
  const vms = world.freeVms.slice(0, 3);
  const first = vms[0];
  if (!first) throw new Error('the world has no VM');
  const inputs = {
    namespace: 'shop',
    'create-namespace': 'true',
    ports: 'http:8080',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': first.user,
    'ssh-key': first.privateKey,
    'ssh-known-hosts': vms.map((vm) => vm.knownHostsLine).join('\n'),
    inventory: dump(vms.map((vm, i) => ({ 'vm-host': vm.address, 'workload-name': ['payments', 'ledger', 'reports'][i] }))),
    'ready-timeout': '60s',
  };
  const onboard = await runAction(inputs, { timeoutMs: 240_000 });
  runs.push(onboard);
  if (onboard.code !== 0) throw new Error(`onboarding failed:\n${onboard.stdout.slice(-3000)}`);
  // Day two goes wrong on two VMs: a proxy stopped, a bundle file edited by hand.
  await vms[1]?.exec(['docker', 'stop', 'istio-proxy']);
  await vms[2]?.exec(['sh', '-c', 'echo "# edited by hand" >> /etc/istio-proxy/cluster.env']);
  const check = await runAction({ ...inputs, mode: 'check', 'fail-on': 'not-ready,drift,cert-expires-within=12h' }, { timeoutMs: 240_000 });
  runs.push(check);
  const md = join(tmpdir(), `ivo-check-summary-${process.pid}.md`);
  writeFileSync(md, check.summary);
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'screenshot-summary.ts'), md, out], { stdio: 'inherit' });
  console.log(`check exited ${check.code}; summary: ${md}`);
} finally {
  runs.forEach(removeRun);
  await world.stop();
}
