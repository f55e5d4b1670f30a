import type { FindingCatalog } from '../index.ts';

/** Texts of the `bounce` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
