// Issue #17, classes 1, 2 and 5, as corpus cases (run by hostile-inputs.test.ts, which asserts
// for each: exit 1, the ::error:: naming the input or annotated on the file, no API request,
// no VM connection, the workspace unchanged, nothing under RUNNER_TEMP but the run's own
// directory with its report (and manifests) files, no secret anywhere).
//   1. a manifest's names never become paths: `../` spelled many ways, look-alike slashes,
//      through a variable or a YAML alias, beside symlinks planted in the workspace;
//   2. ${VAR} never reads a job secret from the environment, and refuses a registered secret;
//   5. no output carries what a manifest said.
// Each through the front doors a workflow has: onboard, onboard with dry-run, render, a fleet.
import assert from 'node:assert/strict';
import type { ActionRun } from '../../support/action-runner.js';
import type { Case, FileSpec } from './case.js';

export interface CorpusWorld {
  /** A file a shell payload that ran would create. */
  sentinel: string;
  /** The github-token input's value (registered as a secret by the action). */
  ghToken: string;
  /** The kubeconfig's bearer token (registered as a secret by the action). */
  kubeToken: string;
}

const we = (name: string, { namespace = 'default', sa = 'web', kind = 'WorkloadEntry' } = {}) =>
  kind === 'WorkloadEntry'
    ? `apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  address: 10.0.0.5\n  serviceAccount: ${sa}\n  labels:\n    app: web\n`
    : `apiVersion: networking.istio.io/v1\nkind: WorkloadGroup\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  template:\n    serviceAccount: ${sa}\n`;
const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  a: "${value}"\n`;

/** The front doors a manifest reaches the render step through (the base inputs are onboard's). */
const DOORS: Array<[string, Record<string, string>]> = [
  ['onboard', {}],
  ['onboard dry-run', { 'dry-run': 'true' }],
  ['render', { mode: 'render' }],
  ['a fleet (inventory)', { mode: 'render', inventory: '- vm-host: 10.0.0.5\n- vm-host: 10.0.0.6\n', 'workload-name': '', 'vm-host': '' }],
];

/** No output holds a line break or text a shell acts on (matrix is one line of JSON). */
function outputsClean(r: ActionRun): void {
  for (const [name, value] of Object.entries(r.outputs)) {
    if (name === 'matrix') assert.doesNotMatch(value, /[\n\r]/, name);
    else for (const line of value.split('\n')) assert.match(line, /^[A-Za-z0-9._:/-]*$/, `output ${name}: ${JSON.stringify(value)}`);
  }
  // Only what the inputs said (base: workload-name web, namespace default), or nothing.
  for (const name of ['workload-entry', 'service-account'])
    assert.ok(['', 'default/web'].includes(r.outputs[name] ?? ''), `output ${name}: ${JSON.stringify(r.outputs[name])}`);
}

export function renderPathsSecretsOutputsCases(w: CorpusWorld): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push({ stage: 'render', ...c });

  // 1. Names that would climb out of the output directory, each beside symlinks a PR could plant:
  //    one into a decoy "dist" of the workspace, one to the directory above it.
  const planted: Record<string, FileSpec> = { 'decoy/index.js': 'original', dist: { symlink: 'decoy' }, up: { symlink: '..' } };
  const climbing: Array<[string, string]> = [
    ['../ segments into a symlinked dist/', '"../../../../dist/index"'],
    ['percent-encoded slashes', '"..%2F..%2Fdist%2Findex"'],
    ['percent-encoded dots and slash', '"%2e%2e%2f%2e%2e%2fup"'],
    ['a division slash (U+2215)', '"..\u2215..\u2215dist"'],
    ['a fullwidth solidus (U+FF0F)', '"..\uff0f..\uff0fdist"'],
    ['a fraction slash (U+2044)', '"..\u2044up"'],
    ['backslashes', '"..\\\\..\\\\dist"'],
    ['a lone ..', '".."'],
    ['an overlong UTF-8 dot spelled as text', '"%c0%ae%c0%ae/up"'],
  ];
  climbing.forEach(([what, name], i) => {
    const [door, inputs] = DOORS[i % DOORS.length] as [string, Record<string, string>];
    add({
      name: `#17.1 a WorkloadEntry name with ${what} (${door})`,
      inputs: { ...inputs, manifests: 'vm.yaml' },
      files: { ...planted, 'vm.yaml': we(name) },
      names: { file: 'vm.yaml' },
      check: outputsClean,
    });
  });
  add({
    name: '#17.1 a metadata.namespace of ../../etc',
    inputs: { mode: 'render', manifests: 'vm.yaml', namespace: '' },
    files: { ...planted, 'vm.yaml': we('web', { namespace: '"../../etc"' }) },
    names: { file: 'vm.yaml' },
    check: outputsClean,
  });
  add({
    name: '#17.1 a WorkloadEntry serviceAccount of ../../dist (onboard dry-run)',
    inputs: { 'dry-run': 'true', manifests: 'vm.yaml' },
    files: { ...planted, 'vm.yaml': we('web', { sa: '"../../dist"' }) },
    names: { file: 'vm.yaml' },
    check: outputsClean,
  });
  add({
    name: '#17.1 a WorkloadGroup named ../x (registration: workload-group)',
    inputs: { registration: 'workload-group', manifests: 'vm.yaml' },
    files: { ...planted, 'vm.yaml': we('"../x"', { kind: 'WorkloadGroup' }) },
    names: { file: 'vm.yaml' },
    check: outputsClean,
  });
  add({
    name: '#17.1 a name that is ../ once a YAML alias resolves',
    inputs: { mode: 'render', manifests: 'vm.yaml' },
    files: { ...planted, 'vm.yaml': `x-name: &n "../../dist/index"\n${we('*n')}` },
    names: { file: 'vm.yaml' },
    check: outputsClean,
  });
  add({
    name: '#17.1 a name that is ../ once ${VAR} is substituted (a fleet)',
    inputs: { ...(DOORS[3] as [string, Record<string, string>])[1], manifests: 'vm.yaml', vars: 'N=../../dist/index' },
    files: { ...planted, 'vm.yaml': we('"${N}"') },
    names: { file: 'vm.yaml' },
    check: outputsClean,
  });
  add({
    name: '#17.1 a name that is a number',
    inputs: { mode: 'render', manifests: 'vm.yaml' },
    files: { 'vm.yaml': we('1e3') },
    names: { file: 'vm.yaml' },
    check: (r) =>
      assert.ok(
        r.errors.some((e) => /metadata\.name must be a string/.test(e)),
        r.errors.join('\n'),
      ),
  });

  // 2. Job secrets an earlier step exported, and registered secrets, through ${VAR}.
  const awsSecret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const exported = { GH_TOKEN: w.ghToken, AWS_SECRET_ACCESS_KEY: awsSecret, KC_TOKEN: w.kubeToken };
  const notSet = (name: string) => (r: ActionRun) =>
    assert.ok(
      r.errors.some((e) =>
        e.includes(`variable \${${name}} is not set: add it to \`vars\`, or name an environment variable in \`vars-from-env\``),
      ),
      r.errors.join('\n'),
    );
  const holdsSecret = (name: string) => (r: ActionRun) =>
    assert.ok(
      r.errors.some((e) => e.includes(`variable \${${name}} holds a secret (a masked value)`)),
      r.errors.join('\n'),
    );
  (
    [
      ['${GH_TOKEN}', 'GH_TOKEN'],
      ['${AWS_SECRET_ACCESS_KEY}', 'AWS_SECRET_ACCESS_KEY'],
      ['$GH_TOKEN', 'GH_TOKEN'],
      ['${KC_TOKEN}', 'KC_TOKEN'],
    ] as const
  ).forEach(([ref, name], i) => {
    const [door, inputs] = DOORS[i % DOORS.length] as [string, Record<string, string>];
    add({
      name: `#17.2 ${ref} from the job's environment is never read (${door})`,
      inputs: { ...inputs, manifests: 'vars.yaml' },
      files: { 'vars.yaml': cm(ref) },
      env: exported,
      names: { file: 'vars.yaml' },
      secrets: [awsSecret],
      check: notSet(name),
    });
  });
  add({
    name: '#17.2 vars-from-env naming a registered secret (the kubeconfig token) is refused at the line',
    inputs: { mode: 'render', manifests: 'vars.yaml', 'vars-from-env': 'KC_TOKEN' },
    files: { 'vars.yaml': cm('${KC_TOKEN}') },
    env: exported,
    names: { file: 'vars.yaml' },
    check: holdsSecret('KC_TOKEN'),
  });
  add({
    name: '#17.2 vars holding the github-token, wrapped in text, is refused at the line (onboard dry-run)',
    inputs: { 'dry-run': 'true', manifests: 'vars.yaml', vars: `T=Bearer ${w.ghToken};` },
    files: { 'vars.yaml': cm('${T}') },
    names: { file: 'vars.yaml' },
    check: holdsSecret('T'),
  });
  for (const name of ['GITHUB_TOKEN', 'INPUT_KUBECONFIG', 'ACTIONS_RUNTIME_TOKEN', 'runner_temp']) {
    cases.push({
      name: `#17.2 vars-from-env: ${name} (a runner variable)`,
      inputs: { mode: 'render', manifests: 'vars.yaml', 'vars-from-env': name },
      files: { 'vars.yaml': cm(`\${${name}}`) },
      env: { GITHUB_TOKEN: w.ghToken },
      names: { input: 'vars-from-env' },
    });
  }
  cases.push({
    name: '#17.2 vars-from-env naming a variable that is not set',
    inputs: { 'vars-from-env': 'NOT_SET_ANYWHERE' },
    names: { input: 'vars-from-env' },
  });
  cases.push({
    name: '#17.2 vars-from-env with shell text',
    inputs: { 'vars-from-env': `A,$(touch ${w.sentinel})` },
    names: { input: 'vars-from-env' },
  });
  cases.push({
    name: '#17.2 vars-from-env in an inventory item',
    inputs: { mode: 'render', inventory: '- vm-host: 10.0.0.5\n  vars-from-env: GH_TOKEN\n', 'vm-host': '' },
    env: exported,
    names: { input: 'inventory[0].vars-from-env' },
    secrets: [awsSecret],
  });

  // 5. What a manifest says reaches no output: newlines, workflow commands and shell text in
  //    the fields outputs were made of, each refused, each output empty or of its shape.
  const outputsCases: Array<[string, string, Record<string, string>]> = [
    ['a name holding a newline and set-output', we('"web\\n::set-output name=workload-entry::pwned"'), { mode: 'render' }],
    ['a serviceAccount holding a newline and a command', we('web', { sa: `"web\\n$(touch ${w.sentinel})"` }), { 'dry-run': 'true' }],
    ['a namespace holding shell text', we('web', { namespace: `"x;touch ${w.sentinel}"` }), { namespace: '' }],
    ['a name holding a carriage return (a fleet)', we('"web\\r\\nfailed-vms=10.0.0.9"'), (DOORS[3] as [string, Record<string, string>])[1]],
  ];
  for (const [what, text, inputs] of outputsCases) {
    add({
      name: `#17.5 ${what}: outputs hold only valid values`,
      inputs: { ...inputs, manifests: 'vm.yaml' },
      files: { 'vm.yaml': text },
      names: { file: 'vm.yaml' },
      check: (r) => {
        outputsClean(r);
        // A fleet's failed VMs are the inventory's, whatever a manifest says.
        for (const vm of (r.outputs['failed-vms'] ?? '').split('\n').filter(Boolean)) assert.ok(['10.0.0.5', '10.0.0.6'].includes(vm), vm);
      },
    });
  }
  return cases;
}
