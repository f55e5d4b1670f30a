import type { FindingCatalog } from '../index.ts';

/** Texts of the `log` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
