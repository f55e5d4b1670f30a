import type { FindingCatalog } from '../index.ts';

/** Texts of the `spf` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
