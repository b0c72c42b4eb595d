// Remote commands are argv arrays; this is the only place they become a shell string, with
// every argument single-quoted, so no name from an input is ever interpreted by the shell.
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_\/.:=@%+,-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: string[]): string {
  return argv.map(shellQuote).join(' ');
}
