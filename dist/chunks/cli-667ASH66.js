#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  PLAIN,
  defaultConnectors,
  renderSummary,
  renderText,
  runPipeline
} from "./chunk-D7EVECJ4.js";
import "./chunk-F3J6XJSA.js";
import {
  secretsInInputs
} from "./chunk-OYH3DIMU.js";
import {
  createRunDir,
  writeJsonReport,
  writeUserFile
} from "./chunk-BCSFOWDV.js";
import {
  InputError,
  getSettings,
  readInputFile
} from "./chunk-5XDRLE64.js";
import {
  INVENTORY_LIMITS
} from "./chunk-AA4ZNUWX.js";
import "./chunk-4YKHFMZ6.js";
import {
  addSecret,
  mapStrings,
  redactDeep,
  redactSecrets
} from "./chunk-BZEV6XFE.js";
import "./chunk-JOC6KVYR.js";
import {
  escapeControls,
  logSafe
} from "./chunk-NXY6E3WA.js";
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-MBI4W7AN.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-LSYLP4SE.js";
import {
  runSignal
} from "./chunk-XDIF27FF.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/cli.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2 } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join as join2 } from "node:path";

// package.json
var package_default = {
  name: "istio-vm-onboard",
  version: "0.1.0",
  description: "GitHub Action and CLI that onboards a virtual machine into an Istio service mesh and proves it works",
  license: "MIT",
  type: "module",
  private: true,
  bin: {
    "istio-vm-onboard": "bin/istio-vm-onboard.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    setup: "bash scripts/setup.sh",
    build: "node scripts/bundle.mjs",
    "check-dist": "node scripts/bundle.mjs --check",
    "generate-schemas": "node scripts/generate-schemas.mjs",
    "generate-validators": "node --import tsx scripts/generate-validators.ts",
    typecheck: "tsc --noEmit -p tsconfig.json",
    pretest: "bash scripts/setup.sh",
    test: "npm run typecheck && npm run lint && npm run check-dist && npm run check-cycles && node --import tsx --test --test-concurrency=1 'test/unit/**/*.test.ts' 'test/integration/**/*.test.ts'",
    "test:unit": "node --import tsx --test 'test/unit/**/*.test.ts'",
    predemo: "bash scripts/setup.sh",
    demo: "node --import tsx scripts/demo.ts",
    cli: "node dist/cli.js",
    bench: "node --import tsx scripts/bench.ts",
    "check-cycles": "node scripts/check-cycles.mjs",
    lint: "eslint . && prettier --check 'src/**/*.{ts,cts}' 'test/**/*.ts' 'scripts/**/*.{ts,mjs}' '*.mjs'",
    format: "prettier --write 'src/**/*.{ts,cts}' 'test/**/*.ts' 'scripts/**/*.{ts,mjs}' '*.mjs' && eslint --fix .",
    "readme-table": "node --import tsx scripts/readme-table.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@kubernetes/client-node": "2.0.1",
    "@marcbachmann/cel-js": "8.0.0",
    ajv: "^8.20.0",
    "js-yaml": "5.5.0",
    ssh2: "^1.17.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^24.19.2",
    "@types/ssh2": "^1.15.6",
    esbuild: "^0.28.2",
    eslint: "^10.16.0",
    globals: "^17.15.0",
    marked: "^18.2.1",
    node: "^24.21.0",
    prettier: "^3.10.2",
    punycode: "^2.3.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0"
  }
};

// src/config/contract.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findActionYml(from = dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const candidate = join(dir, "action.yml");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`action.yml not found above ${from}`);
    dir = parent;
  }
}
function loadContract(path = findActionYml()) {
  const doc = (0, import_yaml.parse)(readFileSync(path, "utf8"));
  return {
    inputs: Object.entries(doc.inputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec.description ?? "",
      default: spec.default === void 0 ? "" : String(spec.default)
    })),
    outputs: Object.entries(doc.outputs ?? {}).map(([name, spec]) => ({ name, description: spec.description ?? "" }))
  };
}
function isRunnerExpression(value) {
  return /^\$\{\{.*\}\}$/s.test(value.trim());
}

// src/cli-args.ts
var FILE_FLAGS = ["kubeconfig", "ssh-key", "ssh-known-hosts", "inventory"];
var LIST_FLAGS = [
  "labels",
  "ports",
  "manifests",
  "vars",
  "vars-from-env",
  "mesh-hosts",
  "ssh-known-hosts",
  "ssh-host-fingerprint",
  "probe-url"
];
var SHORT_FLAGS = { n: "namespace", o: "output", h: "help" };
var CLI_ONLY = [
  {
    name: "output",
    kind: "string",
    placeholder: "yaml|json",
    default: "",
    description: "With render: print the rendered manifests on stdout, and nothing else there."
  },
  { name: "json", kind: "boolean", placeholder: "", default: "", description: "Print the report as JSON on stdout." },
  {
    name: "output-dir",
    kind: "string",
    placeholder: "DIR",
    default: "",
    description: "Write the rendered manifests and the JSON report in this directory (new files, never overwriting one). Default: a new directory under the system temp directory."
  },
  {
    name: "summary-file",
    kind: "string",
    placeholder: "PATH",
    default: "",
    description: "Write the markdown job summary the Action would show to this file."
  },
  { name: "verbose", kind: "boolean", placeholder: "", default: "", description: "Also print debug lines on stderr." },
  { name: "version", kind: "boolean", placeholder: "", default: "", description: "Print the version and exit." },
  { name: "help", kind: "boolean", placeholder: "", default: "", description: "Print this help and exit." }
];
var CLI_DESCRIPTIONS = {
  kubeconfig: "Path of the kubeconfig file. Default: the file $KUBECONFIG names, else ~/.kube/config.",
  "ssh-key": "Path of the SSH private key file (OpenSSH or PEM).",
  "ssh-known-hosts": "Path of a known_hosts file that pins the VM host key (and the jump host key), e.g. written by ssh-keyscan run once by hand.",
  "github-token": "Token for the pull request comment. Default: $GITHUB_TOKEN.",
  inventory: "Path of a YAML file listing many VMs, one map each of the inputs that differ for it (vm-host, workload-name, ssh-known-hosts, labels, ...); the other flags hold for all of them."
};
var CLI_WORDING = [
  ["give its content, or set $KUBECONFIG to its path", "give --kubeconfig PATH, or set $KUBECONFIG"],
  ["(OpenSSH or PEM text, not a path or a public key)", "(the file must hold OpenSSH or PEM text, not a public key)"]
];
function cliFlags(contract) {
  const flags = contract.inputs.map((i) => inputFlag(i, contract));
  for (const f of CLI_ONLY) flags.push({ ...f });
  for (const [short, name] of Object.entries(SHORT_FLAGS)) {
    const f = flags.find((x) => x.name === name);
    if (f) f.short = short;
  }
  return flags;
}
function inputFlag(i, contract) {
  const kind = i.default === "true" || i.default === "false" ? "boolean" : LIST_FLAGS.includes(i.name) ? "list" : "string";
  const isFile = FILE_FLAGS.includes(i.name);
  return {
    name: i.name,
    kind,
    placeholder: kind === "boolean" ? "" : isFile ? "PATH" : "VALUE",
    description: CLI_DESCRIPTIONS[i.name] ?? toFlagWords(i.description, contract),
    default: isRunnerExpression(i.default) ? "" : i.default
  };
}
function toFlagWords(text, contract) {
  const names = contract.inputs.map((i) => i.name).sort((a, b) => b.length - a.length);
  const hyphenated = names.filter((n) => n.includes("-"));
  const alt = (list) => list.map((n) => n.replace(/[-]/g, "\\-")).join("|");
  let out = text;
  for (const [from, to] of CLI_WORDING) out = out.split(from).join(to);
  return out.split(/("[^"]*")/).map((part, idx) => {
    if (idx % 2 === 1) return part;
    return part.replace(new RegExp(`(?:the )?\`(${alt(names)})\` input|\`(${alt(names)})\``, "g"), (_m, a, b) => `--${a ?? b}`).replace(
      new RegExp(`(?<![\\w$<-])(${alt(hyphenated)}): (true|false)\\b`, "g"),
      (_m, n, v) => v === "true" ? `--${n}` : `--${n}=false`
    ).replace(new RegExp(`(?<![\\w$<-])(${alt(hyphenated)})(?![\\w-])`, "g"), "--$1");
  }).join("");
}
function cliProblem(p, contract, paths = {}) {
  if (p.from) return `${p.from}: ${toFlagWords(p.message, contract)}`;
  const files = paths[p.input];
  return `--${p.input}${files?.length ? ` (${files.join(", ")})` : ""} ${toFlagWords(p.message, contract)}`;
}
function flagValue(spec, given) {
  if (!given || given.length === 0) return void 0;
  return spec.kind === "list" ? given.join("\n") : given[given.length - 1];
}
var BOOLEAN_WORD = /^(true|True|TRUE|false|False|FALSE)$/;
function parseCliArgs(argv, flags) {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const values = {};
  const positionals = [];
  const add = (f, v) => (values[f.name] ??= []).push(v);
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === "--") {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    let spec;
    let inline;
    let shown;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? void 0 : arg.slice(eq + 1);
      spec = byName.get(name);
      shown = `--${name}`;
      if (!spec)
        return {
          error: `unknown flag: ${shown}${didYouMean(
            name,
            flags.map((f) => f.name),
            "--"
          )}`
        };
    } else if (arg.startsWith("-") && arg.length > 1) {
      const letter = arg[1];
      spec = flags.find((f) => f.short === letter);
      if (!spec) return { error: `unknown shorthand flag: '${letter}' in ${arg}` };
      shown = `'${letter}' in -${letter}`;
      if (arg.length > 2) inline = arg[2] === "=" ? arg.slice(3) : arg.slice(2);
      if (spec.kind === "boolean" && inline !== void 0 && arg[2] !== "=")
        return { error: `unknown shorthand flag: '${arg[2]}' in ${arg}` };
    } else {
      positionals.push(arg);
      continue;
    }
    if (inline !== void 0) {
      add(spec, inline);
    } else if (spec.kind === "boolean") {
      const next = argv[k + 1];
      if (next !== void 0 && BOOLEAN_WORD.test(next)) {
        add(spec, next);
        k++;
      } else add(spec, "true");
    } else {
      const next = argv[k + 1];
      if (next === void 0 || next.startsWith("-") && next.length > 1) {
        return {
          error: `flag needs an argument: ${shown}${next === void 0 ? "" : ` (for a value that starts with "-", write --${spec.name}=VALUE)`}`
        };
      }
      add(spec, next);
      k++;
    }
  }
  return { values, positionals };
}
function didYouMean(typed, names, prefix = "") {
  const near = suggestions(typed, names);
  return near.length ? `

Did you mean this?
${near.map((n) => `	${prefix}${n}`).join("\n")}
` : "";
}
function suggestions(typed, names) {
  return names.map((name) => ({ name, d: editDistance(typed, name) })).filter(({ name, d }) => d <= 2 || typed.length >= 3 && name.startsWith(typed)).sort((a, b) => a.d - b.d || a.name.localeCompare(b.name)).slice(0, 3).map(({ name }) => name);
}
function editDistance(a, b) {
  const d = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at = (i, j) => d[i][j];
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i][j] = best;
    }
  }
  return at(a.length, b.length);
}
var MODES = ["onboard", "render", "offboard", "check", "refresh"];
var SHELLS = ["bash", "zsh"];
var SSH_INPUTS = [
  "ssh-user",
  "ssh-key",
  "ssh-key-passphrase",
  "ssh-port",
  "ssh-known-hosts",
  "ssh-host-fingerprint",
  "ssh-strict-host-key",
  "ssh-jump-host",
  "ssh-connect-timeout",
  "ssh-command-timeout",
  "ssh-retries"
];
var PROXY_RUN_INPUTS = [
  "token-lifetime",
  "start-proxy",
  "ready-timeout",
  "probe-url",
  "probe-expected-status",
  "probe-timeout",
  "sidecar-package",
  "sidecar-package-digest"
];
var NOT_USED_BY = {
  onboard: ["fail-on", "config-dump", "refresh-within"],
  render: [
    ...SSH_INPUTS,
    ...PROXY_RUN_INPUTS,
    "lock-timeout",
    "dry-run",
    "proxy-image",
    "proxy-config-dir",
    "fail-on",
    "config-dump",
    "refresh-within"
  ],
  offboard: [...PROXY_RUN_INPUTS, "create-namespace", "fail-on", "config-dump", "refresh-within"],
  check: [...PROXY_RUN_INPUTS, "create-namespace", "lock-timeout", "dry-run", "refresh-within"],
  // refresh starts and probes the proxy it has (no package, no image of its own) and creates nothing.
  refresh: ["sidecar-package", "sidecar-package-digest", "start-proxy", "create-namespace", "fail-on", "config-dump"]
};
function flagsFor(flags, mode) {
  const skip = /* @__PURE__ */ new Set([
    ...mode ? NOT_USED_BY[mode] ?? [] : [],
    ...mode && mode !== "render" ? ["output"] : [],
    ...mode ? ["mode"] : []
  ]);
  return flags.filter((f) => !skip.has(f.name));
}
var MODE_SUMMARY = {
  onboard: "register the VM, bootstrap it, start its proxy and prove it works",
  render: "build and check the manifests only (no VM; the cluster optional, for dry-run and diff)",
  offboard: "undo an onboarding: the proxy and bundle on the VM, then the objects this action applied",
  check: "read-only: the proxy, its certificate and token expiry, the WorkloadEntry and drift against a fresh render; writes nothing",
  refresh: "for the VMs whose certificate expires within refresh-within, has expired, or whose root certificate changed: a fresh token and root certificate, the proxy restarted only where it cannot renew by itself, verified; never registers again"
};
function usage(flags, mode) {
  const line = (f) => {
    const names = `${f.short ? `-${f.short}, ` : "    "}--${f.name}`;
    const value = f.kind === "boolean" ? f.default ? "[=true|false]" : "" : ` ${f.placeholder}`;
    const def = f.default ? ` (default ${JSON.stringify(f.default)})` : "";
    const repeat = f.kind === "list" ? " (repeatable)" : "";
    return [`  ${names}${value}${def}${repeat}`, `        ${f.description}`];
  };
  const shown = flagsFor(flags, mode);
  const inputs = shown.filter((f) => !CLI_ONLY.some((c) => c.name === f.name));
  const own = shown.filter((f) => CLI_ONLY.some((c) => c.name === f.name));
  const head = mode ? [
    `Usage: istio-vm-onboard ${mode} [flags]`,
    "",
    `${mode}: ${MODE_SUMMARY[mode] ?? ""}.`,
    `The flags ${mode} uses (see 'istio-vm-onboard --help' for all).`
  ] : [
    "Usage: istio-vm-onboard [onboard|render|offboard|check|refresh] [flags]",
    "       istio-vm-onboard help [onboard|render|offboard|check|refresh|completion]",
    "       istio-vm-onboard completion bash|zsh"
  ];
  return [
    ...head,
    "",
    "The flags are the inputs of the GitHub Action (action.yml), except that --kubeconfig,",
    "--ssh-key and --ssh-known-hosts take file paths here. A boolean flag alone means true",
    "(--dry-run), or give --dry-run=false. Repeating a list flag adds items (--ports a --ports b).",
    "Exit code: 0 succeeded, 1 failed, 2 invalid input.",
    "",
    "Inputs:",
    ...inputs.flatMap(line),
    "",
    "Command line:",
    ...own.flatMap(line)
  ].join("\n");
}
var COMPLETION_USAGE = [
  "Usage: istio-vm-onboard completion bash|zsh",
  "",
  "Prints a shell script that completes the commands and the flags (each command its own).",
  "  bash:  source <(istio-vm-onboard completion bash)",
  "         or save it as ~/.local/share/bash-completion/completions/istio-vm-onboard",
  "  zsh:   source <(istio-vm-onboard completion zsh)   (in ~/.zshrc, after compinit)"
].join("\n");
function flagWords(list) {
  return list.flatMap((f) => [`--${f.name}`, ...f.short ? [`-${f.short}`] : []]).join(" ");
}
function completionScript(flags, shell) {
  const q = (s) => `'${s}'`;
  const fileFlags = [...FILE_FLAGS, "manifests", "sidecar-package", "summary-file"].map((n) => `--${n}`);
  const valueFlags = flags.filter((f) => f.kind !== "boolean").flatMap((f) => [`--${f.name}`, ...f.short ? [`-${f.short}`] : []]);
  const bash = [
    "# istio-vm-onboard completion: generated by `istio-vm-onboard completion " + shell + "` from action.yml.",
    "_istio_vm_onboard() {",
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" i w',
    '  [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"',
    "  # The command: the first word that is neither a flag nor a flag's value.",
    "  for ((i = 1; i < COMP_CWORD; i++)); do",
    '    w="${COMP_WORDS[i]}"',
    '    case "$w" in',
    "      -*=*) ;;",
    `      ${valueFlags.join("|")}) i=$((i + 1)) ;;`,
    "      -*) ;;",
    '      *) cmd="$w"; break ;;',
    "    esac",
    "  done",
    '  case "$prev" in',
    `    ${fileFlags.join("|")}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`,
    '    --output-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;',
    '    -o|--output) COMPREPLY=($(compgen -W "yaml json" -- "$cur")); return ;;',
    `    --mode) COMPREPLY=($(compgen -W ${q(MODES.join(" "))} -- "$cur")); return ;;`,
    `    ${valueFlags.filter((f) => !fileFlags.includes(f) && !["--output-dir", "-o", "--output", "--mode"].includes(f)).join("|")}) COMPREPLY=(); return ;;`,
    "  esac",
    '  case "$cmd" in',
    `    help) [ "$prev" = help ] && COMPREPLY=($(compgen -W ${q([...MODES, "completion"].join(" "))} -- "$cur")); return ;;`,
    `    completion) [ "$prev" = completion ] && COMPREPLY=($(compgen -W ${q(SHELLS.join(" "))} -- "$cur")); return ;;`,
    ...MODES.map((m) => `    ${m}) COMPREPLY=($(compgen -W ${q(flagWords(flagsFor(flags, m)))} -- "$cur")); return ;;`),
    "  esac",
    '  if [[ "$cur" == -* ]]; then',
    `    COMPREPLY=($(compgen -W ${q(flagWords(flags))} -- "$cur"))`,
    "  else",
    `    COMPREPLY=($(compgen -W ${q([...MODES, "help", "completion"].join(" "))} -- "$cur"))`,
    "  fi",
    "}",
    "complete -o default -F _istio_vm_onboard istio-vm-onboard"
  ];
  if (shell === "zsh") return ["#compdef istio-vm-onboard", "autoload -U +X bashcompinit && bashcompinit", ...bash].join("\n") + "\n";
  return bash.join("\n") + "\n";
}

// src/cli-logger.ts
function cliLogger(opts) {
  const write = opts.write ?? ((line) => process.stderr.write(line + "\n"));
  const redact = redactSecrets;
  const say = (prefix, m) => write(logSafe(redact(prefix + m)));
  return {
    redact,
    info: (m) => say("", m),
    debug: (m) => {
      if (opts.verbose) say("debug: ", m);
    },
    warning: (m, where) => say(`warning: ${where ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : ""}`, m),
    error: (m, where) => say(`error: ${where ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : ""}`, m),
    group: async (title, fn) => {
      say("== ", title);
      return fn();
    },
    secret: (v) => {
      if (v) addSecret(v);
    }
  };
}

// src/cli.ts
var OUTPUTS = ["yaml", "json"];
var SEE_HELP = "See 'istio-vm-onboard --help' for usage.";
var MAX_FILE_FLAG_BYTES = 4 * 1024 * 1024;
var PROCESS_IO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  get isTTY() {
    return process.stdout.isTTY;
  }
};
function usageError(io, message) {
  io.err(`error: ${message}
${SEE_HELP}
`);
  return 2;
}
function printManifests(io, result, format) {
  if (result.verdict !== "succeeded" || !result.manifestsPath) return false;
  const yaml = readFileSync2(result.manifestsPath, "utf8");
  if (format === "yaml") io.out(yaml);
  else {
    const items = (0, import_yaml2.parseAllDocuments)(yaml).map((d) => d.toJS()).filter((o) => o !== null);
    io.out(JSON.stringify({ apiVersion: "v1", kind: "List", items }, null, 2) + "\n");
  }
  return true;
}
var COLOUR = {
  bold: (s) => `\x1B[1m${s}\x1B[0m`,
  good: (s) => `\x1B[32m${s}\x1B[0m`,
  bad: (s) => `\x1B[31m${s}\x1B[0m`
};
async function cli(argv, env = process.env, io = PROCESS_IO) {
  const started = Date.now();
  const contract = loadContract();
  const flags = cliFlags(contract);
  const parsed = parseCliArgs(argv, flags);
  if ("error" in parsed) return usageError(io, parsed.error);
  const spec = (name) => flags.find((f) => f.name === name);
  const given = (name) => flagValue(spec(name), parsed.values[name]);
  const own = {};
  for (const name of ["help", "version", "json", "verbose"]) {
    const v = given(name) ?? "false";
    if (!/^(true|false)$/i.test(v)) return usageError(io, `--${name} must be true or false (got "${v}")`);
    own[name] = v.toLowerCase() === "true";
  }
  const [modeArg, ...extra] = parsed.positionals;
  const modes = MODES;
  if (modeArg === "help" || own.help && (modeArg === void 0 || modes.includes(modeArg) || modeArg === "completion")) {
    const topic = modeArg === "help" ? extra[0] : modeArg;
    if (modeArg === "help" && extra.length > 1) return usageError(io, `help takes one topic (got ${extra.length})`);
    if (topic === "completion") io.out(COMPLETION_USAGE + "\n");
    else if (topic === void 0 || modes.includes(topic)) io.out(usage(flags, topic) + "\n");
    else return usageError(io, `unknown help topic "${topic}"${didYouMean(topic, [...modes, "completion"])}`);
    return 0;
  }
  if (own.version) {
    io.out(`istio-vm-onboard ${package_default.version}
`);
    return 0;
  }
  if (modeArg === "completion") {
    const shell = extra[0];
    const shells = SHELLS;
    if (shell === void 0) return usageError(io, `completion needs a shell: ${SHELLS.join(" or ")}`);
    if (!shells.includes(shell) || extra.length > 1)
      return usageError(io, `unsupported shell type "${extra.join(" ")}": ${SHELLS.join(" or ")}`);
    io.out(completionScript(flags, shell));
    return 0;
  }
  if (modeArg !== void 0 && !modes.includes(modeArg))
    return usageError(io, `unknown command "${modeArg}" for "istio-vm-onboard"${didYouMean(modeArg, [...modes, "help", "completion"])}`);
  if (extra.length) return usageError(io, `unexpected argument "${extra[0]}" (one command at most: ${MODES.join(", ")})`);
  const modeFlag = given("mode");
  if (modeArg && modeFlag !== void 0 && modeFlag !== modeArg)
    return usageError(io, `the command ${modeArg} and --mode ${modeFlag} disagree: give one`);
  const output = given("output");
  if (output !== void 0 && !OUTPUTS.includes(output))
    return usageError(io, `--output must be ${OUTPUTS.join(" or ")} (got "${output}")`);
  const raw = {};
  for (const i of contract.inputs) raw[i.name] = given(i.name) ?? (isRunnerExpression(i.default) ? "" : i.default);
  if (modeArg) raw.mode = modeArg;
  if (output !== void 0 && raw.mode !== "render")
    return usageError(io, `-o/--output prints the rendered manifests: use it with render (for onboard's plan, use --dry-run)`);
  if (output !== void 0 && own.json) return usageError(io, "--json and -o/--output both print on stdout: give one");
  if (!raw["github-token"]) raw["github-token"] = env.GITHUB_TOKEN ?? "";
  const paths = {};
  for (const flag of FILE_FLAGS) {
    const list = (parsed.values[flag] ?? []).filter((p) => p !== "");
    if (!list.length) continue;
    const chosen = spec(flag).kind === "list" ? list : list.slice(-1);
    const contents = [];
    for (const path of chosen) {
      const read2 = readInputFile(path, process.cwd(), flag === "inventory" ? INVENTORY_LIMITS.bytes : MAX_FILE_FLAG_BYTES);
      if ("problem" in read2)
        return usageError(
          io,
          `--${flag} ${escapeControls(path, { keepNewlines: false })}: ${read2.problem} (on the command line --${flag} takes a file path)`
        );
      contents.push(read2.text);
    }
    paths[flag] = chosen;
    raw[flag] = contents.join("\n");
  }
  const defaultKubeconfig = join2(homedir(), ".kube", "config");
  const runEnv = { ...env };
  if (!raw.kubeconfig && !env.KUBECONFIG && existsSync2(defaultKubeconfig)) runEnv.KUBECONFIG = defaultKubeconfig;
  const read = (name) => raw[name] ?? "";
  const log = cliLogger({ verbose: own.verbose === true });
  const flagErrors = (problems2) => {
    const lines = problems2.map((p) => cliProblem(p, contract, paths));
    return lines.length === 1 ? `error: ${lines[0]}` : `error: ${lines.length} problems with the flags:
${lines.map((l) => `  - ${l}`).join("\n")}`;
  };
  for (const secret of secretsInInputs(read, runEnv)) log.secret(secret);
  let settings;
  try {
    settings = getSettings(read, runEnv);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(log.redact(flagErrors(err.problems)) + `
${SEE_HELP}
`);
      return 2;
    }
    throw err;
  }
  const outputDir = given("output-dir");
  if (outputDir) mkdirSync(outputDir, { recursive: true });
  const workDir = outputDir || createRunDir(tmpdir(), "istio-vm-onboard-");
  const stop = runSignal(settings.timeoutMs, log, started);
  const result = redactDeep(
    await runPipeline(settings, {
      log,
      env: runEnv,
      workDir,
      cwd: process.cwd(),
      signal: stop.signal,
      connect: defaultConnectors()
    }).finally(() => stop.dispose())
  );
  const reportPath = writeJsonReport(result, workDir);
  const problems = result.error?.inputProblems;
  if (problems?.length) {
    io.err(escapeControls(flagErrors(problems), { keepNewlines: true }) + `
report: ${reportPath}
`);
    return 2;
  }
  const summaryFile = given("summary-file");
  if (summaryFile) writeUserFile(summaryFile, log.redact(renderSummary(result)));
  if (output !== void 0) {
    if (!printManifests(io, result, output)) io.err(escapeControls(renderText(result, PLAIN), { keepNewlines: true }) + "\n");
    io.err(`report: ${reportPath}
`);
  } else if (own.json) io.out(log.redact(JSON.stringify({ ...result, report: reportPath }, null, 2)) + "\n");
  else
    io.out(
      renderText(
        mapStrings(result, (v) => escapeControls(v, { keepNewlines: true })),
        io.isTTY && !env.NO_COLOR ? COLOUR : PLAIN
      ) + `
report: ${reportPath}
`
    );
  return result.verdict === "succeeded" ? 0 : 1;
}
function runCli() {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`istio-vm-onboard: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
      process.exit(1);
    }
  );
}
export {
  cli,
  runCli
};
