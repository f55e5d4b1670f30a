/**
 * The SMTP conversation, line by line: time, direction (C: what Mailpath sent, S: what the server
 * answered, ·· Mailpath's own notes) and the line, in monospace. It follows new lines while the
 * reader is at the bottom, and stays put when they scrolled up to read. Credentials were replaced
 * by the engine before any line left it; the marker is shown so it is visible that they were.
 */
import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptLine } from '../../../electron/engine/model/finding.ts';
import { currentLang, localeFor, type Lang } from '../i18n/index.ts';

/** The engine's marker for hidden credentials (`CREDENTIALS_HIDDEN` in engine/smtp/transcript.ts). */
export const CREDENTIALS_MARKER = '[credentials hidden]';
const MARK: Readonly<Record<TranscriptLine['dir'], string>> = { c: 'C:', s: 'S:', i: '··' };

function timeOf(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(localeFor(lang), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hour12: false,
  }).format(d);
}

function LineText({ text, hiddenLabel }: { text: string; hiddenLabel: string }): ReactNode {
  const parts = text.split(CREDENTIALS_MARKER);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 ? (
        <mark className="redacted" title={hiddenLabel}>
          {CREDENTIALS_MARKER}
        </mark>
      ) : null}
    </span>
  ));
}

/** One line; memoised, so a growing transcript renders only its new lines. */
const Line = memo(function Line({ line: l, lang, startsSend }: { line: TranscriptLine; lang: Lang; startsSend: boolean }): ReactNode {
  const { t } = useTranslation();
  return (
    <li className={`tl dir-${l.dir}${startsSend ? ' starts-send' : ''}`} data-dir={l.dir}>
      {startsSend ? <span className="tl-section">{t('smtp.transcript.sendSession')}</span> : null}
      <time className="tl-time" dateTime={l.t}>
        {timeOf(lang, l.t)}
      </time>
      <span className="tl-mark" title={t(`smtp.transcript.dir.${l.dir}`)}>
        {MARK[l.dir]}
      </span>
      <span className="tl-text">
        <LineText text={l.line} hiddenLabel={t('smtp.transcript.hidden')} />
      </span>
    </li>
  );
});

export interface TranscriptViewProps {
  readonly lines: readonly TranscriptLine[];
  readonly live: boolean;
  /** Index of the first line of the test message's own session, when there is one. */
  readonly sendFrom?: number;
}

export function TranscriptView({ lines, live, sendFrom }: TranscriptViewProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const box = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useLayoutEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lines.length]);

  return (
    <figure className="transcript-view">
      <figcaption>
        <span className="transcript-title">{t('smtp.transcript.heading')}</span>
        {live ? <span className="live-badge">{t('smtp.transcript.live')}</span> : null}
        <span className="transcript-legend meta">
          <LineText text={t('smtp.transcript.legend', { marker: CREDENTIALS_MARKER })} hiddenLabel={t('smtp.transcript.hidden')} />
        </span>
      </figcaption>
      <div
        ref={box}
        className="transcript-box"
        role="log"
        aria-live="off"
        aria-label={t('smtp.transcript.heading')}
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {lines.length === 0 ? (
          <p className="transcript-empty">{live ? t('smtp.transcript.waiting') : t('smtp.transcript.empty')}</p>
        ) : (
          <ol className="transcript-lines">
            {lines.map((l, i) => (
              <Line key={i} line={l} lang={lang} startsSend={i === sendFrom} />
            ))}
          </ol>
        )}
      </div>
    </figure>
  );
}
