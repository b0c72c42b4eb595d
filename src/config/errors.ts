/** One broken rule of one input. */
export interface InputProblem {
  input: string;
  message: string;
  /** Where the manifests contradict or fail to answer the input (annotations point there). */
  file?: string;
  line?: number;
}

/** Thrown by getSettings before any side effect; lists every problem, not just the first. */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${formatProblem(problems[0] as InputProblem)}`
        : `${problems.length} inputs are invalid:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'InputError';
  }
}

export function formatProblem(p: InputProblem): string {
  return `input \`${p.input}\` ${p.message}`;
}
