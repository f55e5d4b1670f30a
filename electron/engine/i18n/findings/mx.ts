import type { FindingCatalog } from '../index.ts';

/** Texts of the `mx` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
