/** When a stored step result was made and how long it took: "Checked 14 Mar 2025, 09:30:12 CET in 2 sec". */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepResult } from '../../../electron/engine/model/case.ts';
import { currentLang } from '../i18n/index.ts';
import { formatMoment, formatMs } from './format.ts';

export function ResultMeta({ result, verb = 'checked' }: { result: StepResult; verb?: 'checked' | 'analysed' }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <p className="meta result-meta">{t(`result.${verb}`, { when: formatMoment(lang, result.at), duration: formatMs(lang, result.ms) })}</p>
  );
}
