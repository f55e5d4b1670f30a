import type { FindingCatalog } from '../index.ts';

/** Texts of the `diagnose` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
