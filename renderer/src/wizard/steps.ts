/** The six steps of the wizard, in order. Only the case step runs in this version. */
export const STEPS = ['case', 'server', 'send', 'dns', 'offline', 'report'] as const;
export type StepId = (typeof STEPS)[number];

/** How many "what this step will do" points each later step lists (keys `step.<id>.will<n>`). */
export const PLANNED_POINTS: Readonly<Record<Exclude<StepId, 'case'>, number>> = {
  server: 3,
  send: 4,
  dns: 4,
  offline: 4,
  report: 4,
};
