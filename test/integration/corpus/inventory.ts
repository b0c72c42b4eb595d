// Issue #17 classes 6 and 7: hostile inventories and VM identities, through each front door
// of the Action (onboard, onboard dry-run, render, a fleet). Each case is refused before
// anything runs; hostile-inputs.test.ts asserts no API request, no VM connection, no file.
import assert from 'node:assert/strict';
import type { ActionRun } from '../../support/action-runner.js';
import type { Case } from './case.js';

export interface InventoryWorld {
  /** The base inputs' known_hosts line: [127.0.0.1]:PORT KEY. */
  knownHostsLine: string;
}

/** Refused in about no time: nothing expands for minutes (the process also gets no timeout to hide behind). */
const quick = (r: ActionRun) => assert.ok(r.durationMs < 10_000, `${r.durationMs} ms`);

/** A few hundred bytes that expand to 9^9 nodes: YAML's billion laughs, as one inventory item. */
function laughs(): string {
  const names = 'abcdefghi';
  let text = `- vm-host: 127.0.0.1\n  workload-name: web\n  vars:\n    a: &a [x, x, x, x, x, x, x, x, x]\n`;
  for (let i = 1; i < names.length; i++)
    text += `    ${names[i]}: &${names[i]} [${Array(9)
      .fill(`*${names[i - 1]}`)
      .join(', ')}]\n`;
  return text;
}

export function inventoryCases(w: InventoryWorld): Case[] {
  const cases: Case[] = [];
  const key = w.knownHostsLine.split(' ').slice(1).join(' ');
  const otherKey = `ssh-ed25519 ${Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), Buffer.alloc(32, 9)]).toString('base64')}`;
  const fleet = (name: string, inventory: string, input: string, extra: Partial<Case> = {}) =>
    cases.push({
      name: `inventory: ${name}`,
      inputs: { 'vm-host': '', inventory, ...(extra.inputs ?? {}) },
      names: { input },
      ...(extra.files ? { files: extra.files } : {}),
      ...(extra.check ? { check: extra.check } : {}),
    });
  const item = (fields: string) => `- vm-host: 127.0.0.1\n  workload-name: web\n${fields}`;

  // Class 6: an item sets its VM's facts, never whom to trust or where files go.
  fleet('an item turns off host-key checking', item('  ssh-strict-host-key: "false"\n'), 'inventory[0].ssh-strict-host-key');
  fleet(
    'an item adds its own key for a VM the run pins',
    item(`  ssh-known-hosts: "[127.0.0.1]:${w.knownHostsLine.split(' ')[0]?.split(':').pop()} ${otherKey}"\n`),
    'inventory[0].ssh-known-hosts',
  );
  fleet(
    'an item pins any host (*)',
    `- vm-host: vm.example\n  workload-name: web\n  ssh-known-hosts: "* ${otherKey}"\n`,
    'inventory[0].ssh-known-hosts',
  );
  fleet(
    'an item pins a hashed host',
    `- vm-host: vm.example\n  workload-name: web\n  ssh-known-hosts: "|1|c2FsdA==|aGFzaA== ${key}"\n`,
    'inventory[0].ssh-known-hosts',
  );
  fleet('an item sets its own jump host', item('  ssh-jump-host: attacker@203.0.113.7\n'), 'inventory[0].ssh-jump-host');
  fleet('an item puts the bundle in /etc (its hosts over /etc/hosts)', item('  proxy-config-dir: /etc\n'), 'inventory[0].proxy-config-dir');
  fleet('an item sets sidecar-package, a symlink to a runner file', item('  sidecar-package: pkg.deb\n'), 'inventory[0].sidecar-package', {
    inputs: { 'proxy-runtime': 'systemd' },
    files: { 'pkg.deb': { symlink: '/etc/passwd' } },
  });
  fleet('an item runs its own proxy image', item('  proxy-image: attacker.example/proxyv2:1.0\n'), 'inventory[0].proxy-image');
  fleet('an item sends the token to its own gateway', item('  gateway-address: 203.0.113.7\n'), 'inventory[0].gateway-address');
  fleet('an item writes /etc/hosts names', item('  mesh-hosts: github.com\n'), 'inventory[0].mesh-hosts');
  fleet('render: an item puts the bundle in /etc', item('  proxy-config-dir: /etc\n'), 'inventory[0].proxy-config-dir', {
    inputs: { mode: 'render' },
  });
  fleet('dry-run: an item turns off host-key checking', item('  ssh-strict-host-key: "false"\n'), 'inventory[0].ssh-strict-host-key', {
    inputs: { 'dry-run': 'true' },
  });
  fleet('offboard: an item removes the bundle from /usr/bin', item('  proxy-config-dir: /usr/bin\n'), 'inventory[0].proxy-config-dir', {
    inputs: { mode: 'offboard' },
  });
  for (const dir of ['/etc', '/', '/var/lib', '/etc/istio-proxy/../..', '/etc/istio']) {
    cases.push({ name: `proxy-config-dir (the input) ${dir}`, inputs: { 'proxy-config-dir': dir }, names: { input: 'proxy-config-dir' } });
  }
  cases.push({
    name: 'sidecar-package (the input): a symlink in the workspace to a runner file',
    inputs: { 'proxy-runtime': 'systemd', 'sidecar-package': 'istio-sidecar.deb' },
    files: { 'istio-sidecar.deb': { symlink: '/etc/passwd' } },
    names: { input: 'sidecar-package' },
  });
  cases.push({
    name: 'sidecar-package (the input): under a symlinked directory',
    inputs: { 'proxy-runtime': 'systemd', 'sidecar-package': 'up/passwd.deb' },
    files: { up: { symlink: '/etc' } },
    names: { input: 'sidecar-package' },
  });

  // Class 7: parsing cost and one identity per VM.
  fleet('a billion laughs (nested aliases, a few hundred bytes)', laughs(), 'inventory', { check: quick });
  // An input reaches the action as one environment variable, at most 128 KiB (Linux's
  // MAX_ARG_STRLEN): the 2 MiB cap is the CLI's (test/integration/inventory-files.test.ts).
  fleet('5,001 VMs', '- 1\n'.repeat(5001), 'inventory', { check: quick });
  fleet('nesting 50,000 levels deep', `- {vm-host: 127.0.0.1, vars: ${'['.repeat(50_000)}${']'.repeat(50_000)}}\n`, 'inventory', {
    check: quick,
  });
  fleet(
    'vm-host twice in one item (the second wins elsewhere)',
    '- {vm-host: 127.0.0.1, workload-name: web, vm-host: 203.0.113.7}\n',
    'inventory',
  );
  fleet(
    '300 VMs in shards of 1 (GitHub takes 256 matrix jobs)',
    Array.from({ length: 300 }, (_, i) => `- {vm-host: 10.0.${i >> 8}.${i & 255}, workload-name: w${i}}`).join('\n'),
    'shard-size',
    { inputs: { mode: 'render', 'shard-size': '1' } },
  );
  const twice = (a: string, b: string) => `- {vm-host: "${a}", workload-name: a}\n- {vm-host: "${b}", workload-name: b}\n`;
  fleet('one VM as 127.0.0.1 and ::ffff:127.0.0.1', twice('127.0.0.1', '::ffff:127.0.0.1'), 'inventory[1].vm-host');
  fleet('one VM as ::FFFF:7F00:1 and 127.0.0.1', twice('::FFFF:7F00:1', '127.0.0.1'), 'inventory[1].vm-host');
  fleet('one VM as VM.Example.COM. and vm.example.com', twice('VM.Example.COM.', 'vm.example.com'), 'inventory[1].vm-host');
  fleet('one VM as FD10:0:0::1 and fd10::1', twice('FD10:0:0::1', 'fd10::1'), 'inventory[1].vm-host');
  fleet('render: one VM twice', twice('127.0.0.1', '::ffff:7f00:1'), 'inventory[1].vm-host', { inputs: { mode: 'render' } });
  for (const host of ['0x7f.0.0.1', '127.1', '2130706433', '0177.0.0.1'])
    fleet(`an item's vm-host ${host} (inet_aton reads 127.0.0.1)`, item('').replace('127.0.0.1', host), 'inventory[0].vm-host');
  // Mixed encodings: look-alike digits and dots (the URL parser would fold them to 127.0.0.1).
  fleet("fullwidth digits in an item's vm-host", item('').replace('127.0.0.1', '１２７.0.0.1'), 'inventory[0].vm-host');
  fleet("ideographic full stops in an item's vm-host", item('').replace('127.0.0.1', '127。0。0。1'), 'inventory[0].vm-host');
  for (const host of ['0x7f.0.0.1', '127.1', 'fe80::1%lo', '::ffff:127.0.0.1%lo']) {
    cases.push({ name: `vm-host ${host} (one VM, another spelling)`, inputs: { 'vm-host': host }, names: { input: 'vm-host' } });
  }
  cases.push({ name: 'dry-run: vm-host 0x7f.1', inputs: { 'vm-host': '0x7f.1', 'dry-run': 'true' }, names: { input: 'vm-host' } });
  cases.push({ name: 'ssh-jump-host 0x7f.0.0.1', inputs: { 'ssh-jump-host': 'ops@0x7f.0.0.1' }, names: { input: 'ssh-jump-host' } });
  return cases;
}
