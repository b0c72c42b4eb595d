// Issue #10 point 2: validation as strict as the API server, from the real schemas. The five
// objects the issue names are refused with file, line and field path; valid ones pass; the
// CRDs' own CEL rules run; the generated schemas come from the pinned sources.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from '@marcbachmann/cel-js';
import type { KubeObject } from '../../src/plan/kube-object.js';
import generated from '../../src/plan/schemas/generated.json' with { type: 'json' };
import { parseManifest } from '../../src/plan/templates.js';
import { loadValidators, validateObject } from '../../src/plan/validate.js';

// Every kind's validator, as the offline check loads those of the objects it checks.
before(() => loadValidators());

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'strict');

/** The one object of a fixture file, as render mode reads it (with field lines). */
function fixture(name: string): { object: KubeObject; text: string } {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const objects = parseManifest(text, name);
  assert.equal(objects.length, 1, name);
  return { object: objects[0]!.object, text };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${needle} is in the fixture`);
  return i + 1;
}

const yamlObject = (text: string): KubeObject => {
  const objects = parseManifest(text, 'inline.yaml');
  assert.equal(objects.length, 1);
  return objects[0]!.object;
};

describe('strict validation: the five objects of issue #10, each refused at its field and line', () => {
  const cases = [
    { file: 'workloadentry-port-out-of-range.yaml', path: 'spec.ports.http', message: 'port must be between 1-65535', at: 'http: 70000' },
    { file: 'workloadentry-port-name.yaml', path: 'spec.ports', message: 'port name must be valid', at: 'ports:' },
    { file: 'workloadentry-misspelt-address.yaml', path: 'spec.adress', message: 'unknown field (did you mean address?)', at: 'adress:' },
    {
      file: 'sidecar-default-endpoint.yaml',
      path: 'spec.ingress[0].defaultEndPoint',
      message: 'unknown field (did you mean defaultEndpoint?)',
      at: 'defaultEndPoint:',
    },
    { file: 'service-selectr.yaml', path: 'spec.selectr', message: 'unknown field (did you mean selector?)', at: 'selectr:' },
  ];
  for (const c of cases) {
    it(`${c.file}: ${c.path}: ${c.message}`, () => {
      const { object, text } = fixture(c.file);
      const v = validateObject(object);
      assert.equal(v.known, true);
      assert.equal(v.valid, false);
      assert.deepEqual(v.problems[0], { path: c.path, message: c.message, line: lineOf(text, c.at) });
    });
  }

  it('reports what the missing address leads to as well: the CRD rule that needs an address', () => {
    const { object, text } = fixture('workloadentry-misspelt-address.yaml');
    const problems = validateObject(object).problems;
    assert.deepEqual(
      problems.map((p) => `${p.path}: ${p.message}`),
      ['spec.adress: unknown field (did you mean address?)', 'spec: Address is required'],
    );
    assert.equal(problems[1]?.line, lineOf(text, 'spec:'));
  });

  it('passes each of them once fixed', () => {
    const fixes: Record<string, [string, string]> = {
      'workloadentry-port-out-of-range.yaml': ['http: 70000', 'http: 8080'],
      'workloadentry-port-name.yaml': ['http_web:', 'http-web:'],
      'workloadentry-misspelt-address.yaml': ['adress:', 'address:'],
      'sidecar-default-endpoint.yaml': ['defaultEndPoint:', 'defaultEndpoint:'],
      'service-selectr.yaml': ['selectr:', 'selector:'],
    };
    for (const [file, [from, to]] of Object.entries(fixes)) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const fixed = yamlObject(text.replace(from, to));
      assert.deepEqual(validateObject(fixed).problems, [], file);
    }
  });
});

describe('strict validation: valid objects pass', () => {
  it('a full WorkloadEntry, Sidecar, Service and ServiceAccount', () => {
    const docs = [
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: backend-vm\n  namespace: demo\n  labels: {app: backend}\nspec:\n  address: 10.231.1.2\n  network: vm-net\n  locality: eu/west/a\n  weight: 10\n  labels: {app: backend, version: v1}\n  serviceAccount: backend-vm\n  ports: {http: 8080, grpc-api: 9090}\n',
      'apiVersion: networking.istio.io/v1alpha3\nkind: Sidecar\nmetadata: {name: backend-vm, namespace: demo}\nspec:\n  workloadSelector: {labels: {app: backend}}\n  ingress:\n  - port: {number: 8080, protocol: HTTP, name: http}\n    defaultEndpoint: 127.0.0.1:8080\n  egress:\n  - port: {number: 8000, protocol: HTTP, name: egress-http}\n    hosts: [./*, istio-system/*]\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: backend, namespace: demo, labels: {app: backend}, annotations: {a: b}}\nspec:\n  selector: {app: backend}\n  type: ClusterIP\n  ports:\n  - {name: http, port: 8080, targetPort: 8080, protocol: TCP}\n  - {name: grpc-api, port: 9090, targetPort: grpc, appProtocol: grpc}\n',
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: backend-vm, namespace: demo}\nautomountServiceAccountToken: false\nimagePullSecrets: [{name: registry}]\n',
    ];
    for (const d of docs) {
      const v = validateObject(yamlObject(d));
      assert.deepEqual(v.problems, [], v.ref);
      assert.equal(v.known, true, v.ref);
    }
  });

  it('takes an empty field (YAML null) as absent, as the API server does', () => {
    const svc = yamlObject(
      'apiVersion: v1\nkind: Service\nmetadata: {name: backend, namespace: demo}\nspec:\n  selector:\n  ports: [{port: 80}]\n',
    );
    assert.deepEqual(validateObject(svc).problems, []);
  });
});

describe('strict validation: what else the API server checks', () => {
  it("evaluates the CRDs' CEL rules (ServiceEntry) and passes when they hold", () => {
    const entry = (spec: string) =>
      yamlObject(`apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: external, namespace: demo}\nspec:\n${spec}`);
    const bad = entry(
      '  hosts: [api.example.com]\n  resolution: NONE\n  endpoints: [{address: 10.0.0.1}]\n  ports:\n  - {number: 443, name: https, protocol: TLS}\n  - {number: 443, name: tls, protocol: TLS}\n',
    );
    assert.deepEqual(
      validateObject(bad).problems.map((p) => `${p.path}: ${p.message}`),
      ['spec: NONE mode cannot set endpoints', 'spec.ports: port number cannot be duplicated'],
    );
    const good = entry(
      '  hosts: [api.example.com]\n  resolution: STATIC\n  endpoints: [{address: 10.0.0.1}]\n  ports:\n  - {number: 443, name: https, protocol: TLS}\n  - {number: 8443, name: tls, protocol: TLS}\n',
    );
    assert.deepEqual(validateObject(good).problems, []);
  });

  it('reads map keys as CEL does (PeerAuthentication port keys) and types integers as int (WorkloadEntry ports)', () => {
    const pa = (ports: string) =>
      yamlObject(
        `apiVersion: security.istio.io/v1beta1\nkind: PeerAuthentication\nmetadata: {name: vm, namespace: demo}\nspec:\n  selector: {matchLabels: {app: backend}}\n  portLevelMtls:\n${ports}`,
      );
    assert.deepEqual(
      validateObject(pa("    '0': {mode: STRICT}\n")).problems.map((p) => `${p.path}: ${p.message}`),
      ['spec.portLevelMtls: port must be between 1-65535'],
    );
    assert.deepEqual(validateObject(pa("    '8080': {mode: STRICT}\n")).problems, []);
  });

  it('says which fields of an "at most one of" are set together', () => {
    const vs = yamlObject(
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: backend, namespace: demo}\nspec:\n  hosts: [backend]\n  http:\n  - match: [{uri: {exact: /a, prefix: /b}}]\n    route: [{destination: {host: backend}}]\n',
    );
    assert.deepEqual(
      validateObject(vs).problems.map((p) => `${p.path}: ${p.message}`),
      ['spec.http[0].match[0].uri: only one of exact, prefix, regex can be set'],
    );
  });

  it('refuses unknown fields in metadata, 32-bit overflows, duplicate list-map keys and bad base64', () => {
    const svc = yamlObject(
      'apiVersion: v1\nkind: Service\nmetadata: {name: backend, namespace: demo, lables: {app: backend}}\nspec:\n  ports:\n  - {port: 80}\n  - {port: 80, nodePort: 3000000000}\n',
    );
    assert.deepEqual(
      validateObject(svc).problems.map((p) => `${p.path}: ${p.message}`),
      [
        'metadata.lables: unknown field (did you mean labels?)',
        'spec.ports[1].nodePort: must be a 32-bit integer',
        'spec.ports[1]: duplicate entry (port=80; also at index 0)',
      ],
    );
    const secret = yamlObject(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: token, namespace: demo}\ndata: {a: bm90IGJhc2U2NA==, b: not base64}\n',
    );
    assert.deepEqual(
      validateObject(secret).problems.map((p) => `${p.path}: ${p.message}`),
      ['data.b: must be base64'],
    );
  });

  it('does not run a rule on a value whose type is already wrong', () => {
    const we = yamlObject(
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata: {name: vm, namespace: demo}\nspec:\n  address: 10.0.0.1\n  ports: [8080]\n',
    );
    assert.deepEqual(
      validateObject(we).problems.map((p) => `${p.path}: ${p.message}`),
      ['spec.ports: must be object'],
    );
  });
});

describe('the generated schemas', () => {
  const data = generated as unknown as {
    sources: Array<{ module: string; version: string }>;
    kinds: Record<string, string>;
    $defs: Record<string, unknown>;
  };

  it('name their sources at the versions the test world runs', () => {
    const pins = readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'control-plane', 'versions.env'), 'utf8');
    const pin = (name: string) => new RegExp(`^${name}=(\\S+)`, 'm').exec(pins)?.[1];
    assert.deepEqual(
      data.sources.map((s) => `${s.module}@${s.version}`),
      [`istio.io/istio@${pin('ISTIO_MODULE_VERSION')}`, `k8s.io/kubernetes@${pin('KUBERNETES_VERSION')}`],
    );
  });

  it('cover every served version of the kinds onboarding deals with', () => {
    const want = [
      ...['Namespace', 'ServiceAccount', 'Service', 'ConfigMap', 'Secret'].map((k) => `v1|${k}`),
      ...['WorkloadEntry', 'WorkloadGroup', 'Sidecar', 'ServiceEntry', 'Gateway', 'VirtualService', 'DestinationRule'].flatMap((k) =>
        ['v1', 'v1beta1', 'v1alpha3'].map((v) => `networking.istio.io/${v}|${k}`),
      ),
      ...['AuthorizationPolicy', 'PeerAuthentication'].flatMap((k) => ['v1', 'v1beta1'].map((v) => `security.istio.io/${v}|${k}`)),
    ];
    assert.deepEqual(Object.keys(data.kinds).sort(), want.sort());
    for (const [kind, def] of Object.entries(data.kinds)) assert.ok(data.$defs[def], `${kind} -> ${def}`);
  });

  it('hold only rules the CEL library parses, and no descriptions', () => {
    const rules: string[] = [];
    const walk = (s: unknown): void => {
      if (Array.isArray(s)) return s.forEach(walk);
      if (typeof s !== 'object' || s === null) return;
      for (const [k, v] of Object.entries(s)) {
        if (k === 'x-kubernetes-validations')
          for (const r of v as Array<{ rule: string; messageExpression?: string }>)
            rules.push(r.rule, ...(r.messageExpression ? [r.messageExpression] : []));
        else if (k === 'description') assert.fail('a description was kept');
        else walk(v);
      }
    };
    walk(data.$defs);
    assert.ok(rules.length > 20, `${rules.length} rules`);
    for (const r of rules) assert.doesNotThrow(() => parse(r), r);
  });

  it('compile and check every kind (no schema the validator cannot read)', () => {
    for (const key of Object.keys(data.kinds)) {
      const [apiVersion, kind] = key.split('|') as [string, string];
      const v = validateObject({ apiVersion, kind, metadata: { name: 'x', namespace: 'demo' }, spec: {} });
      assert.equal(v.known, true, key);
      // An empty spec is fine for most kinds; whatever is reported must be about a field.
      for (const p of v.problems) assert.match(p.path, /^(spec|metadata|data)/, `${key}: ${p.path}: ${p.message}`);
    }
  });
});
