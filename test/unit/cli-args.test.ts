// CLI flag parsing with kubectl's habits, the help, and how input problems read on a command line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  CLI_WORDING,
  cliFlags,
  cliProblem,
  editDistance,
  FILE_FLAGS,
  flagValue,
  LIST_FLAGS,
  parseCliArgs,
  suggestions,
  toFlagWords,
  usage,
  type ParsedArgs,
} from '../../src/cli-args.js';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { splitItems, splitLines } from '../../src/config/lists.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';

const contract = loadContract();
const flags = cliFlags(contract);
const spec = (name: string) => flags.find((f) => f.name === name) ?? assert.fail(`no flag --${name}`);

function parse(...argv: string[]): ParsedArgs {
  const r = parseCliArgs(argv, flags);
  if ('error' in r) assert.fail(`unexpected parse error: ${r.error}`);
  return r;
}
function parseError(...argv: string[]): string {
  const r = parseCliArgs(argv, flags);
  assert.ok('error' in r, `expected an error for ${argv.join(' ')}`);
  return r.error;
}
const value = (p: ParsedArgs, name: string) => flagValue(spec(name), p.values[name]);

describe('CLI flags from action.yml', () => {
  it('has one flag per input, booleans where action.yml defaults to true or false', () => {
    for (const input of contract.inputs) {
      const f = spec(input.name);
      assert.equal(f.kind === 'boolean', /^(true|false)$/.test(input.default), `kind of --${input.name}`);
    }
    for (const name of ['dry-run', 'create-namespace', 'start-proxy', 'ssh-strict-host-key']) assert.equal(spec(name).kind, 'boolean');
  });

  it('names only real inputs as list and file flags', () => {
    const names = contract.inputs.map((i) => i.name);
    for (const name of [...LIST_FLAGS, ...FILE_FLAGS]) assert.ok(names.includes(name), `${name} is an input of action.yml`);
    for (const name of LIST_FLAGS) assert.equal(spec(name).kind, 'list');
  });

  it('gives -n to --namespace, -o to --output and -h to --help', () => {
    assert.equal(spec('namespace').short, 'n');
    assert.equal(spec('output').short, 'o');
    assert.equal(spec('help').short, 'h');
  });
});

describe('parseCliArgs', () => {
  it('takes --flag VALUE, --flag=VALUE and the mode as a positional, in any order', () => {
    const p = parse('--workload-name', 'web', 'render', '--namespace=demo', '--vm-address=10.0.0.1');
    assert.deepEqual(p.positionals, ['render']);
    assert.equal(value(p, 'workload-name'), 'web');
    assert.equal(value(p, 'namespace'), 'demo');
    assert.equal(value(p, 'vm-address'), '10.0.0.1');
  });

  it('reads -n NS, -nNS and -n=NS as --namespace', () => {
    for (const argv of [['-n', 'demo'], ['-ndemo'], ['-n=demo']]) assert.equal(value(parse(...argv), 'namespace'), 'demo', argv.join(' '));
  });

  it('reads -o yaml, -ojson, --output=yaml', () => {
    assert.equal(value(parse('-o', 'yaml'), 'output'), 'yaml');
    assert.equal(value(parse('-ojson'), 'output'), 'json');
    assert.equal(value(parse('--output=yaml'), 'output'), 'yaml');
  });

  it('reads a bare boolean flag as true, and --flag=false or --flag false as given', () => {
    assert.equal(value(parse('--dry-run'), 'dry-run'), 'true');
    assert.equal(value(parse('--dry-run=false'), 'dry-run'), 'false');
    assert.equal(value(parse('--ssh-strict-host-key', 'false'), 'ssh-strict-host-key'), 'false');
    assert.equal(value(parse('--start-proxy', 'FALSE'), 'start-proxy'), 'FALSE');
    assert.equal(value(parse('-h'), 'help'), 'true');
    assert.equal(value(parse('--json'), 'json'), 'true');
  });

  it('never takes a mode or another flag as the value of a bare boolean', () => {
    const p = parse('--dry-run', 'onboard', '--create-namespace', '--workload-name', 'web');
    assert.equal(value(p, 'dry-run'), 'true');
    assert.equal(value(p, 'create-namespace'), 'true');
    assert.deepEqual(p.positionals, ['onboard']);
    assert.equal(value(p, 'workload-name'), 'web');
  });

  it('hands an unusual boolean value to validation instead of guessing', () => {
    assert.equal(value(parse('--dry-run=yes'), 'dry-run'), 'yes');
  });

  it('accumulates repeated list flags as lines, which the Action list parsing splits', () => {
    const p = parse(
      '--ports',
      'http:8080',
      '--ports',
      'grpc:9090,tcp:9000',
      '--manifests',
      'a.yaml',
      '--manifests=dir/*.yaml',
      '--vars',
      'A=1',
      '--vars',
      'B=x=y',
    );
    assert.equal(value(p, 'ports'), 'http:8080\ngrpc:9090,tcp:9000');
    assert.deepEqual(splitItems(value(p, 'ports') ?? ''), ['http:8080', 'grpc:9090', 'tcp:9000']);
    assert.deepEqual(splitLines(value(p, 'manifests') ?? ''), ['a.yaml', 'dir/*.yaml']);
    assert.deepEqual(splitLines(value(p, 'vars') ?? ''), ['A=1', 'B=x=y']);
    assert.equal(
      value(parse('--probe-url', 'http://a:8080/', '--probe-url', 'http://b:9090/'), 'probe-url'),
      'http://a:8080/\nhttp://b:9090/',
      'one probe per --probe-url',
    );
    assert.deepEqual(p.values['ssh-known-hosts'], undefined);
    assert.deepEqual(parse('--ssh-known-hosts', 'vm.keys', '--ssh-known-hosts', 'bastion.keys').values['ssh-known-hosts'], [
      'vm.keys',
      'bastion.keys',
    ]);
  });

  it('keeps the last value of a repeated single-valued flag, as kubectl does', () => {
    assert.equal(value(parse('-n', 'a', '--namespace', 'b'), 'namespace'), 'b');
  });

  it('gives the Action its list when a list flag is given once', () => {
    assert.equal(value(parse('--labels', 'app=web,tier=db'), 'labels'), 'app=web,tier=db');
    assert.equal(value(parse(), 'labels'), undefined);
  });

  it('takes what follows -- as positionals', () => {
    assert.deepEqual(parse('--', '--dry-run').positionals, ['--dry-run']);
  });

  it('refuses a value-taking flag without a value, also when the next word is a flag', () => {
    assert.equal(parseError('--namespace'), 'flag needs an argument: --namespace');
    assert.equal(parseError('-n'), "flag needs an argument: 'n' in -n");
    assert.match(
      parseError('--workload-name', '--namespace', 'demo'),
      /^flag needs an argument: --workload-name \(for a value that starts with "-", write --workload-name=VALUE\)$/,
    );
    assert.equal(value(parse('--ssh-key-passphrase=-dash-'), 'ssh-key-passphrase'), '-dash-');
  });

  it('refuses an unknown flag with the nearest names', () => {
    assert.equal(parseError('--namespce', 'demo'), 'unknown flag: --namespce\n\nDid you mean this?\n\t--namespace\n');
    assert.match(parseError('--dryrun'), /^unknown flag: --dryrun\n\nDid you mean this\?\n\t--dry-run\n$/);
    assert.equal(parseError('--completely-different'), 'unknown flag: --completely-different');
    assert.equal(parseError('-x'), "unknown shorthand flag: 'x' in -x");
    assert.equal(parseError('-hv'), "unknown shorthand flag: 'v' in -hv");
  });
});

describe('did you mean', () => {
  const names = flags.map((f) => f.name);
  it('finds names within two edits, or that start with what was typed, nearest first', () => {
    assert.deepEqual(suggestions('namespce', names), ['namespace']);
    assert.deepEqual(suggestions('port', names)[0], 'ports');
    assert.deepEqual(suggestions('ssh-strict', names), ['ssh-strict-host-key']);
    assert.deepEqual(suggestions('kubeconfgi', names), ['kubeconfig']);
    assert.deepEqual(suggestions('zzzzzzzz', names), []);
  });
  it('counts edits as Levenshtein with neighbour swaps', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });
});

describe('CLI wording of input problems', () => {
  it('names the flag, and other inputs as flags, but leaves quoted values alone', () => {
    assert.equal(
      toFlagWords('needs start-proxy: true (without a running proxy there is nothing to probe)', contract),
      'needs --start-proxy (without a running proxy there is nothing to probe)',
    );
    assert.equal(
      toFlagWords('or set ssh-strict-host-key: false to accept any key', contract),
      'or set --ssh-strict-host-key=false to accept any key',
    );
    assert.equal(toFlagWords('is set but ssh-key is empty', contract), 'is set but --ssh-key is empty');
    assert.equal(toFlagWords('cannot be decrypted with ssh-key-passphrase', contract), 'cannot be decrypted with --ssh-key-passphrase');
    assert.equal(
      toFlagWords('set current-context in the kubeconfig or the `context` input', contract),
      'set current-context in the kubeconfig or --context',
    );
    assert.equal(toFlagWords('"ssh-key" is not a valid user name', contract), '"ssh-key" is not a valid user name');
    assert.equal(toFlagWords('as ssh-keygen -lf prints it', contract), 'as ssh-keygen -lf prints it');
    assert.equal(toFlagWords('the namespace of the context', contract), 'the namespace of the context');
  });

  it('says path where the Action says content', () => {
    assert.equal(
      cliProblem(
        { input: 'kubeconfig', message: 'is required for mode onboard: give its content, or set $KUBECONFIG to its path' },
        contract,
      ),
      '--kubeconfig is required for mode onboard: give --kubeconfig PATH, or set $KUBECONFIG',
    );
    assert.equal(
      cliProblem(
        { input: 'ssh-key', message: 'is not a private key ssh2 can read (OpenSSH or PEM text, not a path or a public key)' },
        contract,
        { 'ssh-key': ['id.pub'] },
      ),
      '--ssh-key (id.pub) is not a private key ssh2 can read (the file must hold OpenSSH or PEM text, not a public key)',
    );
  });

  it('rewrites phrases that config/settings-from-inputs.ts still uses', () => {
    const source = readFileSync('src/config/settings-from-inputs.ts', 'utf8');
    for (const [from] of CLI_WORDING)
      assert.ok(source.includes(from), `settings-from-inputs.ts no longer says "${from}": update CLI_WORDING`);
  });

  it('leaves no input name un-flagged in any problem getSettings reports', () => {
    // Every input given something invalid, for the modes that need the most; and the
    // conditional problems (passphrase without key, probes without a proxy, pins missing).
    const bad: Record<string, string> = {};
    for (const i of contract.inputs) bad[i.name] = 'Not Valid!';
    const cases: Array<Record<string, string>> = [
      bad,
      {
        mode: 'onboard',
        'workload-name': 'web',
        namespace: 'demo',
        'vm-host': '10.0.0.1',
        'ssh-key-passphrase': 'p',
        'probe-url': 'http://x/',
        'start-proxy': 'false',
        'ssh-strict-host-key': 'true',
      },
      { mode: 'render', 'workload-name': '', namespace: '' },
    ];
    const hyphenated = contract.inputs.map((i) => i.name).filter((n) => n.includes('-'));
    let seen = 0;
    for (const raw of cases) {
      const read = (name: string) => raw[name] ?? contract.inputs.find((i) => i.name === name)?.default ?? '';
      let err: unknown;
      try {
        getSettings((n) => (n === 'github-token' ? '' : read(n)), { KUBECONFIG: '' });
      } catch (e) {
        err = e;
      }
      assert.ok(err instanceof InputError, 'getSettings refuses these inputs');
      for (const p of err.problems) {
        const line = cliProblem(p, contract).replace(/"[^"]*"/g, '""');
        seen++;
        assert.ok(line.startsWith(`--${p.input} `), line);
        assert.doesNotMatch(line, /input `/, line);
        assert.doesNotMatch(line, /`[a-z-]+`/, line);
        for (const name of hyphenated)
          assert.doesNotMatch(line, new RegExp(`(^|[^-\\w])${name}(?![\\w-])`), `${name} unflagged in: ${line}`);
        assert.doesNotMatch(line, /its content|not a path/, line);
      }
    }
    assert.ok(seen > 20, `checked ${seen} problems`);
  });
});

describe('usage', () => {
  const help = usage(flags);
  it('lists every input and CLI flag, with its default and -n for --namespace', () => {
    for (const f of flags) assert.match(help, new RegExp(`--${f.name}\\b`), f.name);
    assert.match(help, /^ {2}-n, --namespace VALUE$/m);
    assert.match(help, /^ {6}--ssh-strict-host-key\[=true\|false\] \(default "true"\)$/m);
    assert.match(help, /^ {6}--proxy-config-dir VALUE \(default "\/etc\/istio-proxy"\)$/m);
    assert.match(help, /^ {6}--ports VALUE \(repeatable\)$/m);
    assert.match(help, /^ {2}-o, --output yaml\|json$/m);
    assert.doesNotMatch(help, /github\.token|\$\{\{/);
  });

  it('says path, never content, for the file flags', () => {
    for (const name of FILE_FLAGS) {
      const entry = help.split('\n').findIndex((l) => new RegExp(`--${name} PATH`).test(l));
      assert.ok(entry >= 0, `--${name} PATH`);
      const description = help.split('\n')[entry + 1] ?? '';
      assert.match(description, /^\s+Path of /, description);
      assert.doesNotMatch(description, /content|not a path|text\b/i, description);
    }
  });

  it('names other inputs as flags in the descriptions', () => {
    assert.match(help, /Passphrase of --ssh-key,/);
    assert.match(help, /Default: --vm-host\./);
  });
});
