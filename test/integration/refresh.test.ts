// Issue #19, mode refresh and the survival of certificate lifetimes, on the real test world with
// short ones (certTtl: istiod signs 3-minute workload certificates, pilot-agent renews them at
// half that). Two docker VMs and a systemd VM (Istio's package) are onboarded; A's proxy and C's
// unit are stopped at once, B's keeps running. Then every VM's bootstrap token is taken away
// (the file emptied in place, where pilot-agent reads it at each call): what a token long
// expired is to pilot-agent, without waiting out the API server's shortest token (10 minutes,
// plus its minute of leeway). Once the stopped VMs' certificates have expired: B is still ready
// and connected with a certificate renewed through its own (PROV_CERT), issued after its token
// was gone; A's container and C's unit started again as they were do not get ready (certificate
// expired, no token); `check` reports them; `refresh` over A and B as an inventory brings A back
// (a fresh token, a new container of its image, ready, the probe passes) and skips the healthy B,
// changing nothing on it; `refresh` brings C back (the unit restarted). No WorkloadEntry is
// written (uid and resourceVersion as onboarded): the API server saw only the token requests
// and the VMs' leases. The action runs in this process (runPipeline with the real connectors),
// on the source.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { defaultConnectors } from '../../src/pipeline/context.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/report/result.js';
import { buildSidecarDeb, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import { memoryLogger } from '../support/fakes.js';
import { vmInputs } from '../support/inputs.js';
import type { SystemdVm } from '../support/systemd-vm.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

const NS = 'refresh';
const CERT_TTL_MS = 3 * 60_000;
/** Where each runtime's pilot-agent reads the token (the docker runtime's file is mounted into the container). */
const DOCKER_TOKEN = '/etc/istio-proxy/istio-token';
const SYSTEMD_TOKEN = '/var/lib/istio/tokens/istio-token';
let world: TestWorld;
let a: TestVm;
let b: TestVm;
let c: SystemdVm;
let deb: SidecarDeb;
let workDir: string;
const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));

before(
  async () => {
    workDir = mkdtempSync(join(tmpdir(), 'ivo-refresh-'));
    [world, deb] = await Promise.all([startTestWorld({ vms: 2, systemdVms: 1, certTtl: '3m' }), buildSidecarDeb()]);
    [a, b] = world.freeVms as [TestVm, TestVm];
    c = world.systemdVms[0] as SystemdVm;
    await Promise.all([world.startApp(a, 'vm-a', 8080), world.startApp(b, 'vm-b', 8080)]);
  },
  { timeout: 600_000 },
);
after(async () => {
  rmSync(workDir, { recursive: true, force: true });
  if (!world) return; // the world did not come up: startTestWorld removed what it had made
  await world.stop();
  assert.deepEqual(await world.leftovers(), []);
});

const inputsOf = (vm: TestVm, name: string, extra: Record<string, string> = {}) =>
  vmInputs(vm, world.kube.kubeconfig, {
    namespace: NS,
    'workload-name': name,
    'probe-url': `http://${vm.address}:8080/hello`,
    'probe-timeout': '20s',
    'token-lifetime': '10m',
    ...extra,
  });

const sdInputs = (extra: Record<string, string> = {}) => ({
  'workload-name': 'vm-c',
  namespace: NS,
  'vm-host': c.address,
  ports: 'http:8080',
  kubeconfig: world.kube.kubeconfig,
  'token-lifetime': '10m',
  'ssh-user': c.user,
  'ssh-key': c.privateKey,
  'ssh-known-hosts': c.knownHostsLine,
  'ssh-connect-timeout': '3s',
  'ready-timeout': '60s',
  'proxy-runtime': 'systemd',
  ...extra,
});

async function run(mode: string, inputs: Record<string, string>): Promise<RunResult & { log: string[] }> {
  const log = memoryLogger();
  const s = getSettings((n) => ({ ...inputs, mode })[n] ?? defaults[n] ?? '', {});
  const r = await runPipeline(s, {
    log,
    signal: AbortSignal.timeout(300_000),
    env: {},
    workDir,
    cwd: workDir,
    connect: defaultConnectors(),
  });
  return Object.assign(r, { log: log.lines });
}
const why = (r: RunResult & { log: string[] }) => `${JSON.stringify(r.error)}\n${r.log.slice(-40).join('\n')}`;

/** The VM as the world shows it: the container (ID, image, state), the config dir's files hashed. */
async function vmState(vm: TestVm): Promise<string> {
  const r = await vm.exec([
    'sh',
    '-c',
    "docker inspect --format '{{.Id}} {{.Config.Image}} {{.State.Status}}' istio-proxy; cd /etc/istio-proxy && ls -A | sort | tr '\\n' ' '; echo; sha256sum * | sort",
  ]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

async function entryOf(name: string): Promise<{ uid: string; resourceVersion: string }> {
  const e = (await world.kube.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, name)) as
    { metadata: { uid: string; resourceVersion: string } } | undefined;
  assert.ok(e, `WorkloadEntry ${NS}/${name}`);
  return { uid: e.metadata.uid, resourceVersion: e.metadata.resourceVersion };
}

/** Requests since index `from` that could change something: neither a GET nor a dry-run. */
const writesSince = (from: number) =>
  world.kube.requests
    .slice(from)
    .filter((q) => q.method !== 'GET' && !q.dryRun)
    .map((q) => `${q.method} ${q.path.replace(/\?.*/, '')}`);

async function readyCode(vm: TestVm | SystemdVm): Promise<string> {
  const r = await vm.exec(['sh', '-c', 'curl -s -o /dev/null -m 2 -w "%{http_code}" http://127.0.0.1:15020/healthz/ready || true']);
  return r.stdout.trim();
}

describe('mode refresh with 3-minute certificates, the tokens taken away', () => {
  let aCertExpiresAt = 0;
  let tokensGoneAt = 0;
  let firstCertOfB = '';
  let entries: Record<string, { uid: string; resourceVersion: string }>;
  let bBefore = '';

  it("onboards both VMs: the certificate istiod signs lives 3 minutes; A's proxy is stopped", { timeout: 400_000 }, async () => {
    for (const [vm, name] of [
      [a, 'vm-a'],
      [b, 'vm-b'],
    ] as const) {
      const r = await run('onboard', inputsOf(vm, name));
      assert.equal(r.verdict, 'succeeded', why(r));
      assert.equal(r.probeStatus, 'passed');
    }
    const aCheck = await run('check', inputsOf(a, 'vm-a'));
    assert.equal(aCheck.verdict, 'succeeded', why(aCheck));
    aCertExpiresAt = Date.parse(aCheck.check?.certExpiresAt as string);
    const checked = await run('check', inputsOf(b, 'vm-b'));
    assert.equal(checked.verdict, 'succeeded', why(checked));
    firstCertOfB = checked.check?.certExpiresAt as string;
    const left = Date.parse(firstCertOfB) - Date.now();
    assert.ok(left > 0 && left <= CERT_TTL_MS + 5_000, `B's certificate expires in ${left} ms: istiod signed the short lifetime`);
    assert.equal((await a.exec(['docker', 'stop', '--time', '1', 'istio-proxy'])).code, 0);
    const sd = await run('onboard', sdInputs({ 'sidecar-package': deb.path, 'sidecar-package-digest': `sha256:${deb.sha256}` }));
    assert.equal(sd.verdict, 'succeeded', why(sd));
    assert.equal((await c.exec(['systemctl', 'stop', 'istio'])).code, 0);
    entries = { 'vm-a': await entryOf('vm-a'), 'vm-b': await entryOf('vm-b'), 'vm-c': await entryOf('vm-c') };
    // The tokens go: emptied in place (the docker runtime mounts the file; pilot-agent re-reads it at every call).
    for (const [vm, path] of [
      [a, DOCKER_TOKEN],
      [b, DOCKER_TOKEN],
      [c, SYSTEMD_TOKEN],
    ] as const) {
      const emptied = await vm.exec(['sh', '-c', `: > ${path} && test ! -s ${path}`]);
      assert.equal(emptied.code, 0, emptied.stderr);
    }
    tokensGoneAt = Date.now();
  });

  it(
    "past A's certificate, the tokens gone: B renewed through its own certificate; A started as it was cannot rejoin; check reports A",
    { timeout: 600_000 },
    async () => {
      // A's certificate was signed before its proxy stopped; B renews at half its lifetime: by the
      // time A's has expired, B has renewed at least once without a token.
      await sleep(Math.max(0, aCertExpiresAt - Date.now(), tokensGoneAt + CERT_TTL_MS / 2 - Date.now()) + 20_000);
      const bCheck = await run('check', inputsOf(b, 'vm-b'));
      assert.equal(bCheck.verdict, 'succeeded', why(bCheck));
      const rb = bCheck.check;
      assert.ok(rb?.ready && rb.connected, JSON.stringify(rb));
      assert.ok(Date.parse(rb.certExpiresAt as string) > Date.now(), `B's certificate is valid: ${rb.certExpiresAt}`);
      // Issued (NotAfter minus the lifetime) after the token was gone: through its own certificate.
      assert.ok(
        Date.parse(rb.certExpiresAt as string) - CERT_TTL_MS > tokensGoneAt,
        `renewed since its token went: ${rb.certExpiresAt} (the first one: ${firstCertOfB}, token gone at ${new Date(tokensGoneAt).toISOString()})`,
      );
      assert.ok(!rb.tokenExpiresAt, `no token to read an expiry from: ${rb.tokenExpiresAt}`);
      assert.ok(
        rb.problems.some((p) => p.startsWith(`${DOCKER_TOKEN} is not a JWT`)),
        rb.problems.join('; '),
      );
      console.log(
        `B, ${Math.round((Date.now() - tokensGoneAt) / 1000)} s after its token went: ready, connected, certificate valid until ${rb.certExpiresAt} (the first one: ${firstCertOfB})`,
      );
      bBefore = await vmState(b);

      // A's container as it was (its certificate expired, no token) does not get ready.
      assert.equal((await a.exec(['docker', 'start', 'istio-proxy'])).code, 0);
      const until = Date.now() + 25_000;
      let code = '';
      while (Date.now() < until && (code = await readyCode(a)) !== '200') await sleep(1000);
      assert.notEqual(code, '200', 'A came back with an expired certificate and no token: refresh would not be needed');
      assert.equal((await a.exec(['docker', 'stop', '--time', '1', 'istio-proxy'])).code, 0);

      const aCheck = await run('check', inputsOf(a, 'vm-a'));
      assert.equal(aCheck.verdict, 'failed', 'fail-on not-ready');
      assert.ok(
        aCheck.check?.problems.some((p) => /istio-proxy container is exited/.test(p)),
        aCheck.check?.problems.join('; '),
      );

      // C's unit, the same: the certificate pilot-agent wrote in /etc/certs expired, the token gone.
      assert.equal((await c.exec(['systemctl', 'start', 'istio'])).code, 0);
      const untilC = Date.now() + 25_000;
      while (Date.now() < untilC && (code = await readyCode(c)) !== '200') await sleep(1000);
      assert.notEqual(code, '200', 'C came back with an expired certificate and no token');
      assert.equal((await c.exec(['systemctl', 'stop', 'istio'])).code, 0);
      const cCheck = await run('check', sdInputs());
      assert.equal(cCheck.verdict, 'failed', 'fail-on not-ready');
      assert.ok(
        cCheck.check?.problems.some((p) => /the istio unit is inactive/.test(p)),
        cCheck.check?.problems.join('; '),
      );
    },
  );

  it(
    'refresh over both: A brought back (fresh token, new container, ready, probe passes), B skipped untouched; no WorkloadEntry written',
    { timeout: 400_000 },
    async () => {
      const aBefore = await vmState(a);
      const inventory = [
        `- vm-host: ${a.address}\n  workload-name: vm-a\n  probe-url: http://${a.address}:8080/hello\n`,
        `- vm-host: ${b.address}\n  workload-name: vm-b\n  probe-url: http://${b.address}:8080/hello\n`,
      ].join('');
      const base = inputsOf(a, 'vm-a', {
        'vm-host': '',
        'workload-name': '',
        'probe-url': '',
        inventory,
        'ssh-known-hosts': `${a.knownHostsLine}\n${b.knownHostsLine}`,
        'refresh-within': '45s',
      });
      const from = world.kube.requests.length;
      const started = performance.now();
      const r = await run('refresh', base);
      console.log(
        `refresh of 2 docker VMs (A refreshed, B skipped): ${Math.round(performance.now() - started)} ms; A's steps: ${(r.vms?.[0]?.steps ?? []).map((s) => `${s.name} ${s.durationMs} ms`).join(', ')}`,
      );
      assert.equal(r.verdict, 'succeeded', why(r));
      const writes = writesSince(from);
      assert.ok(writes.includes(`POST /api/v1/namespaces/${NS}/serviceaccounts/vm-a/token`), writes.join('\n'));
      assert.deepEqual(
        writes.filter((w) => !/\/leases(\/|$)/.test(w) && !w.endsWith('/serviceaccounts/vm-a/token')),
        [],
        'nothing but the token and the lease written',
      );
      assert.ok(!writes.some((w) => w.includes('vm-b')), 'B: no token, nothing');
      const [ra, rb] = r.vms as [RunResult, RunResult];
      assert.equal(ra.refresh?.action, 'refreshed', JSON.stringify(ra.refresh));
      assert.equal(ra.refresh?.restart, true);
      assert.match(ra.refresh?.reasons.join() ?? '', /the proxy is exited/);
      assert.equal(ra.probeStatus, 'passed');
      assert.ok(ra.refresh?.after?.ready && ra.refresh.after.connected, JSON.stringify(ra.refresh?.after));
      assert.ok(Date.parse(ra.refresh?.after?.certExpiresAt as string) > Date.now());
      assert.equal(rb.refresh?.action, 'skipped', JSON.stringify(rb.refresh));
      assert.match(rb.refresh?.reasons.join() ?? '', /^healthy/);

      // Registration untouched: the same objects, the same versions.
      assert.deepEqual({ 'vm-a': await entryOf('vm-a'), 'vm-b': await entryOf('vm-b'), 'vm-c': entries['vm-c'] }, entries);
      // B: not a file, not the container.
      assert.equal(await vmState(b), bBefore);
      // A: a new container of the same image, running; the token file replaced, nothing else.
      const aAfter = await vmState(a);
      const [idBefore, image] = aBefore.split(' ');
      assert.notEqual(aAfter.split(' ')[0], idBefore);
      assert.match(aAfter.split('\n')[0] as string, new RegExp(` ${image?.replace(/[.]/g, '\\.')} running$`));
      const changed = (s: string) => s.split('\n').filter((l) => /^[0-9a-f]{64}  /.test(l));
      const diff = changed(aAfter)
        .filter((l) => !changed(aBefore).includes(l))
        .map((l) => l.split('  ')[1]);
      assert.deepEqual(diff, ['istio-token']);
      assert.equal(await readyCode(a), '200');

      const again = await run('check', inputsOf(a, 'vm-a'));
      assert.equal(again.verdict, 'succeeded', why(again));
      assert.ok(Date.parse(again.check?.tokenExpiresAt as string) > Date.now());
    },
  );

  it(
    'refresh of the systemd VM: the unit restarted with a fresh token, ready; its WorkloadEntry untouched',
    { timeout: 300_000 },
    async () => {
      const from = world.kube.requests.length;
      const started = performance.now();
      const r = await run('refresh', sdInputs({ 'refresh-within': '45s' }));
      console.log(`refresh of the systemd VM: ${Math.round(performance.now() - started)} ms`);
      assert.equal(r.verdict, 'succeeded', why(r));
      assert.equal(r.refresh?.action, 'refreshed', JSON.stringify(r.refresh));
      assert.equal(r.refresh?.restart, true);
      assert.match(r.refresh?.reasons.join() ?? '', /the proxy is inactive/);
      assert.ok(r.refresh?.after?.ready && r.refresh.after.connected, JSON.stringify(r.refresh?.after));
      assert.deepEqual(
        writesSince(from).filter((w) => !/\/leases(\/|$)/.test(w)),
        [`POST /api/v1/namespaces/${NS}/serviceaccounts/vm-c/token`],
      );
      assert.deepEqual(await entryOf('vm-c'), entries['vm-c']);
      assert.equal(await readyCode(c), '200');
    },
  );
});
