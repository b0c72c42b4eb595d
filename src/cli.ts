// The CLI twin of the Action: the same inputs as flags (names and defaults read from
// action.yml), the same pipeline, the same report as text or JSON.
//   istio-vm-onboard [onboard|render|offboard] --workload-name NAME --namespace NS ... [--json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cliLogger } from './cli-logger.js';
import { isRunnerExpression, loadContract, type Contract } from './config/contract.js';
import { InputError } from './config/errors.js';
import { secretsInInputs } from './config/secrets.js';
import { getSettings, type InputReader } from './config/settings-from-inputs.js';
import { runPipeline } from './pipeline/run.js';
import { writeJsonReport } from './report/write.js';
import { renderSummary } from './report/summary.js';
import { renderText, type TextStyle, PLAIN } from './report/text.js';

/** Inputs that hold file content in the Action; on a command line they name the file. */
export const FILE_FLAGS = ['kubeconfig', 'ssh-key', 'ssh-known-hosts'] as const;
const MODES = ['onboard', 'render', 'offboard'];

function usage(contract: Contract): string {
  const lines = [
    'Usage: istio-vm-onboard [onboard|render|offboard] [--INPUT VALUE ...] [--json] [--verbose] [--summary-file FILE]',
    '',
    'Flags are the inputs of the GitHub Action (action.yml). --kubeconfig, --ssh-key and',
    '--ssh-known-hosts take a file path here. Without --kubeconfig, $KUBECONFIG or',
    '~/.kube/config is used. --summary-file writes the markdown job summary the Action would show.',
    'Exit code: 0 succeeded, 1 failed, 2 invalid input.',
    '',
  ];
  for (const i of contract.inputs) {
    lines.push(`  --${i.name}${i.default && !isRunnerExpression(i.default) ? ` (default ${JSON.stringify(i.default)})` : ''}`);
    lines.push(`      ${i.description}`);
  }
  return lines.join('\n');
}

const COLOUR: TextStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
  good: (s) => `\x1b[32m${s}\x1b[0m`,
  bad: (s) => `\x1b[31m${s}\x1b[0m`,
};

export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const contract = loadContract();
  const options: Record<string, { type: 'string' | 'boolean' }> = { json: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean' }, 'summary-file': { type: 'string' } };
  for (const i of contract.inputs) options[i.name] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${usage(contract)}\n`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    process.stdout.write(usage(contract) + '\n');
    return 0;
  }
  const [modeArg, ...extra] = parsed.positionals;
  if (extra.length || (modeArg && !MODES.includes(modeArg))) {
    process.stderr.write(`unexpected argument ${JSON.stringify(extra[0] ?? modeArg)}\n\n${usage(contract)}\n`);
    return 2;
  }
  const raw: Record<string, string> = {};
  for (const i of contract.inputs) {
    const given = values[i.name];
    raw[i.name] = typeof given === 'string' ? given : isRunnerExpression(i.default) ? '' : i.default;
  }
  if (modeArg) raw.mode = modeArg;
  if (!raw['github-token']) raw['github-token'] = env.GITHUB_TOKEN ?? '';
  for (const flag of FILE_FLAGS) {
    const path = raw[flag];
    if (!path) continue;
    if (!existsSync(path)) {
      process.stderr.write(`error: --${flag} ${path}: no such file (on the command line --${flag} takes a file path)\n`);
      return 2;
    }
    raw[flag] = readFileSync(path, 'utf8');
  }
  const defaultKubeconfig = join(homedir(), '.kube', 'config');
  const runEnv = { ...env };
  if (!raw.kubeconfig && !env.KUBECONFIG && existsSync(defaultKubeconfig)) runEnv.KUBECONFIG = defaultKubeconfig;

  const read: InputReader = (name) => raw[name] ?? '';
  const log = cliLogger({ verbose: Boolean(values.verbose) });
  for (const secret of secretsInInputs(read, runEnv)) log.secret(secret);
  let settings;
  try {
    settings = getSettings(read, runEnv);
  } catch (err) {
    if (err instanceof InputError) {
      // Name the flag, as a CLI user knows it.
      process.stderr.write(log.redact(`error: ${err.message.replace(/input `([a-z-]+)`/g, '--$1')}`) + '\n');
      return 2;
    }
    throw err;
  }
  const workDir = join(env.ISTIO_VM_ONBOARD_WORKDIR || tmpdir(), 'istio-vm-onboard');
  const result = await runPipeline(settings, { log, env: runEnv, workDir, cwd: process.cwd() });
  const reportPath = writeJsonReport(result, workDir);
  if (typeof values['summary-file'] === 'string') writeFileSync(values['summary-file'], log.redact(renderSummary(result)));
  if (values.json) process.stdout.write(log.redact(JSON.stringify({ ...result, report: reportPath }, null, 2)) + '\n');
  else process.stdout.write(log.redact(renderText(result, process.stdout.isTTY && !env.NO_COLOR ? COLOUR : PLAIN)) + `\nreport: ${reportPath}\n`);
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

// `node dist/cli.js ...` runs it; the bin (bin/istio-vm-onboard.js) imports it and calls runCli().
if (/(^|[/\\])cli\.(js|ts)$/.test(process.argv[1] ?? '')) runCli();
