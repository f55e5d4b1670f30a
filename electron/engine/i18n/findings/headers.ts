import type { FindingCatalog } from '../index.ts';

/** Texts of the `headers` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
