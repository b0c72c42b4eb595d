// Issue #11 "Two runs, one VM": the Lease's name per VM and the run's ID (the holder).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isThisJobsLease, runIdentity, vmLeaseName } from '../../src/cluster/lease.js';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

describe('vmLeaseName', () => {
  it('is istio-vm-onboard.<vm-host> for an address or a host name, case folded', () => {
    assert.equal(vmLeaseName('10.0.93.162'), 'istio-vm-onboard.10.0.93.162');
    assert.equal(vmLeaseName('VM-1.Example.com'), 'istio-vm-onboard.vm-1.example.com');
    assert.equal(vmLeaseName('vm-1.example.com'), vmLeaseName('VM-1.EXAMPLE.COM'), 'one VM, one lease, however its name is spelt');
  });

  // Issue #17 class 7: every spelling of one VM contends for one Lease.
  it('is one Lease for every spelling of a VM: trailing dot, IPv6 text, ::ffff: forms', () => {
    assert.equal(vmLeaseName('VM-1.Example.com.'), 'istio-vm-onboard.vm-1.example.com');
    for (const h of ['::ffff:10.0.93.162', '::FFFF:a00:5da2', '0:0:0:0:0:ffff:10.0.93.162'])
      assert.equal(vmLeaseName(h), 'istio-vm-onboard.10.0.93.162', h);
    assert.equal(vmLeaseName('FD10:0231:0:0::0002'), vmLeaseName('fd10:231::2'));
  });

  it('folds what is no DNS name (IPv6) and adds a hash of the exact text, so two hosts never share a lease', () => {
    const a = vmLeaseName('fe80::1');
    const b = vmLeaseName('fe80::1:0');
    assert.match(a, /^istio-vm-onboard\.fe80-1-[0-9a-f]{10}$/);
    assert.notEqual(a, b);
    for (const host of ['fe80::1', '2001:db8::a:b', '_weird_', 'x'.repeat(300), '-a-']) {
      const name = vmLeaseName(host);
      assert.match(name, DNS1123_SUBDOMAIN, host);
      assert.ok(name.length <= 253, host);
    }
  });
});

describe('runIdentity', () => {
  it("names the GitHub run, attempt and job, with a random suffix (two legs of a matrix job differ), and the run's URL", () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/vms',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_JOB: 'onboard',
      GITHUB_SERVER_URL: 'https://ghe.example',
    };
    const a = runIdentity(env);
    const b = runIdentity(env);
    assert.match(a.id, /^github:acme\/vms\/runs\/42\/attempts\/2\/jobs\/onboard#[0-9a-f]{6}$/);
    assert.notEqual(a.id, b.id);
    assert.equal(a.url, 'https://ghe.example/acme/vms/actions/runs/42/attempts/2');
  });

  it('off GitHub: the host and the process', () => {
    const id = runIdentity({});
    assert.match(id.id, new RegExp(`^cli:[^/]+/pid/${process.pid}#[0-9a-f]{6}$`));
    assert.equal(id.url, undefined);
  });
});

describe('isThisJobsLease (what the post step trusts of the state)', () => {
  const env = { GITHUB_REPOSITORY: 'acme/vms', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'onboard' };
  const mine = { namespace: 'istio-system', name: vmLeaseName('10.0.0.7'), holder: runIdentity(env).id };

  it("takes a VM lease in istio-namespace held under this job's run identity (any suffix: the main step's own)", () => {
    assert.ok(isThisJobsLease(mine, 'istio-system', env));
    assert.ok(isThisJobsLease({ ...mine, holder: 'github:acme/vms/runs/42/attempts/2/jobs/onboard#00beef' }, 'istio-system', env));
  });

  it('refuses another run, attempt or job, another namespace, a lease not named as a VM lease, and runs off GitHub', () => {
    const refused: Array<[string, typeof mine, string, NodeJS.ProcessEnv]> = [
      ['another run', { ...mine, holder: 'github:acme/vms/runs/41/attempts/2/jobs/onboard#00beef' }, 'istio-system', env],
      ['another attempt', { ...mine, holder: 'github:acme/vms/runs/42/attempts/1/jobs/onboard#00beef' }, 'istio-system', env],
      ['another job', { ...mine, holder: 'github:acme/vms/runs/42/attempts/2/jobs/deploy#00beef' }, 'istio-system', env],
      ['a longer holder', { ...mine, holder: `${mine.holder}0` }, 'istio-system', env],
      ['another namespace', { ...mine, namespace: 'kube-system' }, 'istio-system', env],
      ['not a VM lease', { ...mine, name: 'kube-controller-manager' }, 'istio-system', env],
      ['off GitHub', { ...mine, holder: runIdentity({}).id }, 'istio-system', {}],
    ];
    for (const [why, lease, ns, e] of refused) assert.equal(isThisJobsLease(lease, ns, e), false, why);
  });
});
