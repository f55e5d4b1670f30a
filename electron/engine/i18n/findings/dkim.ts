import type { FindingCatalog } from '../index.ts';

/** Texts of the `dkim` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
