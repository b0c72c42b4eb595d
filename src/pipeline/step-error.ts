/** A failure that says what was being done, to what, and what to try. */
export class StepError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly proxyLogs?: string[],
  ) {
    super(message);
    this.name = 'StepError';
  }
}
