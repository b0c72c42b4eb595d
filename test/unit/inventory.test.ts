// Issue #13 (fleet): the `inventory` input read through the same rules as one VM, each problem
// naming the item and the input; the `matrix` output's shards, which a job passes back as `inventory`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { parseInventory, shardInventory } from '../../src/config/inventory.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { pool } from '../../src/modes/fleet.js';
import { outputsOf } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { newResult, runPipeline } from '../../src/pipeline/run.js';
import type { Connectors } from '../../src/pipeline/context.js';
import type { SshSession } from '../../src/vm/ssh-session.js';
import { commandKind, fakeWorld, memoryLogger } from '../support/fakes.js';
import { readerOf, TEST_KUBECONFIG, testKeys } from '../support/unit-inputs.js';

const reader = readerOf;
const { dir: keyDir, key, hostKey } = testKeys('inventory');
const kubeconfig = TEST_KUBECONFIG;
const run = {
  namespace: 'demo',
  ports: 'http:8080',
  kubeconfig,
  'ssh-key': key,
  'ssh-known-hosts': `10.231.1.2 ${hostKey}\n10.231.2.2 ${hostKey}`,
};
const inventory = `
- vm-host: 10.231.1.2
  workload-name: backend-1
  labels: {app: backend, version: v1}
- vm-host: 10.231.2.2
  workload-name: backend-2
  ports: [http:8080, grpc-api:9090]
  ssh-port: 2222
`;

function problemsOf(inputs: Record<string, string>): Array<{ input: string; message: string }> {
  try {
    getSettings(reader(inputs), {});
    return [];
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
}

describe('inventory', () => {
  it('builds one Settings per VM: the item over the inputs, every other input for all', () => {
    const s = getSettings(reader({ ...run, inventory, concurrency: '4' }), {});
    assert.ok(s.fleet);
    assert.equal(s.fleet.concurrency, 4);
    assert.equal(s.fleet.shardSize, 25);
    const [a, b] = s.fleet.vms;
    assert.ok(a && b && s.fleet.vms.length === 2);
    assert.deepEqual(
      [a.ssh.target, b.ssh.target],
      [
        { user: 'root', host: '10.231.1.2', port: 22 },
        { user: 'root', host: '10.231.2.2', port: 2222 },
      ],
    );
    assert.deepEqual([a.workload.name, b.workload.name], ['backend-1', 'backend-2']);
    assert.deepEqual(a.workload.labels, { app: 'backend', version: 'v1' }, 'a YAML map is key=value lines');
    assert.deepEqual(
      a.workload.ports.map((p) => p.number),
      [8080],
      "the run's ports",
    );
    assert.deepEqual(
      b.workload.ports.map((p) => `${p.name}:${p.number}:${p.protocol}`),
      ['http:8080:HTTP', 'grpc-api:9090:GRPC'],
      'a YAML list is one item a line',
    );
    assert.equal(a.ssh.knownHosts.length, 2, "the run's known_hosts lines hold for every VM");
    for (const vm of s.fleet.vms) {
      assert.equal(vm.fleet, undefined, 'a VM is one VM');
      assert.equal(vm.workload.namespace, 'demo');
      assert.equal(vm.ssh.privateKey, `${key.trim()}\n`);
    }
  });

  it('changes nothing without an inventory', () => {
    const one = { ...run, 'vm-host': '10.231.1.2', 'workload-name': 'backend-vm' };
    const s = getSettings(reader(one), {});
    assert.equal(s.fleet, undefined);
    assert.equal(s.ssh.target.host, '10.231.1.2');
    assert.deepEqual(
      problemsOf({ ...run, 'workload-name': 'backend-vm' }).map((p) => p.input),
      ['vm-host', 'vm-address'],
      'vm-host still required for one VM, as before',
    );
  });

  it('checks every item before anything happens, naming the item and the input', () => {
    const bad = `
- vm-host: 10.231.1.2
  workload-name: backend-1
- vm-host: "not a host!"
  workload-name: Backend_2
  ssh-port: 70000
- workload-name: backend-3
- vm-host: 10.231.4.2
  workload-name: backend-4
  kubeconfig: other
  colour: blue
- vm-host: 10.231.1.2
  workload-name: backend-5
- vm-host: 10.231.6.2
  workload-name: backend-1
`;
    const problems = problemsOf({ ...run, inventory: bad }).map((p) => `${p.input}: ${p.message}`);
    const find = (prefix: string) => problems.filter((p) => p.startsWith(prefix));
    assert.equal(find('inventory[0]').length, 0, problems.join('\n'));
    assert.ok(find('inventory[1].vm-host:').length === 1, problems.join('\n'));
    assert.ok(find('inventory[1].workload-name:').length === 1, problems.join('\n'));
    assert.match(find('inventory[1].ssh-port:')[0] ?? '', /whole number from 1 to 65535/);
    assert.match(find('inventory[2].vm-host:')[0] ?? '', /is required for mode onboard/, "a missing per-VM input is the item's problem");
    assert.match(find('inventory[3].kubeconfig:')[0] ?? '', /holds for every VM/);
    assert.match(find('inventory[3].colour:')[0] ?? '', /is not an input/);
    assert.match(find('inventory[4].vm-host:')[0] ?? '', /same VM as inventory\[0\]/);
    assert.match(find('inventory[5].workload-name:')[0] ?? '', /same WorkloadEntry as inventory\[0\]/);
    assert.ok(!problems.some((p) => /^(vm-host|workload-name):/.test(p)), `nothing is blamed on the run's inputs: ${problems.join('\n')}`);
  });

  it("names a problem of the run's own inputs once, not per item", () => {
    const problems = problemsOf({ ...run, inventory, 'api-timeout': 'soon', namespace: 'Not_A_Label' });
    assert.deepEqual(problems.map((p) => p.input).sort(), ['api-timeout', 'namespace']);
    assert.deepEqual(
      problemsOf({ ...run, inventory, concurrency: '0', 'shard-size': 'x' }).map((p) => p.input),
      ['concurrency', 'shard-size'],
    );
  });

  it('each VM pins its own host key, or the run pins all', () => {
    const { 'ssh-known-hosts': _, ...unpinned } = run;
    const perItem = `
- {vm-host: 10.231.1.2, workload-name: a, ssh-known-hosts: "10.231.1.2 ${hostKey}"}
- {vm-host: 10.231.2.2, workload-name: b}
`;
    const problems = problemsOf({ ...unpinned, inventory: perItem });
    assert.deepEqual(
      problems.map((p) => p.input),
      ['inventory[1].ssh-known-hosts'],
    );
    const both = perItem.replace(
      '{vm-host: 10.231.2.2, workload-name: b}',
      `{vm-host: 10.231.2.2, workload-name: b, ssh-known-hosts: "[10.231.2.2]:22 ${hostKey}"}`,
    );
    assert.deepEqual(problemsOf({ ...unpinned, inventory: both }), []);
  });

  // Issue #17 class 6: the inventory is the repository's, so a pull request's.
  it("an item sets only its VM's facts: trust and placement inputs hold for the whole run", () => {
    const hostile = `
- vm-host: 10.231.1.2
  workload-name: a
  ssh-strict-host-key: "false"
  ssh-jump-host: attacker.example
  proxy-config-dir: /etc
  sidecar-package: pkg.deb
  sidecar-package-digest: "sha256:${'0'.repeat(64)}"
  proxy-image: attacker.example/proxyv2:1
  gateway-address: 203.0.113.9
  mesh-hosts: github.com
  manifests: "*.yaml"
  registration: workload-group
  token-lifetime: 8760h
  ssh-retries: "10"
  concurrency: "256"
`;
    const problems = problemsOf({ ...run, inventory: hostile });
    const keys = [
      'ssh-strict-host-key',
      'ssh-jump-host',
      'proxy-config-dir',
      'sidecar-package',
      'sidecar-package-digest',
      'proxy-image',
      'gateway-address',
      'mesh-hosts',
      'manifests',
      'registration',
      'token-lifetime',
      'ssh-retries',
      'concurrency',
    ];
    for (const key of keys) {
      const found = problems.filter((p) => p.input === `inventory[0].${key}`);
      // Exactly one: the refused value itself is never used (/etc would fail proxy-config-dir's rule too).
      assert.equal(found.length, 1, `inventory[0].${key} refused once: ${problems.map((p) => `${p.input}: ${p.message}`).join('\n')}`);
      assert.match(found[0]?.message ?? '', /holds for every VM of the run: an item sets only its VM's facts/);
    }
    // What an item may set is accepted as before.
    const facts = `
- {vm-host: 10.231.1.2, vm-address: 10.0.0.2, workload-name: a, namespace: other, service-account: sa, labels: {app: a}, ports: [http:80], vars: {X: "1"}, network: n1, ssh-user: ubuntu, ssh-port: 2222, probe-url: "http://a/", probe-from-vm-url: "http://b.c/", probe-expected-status: 204}
`;
    assert.deepEqual(problemsOf({ ...run, inventory: facts }), []);
  });

  it("an item adds host-key pins for its own VM only, never drops, widens or bypasses the run's", () => {
    const otherKey = `ssh-ed25519 ${Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), Buffer.alloc(32, 7)]).toString('base64')}`;
    const one = (extra: string, inputs: Record<string, string> = {}) =>
      problemsOf({
        ...run,
        ...inputs,
        inventory: `- {vm-host: 10.231.1.2, workload-name: a, ${extra}}\n- {vm-host: 10.231.3.2, workload-name: c, ${extra.replace(/10\.231\.1\.2/g, '10.231.3.2')}}\n`,
      });
    // Empty: the run's pins stay (the item adds nothing; it cannot empty them).
    const s = getSettings(reader({ ...run, inventory: '- {vm-host: 10.231.1.2, workload-name: a, ssh-known-hosts: ""}' }), {});
    assert.deepEqual(s.fleet?.vms[0]?.ssh.knownHosts, run['ssh-known-hosts'].split('\n'), "an empty item value leaves the run's pins");
    // The run pins 10.231.1.2: another key for it is refused; the unpinned 10.231.3.2 may pin its own.
    const widened = one(`ssh-known-hosts: "10.231.1.2 ${otherKey}"`);
    assert.deepEqual(
      widened.map((p) => p.input),
      ['inventory[0].ssh-known-hosts'],
    );
    assert.match(widened[0]?.message ?? '', /the run's inputs pin 10\.231\.1\.2's host key already/);
    const own = getSettings(
      reader({ ...run, inventory: `- {vm-host: 10.231.3.2, workload-name: c, ssh-known-hosts: "10.231.3.2 ${otherKey}"}` }),
      {},
    );
    assert.deepEqual(
      own.fleet?.vms[0]?.ssh.knownHosts,
      [...run['ssh-known-hosts'].split('\n'), `10.231.3.2 ${otherKey}`],
      "added to the run's lines",
    );
    // Lines for another host, wildcards, negations, hashes and markers: refused.
    const lines = [
      `10.231.9.9 ${otherKey}`,
      `* ${otherKey}`,
      `10.231.3.*  ${otherKey}`,
      `10.231.3.2,!x ${otherKey}`,
      `|1|c2FsdA==|aGFzaA== ${otherKey}`,
      `@cert-authority 10.231.3.2 ${otherKey}`,
      `[10.231.3.2]:2222 ${otherKey}`,
    ];
    for (const line of lines) {
      const problems = problemsOf({ ...run, inventory: `- {vm-host: 10.231.3.2, workload-name: c, ssh-known-hosts: "${line}"}` });
      assert.ok(
        problems.some((p) => p.input === 'inventory[0].ssh-known-hosts' && /must name only this VM/.test(p.message)),
        `${line}: ${JSON.stringify(problems)}`,
      );
    }
    // A run fingerprint pins every VM; an item fingerprint would pin the jump host too.
    assert.deepEqual(
      problemsOf({
        ...run,
        'ssh-host-fingerprint': `SHA256:${'A'.repeat(43)}`,
        inventory: `- {vm-host: 10.231.3.2, workload-name: c, ssh-known-hosts: "10.231.3.2 ${otherKey}"}`,
      }).map((p) => p.input),
      ['inventory[0].ssh-known-hosts'],
    );
    assert.deepEqual(
      problemsOf({
        ...run,
        'ssh-jump-host': 'bastion.example',
        inventory: `- {vm-host: 10.231.3.2, workload-name: c, ssh-host-fingerprint: "SHA256:${'B'.repeat(43)}"}`,
      }).map((p) => p.input),
      ['inventory[0].ssh-host-fingerprint'],
    );
  });

  it('reads malformed inventories as input problems', () => {
    assert.match(parseInventory('- a: [').problems[0]?.message ?? '', /not valid YAML/);
    assert.match(parseInventory('vm-host: x').problems[0]?.message ?? '', /must be a YAML list/);
    assert.deepEqual(
      parseInventory('- 10.0.0.1').problems.map((p) => p.input),
      ['inventory[0]'],
    );
    assert.deepEqual(
      parseInventory('- {labels: {a: {b: c}}}').problems.map((p) => p.input),
      ['inventory[0].labels'],
    );
    assert.match(parseInventory('[]').problems[0]?.message ?? '', /empty list/);
    assert.deepEqual(parseInventory('').items, []);
    const item = parseInventory('- {__proto__: x, vm-host: h}').items[0] ?? {};
    assert.ok(Object.hasOwn(item, '__proto__'), 'a key named __proto__ is an entry, not the prototype');
  });

  it('caps the problems of a large broken inventory', () => {
    const many = Array.from({ length: 300 }, (_, i) => `- {vm-host: "bad host ${i}"}`).join('\n');
    const problems = problemsOf({ ...run, inventory: many });
    assert.equal(problems.length, 51);
    assert.match(problems.at(-1)?.message ?? '', /more problems/);
  });
});

// Issue #17 class 7: what reading an inventory may cost, and one identity per VM.
describe('inventory bounds and VM identity', () => {
  it('bounds YAML aliases, size, nesting and the VM count before a walk, each with a clear error', () => {
    // A few hundred bytes of nested aliases: refused in milliseconds, not expanded for minutes.
    let laughs = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++)
      laughs += `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
        .fill(`*${'abcdefghij'[i - 1]}`)
        .join(', ')}]\n`;
    const list = `- ${laughs.trim().split('\n').join('\n  ')}\n`;
    assert.ok(list.length < 600, `${list.length} bytes`);
    const started = Date.now();
    assert.match(parseInventory(list).problems[0]?.message ?? '', /expands YAML aliases more than 1000 times/);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
    // Aliases a person writes (a merge of shared defaults) still read.
    assert.deepEqual(parseInventory('- &d {ssh-port: 2222, vm-host: a}\n- {<<: *d, vm-host: b}\n').items, [
      { 'ssh-port': '2222', 'vm-host': 'a' },
      { 'ssh-port': '2222', 'vm-host': 'b' },
    ]);
    assert.match(parseInventory(`- {labels: "${'x'.repeat(2 * 1024 * 1024)}"}`).problems[0]?.message ?? '', /at most 2 MiB is read/);
    assert.match(
      parseInventory(`- {labels: ${'['.repeat(100_000)}${']'.repeat(100_000)}}`).problems[0]?.message ?? '',
      /nests \[ or \{ more than 64 deep/,
    );
    assert.match(
      parseInventory(`- {note: it's, labels: ${'['.repeat(100_000)}${']'.repeat(100_000)}}`).problems[0]?.message ?? '',
      /nests \[ or \{ more than 64 deep/,
      'a quote does not hide the levels',
    );
    assert.match(
      parseInventory(Array.from({ length: 5001 }, (_, i) => `- {vm-host: h${i}}`).join('\n')).problems[0]?.message ?? '',
      /lists 5001 VMs: at most 5000/,
    );
    // A key twice in one item is an error, not "the last one wins".
    assert.match(
      parseInventory('- {vm-host: 10.0.0.1, vm-host: 10.0.0.2}').problems[0]?.message ?? '',
      /not valid YAML: Map keys must be unique/,
    );
  });

  it('cuts no more matrix shards than a GitHub matrix takes (256)', () => {
    const many = Array.from({ length: 300 }, (_, i) => `- {vm-host: 10.0.${i >> 8}.${i & 255}, workload-name: w${i}}`).join('\n');
    const problems = problemsOf({ ...run, mode: 'render', inventory: many, 'shard-size': '1' });
    assert.deepEqual(
      problems.map((p) => p.input),
      ['shard-size'],
    );
    assert.match(
      problems[0]?.message ?? '',
      /cuts the 300 VMs of the inventory into 300 shards, more than the 256 jobs a GitHub matrix takes: give at least 2/,
    );
    assert.deepEqual(problemsOf({ ...run, mode: 'render', inventory: many, 'shard-size': '2' }), []);
  });

  it('counts the reading against timeout', (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 0 });
    const many = Array.from({ length: 50 }, (_, i) => `- {vm-host: 10.0.0.${i + 1}, workload-name: w${i}}`).join('\n');
    // Each VM's settings take 100 ms on the mocked clock (mode is read once per VM): 1s runs out around the tenth.
    const slow = (name: string) => {
      if (name === 'mode') t.mock.timers.tick(100);
      return ({ ...run, mode: 'render', inventory: many, timeout: '1s' } as Record<string, string>)[name] ?? reader({})(name);
    };
    assert.throws(
      () => getSettings(slow, {}),
      (err: unknown) => {
        assert.ok(err instanceof InputError);
        assert.deepEqual(
          err.problems.map((p) => p.input),
          ['inventory'],
        );
        assert.match(err.problems[0]?.message ?? '', /took longer than the timeout \(1s\) to check: \d+ of 50 VMs checked/);
        return true;
      },
    );
  });

  it('one VM under several spellings is one VM: refused as a duplicate; the settings, report and matrix name it one way', async () => {
    const spellings: Array<[string, string]> = [
      ['vm-1.example.com', 'VM-1.Example.COM.'],
      ['10.231.1.2', '"::ffff:10.231.1.2"'],
      ['10.231.1.2', '"::FFFF:ae7:102"'],
      ['"fd10:231::2"', '"FD10:0231:0:0::0002"'],
    ];
    for (const [a, b] of spellings) {
      const problems = problemsOf({
        ...run,
        mode: 'render',
        inventory: `- {vm-host: ${a}, workload-name: a}\n- {vm-host: ${b}, workload-name: b}\n`,
      });
      assert.deepEqual(
        problems.map((p) => p.input),
        ['inventory[1].vm-host'],
        `${a} / ${b}: ${JSON.stringify(problems)}`,
      );
      assert.match(problems[0]?.message ?? '', /names the same VM as inventory\[0\]/);
    }
    // Spellings the resolver reads as another address, and zones: refused, naming the item.
    for (const host of ['0x7f.0.0.1', '127.1', '2130706433', '0177.0.0.1', '0x7f000001', '10.231.1.2.', '"fe80::1%eth0"']) {
      const problems = problemsOf({ ...run, mode: 'render', inventory: `- {vm-host: ${host}, workload-name: a}` });
      assert.deepEqual(
        problems.map((p) => p.input),
        ['inventory[0].vm-host'],
        host,
      );
    }
    const s = getSettings(
      reader({
        ...run,
        mode: 'render',
        inventory:
          '- {vm-host: "VM-1.Example.COM.", workload-name: a}\n- {vm-host: "::ffff:10.231.1.2", workload-name: b}\n- {vm-host: "FD10:0231::0002", workload-name: c}',
      }),
      {},
    );
    assert.deepEqual(
      s.fleet?.vms.map((v) => v.ssh.target.host),
      ['vm-1.example.com', '10.231.1.2', 'fd10:231::2'],
    );
    const r = await runPipeline(s, {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: keyDir,
      cwd: keyDir,
      connect: fakeWorld().connect,
    });
    assert.deepEqual(
      r.vms?.map((v) => v.workload.vmHost),
      ['vm-1.example.com', '10.231.1.2', 'fd10:231::2'],
    );
    assert.equal(
      (JSON.parse(r.matrix ?? '{}') as { include: Array<{ vms: string }> }).include[0]?.vms,
      'vm-1.example.com,10.231.1.2,fd10:231::2',
    );
  });
});

describe('matrix shards', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({
    'vm-host': `10.0.${i}.2`,
    'workload-name': `vm-${i}`,
    labels: 'app=x\nversion: "v1"',
  }));

  it('cuts the inventory in order into shards of shard-size', () => {
    const { include } = shardInventory(items, 3);
    assert.deepEqual(
      include.map((s) => s.shard),
      [0, 1, 2],
    );
    assert.deepEqual(
      include.map((s) => s.vms),
      ['10.0.0.2,10.0.1.2,10.0.2.2', '10.0.3.2,10.0.4.2,10.0.5.2', '10.0.6.2'],
    );
    assert.deepEqual(shardInventory(items, 10).include.length, 1);
  });

  it('gives each shard an inventory that reads back to the same items', () => {
    const { include } = JSON.parse(JSON.stringify(shardInventory(items, 3))) as ReturnType<typeof shardInventory>;
    const back = include.flatMap((s) => parseInventory(s.inventory).items);
    assert.deepEqual(back, items);
    assert.deepEqual(load(include[2]?.inventory ?? ''), [items[6]]);
  });

  it('is the matrix a job passes back: the settings of a shard are those VMs', () => {
    const s = getSettings(reader({ ...run, inventory, 'shard-size': '1' }), {});
    const shards = shardInventory(s.fleet?.items ?? [], s.fleet?.shardSize ?? 0).include;
    assert.equal(shards.length, 2);
    const second = getSettings(reader({ ...run, inventory: shards[1]?.inventory ?? '' }), {});
    assert.deepEqual(
      second.fleet?.vms.map((v) => `${v.ssh.target.host}:${v.ssh.target.port}`),
      ['10.231.2.2:2222'],
    );
  });
});

describe('fleet runner pieces', () => {
  it('pool runs at most `limit` at once and keeps the order', async () => {
    let running = 0;
    let most = 0;
    const out = await pool([5, 1, 3, 2, 4, 1], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, n * 5));
      running--;
      return n * 10;
    });
    assert.deepEqual(out, [50, 10, 30, 20, 40, 10]);
    assert.equal(most, 2);
  });

  it('aggregates outputs and renders one row per VM', () => {
    const s = getSettings(reader({ ...run, inventory }), {});
    const top = newResult(s);
    const [a, b] = (s.fleet?.vms ?? []).map(newResult);
    assert.ok(a && b);
    a.proxyStatus = 'ready';
    b.verdict = 'failed';
    b.error = { step: 'Connect to the VM', message: 'host key mismatch' };
    top.vms = [a, b];
    top.verdict = 'failed';
    top.matrix = JSON.stringify(shardInventory(s.fleet?.items ?? [], 1));
    const out = outputsOf(top, '/tmp/report.json');
    assert.equal(out['workload-entry'], 'demo/backend-1\ndemo/backend-2');
    assert.equal(out['failed-vms'], '10.231.2.2');
    assert.equal((JSON.parse(out.matrix ?? '') as { include: unknown[] }).include.length, 2);
    const md = renderSummary(top);
    assert.match(md, /of 2 VMs: failed \(1 failed\)/);
    assert.match(md, /\| 10\.231\.1\.2 \| demo\/backend-1 \| succeeded \|/);
    assert.match(md, /\| 10\.231\.2\.2 \| demo\/backend-2 \| failed \|.*Connect to the VM: host key mismatch/);
    assert.equal(md.match(/<details/g)?.length, 2, 'details per VM');
    assert.match(md, /<details open><summary>❌ 10\.231\.2\.2: failed<\/summary>/);
    const one = outputsOf(a, '/tmp/r.json');
    assert.equal(one['failed-vms'], '');
    assert.equal(one.matrix, '');
  });
});

/** The fake world's connectors, except that on VM `bad` docker cannot pull the image: that VM fails after registering. */
function failingOn(world: ReturnType<typeof fakeWorld>, bad: string): Connectors {
  return {
    ...world.connect,
    vm: async (s, log, signal) => {
      const session = await world.connect.vm(s, log, signal);
      if (s.ssh.target.host !== bad) return session;
      const exec: SshSession['exec'] = (argv, opts) =>
        commandKind(argv) === 'docker run'
          ? Promise.resolve({ code: 125, stdout: '', stderr: 'docker: Error response from daemon: manifest unknown' })
          : session.exec(argv, opts);
      return Object.assign(Object.create(session) as SshSession, { exec });
    },
  };
}

describe('a fleet on the in-memory cluster and VMs', () => {
  it('runs each VM through the pipeline; a failed VM rolls back alone and keeps what another VM uses', async () => {
    const world = fakeWorld();
    // The first VM's docker cannot pull the image: it fails after registering, and rolls back.
    const connect = failingOn(world, '10.231.1.2');
    const two = '- {vm-host: 10.231.1.2, workload-name: backend-a}\n- {vm-host: 10.231.2.2, workload-name: backend-b}\n';
    // Both VMs run as one ServiceAccount: the first VM creates it, the second mints its token from it.
    const s = getSettings(reader({ ...run, 'service-account': 'backend', inventory: two, concurrency: '2' }), {});
    const r = await runPipeline(s, {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: keyDir,
      cwd: keyDir,
      connect,
    });
    const [a, b] = r.vms ?? [];
    assert.equal(r.verdict, 'failed');
    assert.equal(a?.error?.step, 'Start the proxy');
    assert.equal(b?.verdict, 'succeeded', JSON.stringify(b?.error));
    assert.match(r.error?.message ?? '', /^1 of 2 VMs failed: 10\.231\.1\.2 \(Start the proxy/);
    assert.equal(
      a?.objects.find((o) => o.kind === 'ServiceAccount')?.action,
      'created',
      'the failed VM is the one that created the shared ServiceAccount',
    );
    assert.equal(
      world.timeline.filter((c) => c === 'apply ServiceAccount demo/backend').length,
      1,
      'the shared ServiceAccount renders the same for both workloads (no workload label): applied once',
    );
    assert.equal(world.objects.get('ServiceAccount demo/backend')?.metadata.labels?.['istio-vm-onboard.io/workload'], undefined);
    assert.match(a?.error?.message ?? '', /kept ServiceAccount\/demo\/backend: 10\.231\.2\.2 of this run use it/);
    assert.ok(world.objects.has('ServiceAccount demo/backend'), 'the ServiceAccount the other VM runs as stays');
    assert.ok(
      !world.objects.has('Service demo/backend-a') && !world.objects.has('Sidecar demo/backend-a'),
      "the failed VM's own objects are gone",
    );
    assert.ok(world.objects.has('WorkloadEntry demo/backend-b') && !world.objects.has('WorkloadEntry demo/backend-a'));
    // One SSH connection per VM; the mesh facts read once for the run.
    assert.equal(world.timeline.filter((c) => c === 'vm connect').length, 2);
    const meshReads = world.timeline.filter((c) => /ConfigMap istio-system\/istio$/.test(c));
    assert.equal(meshReads.length, 1, world.timeline.join('\n'));
  });
});

describe('a fleet of one workload (registration: workload-group) on the in-memory cluster and VMs', () => {
  const three = ['10.231.1.2', '10.231.2.2', '10.231.3.2'];
  const group = {
    ...run,
    'workload-name': 'backend',
    registration: 'workload-group',
    'ssh-known-hosts': three.map((h) => `${h} ${hostKey}`).join('\n'),
    inventory: three.map((h) => `- vm-host: ${h}\n`).join(''),
  };
  /** What istiod does when each VM's proxy connects: an entry of the group at its address, marked healthy by the probe. */
  const seedEntries = (world: ReturnType<typeof fakeWorld>) =>
    three.forEach((h, i) =>
      world.objects.set(`WorkloadEntry demo/backend-${i}`, {
        apiVersion: 'networking.istio.io/v1',
        kind: 'WorkloadEntry',
        metadata: { name: `backend-${h}`, namespace: 'demo', annotations: { 'istio.io/autoRegistrationGroup': 'backend' } },
        spec: { address: h },
        status: { conditions: [{ type: 'Healthy', status: 'True' }] },
      } as never),
    );
  const applies = (world: ReturnType<typeof fakeWorld>) => world.timeline.filter((c) => c.startsWith('apply '));

  it('writes the objects the VMs share once for the run; per VM only the lease and the token', async () => {
    const world = fakeWorld();
    seedEntries(world);
    const s = getSettings(reader({ ...group, concurrency: '3' }), {});
    const r = await runPipeline(s, {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: keyDir,
      cwd: keyDir,
      connect: world.connect,
    });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.deepEqual(
      applies(world).sort(),
      [
        'apply Namespace demo',
        'apply Service demo/backend',
        'apply ServiceAccount demo/backend',
        'apply Sidecar demo/backend',
        'apply WorkloadGroup demo/backend',
      ],
      world.timeline.join('\n'),
    );
    const perVm = world.timeline.filter((c) => /^(lease create|lease delete|token )/.test(c));
    assert.equal(perVm.length, 3 * 3, 'lease taken and released, and one token, per VM');
    for (const vm of r.vms ?? [])
      assert.equal(vm.objects.find((o) => o.kind === 'WorkloadGroup')?.action, 'created', 'each VM reports the shared outcome');
  });

  it('the one cluster client logs under the run, not under the VM that happened to connect first (#18)', async () => {
    const world = fakeWorld();
    seedEntries(world);
    const runLog = memoryLogger();
    const given: unknown[] = [];
    const connect = {
      ...world.connect,
      cluster: (...args: Parameters<typeof world.connect.cluster>) => (given.push(args[2]), world.connect.cluster(...args)),
    };
    const r = await runPipeline(getSettings(reader({ ...group, concurrency: '3' }), {}), {
      log: runLog,
      signal: new AbortController().signal,
      env: {},
      workDir: keyDir,
      cwd: keyDir,
      connect,
    });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.deepEqual(given, [runLog], "connected once, with the run's own logger");
  });

  it('a failed VM keeps the shared objects while other VMs use them', async () => {
    const world = fakeWorld();
    seedEntries(world);
    const s = getSettings(reader({ ...group, concurrency: '3' }), {});
    const r = await runPipeline(s, {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: keyDir,
      cwd: keyDir,
      connect: failingOn(world, '10.231.2.2'),
    });
    assert.equal(r.verdict, 'failed');
    assert.deepEqual(
      r.vms?.map((v) => v.verdict),
      ['succeeded', 'failed', 'succeeded'],
    );
    assert.match(r.vms?.[1]?.error?.message ?? '', /kept WorkloadGroup\/demo\/backend: 10\.231\.1\.2, 10\.231\.3\.2 of this run use it/);
    assert.ok(world.objects.has('WorkloadGroup demo/backend') && world.objects.has('Service demo/backend'));
    assert.equal(applies(world).length, 5, world.timeline.join('\n'));
  });

  it('when a failed VM deleted a shared object (no other VM had rendered it yet), the next VM applies it anew', async () => {
    const world = fakeWorld();
    seedEntries(world);
    const s = getSettings(reader({ ...group, concurrency: '1' }), {});
    const r = await runPipeline(s, {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: keyDir,
      cwd: keyDir,
      connect: failingOn(world, '10.231.1.2'),
    });
    assert.deepEqual(
      r.vms?.map((v) => v.verdict),
      ['failed', 'succeeded', 'succeeded'],
    );
    assert.equal(
      applies(world).filter((c) => c === 'apply WorkloadGroup demo/backend').length,
      2,
      'applied by the first VM, deleted by its rollback, applied again',
    );
    assert.ok(
      world.objects.has('WorkloadGroup demo/backend') &&
        world.objects.has('Sidecar demo/backend') &&
        world.objects.has('ServiceAccount demo/backend'),
    );
  });
});

describe('the fleet workflow (examples/workflows/onboard-fleet.yml)', () => {
  const block = readFileSync('examples/workflows/onboard-fleet.yml', 'utf8');
  type Step = { id?: string; uses?: string; run?: string; with?: Record<string, string> };
  const wf = load(block) as { jobs: Record<string, { outputs?: Record<string, string>; strategy?: { matrix: string }; steps: Step[] }> };
  const ours = (job: string) => (wf.jobs[job]?.steps ?? []).filter((st) => st.uses?.includes('istio-vm-onboard'));

  it('passes only inputs the action has, and each shard back as inventory', () => {
    const inputs = new Set(loadContract().inputs.map((i) => i.name));
    for (const job of ['plan', 'onboard']) {
      assert.equal(ours(job).length, 1, job);
      for (const key of Object.keys(ours(job)[0]?.with ?? {})) assert.ok(inputs.has(key), `${job}: ${key} is an input`);
    }
    assert.equal(wf.jobs.plan?.outputs?.matrix, '${{ steps.shards.outputs.matrix }}');
    assert.equal(ours('plan')[0]?.id, 'shards');
    assert.equal(ours('plan')[0]?.with?.mode, 'render');
    assert.equal(wf.jobs.onboard?.strategy?.matrix, '${{ fromJSON(needs.plan.outputs.matrix) }}');
    assert.equal(ours('onboard')[0]?.with?.inventory, '${{ matrix.inventory }}');
    // The fields the workflow reads from a matrix entry are those shardInventory writes.
    const entry = shardInventory([{ 'vm-host': 'h' }], 1).include[0] ?? {};
    for (const m of block.matchAll(/\bmatrix\.(\w+)/g)) assert.ok(Object.hasOwn(entry, m[1] ?? ''), `matrix.${m[1]}`);
  });

  it("collects one summary from the shards' reports (jq on real reports)", () => {
    const script = (wf.jobs.summary?.steps ?? []).find((st) => st.run?.includes('jq'))?.run ?? '';
    assert.ok(script.includes('reports/*/*.json'));
    const s = getSettings(reader({ ...run, inventory }), {});
    const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-reports-'));
    try {
      s.fleet?.vms.forEach((vm, i) => {
        const top = newResult(s);
        const one = newResult(vm);
        if (i === 1) {
          one.verdict = 'failed';
          one.error = { step: 'Start the proxy', message: 'no image' };
        } else one.proxyStatus = 'ready';
        top.vms = [one];
        mkdirSync(join(dir, 'reports', `report-${i}`), { recursive: true });
        writeFileSync(join(dir, 'reports', `report-${i}`, 'r.json'), JSON.stringify(top));
      });
      const summaryFile = join(dir, 'summary.md');
      let code = 0;
      try {
        execFileSync('bash', ['-e', '-c', script], { cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile } });
      } catch (err) {
        code = (err as { status: number }).status;
      }
      assert.notEqual(code, 0, 'a failed VM fails the summary job');
      const md = readFileSync(summaryFile, 'utf8');
      assert.match(md, /\| 10\.231\.1\.2 \| demo\/backend-1 \| succeeded \| ready \| - \|/);
      assert.match(md, /\| 10\.231\.2\.2 \| demo\/backend-2 \| failed \| not-started \| Start the proxy \|/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
