// The CLI's front door as kubectl users expect it, through cli() itself (its output captured):
// `help MODE` and `MODE --help`, `completion bash|zsh` (the bash script run in bash), exit
// code 2 for manifests the flags name wrongly, $KUBECONFIG's files named in its errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cliFlags, flagsFor } from '../../src/cli-args.js';
import { cli } from '../../src/cli.js';
import { loadContract } from '../../src/config/contract.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-cli-unit-'));
const cwd = process.cwd();
before(() => process.chdir(dir)); // render reads --manifests relative to the working directory
after(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await cli(argv, { HOME: dir, ...env }, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const flags = cliFlags(loadContract());
const RENDER = ['render', '--workload-name', 'web', '-n', 'demo', '--vm-address', '10.0.0.1'];

describe('help for one command', () => {
  it("`help render` and `render --help` print render's flags only; `help onboard` has the SSH flags", async () => {
    const help = await run(['help', 'render']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: istio-vm-onboard render \[flags\]/);
    assert.match(help.out, /--manifests VALUE/);
    assert.match(help.out, /-o, --output yaml\|json/);
    assert.doesNotMatch(help.out, /^\s+--ssh-key PATH/m);
    assert.doesNotMatch(help.out, /^\s+--ready-timeout /m);
    assert.equal((await run(['render', '--help'])).out, help.out);
    assert.equal((await run(['-h', 'render'])).out, help.out);
    const onboard = await run(['onboard', '-h']);
    assert.match(onboard.out, /^Usage: istio-vm-onboard onboard \[flags\]/);
    assert.match(onboard.out, /^\s+--ssh-key PATH/m);
    assert.doesNotMatch(onboard.out, /--output yaml/, "-o is render's");
    const offboard = await run(['help', 'offboard']);
    assert.match(offboard.out, /^\s+--ssh-key PATH/m);
    assert.doesNotMatch(offboard.out, /^\s+--probe-url /m);
    const all = await run(['help']);
    assert.equal(all.out, (await run(['--help'])).out);
    assert.match(all.out, /^\s+--probe-url /m);
    assert.match(all.out, /istio-vm-onboard completion bash\|zsh/);
  });

  it('an unknown help topic is a usage error (exit 2) with the nearest', async () => {
    const r = await run(['help', 'rendr']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^error: unknown help topic "rendr"\n\nDid you mean this\?\n\trender\n/);
    assert.equal(r.out, '');
  });
});

describe('completion', () => {
  /** What the bash script completes for the words typed so far (the last one being completed). */
  function complete(script: string, words: string[]): string[] {
    const file = join(dir, 'completion.bash');
    writeFileSync(file, script);
    const arr = words.map((w) => `'${w}'`).join(' ');
    const r = spawnSync(
      'bash',
      ['-c', `source ${file}; COMP_WORDS=(${arr}); COMP_CWORD=${words.length - 1}; _istio_vm_onboard; printf '%s\\n' "\${COMPREPLY[@]}"`],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.split('\n').filter(Boolean);
  }

  it("bash: the commands, each command's own flags from action.yml, -o values, files after a file flag", async () => {
    const r = await run(['completion', 'bash']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^complete -o default -F _istio_vm_onboard istio-vm-onboard$/m);
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', '']), [
      'onboard',
      'render',
      'offboard',
      'check',
      'refresh',
      'help',
      'completion',
    ]);
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', '-n', 'demo', 'off']), ['offboard'], "a flag's value is not the command");
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', 'onboard', '--ssh-k']), [
      '--ssh-key',
      '--ssh-key-passphrase',
      '--ssh-known-hosts',
    ]);
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', 'render', '--ssh-k']), [], 'render reaches no VM');
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', 'render', '-o', '']), ['yaml', 'json']);
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', 'help', 're']), ['render', 'refresh']);
    writeFileSync(join(dir, 'kubeconfig-a.yaml'), '');
    assert.deepEqual(complete(r.out, ['istio-vm-onboard', 'onboard', '--kubeconfig', join(dir, 'kubeconfig-')]), [
      join(dir, 'kubeconfig-a.yaml'),
    ]);
    // Every flag of every mode, as the parser knows them: the script is generated from the same list.
    const render = complete(r.out, ['istio-vm-onboard', 'render', '--']);
    assert.deepEqual(
      render,
      flagsFor(flags, 'render').map((f) => `--${f.name}`),
    );
    const zsh = await run(['completion', 'zsh']);
    assert.match(zsh.out, /^#compdef istio-vm-onboard\nautoload -U \+X bashcompinit && bashcompinit\n/);
    assert.ok(zsh.out.endsWith(r.out.slice(r.out.indexOf('\n') + 1)), 'zsh runs the same function');
  });

  it("zsh: the same function through zsh's bashcompinit, registered with compdef (zsh matches the prefix itself)", async (t) => {
    if (spawnSync('zsh', ['-fc', 'true']).status !== 0) {
      t.skip('no zsh on the PATH');
      return;
    }
    const file = join(dir, 'completion.zsh');
    writeFileSync(file, (await run(['completion', 'zsh'])).out);
    // compgen -F runs the function under `emulate -L sh` (0-based arrays), as probe runs it here.
    const script = join(dir, 'probe.zsh');
    writeFileSync(
      script,
      [
        'autoload -U compinit && compinit -u -D',
        `source ${file}`,
        'probe() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _istio_vm_onboard; printf "%s\\n" "${COMPREPLY[@]}"; echo ---; }',
        `emulate sh -c 'probe istio-vm-onboard ""'`,
        `emulate sh -c 'probe istio-vm-onboard render ""'`,
        `emulate sh -c 'probe istio-vm-onboard onboard --ssh-k'`,
        'print -r -- "compdef: ${_comps[istio-vm-onboard]}"',
        '',
      ].join('\n'),
    );
    const r = spawnSync('zsh', ['-f', script], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir } });
    assert.equal(r.status, 0, r.stderr);
    const [commands, render, onboard, rest] = r.stdout.split('---\n').map((b) => b.split('\n').filter(Boolean));
    assert.deepEqual(commands, ['onboard', 'render', 'offboard', 'check', 'refresh', 'help', 'completion']);
    assert.deepEqual(
      render,
      flagsFor(flags, 'render').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]),
    );
    assert.ok(onboard?.includes('--ssh-key') && !render?.includes('--ssh-key'), 'each command its own flags');
    assert.deepEqual(rest, ['compdef: _bash_complete -o default -F _istio_vm_onboard']);
  });

  it('no shell, or another one, is a usage error (exit 2)', async () => {
    assert.match((await run(['completion'])).err, /^error: completion needs a shell: bash or zsh/);
    const fish = await run(['completion', 'fish']);
    assert.equal(fish.code, 2);
    assert.match(fish.err, /^error: unsupported shell type "fish": bash or zsh/);
  });
});

describe('exit code 2 for manifests the flags name wrongly', () => {
  it('an unset ${VAR}: --manifests named with file and line, --vars suggested', async () => {
    writeFileSync(join(dir, 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ${NAME}\n  namespace: demo\n');
    const r = await run([...RENDER, '--manifests', 'svc.yaml', '--output-dir', join(dir, 'out-var')]);
    assert.equal(r.code, 2, r.err);
    assert.match(
      r.err,
      /^error: --manifests svc\.yaml:4: variable \$\{NAME\} is not set: add it to --vars, or name an environment variable in --vars-from-env$/m,
    );
    assert.equal(r.out, '');
  });

  it('a glob that matches nothing', async () => {
    const r = await run([...RENDER, '--manifests', 'vm/*.yaml', '--output-dir', join(dir, 'out-glob')]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^error: --manifests vm\/\*\.yaml: matches no file$/m);
  });

  it('a manifest that fails the offline schema check is a failed check (exit 1), not a flag problem', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: demo\nspec:\n  portz: []\n');
    const r = await run([...RENDER, '--manifests', 'bad.yaml', '--output-dir', join(dir, 'out-bad')]);
    assert.equal(r.code, 1, r.err);
  });
});

describe('$KUBECONFIG with several files', () => {
  it("merges them (the first file's current-context) and names $KUBECONFIG, not --kubeconfig, when they are wrong", async () => {
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    writeFileSync(a, 'apiVersion: v1\nkind: Config\ncurrent-context: gone\n');
    writeFileSync(
      b,
      'apiVersion: v1\nkind: Config\ncurrent-context: b\ncontexts: [{name: b, context: {cluster: b, user: b}}]\nclusters: [{name: b, cluster: {server: "https://b.example"}}]\nusers: [{name: b, user: {token: t0k3n-of-b-file}}]\n',
    );
    const r = await run([...RENDER, '--output-dir', join(dir, 'out-kc')], { KUBECONFIG: `${a}:${b}` });
    assert.equal(r.code, 2, r.err);
    assert.match(
      r.err,
      new RegExp(`^error: \\$KUBECONFIG \\(${a}:${b}\\): context "gone" is not in the kubeconfig \\(it has: "b"\\)$`, 'm'),
    );
    assert.doesNotMatch(r.err, /--kubeconfig/);
  });
});
