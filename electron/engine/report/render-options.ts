/** What a renderer is told besides the report: which masking was applied, so the reader knows placeholders are not real values. */
import { t, type Lang } from '../i18n/index.ts';

/** What to mask before a report is shared more widely (passwords are always removed). */
export interface MaskOptions {
  /** `anna@firma.se` → `user1@firma.se` (role mailboxes such as postmaster@ stay). */
  readonly localParts?: boolean;
  /** Names under internal suffixes (`.local`, `.lan`, `.internal`, `.corp`, …) or seen with a private IP → `host1.internal`. */
  readonly internalHosts?: boolean;
  /** RFC 1918, CGNAT, link-local and IPv6 unique-local addresses → `ip1`. */
  readonly internalIps?: boolean;
}

export interface RenderOptions {
  /** The masking that was applied to the report, shown as a note at the top. */
  readonly masked?: MaskOptions;
}

/** The note saying what was masked; undefined when nothing was. */
export function maskedNote(mask: MaskOptions | undefined, lang: Lang): string | undefined {
  if (!mask) return undefined;
  const what = [
    mask.localParts && t(lang, 'report.masked.localParts'),
    mask.internalHosts && t(lang, 'report.masked.internalHosts'),
    mask.internalIps && t(lang, 'report.masked.internalIps'),
  ].filter((x): x is string => typeof x === 'string');
  return what.length ? t(lang, 'report.masked', { what: what.join(', ') }) : undefined;
}
