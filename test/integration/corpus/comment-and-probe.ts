// Issue #17 classes 3 and 4 in the hostile-inputs corpus.
// 4: an exec probe in a WorkloadGroup of the manifests (a command pilot-agent would run on the
//    VM) is refused at the render step, annotated at its file and line, in every spelling and
//    every way to run; nothing is changed (the corpus asserts no API request, no VM connection).
// 3: comments that carry the action's marker but were not written by the token's account are
//    left as they are, and the action's own report is posted (or its own comment updated).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRun } from '../../support/action-runner.js';
import type { GitHubApiStandin } from '../../support/github-api-standin.js';
import type { Case } from './case.js';

export interface CorpusWorld {
  /** Scratch directory of the test file (event payloads go here). */
  dir: string;
  /** A shell payload that ran would create this file. */
  sentinel: string;
  github: GitHubApiStandin;
}

const FILE = 'wg.yaml';
/** The base inputs' workload (workload-name web, namespace default, ports http:8080) as a WorkloadGroup. */
const group = (probe: string, head = '') => `apiVersion: networking.istio.io/v1
kind: WorkloadGroup
${head}metadata:
  name: web
  namespace: default
spec:
  metadata:
    labels:
      app: web
  template:
    serviceAccount: web
    ports:
      http: 8080
${probe}`;

/** The 1-based line of the first occurrence of `needle`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in the fixture`);
  return text.slice(0, at).split('\n').length;
}

/** The refusal is annotated at the probe's file and line, and names the input that would allow it. */
const annotatedAt = (file: string, line: number) => (r: ActionRun) => {
  const re = new RegExp(
    `^::error file=${file.replace(/\./g, '\\.')},line=${line}::input \`allow-exec-probe\` is false, but ${file.replace(/\./g, '\\.')}:${line} `,
    'm',
  );
  assert.match(r.stdout, re, `an annotation at ${file}:${line}`);
};

const MARKER = '<!-- istio-vm-onboard:default/web -->';
const BOT = 'github-actions[bot]';

export function commentAndProbeCases(world: CorpusWorld): Case[] {
  const cases: Case[] = [];
  const cmd = `[sh, -c, "touch ${world.sentinel}"]`;
  const EXEC = `  probe:\n    periodSeconds: 5\n    exec:\n      command: ${cmd}\n`;
  const WG = { registration: 'workload-group', manifests: FILE };

  // ------------------------------------------------------------------------------------------
  // Class 4: exec probes.
  const probe = (name: string, text: string, line: number, inputs: Record<string, string> = WG, extra: Partial<Case> = {}) =>
    cases.push({
      name: `exec probe: ${name}`,
      inputs,
      files: { [FILE]: text },
      names: { file: FILE },
      stage: 'render',
      check: annotatedAt(FILE, line),
      ...extra,
    });

  const block = group(EXEC);
  probe('block style (onboard)', block, lineOf(block, 'exec:'));
  const flow = group(`  probe: {periodSeconds: 5, exec: {command: ${cmd}}}\n`);
  probe('flow style', flow, lineOf(flow, 'probe:'));
  const json = group(`  "probe": {"exec": {"command": ["sh", "-c", "touch ${world.sentinel}"]}}\n`);
  probe('JSON style, quoted keys', json, lineOf(json, '"probe"'));
  // The exec arrives through an alias: no "exec:" under the probe; the line is the alias's.
  const alias = group('  probe: *ready\n', `x-defaults: &ready\n  exec:\n    command: ${cmd}\n`);
  probe('brought in by a YAML alias', alias, lineOf(alias, 'probe: *ready'));
  const anchored = group(`  probe: &p\n    exec: &c\n      command: ${cmd}\n`);
  probe('under YAML anchors', anchored, lineOf(anchored, 'exec: &c'));
  const empty = group('  probe:\n    exec:\n');
  probe('exec with no command (exec: null)', empty, lineOf(empty, 'exec:'));
  probe('render mode (the pull request check)', block, lineOf(block, 'exec:'), { ...WG, mode: 'render' });
  probe('onboard dry-run', block, lineOf(block, 'exec:'), { ...WG, 'dry-run': 'true' });
  probe('allow-exec-probe given as false', block, lineOf(block, 'exec:'), { ...WG, 'allow-exec-probe': 'false' });
  // With registration workload-entry the group is only applied, yet a VM set up from it would run the command.
  const beside = group(EXEC).replace('name: web\n', 'name: web-group\n');
  probe('in a group beside the built WorkloadEntry (registration workload-entry)', beside, lineOf(beside, 'exec:'), { manifests: FILE });
  const second = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  a: b\n---\n${block}`;
  probe('in the second document of a file', second, lineOf(second, 'exec:'));
  // A merge key is not resolved (YAML 1.2): the key "<<" is an unknown field, refused by the schema check.
  const merge = group('  probe:\n    <<: *ready\n', `x-defaults: &ready\n  exec:\n    command: ${cmd}\n`);
  cases.push({ name: 'exec probe: behind a YAML merge key', inputs: WG, files: { [FILE]: merge }, names: { file: FILE }, stage: 'render' });
  // An inventory: each VM's render step refuses it; the consent cannot come from an item.
  cases.push({
    name: 'exec probe: every VM of an inventory',
    inputs: { ...WG, inventory: '- vm-host: 127.0.0.1\n- vm-host: 127.0.0.2\n' },
    files: { [FILE]: block },
    names: { file: FILE },
    stage: 'render',
    check: (r) => {
      annotatedAt(FILE, lineOf(block, 'exec:'))(r);
      assert.equal(r.stdout.match(/^::error file=/gm)?.length, 1, 'one annotation for the two VMs');
    },
  });
  cases.push({
    name: 'exec probe: allow-exec-probe set by an inventory item',
    inputs: { ...WG, inventory: '- vm-host: 127.0.0.1\n  allow-exec-probe: true\n' },
    files: { [FILE]: block },
    names: { input: 'inventory[0].allow-exec-probe' },
  });

  // What a WorkloadEntry or WorkloadGroup says also reaches the proxy's env files on the VM
  // (sidecar.env for docker --env-file, cluster.env sourced as shell): a newline there would add
  // a variable or break the quoting. Refused like an input with that value, at its line.
  const envLine = (
    name: string,
    input: string,
    text: string,
    needle: string,
    inputs: Record<string, string> = { manifests: FILE },
    says = `input \`${input}\` cannot come from wg\\.yaml:`,
  ) =>
    cases.push({
      name: `env files: ${name}`,
      inputs,
      files: { [FILE]: text },
      names: { file: FILE },
      stage: 'render',
      check: (r) => assert.match(r.stdout, new RegExp(`^::error file=wg\\.yaml,line=${lineOf(text, needle)}::${says}`, 'm')),
    });
  const entry = (spec: string) =>
    `apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: web\n  namespace: default\nspec:\n  address: 127.0.0.1\n${spec}`;
  envLine(
    'a WorkloadEntry network holding a newline and PROXY_CONFIG',
    'network',
    entry('  network: "vm-net\\nPROXY_CONFIG={}"\n'),
    'network:',
  );
  // A ServiceAccount name is refused as the manifest is parsed (class 1), before this check.
  envLine(
    'a WorkloadEntry serviceAccount holding LD_PRELOAD',
    'service-account',
    entry('  serviceAccount: "web\\nLD_PRELOAD=/tmp/evil.so"\n'),
    'serviceAccount:',
    { manifests: FILE },
    'spec\\.serviceAccount .* must be a DNS-1123 subdomain',
  );
  envLine(
    'a canonical-name label that breaks cluster.env quoting',
    'labels',
    entry(`  labels:\n    app: web\n    service.istio.io/canonical-name: "web'\\n; touch ${world.sentinel}; '"\n`),
    'service.istio.io/canonical-name:',
  );
  envLine(
    'a WorkloadGroup template network with a newline',
    'network',
    group('').replace('    serviceAccount: web\n', '    serviceAccount: web\n    network: "a\\nB=c"\n'),
    'network:',
    WG,
  );

  // ------------------------------------------------------------------------------------------
  // Class 3: forged sticky comments. Each case has a pull request of its own (its own event
  // payload), seeded with the forgeries; its run fails at the render step (an exec probe), so
  // the action's report says so and must not land in, or leave standing, a forged "passed".
  let pr = 9000;
  const forged = (name: string, forgeries: Array<{ body: string; login: string }>, ownAfter = false) => {
    const n = pr++;
    const event = join(world.dir, `event-forged-${n}.json`);
    writeFileSync(event, JSON.stringify({ action: 'synchronize', number: n, pull_request: { number: n } }));
    const seeded = forgeries.map((f) => ({ id: world.github.addComment(n, f.body, f.login), ...f }));
    const own = ownAfter ? world.github.addComment(n, `${MARKER}\n## an earlier report of this action`, BOT) : undefined;
    cases.push({
      name: `forged comment: ${name}`,
      inputs: WG,
      files: { [FILE]: block },
      env: { GITHUB_EVENT_PATH: event },
      names: { file: FILE },
      stage: 'render',
      check: (r) => {
        const now = world.github.comments(n);
        for (const f of seeded) {
          const c = now.find((x) => x.id === f.id);
          assert.equal(c?.body, f.body, `forged comment ${f.id} by ${f.login} is unchanged`);
        }
        const ours = now.filter((c) => c.user === BOT && c.body.startsWith(MARKER));
        assert.equal(ours.length, 1, `one comment of the action:\n${r.stdout.slice(-2000)}`);
        if (own !== undefined) assert.equal(ours[0]?.id, own, 'its own earlier comment is the one updated');
        assert.match(ours[0]?.body ?? '', /allow-exec-probe/, 'the real report (the refusal) is posted');
        assert.match(r.stdout, new RegExp(`pull request comment: ${own !== undefined ? 'updated' : 'created'} `));
        for (const f of seeded.filter((x) => x.body.startsWith(MARKER)))
          assert.match(
            r.stdout,
            new RegExp(
              `::warning::Comment ${f.id} on owner/repo#${n} starts with this action's marker but was written by ${f.login.replace(/[[\]]/g, '\\$&')}`,
            ),
          );
      },
    });
  };
  const passed = '\n## All checks passed\nThe VM was onboarded.';
  forged('the exact marker by another user', [{ body: MARKER + passed, login: 'mallory' }]);
  forged('the marker by a Bot of another login', [{ body: MARKER + passed, login: 'github-actions-bot[bot]' }]);
  forged('the marker by a user named github-actions', [{ body: MARKER + passed, login: 'github-actions' }]);
  forged('the marker after blank lines and tabs', [{ body: `\n\n\t  ${MARKER}${passed}`, login: 'mallory' }]);
  forged('the marker in upper case', [{ body: MARKER.toUpperCase() + passed, login: 'mallory' }]);
  forged('the marker with spaces inside', [
    { body: MARKER.replace('<!-- ', '<!--   ').replace(' -->', '  -->') + passed, login: 'mallory' },
  ]);
  forged(
    "several forgeries older than the action's own comment",
    [
      { body: MARKER + passed, login: 'mallory' },
      { body: MARKER + passed, login: 'dependabot[bot]' },
    ],
    true,
  );
  return cases;
}
