/** The knowledge base's texts, per table and language. */
import type { Lang } from '../../i18n/index.ts';
import type { BounceReason } from '../index.ts';
import type { KbText } from '../reasons.ts';
import { reasonsEn } from './reasons-en.ts';
import { reasonsNb } from './reasons-nb.ts';
import { reasonsSv } from './reasons-sv.ts';
import { recognisersEn } from './recognisers-en.ts';
import { recognisersNb } from './recognisers-nb.ts';
import { recognisersSv } from './recognisers-sv.ts';
import { replyEn } from './reply-en.ts';
import { replyNb } from './reply-nb.ts';
import { replySv } from './reply-sv.ts';
import { statusEn } from './status-en.ts';
import { statusNb } from './status-nb.ts';
import { statusSv } from './status-sv.ts';

export const REASON_TEXTS: Readonly<Record<Lang, Readonly<Record<BounceReason, KbText>>>> = { en: reasonsEn, sv: reasonsSv, nb: reasonsNb };
export const STATUS_TEXTS: Readonly<Record<Lang, Readonly<Record<string, KbText>>>> = { en: statusEn, sv: statusSv, nb: statusNb };
export const REPLY_TEXTS: Readonly<Record<Lang, Readonly<Record<string, KbText>>>> = { en: replyEn, sv: replySv, nb: replyNb };
export const RECOGNISER_TEXTS: Readonly<Record<Lang, Readonly<Record<string, KbText>>>> = {
  en: recognisersEn,
  sv: recognisersSv,
  nb: recognisersNb,
};
