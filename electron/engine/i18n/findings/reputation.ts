import type { FindingCatalog } from '../index.ts';

/** Texts of the `reputation` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
