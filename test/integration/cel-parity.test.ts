// The offline check's CEL rules against the real kube-apiserver: each x-kubernetes-validations
// rule of Istio's CRDs, on an object that keeps it and one that breaks it, created with
// dryRun=All and fieldValidation=Strict on the API server with Istio's real CRDs, and checked
// offline (plan/validate.ts). Both must agree on every object, and a refusal offline must carry
// the message the API server gives, so the CEL library the check uses answers as the server's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { loadValidators, validateObject } from '../../src/plan/validate.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';
import { applyIstioCrds } from '../support/control-plane/istio-install.js';
import { kubeCall } from '../support/control-plane/kube-http.js';

const NS = 'cel';
const PLURAL: Record<string, string> = {
  WorkloadEntry: 'workloadentries',
  WorkloadGroup: 'workloadgroups',
  ServiceEntry: 'serviceentries',
  DestinationRule: 'destinationrules',
  Gateway: 'gateways',
  Sidecar: 'sidecars',
  AuthorizationPolicy: 'authorizationpolicies',
  PeerAuthentication: 'peerauthentications',
};
const GROUP: Record<string, string> = { AuthorizationPolicy: 'security.istio.io/v1', PeerAuthentication: 'security.istio.io/v1' };

const obj = (kind: string, name: string, spec: unknown): KubeObject => ({
  apiVersion: GROUP[kind] ?? 'networking.istio.io/v1',
  kind,
  metadata: { name, namespace: NS },
  spec,
});

/** [object, does it keep every rule] — each rule of the CRDs kept by one object and broken by another. */
const CASES: Array<[KubeObject, boolean]> = [
  [obj('WorkloadEntry', 'we-ok', { address: '10.0.0.1', ports: { http: 8080 } }), true],
  [obj('WorkloadEntry', 'we-network-only', { network: 'net2', labels: { app: 'x' } }), true],
  [obj('WorkloadEntry', 'we-no-address', { labels: { app: 'x' } }), false],
  [obj('WorkloadEntry', 'we-unix-ports', { address: 'unix:///var/run/app.sock', ports: { http: 80 } }), false],
  [obj('WorkloadEntry', 'we-unix-ok', { address: 'unix:///var/run/app.sock' }), true],
  [obj('WorkloadEntry', 'we-unix-relative', { address: 'unix://app.sock' }), false],
  [obj('WorkloadEntry', 'we-unix-abstract', { address: 'unix://@app' }), true],
  [obj('WorkloadEntry', 'we-unix-trailing', { address: 'unix:///var/run/' }), false],
  [obj('WorkloadEntry', 'we-port-name', { address: '10.0.0.1', ports: { '-http': 8080 } }), false],
  [obj('WorkloadEntry', 'we-port-zero', { address: '10.0.0.1', ports: { http: 0 } }), false],
  [obj('WorkloadEntry', 'we-port-high', { address: '10.0.0.1', ports: { http: 70000 } }), false],
  [obj('WorkloadGroup', 'wg-ok', { template: { ports: { http: 8080 } }, probe: { httpGet: { port: 8080, scheme: 'HTTPS' } } }), true],
  [obj('WorkloadGroup', 'wg-scheme', { template: { ports: { http: 8080 } }, probe: { httpGet: { port: 8080, scheme: 'FTP' } } }), false],
  [
    obj('ServiceEntry', 'se-ok', { hosts: ['a.example.com'], ports: [{ number: 80, name: 'http', protocol: 'HTTP' }], resolution: 'DNS' }),
    true,
  ],
  [
    obj('ServiceEntry', 'se-dup-port', {
      hosts: ['a.example.com'],
      ports: [
        { number: 80, name: 'http', protocol: 'HTTP' },
        { number: 80, name: 'http2', protocol: 'HTTP' },
      ],
      resolution: 'DNS',
    }),
    false,
  ],
  [obj('ServiceEntry', 'se-star', { hosts: ['*'], resolution: 'NONE' }), false],
  [obj('ServiceEntry', 'se-cidr-dns', { hosts: ['a.example.com'], addresses: ['10.0.0.0/24'], resolution: 'DNS' }), false],
  [
    obj('ServiceEntry', 'se-cidr-static', {
      hosts: ['a.example.com'],
      addresses: ['10.0.0.0/24'],
      resolution: 'STATIC',
      endpoints: [{ address: '10.0.0.2' }],
    }),
    true,
  ],
  [obj('ServiceEntry', 'se-none-endpoints', { hosts: ['a.example.com'], resolution: 'NONE', endpoints: [{ address: '10.0.0.2' }] }), false],
  [
    obj('ServiceEntry', 'se-rr-two', {
      hosts: ['a.example.com'],
      resolution: 'DNS_ROUND_ROBIN',
      endpoints: [{ address: 'a.example.com' }, { address: 'b.example.com' }],
    }),
    false,
  ],
  [
    obj('ServiceEntry', 'se-selector-endpoints', {
      hosts: ['a.example.com'],
      resolution: 'STATIC',
      workloadSelector: { labels: { app: 'x' } },
      endpoints: [{ address: '10.0.0.2' }],
    }),
    false,
  ],
  [obj('DestinationRule', 'dr-ok', { host: 'a', trafficPolicy: { connectionPool: { tcp: { connectTimeout: '5s' } } } }), true],
  [obj('DestinationRule', 'dr-zero-timeout', { host: 'a', trafficPolicy: { connectionPool: { tcp: { connectTimeout: '0s' } } } }), false],
  [obj('DestinationRule', 'dr-sub-ms', { host: 'a', trafficPolicy: { connectionPool: { tcp: { connectTimeout: '500us' } } } }), false],
  [obj('DestinationRule', 'dr-label-key-star', { host: 'a', workloadSelector: { matchLabels: { 'a*': 'b' } } }), false],
  [obj('DestinationRule', 'dr-label-value-star', { host: 'a', workloadSelector: { matchLabels: { a: 'b*' } } }), false],
  [
    obj('Gateway', 'gw-two-credentials', {
      servers: [
        {
          port: { number: 443, name: 'https', protocol: 'HTTPS' },
          hosts: ['*'],
          tls: { mode: 'SIMPLE', credentialName: 'a', credentialNames: ['b'] },
        },
      ],
    }),
    false,
  ],
  [
    obj('Gateway', 'gw-one-credential', {
      servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*'], tls: { mode: 'SIMPLE', credentialName: 'a' } }],
    }),
    true,
  ],
  [
    obj('Sidecar', 'sc-ok', { ingress: [{ port: { number: 8080, protocol: 'HTTP', name: 'http' }, defaultEndpoint: '127.0.0.1:8080' }] }),
    true,
  ],
  [obj('Sidecar', 'sc-selector-star', { workloadSelector: { labels: { app: '*' } } }), false],
  [
    obj('AuthorizationPolicy', 'ap-ok', {
      selector: { matchLabels: { app: 'x' } },
      action: 'ALLOW',
      rules: [{ from: [{ source: { principals: ['a'] } }] }],
    }),
    true,
  ],
  [
    obj('AuthorizationPolicy', 'ap-selector-and-ref', {
      selector: { matchLabels: { app: 'x' } },
      targetRef: { kind: 'Service', group: '', name: 'x' },
    }),
    false,
  ],
  [
    obj('AuthorizationPolicy', 'ap-sa-and-principals', {
      rules: [{ from: [{ source: { serviceAccounts: ['ns/sa'], principals: ['a'] } }] }],
    }),
    false,
  ],
  [obj('PeerAuthentication', 'pa-ok', { selector: { matchLabels: { app: 'x' } }, portLevelMtls: { '8080': { mode: 'DISABLE' } } }), true],
  [obj('PeerAuthentication', 'pa-no-selector', { portLevelMtls: { '8080': { mode: 'DISABLE' } } }), false],
  [
    obj('PeerAuthentication', 'pa-port-zero', { selector: { matchLabels: { app: 'x' } }, portLevelMtls: { '0': { mode: 'DISABLE' } } }),
    false,
  ],
];

let kube: KubeCluster;
before(async () => {
  kube = await startKube();
  await applyIstioCrds(kube);
  await kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  await loadValidators(CASES.map(([o]) => o));
});
after(async () => {
  await kube?.stop();
});

describe('CEL rules: the offline check answers as the real kube-apiserver with Istio CRDs', () => {
  for (const [object, keeps] of CASES) {
    it(`${object.kind} ${object.metadata.name}: ${keeps ? 'accepted' : 'refused'} by both`, async () => {
      const [group, version] = object.apiVersion.split('/');
      const r = await kubeCall(
        kube.http,
        'POST',
        `/apis/${group}/${version}/namespaces/${NS}/${PLURAL[object.kind]}?dryRun=All&fieldValidation=Strict`,
        object,
      );
      const offline = validateObject(object);
      assert.equal(r.status === 201, keeps, `the API server: ${r.status} ${r.text.slice(0, 400)}`);
      assert.equal(offline.valid, keeps, `offline: ${JSON.stringify(offline.problems)}`);
      // A refusal says what the server says: each offline problem's message is in the server's answer.
      for (const p of offline.problems) assert.ok(r.text.includes(p.message), `${p.path}: "${p.message}" not in ${r.text.slice(0, 600)}`);
    });
  }
});
