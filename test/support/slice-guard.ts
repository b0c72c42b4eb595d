// Checks that each step of a list keeps to its `uses`: every function of the step is handed its
// slice wrapped so that a read of an undeclared key throws and is noted, and the slice the
// executor hands it must hold exactly the declared keys. Used on onboard's and refresh's steps.
import type { Settings } from '../../src/config/settings.js';
import type { Step } from '../../src/pipeline/steps.js';

type AnyStep<P, R extends P, O extends P> = Step<Settings, P, R, O>;

/**
 * Replaces the list's steps by guarded ones; `violations` collects what the steps read or were
 * handed beyond their declarations. Returns the function that puts the list back.
 */
export function guardSteps<P, R extends P, O extends P>(steps: AnyStep<P, R, O>[], violations: string[]): () => void {
  const listed = [...steps];
  steps.splice(0, steps.length, ...listed.map((step) => guardStep(step, violations)));
  return () => {
    steps.splice(0, steps.length, ...listed);
  };
}

/** The step with each of its functions handed the guarded slice. */
export function guardStep<P, R extends P, O extends P>(step: AnyStep<P, R, O>, violations: string[]): AnyStep<P, R, O> {
  const guard = <S extends object>(slice: S): S => {
    const handed = Object.keys(slice).sort();
    if (JSON.stringify(handed) !== JSON.stringify([...step.uses].sort()))
      violations.push(`${step.name}: handed ${handed.join(', ')}, declared ${step.uses.join(', ')}`);
    return new Proxy(slice, {
      get(target, key, receiver) {
        if (typeof key === 'string' && !(step.uses as readonly string[]).includes(key)) {
          violations.push(`${step.name}: read settings.${key}`);
          throw new Error(`step "${step.name}" read settings.${key}, which its uses does not declare`);
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  };
  const { when, offboard } = step;
  return {
    ...step,
    ...(when ? { when: (p, s) => when(p, guard(s)) } : {}),
    plan: (p, s) => step.plan(p, guard(s)),
    run: (r, s) => step.run(r, guard(s)),
    ...(offboard
      ? { offboard: { phase: offboard.phase, plan: (p, s) => offboard.plan(p, guard(s)), run: (o, s) => offboard.run(o, guard(s)) } }
      : {}),
  };
}
