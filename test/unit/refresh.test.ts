// mode refresh's decision (plan/refresh-decision.ts) on check records, and the refresh-within
// input: which VMs are refreshed, which restarted, which skipped, and the reasons said.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { InputError } from '../../src/config/errors.js';
import { decideRefresh, type RefreshFindings } from '../../src/plan/refresh-decision.js';
import { newCheckRecord, type CheckRecord } from '../../src/report/check.js';
import { refreshRow, refreshedVms, refreshRecords } from '../../src/report/refresh.js';
import { newResult } from '../../src/report/result.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText, PLAIN } from '../../src/report/text.js';

const NOW = Date.parse('2026-12-08T00:00:00Z');
const H = 3_600_000;
const at = (hours: number) => new Date(NOW + hours * H).toISOString();

/** A VM as a healthy check reads it: running, ready, connected, its certificate valid for 20 h more. */
function healthy(over: Partial<CheckRecord> = {}): CheckRecord {
  return {
    ...newCheckRecord('10.0.0.7', 'demo/backend-vm'),
    proxy: 'running',
    ready: true,
    connected: true,
    certExpiresAt: at(20),
    workloadEntry: { present: true, healthy: null, name: 'backend-vm', address: '10.0.0.7' },
    ...over,
  };
}
const findings = (record: CheckRecord, over: Partial<RefreshFindings> = {}): RefreshFindings => ({
  record,
  rootCertChanged: false,
  otherFileDrift: [],
  autoRegistered: false,
  runtime: 'docker',
  ...over,
});
const decide = (f: RefreshFindings, withinMs = 8 * H) => decideRefresh(f, withinMs, NOW);

describe('refresh decision', () => {
  it('a healthy VM is skipped, saying until when its certificate is valid', () => {
    const d = decide(findings(healthy()));
    assert.deepEqual({ refresh: d.refresh, restart: d.restart }, { refresh: false, restart: false });
    assert.match(d.reasons.join(), /healthy: the certificate is valid until 2026-12-08T20:00:00.000Z \(beyond 8h\)/);
  });

  it('an expired certificate, a stopped proxy, no certificate served: refreshed and started anew, on both runtimes', () => {
    for (const runtime of ['docker', 'systemd'] as const) {
      const expired = decide(findings(healthy({ certExpiresAt: at(-1), ready: false }), { runtime }));
      assert.deepEqual([expired.refresh, expired.restart], [true, true]);
      assert.match(expired.reasons[0] as string, /expired at 2026-12-07T23:00:00.000Z/);
      const stopped = decide(findings(healthy({ proxy: 'exited', ready: false, connected: false, certExpiresAt: null }), { runtime }));
      assert.deepEqual([stopped.refresh, stopped.restart], [true, true]);
      assert.match(stopped.reasons[0] as string, /the proxy is exited: it cannot renew/);
      const none = decide(findings(healthy({ certExpiresAt: null, ready: false }), { runtime }));
      assert.deepEqual([none.refresh, none.restart], [true, true]);
    }
  });

  it('within the window: a ready systemd proxy takes the token in place; a docker one needs a new container', () => {
    const soon = healthy({ certExpiresAt: at(3) });
    const sd = decide(findings(soon, { runtime: 'systemd' }));
    assert.deepEqual([sd.refresh, sd.restart], [true, false]);
    assert.match(sd.reasons.join(), /expires at 2026-12-08T03:00:00.000Z, within 8h/);
    const dk = decide(findings(soon, { runtime: 'docker' }));
    assert.deepEqual([dk.refresh, dk.restart], [true, true]);
    assert.match(dk.reasons.join(), /a single file: only a new container reads a fresh one/);
    // The window is the input's: 2 h does not take a certificate with 3 h left.
    assert.equal(decide(findings(soon, { runtime: 'systemd' }), 2 * H).refresh, false);
    // Not ready within the window: started anew on systemd too.
    assert.equal(decide(findings(healthy({ certExpiresAt: at(3), ready: false }), { runtime: 'systemd' })).restart, true);
  });

  it('a rotated root certificate: refreshed and started anew (pilot-agent reads it only at start), however long the certificate is valid', () => {
    const d = decide(findings(healthy(), { rootCertChanged: true, runtime: 'systemd' }));
    assert.deepEqual([d.refresh, d.restart], [true, true]);
    assert.match(d.reasons.join(), /root certificate is not the mesh's current one/);
  });

  it('skipped, with the reason: no proxy, no WorkloadEntry (refresh never registers), other files drifted, not ready with a valid certificate, the proxy not read', () => {
    const cases: Array<[RefreshFindings, RegExp]> = [
      [findings(healthy({ proxy: 'none', ready: false, certExpiresAt: null })), /no proxy on the VM: onboard it/],
      [
        findings(healthy({ certExpiresAt: at(-1), workloadEntry: { present: false, healthy: null, name: null, address: null } })),
        /no WorkloadEntry.*never registers/,
      ],
      [
        findings(healthy({ certExpiresAt: at(-1) }), { otherFileDrift: ['/etc/istio-proxy/mesh.yaml differs from the render'] }),
        /mesh.yaml differs.*onboard again/,
      ],
      [findings(healthy({ ready: false })), /not ready, with a valid certificate/],
      [findings(healthy({ proxy: '' })), /could not be read/],
    ];
    for (const [f, reason] of cases) {
      const d = decide(f);
      assert.equal(d.refresh, false, reason.source);
      assert.match(d.reasons.join(), reason);
    }
  });

  it('registration: workload-group: a stopped proxy has no entry (istiod removes it): refreshed all the same', () => {
    const d = decide(
      findings(
        healthy({
          proxy: 'exited',
          ready: false,
          certExpiresAt: null,
          workloadEntry: { present: false, healthy: null, name: null, address: null },
        }),
        { autoRegistered: true },
      ),
    );
    assert.deepEqual([d.refresh, d.restart], [true, true]);
  });
});

describe('refresh report', () => {
  it('the record carries its outcome; refreshed-vms names refreshed and planned VMs only; the row says what and why', () => {
    const s = getSettings(
      (n) => ({ mode: 'render', 'workload-name': 'w', namespace: 'demo', 'vm-address': '10.0.0.7' })[n] ?? defaults[n] ?? '',
      {},
    );
    const vm = (host: string, action: 'refreshed' | 'skipped' | 'planned' | 'failed') => {
      const r = newResult(s);
      r.workload.vmHost = host;
      r.check = healthy({ vm: host });
      r.refresh = { action, restart: action !== 'skipped', reasons: [`because ${host}`] };
      return r;
    };
    const vms = [vm('10.0.0.1', 'refreshed'), vm('10.0.0.2', 'skipped'), vm('10.0.0.3', 'planned'), vm('10.0.0.4', 'failed')];
    assert.deepEqual(refreshedVms(vms), ['10.0.0.1', '10.0.0.3']);
    const records = refreshRecords(vms);
    assert.equal(records.length, 4);
    assert.deepEqual(records[1]?.refresh, { action: 'skipped', restart: false, reasons: ['because 10.0.0.2'] });
    assert.deepEqual(refreshRow(records[0] as never, NOW).slice(0, 4), [
      '🔄',
      '10.0.0.1',
      'refreshed (proxy restarted)',
      'because 10.0.0.1',
    ]);
  });

  it('the summary: a Refresh table with one row per VM, its outcome and reasons; the CLI text says the same', () => {
    const s = getSettings(
      (n) => ({ mode: 'render', 'workload-name': 'w', namespace: 'demo', 'vm-address': '10.0.0.7' })[n] ?? defaults[n] ?? '',
      {},
    );
    const vm = (host: string, action: 'refreshed' | 'skipped') => {
      const r = newResult(s);
      r.mode = 'refresh';
      r.workload.vmHost = host;
      r.check = healthy({ vm: host });
      r.refresh = {
        action,
        restart: action === 'refreshed',
        reasons: [
          action === 'refreshed' ? 'the proxy is exited: it cannot renew its certificate by itself' : 'healthy: the certificate is valid',
        ],
      };
      return r;
    };
    const fleet = { ...newResult(s), mode: 'refresh' as const, vms: [vm('10.0.0.1', 'refreshed'), vm('10.0.0.2', 'skipped')] };
    const summary = renderSummary(fleet);
    assert.match(summary, /### Refresh\n\n?\| +\| VM \| Refresh \| Why \|/);
    assert.match(
      summary,
      /\| 🔄 \| 10\.0\.0\.1 \| refreshed \(proxy restarted\) \| the proxy is exited: it cannot renew its certificate by itself \|/,
    );
    assert.match(summary, /\| ⏭️ \| 10\.0\.0\.2 \| skipped \| healthy: the certificate is valid \|/);
    const text = renderText(fleet, PLAIN);
    assert.match(text, /10\.0\.0\.1 demo\/w: proxy not-started, refreshed: the proxy is exited/);
    const one = vm('10.0.0.1', 'refreshed');
    one.refresh!.after = { ready: true, connected: true, certExpiresAt: at(3), tokenExpiresAt: at(1) };
    assert.match(
      renderText(one, PLAIN),
      /refresh:\n {2}refreshed \(the proxy started anew\): the proxy is exited[^\n]*\n {2}after: ready yes, connected yes, certificate expires 2026-12-08T03:00:00.000Z/,
    );
  });
});

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));

describe('refresh-within', () => {
  const read = (within: string) => () =>
    getSettings(
      (n) =>
        ({ mode: 'render', 'workload-name': 'w', namespace: 'demo', 'vm-address': '10.0.0.7', 'refresh-within': within })[n] ??
        defaults[n] ??
        '',
      {},
    );
  it('defaults to 8h; takes Go-style durations and days', () => {
    assert.equal(
      getSettings(
        (n) => ({ mode: 'render', 'workload-name': 'w', namespace: 'demo', 'vm-address': '10.0.0.7' })[n] ?? defaults[n] ?? '',
        {},
      ).refresh.withinMs,
      8 * H,
    );
    assert.equal(read('90m')().refresh.withinMs, 90 * 60_000);
    assert.equal(read('2d')().refresh.withinMs, 48 * H);
  });
  it('refuses what is no duration, or none, naming the input', () => {
    for (const bad of ['soon', '0s', '-1h', '']) {
      assert.throws(
        read(bad),
        (err: unknown) =>
          err instanceof InputError && err.problems.some((p) => p.input === 'refresh-within' && /takes a duration/.test(p.message)),
        bad,
      );
    }
  });
});
