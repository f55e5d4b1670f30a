import type { FindingCatalog } from '../index.ts';

/** Texts of the `dns` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
