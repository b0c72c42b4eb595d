/** One broken rule of one input. */
export interface InputProblem {
  input: string;
  message: string;
  /** Where the value came from when not the input itself: `$KUBECONFIG (a:b)` for its files, merged. */
  from?: string;
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
  return p.from ? `${p.from}, read as input \`${p.input}\` is empty: ${p.message}` : `input \`${p.input}\` ${p.message}`;
}

/**
 * The input problems an error of a step stands for: an InputError's, or those another error
 * carries (a manifest that cannot be read, substituted or parsed is the input's fault too:
 * plan/templates.ts ManifestError). The CLI exits 2 on them.
 */
export function inputProblemsOf(err: unknown): InputProblem[] | undefined {
  if (err instanceof InputError) return err.problems;
  const carried = (err as { inputProblems?: unknown } | undefined)?.inputProblems;
  return Array.isArray(carried) ? (carried as InputProblem[]) : undefined;
}
