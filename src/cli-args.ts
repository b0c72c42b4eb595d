// Command-line parsing with kubectl's habits (pflag): --flag VALUE and --flag=VALUE, -n for
// --namespace, a bare boolean flag means true, list flags accumulate when repeated, and an
// unknown flag gets a "did you mean". The flags themselves come from action.yml.
import { isRunnerExpression, type Contract, type InputSpec } from './config/contract.js';
import type { InputProblem } from './config/errors.js';

export type FlagKind = 'string' | 'boolean' | 'list';

export interface FlagSpec {
  name: string;
  kind: FlagKind;
  short?: string;
  /** What the value is, in the help: VALUE, or PATH for file flags. */
  placeholder: string;
  description: string;
  /** Default as the help shows it; empty when there is none worth showing. */
  default: string;
}

/** Inputs that hold file content in the Action; on a command line they name the file. */
export const FILE_FLAGS = ['kubeconfig', 'ssh-key', 'ssh-known-hosts', 'inventory'] as const;

/**
 * Multi-line inputs (one item per line, see config/lists.ts): repeating the flag adds lines,
 * as a YAML block scalar would. ssh-known-hosts is a file flag: each file adds its lines.
 */
export const LIST_FLAGS = [
  'labels',
  'ports',
  'manifests',
  'vars',
  'vars-from-env',
  'mesh-hosts',
  'ssh-known-hosts',
  'ssh-host-fingerprint',
  'probe-url',
] as const;

export const SHORT_FLAGS: Record<string, string> = { n: 'namespace', o: 'output', h: 'help' };

/** The CLI's own flags, which are not Action inputs. */
const CLI_ONLY: Array<Omit<FlagSpec, 'short'>> = [
  {
    name: 'output',
    kind: 'string',
    placeholder: 'yaml|json',
    default: '',
    description: 'With render: print the rendered manifests on stdout, and nothing else there.',
  },
  { name: 'json', kind: 'boolean', placeholder: '', default: '', description: 'Print the report as JSON on stdout.' },
  {
    name: 'output-dir',
    kind: 'string',
    placeholder: 'DIR',
    default: '',
    description:
      'Write the rendered manifests and the JSON report in this directory (new files, never overwriting one). Default: a new directory under the system temp directory.',
  },
  {
    name: 'summary-file',
    kind: 'string',
    placeholder: 'PATH',
    default: '',
    description: 'Write the markdown job summary the Action would show to this file.',
  },
  { name: 'verbose', kind: 'boolean', placeholder: '', default: '', description: 'Also print debug lines on stderr.' },
  { name: 'version', kind: 'boolean', placeholder: '', default: '', description: 'Print the version and exit.' },
  { name: 'help', kind: 'boolean', placeholder: '', default: '', description: 'Print this help and exit.' },
];

/** Where action.yml describes content or a runner default, the command line differs. */
const CLI_DESCRIPTIONS: Record<string, string> = {
  kubeconfig: 'Path of the kubeconfig file. Default: the file $KUBECONFIG names, else ~/.kube/config.',
  'ssh-key': 'Path of the SSH private key file (OpenSSH or PEM).',
  'ssh-known-hosts':
    'Path of a known_hosts file that pins the VM host key (and the jump host key), e.g. written by ssh-keyscan run once by hand.',
  'github-token': 'Token for the pull request comment. Default: $GITHUB_TOKEN.',
  inventory:
    'Path of a YAML file listing many VMs, one map each of the inputs that differ for it (vm-host, workload-name, ssh-known-hosts, labels, ...); the other flags hold for all of them.',
};

/**
 * Action wording that is wrong on a command line, where the file flags take paths. Each key
 * is a phrase of config/settings-from-inputs.ts (a unit test keeps them in step).
 */
export const CLI_WORDING: Array<[string, string]> = [
  ['give its content, or set $KUBECONFIG to its path', 'give --kubeconfig PATH, or set $KUBECONFIG'],
  ['(OpenSSH or PEM text, not a path or a public key)', '(the file must hold OpenSSH or PEM text, not a public key)'],
];

export function cliFlags(contract: Contract): FlagSpec[] {
  const flags: FlagSpec[] = contract.inputs.map((i) => inputFlag(i, contract));
  for (const f of CLI_ONLY) flags.push({ ...f });
  for (const [short, name] of Object.entries(SHORT_FLAGS)) {
    const f = flags.find((x) => x.name === name);
    if (f) f.short = short;
  }
  return flags;
}

function inputFlag(i: InputSpec, contract: Contract): FlagSpec {
  const kind: FlagKind =
    i.default === 'true' || i.default === 'false' ? 'boolean' : (LIST_FLAGS as readonly string[]).includes(i.name) ? 'list' : 'string';
  const isFile = (FILE_FLAGS as readonly string[]).includes(i.name);
  return {
    name: i.name,
    kind,
    placeholder: kind === 'boolean' ? '' : isFile ? 'PATH' : 'VALUE',
    description: CLI_DESCRIPTIONS[i.name] ?? toFlagWords(i.description, contract),
    default: isRunnerExpression(i.default) ? '' : i.default,
  };
}

/**
 * Names other inputs as flags: `x`, x: true|false and hyphenated input names become --x.
 * One-word names (namespace, context, ...) are also plain words, so only `x` rewrites them.
 * Quoted values ("...") are the user's own text and stay as they are.
 */
export function toFlagWords(text: string, contract: Contract): string {
  const names = contract.inputs.map((i) => i.name).sort((a, b) => b.length - a.length);
  const hyphenated = names.filter((n) => n.includes('-'));
  const alt = (list: string[]) => list.map((n) => n.replace(/[-]/g, '\\-')).join('|');
  let out = text;
  for (const [from, to] of CLI_WORDING) out = out.split(from).join(to);
  return out
    .split(/("[^"]*")/)
    .map((part, idx) => {
      if (idx % 2 === 1) return part;
      return part
        .replace(new RegExp(`(?:the )?\`(${alt(names)})\` input|\`(${alt(names)})\``, 'g'), (_m, a?: string, b?: string) => `--${a ?? b}`)
        .replace(new RegExp(`(?<![\\w$<-])(${alt(hyphenated)}): (true|false)\\b`, 'g'), (_m, n: string, v: string) =>
          v === 'true' ? `--${n}` : `--${n}=false`,
        )
        .replace(new RegExp(`(?<![\\w$<-])(${alt(hyphenated)})(?![\\w-])`, 'g'), '--$1');
    })
    .join('');
}

/** An input problem as a CLI user knows it: the flag (and the files it named), other inputs as flags. */
export function cliProblem(p: InputProblem, contract: Contract, paths: Record<string, string[]> = {}): string {
  // A value from the environment ($KUBECONFIG's files) is named as such: that flag was not given.
  if (p.from) return `${p.from}: ${toFlagWords(p.message, contract)}`;
  const files = paths[p.input];
  return `--${p.input}${files?.length ? ` (${files.join(', ')})` : ''} ${toFlagWords(p.message, contract)}`;
}

export interface ParsedArgs {
  /** Every value given, per flag name, in order (a bare boolean flag gives "true"). */
  values: Record<string, string[]>;
  positionals: string[];
}

/** The value of a flag as an input: lists joined by newlines, otherwise the last one given. */
export function flagValue(spec: FlagSpec, given: string[] | undefined): string | undefined {
  if (!given || given.length === 0) return undefined;
  return spec.kind === 'list' ? given.join('\n') : given[given.length - 1];
}

const BOOLEAN_WORD = /^(true|True|TRUE|false|False|FALSE)$/;

/** Parses argv; on a mistake returns the error text (without "error: "), as kubectl words it. */
export function parseCliArgs(argv: string[], flags: FlagSpec[]): ParsedArgs | { error: string } {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const values: Record<string, string[]> = {};
  const positionals: string[] = [];
  const add = (f: FlagSpec, v: string) => (values[f.name] ??= []).push(v);
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      spec = byName.get(name);
      shown = `--${name}`;
      if (!spec)
        return {
          error: `unknown flag: ${shown}${didYouMean(
            name,
            flags.map((f) => f.name),
            '--',
          )}`,
        };
    } else if (arg.startsWith('-') && arg.length > 1) {
      const letter = arg[1] as string;
      spec = flags.find((f) => f.short === letter);
      if (!spec) return { error: `unknown shorthand flag: '${letter}' in ${arg}` };
      shown = `'${letter}' in -${letter}`;
      // -nNAME and -n=NAME, as pflag takes them.
      if (arg.length > 2) inline = arg[2] === '=' ? arg.slice(3) : arg.slice(2);
      if (spec.kind === 'boolean' && inline !== undefined && arg[2] !== '=')
        return { error: `unknown shorthand flag: '${arg[2]}' in ${arg}` };
    } else {
      positionals.push(arg);
      continue;
    }
    if (inline !== undefined) {
      add(spec, inline);
    } else if (spec.kind === 'boolean') {
      // A bare boolean means true; "--dry-run false" is read as the value too (never a mode).
      const next = argv[k + 1];
      if (next !== undefined && BOOLEAN_WORD.test(next)) {
        add(spec, next);
        k++;
      } else add(spec, 'true');
    } else {
      const next = argv[k + 1];
      // Taking the next flag as this one's value hides both mistakes; --x=-value still works.
      if (next === undefined || (next.startsWith('-') && next.length > 1)) {
        return {
          error: `flag needs an argument: ${shown}${next === undefined ? '' : ` (for a value that starts with "-", write --${spec.name}=VALUE)`}`,
        };
      }
      add(spec, next);
      k++;
    }
  }
  return { values, positionals };
}

/** "\n\nDid you mean this?\n\t--namespace\n" for the nearest names, or "" when none is near. */
export function didYouMean(typed: string, names: string[], prefix = ''): string {
  const near = suggestions(typed, names);
  return near.length ? `\n\nDid you mean this?\n${near.map((n) => `\t${prefix}${n}`).join('\n')}\n` : '';
}

/** Names within edit distance 2 (or that start with what was typed), nearest first, at most 3. */
export function suggestions(typed: string, names: string[]): string[] {
  return names
    .map((name) => ({ name, d: editDistance(typed, name) }))
    .filter(({ name, d }) => d <= 2 || (typed.length >= 3 && name.startsWith(typed)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map(({ name }) => name);
}

/** Levenshtein distance where swapping two neighbouring letters also counts as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

export const MODES = ['onboard', 'render', 'offboard', 'check', 'refresh'] as const;
export const SHELLS = ['bash', 'zsh'] as const;

const SSH_INPUTS = [
  'ssh-user',
  'ssh-key',
  'ssh-key-passphrase',
  'ssh-port',
  'ssh-known-hosts',
  'ssh-host-fingerprint',
  'ssh-strict-host-key',
  'ssh-jump-host',
  'ssh-connect-timeout',
  'ssh-command-timeout',
  'ssh-retries',
];
/** Starting, checking and probing a proxy: onboard's alone. */
const PROXY_RUN_INPUTS = [
  'token-lifetime',
  'start-proxy',
  'ready-timeout',
  'probe-url',
  'probe-expected-status',
  'probe-timeout',
  'sidecar-package',
  'sidecar-package-digest',
];
/**
 * Inputs a mode has no use for: `help MODE` leaves them out. Render reaches no VM; offboard
 * starts and probes no proxy and creates nothing. Every mode renders first, so what shapes
 * the objects stays in all three.
 */
const NOT_USED_BY: Record<string, string[]> = {
  onboard: ['fail-on', 'config-dump', 'refresh-within'],
  render: [
    ...SSH_INPUTS,
    ...PROXY_RUN_INPUTS,
    'lock-timeout',
    'dry-run',
    'proxy-image',
    'proxy-config-dir',
    'fail-on',
    'config-dump',
    'refresh-within',
  ],
  offboard: [...PROXY_RUN_INPUTS, 'create-namespace', 'fail-on', 'config-dump', 'refresh-within'],
  check: [...PROXY_RUN_INPUTS, 'create-namespace', 'lock-timeout', 'dry-run', 'refresh-within'],
  // refresh starts and probes the proxy it has (no package, no image of its own) and creates nothing.
  refresh: ['sidecar-package', 'sidecar-package-digest', 'start-proxy', 'create-namespace', 'fail-on', 'config-dump'],
};

/** The flags a mode uses (all of them without a mode). */
export function flagsFor(flags: FlagSpec[], mode?: string): FlagSpec[] {
  const skip = new Set([
    ...(mode ? (NOT_USED_BY[mode] ?? []) : []),
    ...(mode && mode !== 'render' ? ['output'] : []),
    ...(mode ? ['mode'] : []),
  ]);
  return flags.filter((f) => !skip.has(f.name));
}

const MODE_SUMMARY: Record<string, string> = {
  onboard: 'register the VM, bootstrap it, start its proxy and prove it works',
  render: 'build and check the manifests only (no VM; the cluster optional, for dry-run and diff)',
  offboard: 'undo an onboarding: the proxy and bundle on the VM, then the objects this action applied',
  check: 'read-only: the proxy, its certificate and token expiry, the WorkloadEntry and drift against a fresh render; writes nothing',
  refresh:
    'for the VMs whose certificate expires within refresh-within, has expired, or whose root certificate changed: a fresh token and root certificate, the proxy restarted only where it cannot renew by itself, verified; never registers again',
};

/** The help, from the same flag list the parser uses, so the two cannot disagree; with a mode, that mode's flags. */
export function usage(flags: FlagSpec[], mode?: string): string {
  const line = (f: FlagSpec) => {
    const names = `${f.short ? `-${f.short}, ` : '    '}--${f.name}`;
    const value = f.kind === 'boolean' ? (f.default ? '[=true|false]' : '') : ` ${f.placeholder}`;
    const def = f.default ? ` (default ${JSON.stringify(f.default)})` : '';
    const repeat = f.kind === 'list' ? ' (repeatable)' : '';
    return [`  ${names}${value}${def}${repeat}`, `        ${f.description}`];
  };
  const shown = flagsFor(flags, mode);
  const inputs = shown.filter((f) => !CLI_ONLY.some((c) => c.name === f.name));
  const own = shown.filter((f) => CLI_ONLY.some((c) => c.name === f.name));
  const head = mode
    ? [
        `Usage: istio-vm-onboard ${mode} [flags]`,
        '',
        `${mode}: ${MODE_SUMMARY[mode] ?? ''}.`,
        `The flags ${mode} uses (see 'istio-vm-onboard --help' for all).`,
      ]
    : [
        'Usage: istio-vm-onboard [onboard|render|offboard|check|refresh] [flags]',
        '       istio-vm-onboard help [onboard|render|offboard|check|refresh|completion]',
        '       istio-vm-onboard completion bash|zsh',
      ];
  return [
    ...head,
    '',
    'The flags are the inputs of the GitHub Action (action.yml), except that --kubeconfig,',
    '--ssh-key and --ssh-known-hosts take file paths here. A boolean flag alone means true',
    '(--dry-run), or give --dry-run=false. Repeating a list flag adds items (--ports a --ports b).',
    'Exit code: 0 succeeded, 1 failed, 2 invalid input.',
    '',
    'Inputs:',
    ...inputs.flatMap(line),
    '',
    'Command line:',
    ...own.flatMap(line),
  ].join('\n');
}

/** `completion`'s own help. */
export const COMPLETION_USAGE = [
  'Usage: istio-vm-onboard completion bash|zsh',
  '',
  'Prints a shell script that completes the commands and the flags (each command its own).',
  '  bash:  source <(istio-vm-onboard completion bash)',
  '         or save it as ~/.local/share/bash-completion/completions/istio-vm-onboard',
  '  zsh:   source <(istio-vm-onboard completion zsh)   (in ~/.zshrc, after compinit)',
].join('\n');

/** The flags as the completion offers them: --name, and -x for those with a shorthand. */
function flagWords(list: FlagSpec[]): string {
  return list.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]).join(' ');
}

/**
 * A completion script for bash (zsh runs the same through its bashcompinit, as kubectl's
 * once did): the commands, each mode's flags (flagsFor, from action.yml as the parser's are),
 * file names after the file flags, the values of --mode and -o.
 */
export function completionScript(flags: FlagSpec[], shell: string): string {
  const q = (s: string) => `'${s}'`;
  const fileFlags = [...FILE_FLAGS, 'manifests', 'sidecar-package', 'summary-file'].map((n) => `--${n}`);
  const valueFlags = flags.filter((f) => f.kind !== 'boolean').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
  const bash = [
    '# istio-vm-onboard completion: generated by `istio-vm-onboard completion ' + shell + '` from action.yml.',
    '_istio_vm_onboard() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" i w',
    '  [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"',
    "  # The command: the first word that is neither a flag nor a flag's value.",
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    w="${COMP_WORDS[i]}"',
    '    case "$w" in',
    '      -*=*) ;;',
    `      ${valueFlags.join('|')}) i=$((i + 1)) ;;`,
    '      -*) ;;',
    '      *) cmd="$w"; break ;;',
    '    esac',
    '  done',
    '  case "$prev" in',
    `    ${fileFlags.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`,
    '    --output-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;',
    '    -o|--output) COMPREPLY=($(compgen -W "yaml json" -- "$cur")); return ;;',
    `    --mode) COMPREPLY=($(compgen -W ${q(MODES.join(' '))} -- "$cur")); return ;;`,
    `    ${valueFlags.filter((f) => !fileFlags.includes(f) && !['--output-dir', '-o', '--output', '--mode'].includes(f)).join('|')}) COMPREPLY=(); return ;;`,
    '  esac',
    '  case "$cmd" in',
    `    help) [ "$prev" = help ] && COMPREPLY=($(compgen -W ${q([...MODES, 'completion'].join(' '))} -- "$cur")); return ;;`,
    `    completion) [ "$prev" = completion ] && COMPREPLY=($(compgen -W ${q(SHELLS.join(' '))} -- "$cur")); return ;;`,
    ...MODES.map((m) => `    ${m}) COMPREPLY=($(compgen -W ${q(flagWords(flagsFor(flags, m)))} -- "$cur")); return ;;`),
    '  esac',
    '  if [[ "$cur" == -* ]]; then',
    `    COMPREPLY=($(compgen -W ${q(flagWords(flags))} -- "$cur"))`,
    '  else',
    `    COMPREPLY=($(compgen -W ${q([...MODES, 'help', 'completion'].join(' '))} -- "$cur"))`,
    '  fi',
    '}',
    'complete -o default -F _istio_vm_onboard istio-vm-onboard',
  ];
  if (shell === 'zsh') return ['#compdef istio-vm-onboard', 'autoload -U +X bashcompinit && bashcompinit', ...bash].join('\n') + '\n';
  return bash.join('\n') + '\n';
}
