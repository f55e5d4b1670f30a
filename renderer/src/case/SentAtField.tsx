/**
 * When the message was sent: a local date and time plus the time zone it was in (the user's by
 * default), and the instant that means, shown in the user's own zone and in UTC.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localToIso } from '../../../electron/engine/model/time.ts';
import { currentLang } from '../i18n/index.ts';
import { formatDateTime, formatShort, userTimeZone } from '../i18n/format.ts';
import { describedBy, FieldError } from './Field.tsx';
import { allTimeZones, offsetText } from './timezones.ts';

export interface SentAtFieldProps {
  readonly sentAt: string;
  readonly timeZone: string;
  readonly sentAtError: string | undefined;
  readonly timeZoneError: string | undefined;
  readonly onSentAt: (value: string) => void;
  readonly onTimeZone: (value: string) => void;
  readonly onLeftSentAt: () => void;
}

export function SentAtField(props: SentAtFieldProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const yours = userTimeZone();
  const iso = props.sentAt ? localToIso(props.sentAt, props.timeZone) : undefined;
  const instant = iso ? new Date(iso) : undefined;
  // Offsets as they were when the message was sent (summer or winter time), else as they are today.
  const at = instant ?? new Date();
  const dayKey = at.toISOString().slice(0, 10);
  const options = useMemo(() => {
    const day = new Date(`${dayKey}T12:00:00Z`);
    const label = (zone: string): string => t('case.timeZone.option', { zone, offset: offsetText(zone, day) });
    const zones = allTimeZones();
    const extra = props.timeZone !== '' && props.timeZone !== yours && !zones.includes(props.timeZone) ? [props.timeZone] : [];
    return {
      top: [yours, ...extra].map((zone) => ({ zone, label: label(zone) })),
      all: zones.map((zone) => ({ zone, label: label(zone) })),
    };
  }, [dayKey, props.timeZone, yours, t]);

  const instantId = 'case-sentAt-instant';
  return (
    <div className="field-row">
      <div className={`field${props.sentAtError ? ' has-error' : ''}`}>
        <label htmlFor="case-sentAt" className="field-label">
          {t('case.sentAt.label')}
        </label>
        <p id="case-sentAt-hint" className="field-hint">
          {t('case.sentAt.hint')}
        </p>
        <input
          id="case-sentAt"
          type="datetime-local"
          step={60}
          // The input shows minutes; a link may have sent `YYYY-MM-DD HH:mm`.
          value={props.sentAt.replace(' ', 'T').slice(0, 16)}
          aria-invalid={props.sentAtError ? true : undefined}
          aria-describedby={describedBy(
            'case-sentAt-hint',
            props.sentAtError ? 'case-sentAt-error' : undefined,
            instant ? instantId : undefined,
          )}
          onChange={(e) => props.onSentAt(e.target.value)}
          onBlur={props.onLeftSentAt}
        />
        <FieldError id="case-sentAt-error" message={props.sentAtError} />
      </div>
      <div className={`field${props.timeZoneError ? ' has-error' : ''}`}>
        <label htmlFor="case-timeZone" className="field-label">
          {t('case.timeZone.label')}
        </label>
        <p id="case-timeZone-hint" className="field-hint">
          {t('case.timeZone.hint')}
        </p>
        <select
          id="case-timeZone"
          value={props.timeZone}
          aria-invalid={props.timeZoneError ? true : undefined}
          aria-describedby={describedBy('case-timeZone-hint', props.timeZoneError ? 'case-timeZone-error' : undefined)}
          onChange={(e) => props.onTimeZone(e.target.value)}
        >
          {props.timeZone === '' ? <option value="" /> : null}
          <optgroup label={t('case.timeZone.yours')}>
            {options.top.map((o) => (
              <option key={o.zone} value={o.zone}>
                {o.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('case.timeZone.all')}>
            {options.all.map((o) => (
              <option key={o.zone} value={o.zone}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </select>
        <FieldError id="case-timeZone-error" message={props.timeZoneError} />
      </div>
      {instant ? (
        <p id={instantId} className="field-instant" aria-live="polite">
          {t('case.sentAt.instant', {
            local: formatDateTime(lang, instant, yours),
            utc: formatShort(lang, instant, 'UTC'),
          })}
        </p>
      ) : null}
    </div>
  );
}
