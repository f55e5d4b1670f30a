import type { FindingCatalog } from '../index.ts';

/** Texts of the `tls` findings. */
export const catalog: FindingCatalog = { en: {}, sv: {}, nb: {} };
