// Remote commands are argv arrays; this is the only place they become a shell string, with
// every argument single-quoted, so no name from an input is ever interpreted by the shell.
// cluster.env, which Istio's istio-start.sh sources as shell, is quoted here too.
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_/.:=@%+,-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: string[]): string {
  return argv.map(shellQuote).join(' ');
}

/** A name a shell and docker's --env-file take as one variable. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Why a variable cannot go into an env file (cluster.env is sourced by a shell, sidecar.env is
 * read by docker line by line): a name that is not one, or a value with a line break or NUL,
 * which would end the line and start another variable or command. undefined when it can.
 */
export function envProblem(name: string, value: string): string | undefined {
  if (!ENV_NAME.test(name)) return `${JSON.stringify(name)} is not a variable name (letters, digits, _; not starting with a digit)`;
  if (/[\r\n\0]/.test(value)) return `the value of ${name} holds a line break or NUL`;
  return undefined;
}

/** KEY='value' lines, sorted by key, as cluster.env holds them; throws on a variable envProblem refuses. */
export function shellEnvFile(vars: Record<string, string>): string {
  return Object.keys(vars)
    .sort()
    .map((k) => {
      const v = vars[k] as string;
      const why = envProblem(k, v);
      if (why) throw new Error(`cluster.env: ${why}`);
      return `${k}='${v.replace(/'/g, `'\\''`)}'\n`;
    })
    .join('');
}
