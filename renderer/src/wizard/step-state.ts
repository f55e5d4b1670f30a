/**
 * Where each step stands, for the step list: the case is complete or not; a step that runs checks
 * is complete once its results are in the case, else ready to run; steps of later versions are
 * planned.
 */
import type { Case } from '../../../electron/engine/model/case.ts';
import type { StepId } from './steps.ts';

export type StepState = 'complete' | 'incomplete' | 'ready' | 'planned';

/** The prefix of each running step's results in `case.results`. */
const RESULT_PREFIX: Partial<Record<StepId, string>> = { send: 'smtp.', dns: 'dns.', offline: 'offline.' };

export function stepState(step: StepId, c: Case, caseComplete: boolean): StepState {
  if (step === 'case') return caseComplete ? 'complete' : 'incomplete';
  // The server step is done once the case names its outgoing server.
  if (step === 'server') return c.facts.outgoingServer !== '' ? 'complete' : 'ready';
  // The report can always be made: with nothing checked yet it says so.
  if (step === 'report') return 'ready';
  const prefix = RESULT_PREFIX[step];
  if (prefix === undefined) return 'planned';
  return Object.keys(c.results).some((k) => k.startsWith(prefix)) ? 'complete' : 'ready';
}
