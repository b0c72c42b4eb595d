// The CLI twin of the Action: the same inputs as flags (names and defaults read from
// action.yml, parsed with kubectl's habits in cli-args.ts), the same pipeline, the same
// report as text or JSON; `render -o yaml|json` prints the rendered manifests instead.
//   istio-vm-onboard [onboard|render|offboard] --workload-name NAME -n NS ... [--json]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import pkg from '../package.json' with { type: 'json' };
import {
  cliFlags,
  cliProblem,
  COMPLETION_USAGE,
  completionScript,
  didYouMean,
  FILE_FLAGS,
  flagValue,
  MODES,
  parseCliArgs,
  SHELLS,
  usage,
  type FlagSpec,
} from './cli-args.js';
import { cliLogger } from './cli-logger.js';
import { escapeControls } from './log.js';
import { mapStrings, redactDeep } from './redact.js';
import { isRunnerExpression, loadContract } from './config/contract.js';
import { InputError, type InputProblem } from './config/errors.js';
import { readInputFile } from './config/input-file.js';
import { INVENTORY_LIMITS } from './config/inventory.js';
import { secretsInInputs } from './config/secrets.js';
import { getSettings, type InputReader } from './config/settings-from-inputs.js';
import { runSignal } from './pipeline/abort.js';
import { defaultConnectors } from './pipeline/context.js';
import { runPipeline } from './pipeline/run.js';
import type { RunResult } from './report/result.js';
import { createRunDir, writeJsonReport, writeUserFile } from './report/write.js';
import { renderSummary } from './report/summary.js';
import { renderText, type TextStyle, PLAIN } from './report/text.js';

const OUTPUTS = ['yaml', 'json'];
const SEE_HELP = "See 'istio-vm-onboard --help' for usage.";
/** A kubeconfig, key or known_hosts file larger than this is not one. */
const MAX_FILE_FLAG_BYTES = 4 * 1024 * 1024;

/** Where the CLI prints: the process's stdout and stderr, or a test's buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  isTTY?: boolean;
}

const PROCESS_IO: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  get isTTY() {
    return process.stdout.isTTY;
  },
};

/** A mistake on the command line: "error: ..." and where to read more, exit code 2. */
function usageError(io: CliIo, message: string): number {
  io.err(`error: ${message}\n${SEE_HELP}\n`);
  return 2;
}

/** The rendered manifests as -o asks: the manifests file as written, or a kubectl List. */
function printManifests(io: CliIo, result: RunResult, format: string): boolean {
  if (result.verdict !== 'succeeded' || !result.manifestsPath) return false;
  const yaml = readFileSync(result.manifestsPath, 'utf8');
  if (format === 'yaml') io.out(yaml);
  else {
    const items = parseAllDocuments(yaml)
      .map((d) => d.toJS() as unknown)
      .filter((o) => o !== null);
    io.out(JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2) + '\n');
  }
  return true;
}

const COLOUR: TextStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
  good: (s) => `\x1b[32m${s}\x1b[0m`,
  bad: (s) => `\x1b[31m${s}\x1b[0m`,
};

export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CliIo = PROCESS_IO): Promise<number> {
  const started = Date.now();
  const contract = loadContract();
  const flags = cliFlags(contract);
  const parsed = parseCliArgs(argv, flags);
  if ('error' in parsed) return usageError(io, parsed.error);
  const spec = (name: string) => flags.find((f) => f.name === name) as FlagSpec;
  const given = (name: string) => flagValue(spec(name), parsed.values[name]);
  const own: Record<string, boolean> = {};
  for (const name of ['help', 'version', 'json', 'verbose']) {
    const v = given(name) ?? 'false';
    if (!/^(true|false)$/i.test(v)) return usageError(io, `--${name} must be true or false (got "${v}")`);
    own[name] = v.toLowerCase() === 'true';
  }
  const [modeArg, ...extra] = parsed.positionals;
  const modes: readonly string[] = MODES;
  // As kubectl: `help MODE` and `MODE --help` print that command's help; `completion SHELL` a script.
  if (modeArg === 'help' || (own.help && (modeArg === undefined || modes.includes(modeArg) || modeArg === 'completion'))) {
    const topic = modeArg === 'help' ? extra[0] : modeArg;
    if (modeArg === 'help' && extra.length > 1) return usageError(io, `help takes one topic (got ${extra.length})`);
    if (topic === 'completion') io.out(COMPLETION_USAGE + '\n');
    else if (topic === undefined || modes.includes(topic)) io.out(usage(flags, topic) + '\n');
    else return usageError(io, `unknown help topic "${topic}"${didYouMean(topic, [...modes, 'completion'])}`);
    return 0;
  }
  if (own.version) {
    io.out(`istio-vm-onboard ${pkg.version}\n`);
    return 0;
  }
  if (modeArg === 'completion') {
    const shell = extra[0];
    const shells: readonly string[] = SHELLS;
    if (shell === undefined) return usageError(io, `completion needs a shell: ${SHELLS.join(' or ')}`);
    if (!shells.includes(shell) || extra.length > 1)
      return usageError(io, `unsupported shell type "${extra.join(' ')}": ${SHELLS.join(' or ')}`);
    io.out(completionScript(flags, shell));
    return 0;
  }
  if (modeArg !== undefined && !modes.includes(modeArg))
    return usageError(io, `unknown command "${modeArg}" for "istio-vm-onboard"${didYouMean(modeArg, [...modes, 'help', 'completion'])}`);
  if (extra.length) return usageError(io, `unexpected argument "${extra[0]}" (one command at most: ${MODES.join(', ')})`);
  const modeFlag = given('mode');
  if (modeArg && modeFlag !== undefined && modeFlag !== modeArg)
    return usageError(io, `the command ${modeArg} and --mode ${modeFlag} disagree: give one`);
  const output = given('output');
  if (output !== undefined && !OUTPUTS.includes(output))
    return usageError(io, `--output must be ${OUTPUTS.join(' or ')} (got "${output}")`);

  const raw: Record<string, string> = {};
  for (const i of contract.inputs) raw[i.name] = given(i.name) ?? (isRunnerExpression(i.default) ? '' : i.default);
  if (modeArg) raw.mode = modeArg;
  if (output !== undefined && raw.mode !== 'render')
    return usageError(io, `-o/--output prints the rendered manifests: use it with render (for onboard's plan, use --dry-run)`);
  if (output !== undefined && own.json) return usageError(io, '--json and -o/--output both print on stdout: give one');
  if (!raw['github-token']) raw['github-token'] = env.GITHUB_TOKEN ?? '';
  // File flags name files here; the pipeline takes their content, as the Action does.
  const paths: Record<string, string[]> = {};
  for (const flag of FILE_FLAGS) {
    const list = (parsed.values[flag] ?? []).filter((p) => p !== '');
    if (!list.length) continue;
    const chosen = spec(flag).kind === 'list' ? list : list.slice(-1);
    const contents: string[] = [];
    for (const path of chosen) {
      // A file in the working directory may be the repository's: not followed out of it by a symlink.
      const read = readInputFile(path, process.cwd(), flag === 'inventory' ? INVENTORY_LIMITS.bytes : MAX_FILE_FLAG_BYTES);
      if ('problem' in read)
        return usageError(
          io,
          `--${flag} ${escapeControls(path, { keepNewlines: false })}: ${read.problem} (on the command line --${flag} takes a file path)`,
        );
      contents.push(read.text);
    }
    paths[flag] = chosen;
    raw[flag] = contents.join('\n');
  }
  const defaultKubeconfig = join(homedir(), '.kube', 'config');
  const runEnv = { ...env };
  if (!raw.kubeconfig && !env.KUBECONFIG && existsSync(defaultKubeconfig)) runEnv.KUBECONFIG = defaultKubeconfig;

  const read: InputReader = (name) => raw[name] ?? '';
  const log = cliLogger({ verbose: own.verbose === true });
  /** Input problems as kubectl words flag errors: one line, or a list. */
  const flagErrors = (problems: InputProblem[]): string => {
    const lines = problems.map((p) => cliProblem(p, contract, paths));
    return lines.length === 1
      ? `error: ${lines[0]}`
      : `error: ${lines.length} problems with the flags:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
  };
  for (const secret of secretsInInputs(read, runEnv)) log.secret(secret);
  let settings;
  try {
    settings = getSettings(read, runEnv);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(log.redact(flagErrors(err.problems)) + `\n${SEE_HELP}\n`);
      return 2;
    }
    throw err;
  }
  // The user's --output-dir, else a new directory: the files' names are the action's own (report/write.ts).
  const outputDir = given('output-dir');
  if (outputDir) mkdirSync(outputDir, { recursive: true });
  const workDir = outputDir || createRunDir(tmpdir(), 'istio-vm-onboard-');
  const stop = runSignal(settings.timeoutMs, log, started); // timeout, Ctrl-C, SIGTERM: stop, roll back, report
  // Redacted before anything is made of it, as the Action does (src/main.ts): report file, summary, text, JSON.
  const result = redactDeep(
    await runPipeline(settings, {
      log,
      env: runEnv,
      workDir,
      cwd: process.cwd(),
      signal: stop.signal,
      connect: defaultConnectors(),
    }).finally(() => stop.dispose()),
  );
  const reportPath = writeJsonReport(result, workDir);
  const problems = result.error?.inputProblems;
  if (problems?.length) {
    // Inputs the manifests contradict are wrong input, found once the manifests were read:
    // reported like any other flag problem (flag names, exit 2).
    io.err(escapeControls(flagErrors(problems), { keepNewlines: true }) + `\nreport: ${reportPath}\n`);
    return 2;
  }
  const summaryFile = given('summary-file');
  if (summaryFile) writeUserFile(summaryFile, log.redact(renderSummary(result)));
  if (output !== undefined) {
    // stdout holds the manifests only (for a pipe into kubectl); a failed run prints none.
    if (!printManifests(io, result, output)) io.err(escapeControls(renderText(result, PLAIN), { keepNewlines: true }) + '\n');
    io.err(`report: ${reportPath}\n`);
  } else if (own.json) io.out(log.redact(JSON.stringify({ ...result, report: reportPath }, null, 2)) + '\n');
  // Values from manifests, the cluster or the VM are escaped before the styling adds its own escapes.
  else
    io.out(
      renderText(
        mapStrings(result, (v) => escapeControls(v, { keepNewlines: true })),
        io.isTTY && !env.NO_COLOR ? COLOUR : PLAIN,
      ) + `\nreport: ${reportPath}\n`,
    );
  return result.verdict === 'succeeded' ? 0 : 1;
}

/** Runs the CLI with this process's arguments and exits with its code. */
export function runCli(): void {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`istio-vm-onboard: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
