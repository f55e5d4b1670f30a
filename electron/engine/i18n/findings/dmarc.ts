import type { FindingCatalog } from '../index.ts';

/** Texts of the `dmarc` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
