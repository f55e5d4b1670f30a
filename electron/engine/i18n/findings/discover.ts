import type { FindingCatalog } from '../index.ts';

/** Texts of the `discover` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
