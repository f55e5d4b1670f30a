import type { FindingCatalog } from '../index.ts';

/** Texts of the `smtp` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
