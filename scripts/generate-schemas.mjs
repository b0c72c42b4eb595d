#!/usr/bin/env node
// Generates src/plan/schemas/generated.json: the schemas the API server validates the kinds
// onboarding deals with against, taken from the real sources at the versions the test world
// runs (scripts/control-plane/versions.env):
//   Istio's CRDs        istio.io/istio     manifests/charts/base/files/crd-all.gen.yaml
//   Kubernetes' core/v1 k8s.io/kubernetes  api/openapi-spec/v3/api__v1_openapi.json
// Both come from the Go module proxy (`go mod download -json`), so no other download is needed.
//
// What it keeps: every served version of each CRD (one schema when versions share it), the
// core/v1 definitions reachable from the five built-in kinds, and the keywords that validate.
// What it drops: descriptions, defaults and other annotations (the bundle carries this file).
// What it adds: additionalProperties: false on every object schema that names its fields and
// does not preserve unknown ones, because the API server under fieldValidation=Strict refuses
// an unknown field (a CRD without Strict prunes it silently: data loss either way); and, on a
// CRD's root, apiVersion, kind and metadata (ObjectMeta), which the API server adds itself.
//
// Run: npm run generate-schemas, then npm run generate-validators (ajv's code compiled from this
// file). Check: npm run generate-schemas -- --check
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/plan/schemas/generated.json');
const check = process.argv.includes('--check');

const CORE_KINDS = ['Namespace', 'ServiceAccount', 'Service', 'ConfigMap', 'Secret'];
const ISTIO_KINDS = {
  'networking.istio.io': ['WorkloadEntry', 'WorkloadGroup', 'Sidecar', 'ServiceEntry', 'Gateway', 'VirtualService', 'DestinationRule'],
  'security.istio.io': ['AuthorizationPolicy', 'PeerAuthentication'],
};
const ISTIO_FILE = 'manifests/charts/base/files/crd-all.gen.yaml';
const K8S_FILE = 'api/openapi-spec/v3/api__v1_openapi.json';
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

function pins() {
  const text = readFileSync(join(root, 'scripts/control-plane/versions.env'), 'utf8');
  const vars = Object.fromEntries(
    text
      .split('\n')
      .map((l) => /^([A-Z_]+)=(\S+)/.exec(l))
      .filter(Boolean)
      .map((m) => [m[1], m[2]]),
  );
  for (const name of ['ISTIO_MODULE_VERSION', 'KUBERNETES_VERSION']) {
    if (!vars[name]) throw new Error(`scripts/control-plane/versions.env has no ${name}`);
  }
  return vars;
}

/** The unpacked module directory, from the Go module cache (downloaded once if missing). */
function moduleDir(path, version) {
  // Outside any go.mod, so the checkout's own module graph (if any) plays no part.
  const json = execFileSync('go', ['mod', 'download', '-json', `${path}@${version}`], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod' },
  });
  const info = JSON.parse(json);
  if (info.Error || !info.Dir) throw new Error(`go mod download ${path}@${version}: ${info.Error ?? 'no Dir'}`);
  return info.Dir;
}

// Keywords that take part in validation, kept as they are.
const KEEP = new Set([
  'type',
  'format',
  'enum',
  'pattern',
  'nullable',
  'required',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'multipleOf',
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
]);
// Keywords holding subschemas.
const ONE = new Set(['items', 'additionalProperties', 'not']);
const MANY = new Set(['allOf', 'anyOf', 'oneOf']);
// Annotations with no effect on what the API server accepts.
const DROP = new Set([
  'description',
  'default',
  'example',
  'title',
  'externalDocs',
  'x-kubernetes-map-type',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-unions',
  'x-kubernetes-group-version-kind',
]);

/**
 * One schema node: validating keywords only, $refs rewritten to this file's $defs, and unknown
 * fields closed where the API server refuses them. An unexpected keyword stops the script:
 * a new upstream keyword must be looked at, not silently dropped.
 */
function compact(node, where, refs) {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) throw new Error(`${where}: not a schema`);
  const outNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key)) continue;
    if (KEEP.has(key)) outNode[key] = value;
    else if (key === 'properties')
      outNode.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v, `${where}.${k}`, refs)]));
    else if (ONE.has(key)) outNode[key] = typeof value === 'boolean' ? value : compact(value, `${where}/${key}`, refs);
    else if (MANY.has(key)) outNode[key] = value.map((v, i) => compact(v, `${where}/${key}/${i}`, refs));
    else if (key === '$ref') {
      const name = value.replace('#/components/schemas/', '');
      refs.add(name);
      outNode.$ref = `#/$defs/${name}`;
    } else if (key === 'x-kubernetes-validations') {
      outNode[key] = value.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'reason')));
    } else throw new Error(`${where}: keyword ${key} is not handled; teach scripts/generate-schemas.mjs what it means`);
  }
  // allOf: [{$ref}] is how OpenAPI v3 attaches a description to a reference: keep just the ref.
  if (outNode.allOf?.length === 1 && outNode.allOf[0].$ref && Object.keys(outNode).length === 1) return outNode.allOf[0];
  // Only where the fields are named: a built-in `type: object` without properties is an opaque
  // JSON value (FieldsV1, RawExtension), not an object that takes no fields.
  if (
    outNode.properties !== undefined &&
    outNode.additionalProperties === undefined &&
    outNode['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    outNode.additionalProperties = false;
  }
  return outNode;
}

function kubernetesDefinitions(dir) {
  const spec = JSON.parse(readFileSync(join(dir, K8S_FILE), 'utf8'));
  const all = spec.components.schemas;
  const roots = CORE_KINDS.map((kind) => {
    const name = Object.keys(all).find((n) =>
      (all[n]['x-kubernetes-group-version-kind'] ?? []).some((g) => g.group === '' && g.version === 'v1' && g.kind === kind),
    );
    if (!name) throw new Error(`${K8S_FILE}: no definition for v1 ${kind}`);
    return { kind, name };
  });
  const defs = {};
  const pending = [...roots.map((r) => r.name), OBJECT_META];
  while (pending.length) {
    const name = pending.pop();
    if (defs[name]) continue;
    if (!all[name]) throw new Error(`${K8S_FILE}: $ref to missing ${name}`);
    const refs = new Set();
    defs[name] = compact(all[name], name, refs);
    pending.push(...refs);
  }
  return { roots, defs };
}

function istioDefinitions(dir) {
  const text = readFileSync(join(dir, ISTIO_FILE), 'utf8');
  const crds = parseAllDocuments(text)
    .map((d) => d.toJS())
    .filter((c) => c?.kind === 'CustomResourceDefinition');
  const defs = {};
  const kinds = {};
  for (const [group, names] of Object.entries(ISTIO_KINDS)) {
    for (const kind of names) {
      const crd = crds.find((c) => c.spec.group === group && c.spec.names.kind === kind);
      if (!crd) throw new Error(`${ISTIO_FILE}: no CRD for ${group} ${kind}`);
      const byContent = new Map();
      // The storage version first, so a schema shared by all versions is named after it.
      const versions = [...crd.spec.versions].filter((v) => v.served).sort((a, b) => Number(b.storage) - Number(a.storage));
      for (const v of versions) {
        const refs = new Set();
        const schema = v.schema?.openAPIV3Schema;
        if (!schema) throw new Error(`${ISTIO_FILE}: ${kind} ${v.name} has no schema`);
        if (schema.properties?.metadata)
          throw new Error(`${ISTIO_FILE}: ${kind} ${v.name} restricts metadata; the generator does not merge that with ObjectMeta yet`);
        const body = compact(schema, `${kind}.${v.name}`, refs);
        if (refs.size) throw new Error(`${ISTIO_FILE}: ${kind} ${v.name} uses $ref, which CRD schemas may not`);
        // What the API server adds to every custom resource's schema.
        body.properties = {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: { $ref: `#/$defs/${OBJECT_META}` },
          ...body.properties,
        };
        const key = JSON.stringify(body);
        let name = byContent.get(key);
        if (!name) {
          name = `${group}.${v.name}.${kind}`;
          byContent.set(key, name);
          defs[name] = body;
        }
        kinds[`${group}/${v.name}|${kind}`] = name;
      }
    }
  }
  return { defs, kinds };
}

const v = pins();
const istioDir = moduleDir('istio.io/istio', v.ISTIO_MODULE_VERSION);
const k8sDir = moduleDir('k8s.io/kubernetes', v.KUBERNETES_VERSION);
const k8s = kubernetesDefinitions(k8sDir);
const istio = istioDefinitions(istioDir);

const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const data = {
  $comment:
    'Generated by scripts/generate-schemas.mjs (npm run generate-schemas); do not edit. Descriptions and defaults dropped; additionalProperties: false added where the API server refuses unknown fields.',
  sources: [
    { module: 'istio.io/istio', version: v.ISTIO_MODULE_VERSION, file: ISTIO_FILE },
    { module: 'k8s.io/kubernetes', version: v.KUBERNETES_VERSION, file: K8S_FILE },
  ],
  // "apiVersion|kind" -> the name of its schema in $defs.
  kinds: sortKeys({ ...Object.fromEntries(k8s.roots.map((r) => [`v1|${r.kind}`, r.name])), ...istio.kinds }),
  $defs: sortKeys({ ...k8s.defs, ...istio.defs }),
};
// One definition per line: small in the bundle, and a regenerated file diffs by definition.
const text = `{\n${Object.entries(data)
  .map(([k, val]) => {
    if (k !== '$defs') return `${JSON.stringify(k)}: ${JSON.stringify(val)}`;
    return `"$defs": {\n${Object.entries(val)
      .map(([n, s]) => `  ${JSON.stringify(n)}: ${JSON.stringify(s)}`)
      .join(',\n')}\n}`;
  })
  .join(',\n')}\n}\n`;

if (check) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {
    /* missing: differs */
  }
  if (committed !== text) {
    console.error('generate-schemas: src/plan/schemas/generated.json is out of date; run npm run generate-schemas');
    process.exit(1);
  }
  console.log('generate-schemas: src/plan/schemas/generated.json matches its sources');
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(
    `generate-schemas: wrote ${Object.keys(data.kinds).length} kinds, ${Object.keys(data.$defs).length} definitions (${text.length} bytes) to src/plan/schemas/generated.json; now run npm run generate-validators`,
  );
}
