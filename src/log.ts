// The pipeline logs through this interface only, so the Action (workflow commands) and the
// CLI (plain text with redaction) show the same things and secrets are masked in both.

export interface SourceRef {
  file: string;
  line?: number;
}

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: SourceRef): void;
  error(message: string, where?: SourceRef): void;
  /** A phase of the run: a collapsible log group in the Action. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret so no later line shows it. */
  secret(value: string): void;
}
