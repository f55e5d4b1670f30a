/**
 * The test message's outcome: the queue ID the server gave (what its operator needs to trace the
 * message) with a copy button, the server's whole reply, the Message-ID, and who was accepted.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n/index.ts';
import { formatList } from '../i18n/format.ts';
import type { SendData } from './run-test.ts';

/** Clipboard API where the page may use it; else the old selection copy. */
async function copyText(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    const range = document.createRange();
    range.selectNodeContents(fallback);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // execCommand is deprecated but is the only copy left when the Clipboard API is refused.
    const ok = document.execCommand('copy');
    selection?.removeAllRanges();
    return ok;
  }
}

export function QueueIdBox({ data }: { data: SendData }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const idRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>(undefined);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(undefined), 4000);
    return () => clearTimeout(timer);
  }, [copied]);
  const { send } = data;

  return (
    <section className={`smtp-section queue-box${data.queueId ? ' has-queue-id' : ''}`} aria-labelledby="smtp-queue-heading">
      <h3 id="smtp-queue-heading">{t('smtp.queue.heading')}</h3>
      {data.queueId ? (
        <div className="queue-id-row">
          <span className="queue-id-label">{t('smtp.queue.id')}</span>
          <code ref={idRef} className="queue-id" data-testid="queue-id">
            {data.queueId}
          </code>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => void copyText(data.queueId ?? '', idRef.current).then((ok) => setCopied(ok ? 'yes' : 'no'))}
          >
            {t('smtp.queue.copy')}
          </button>
          <span className="copy-status" role="status">
            {copied === 'yes' ? t('smtp.queue.copied') : copied === 'no' ? t('smtp.queue.copyFailed') : ''}
          </span>
        </div>
      ) : (
        <p className="meta">{send.response ? t('smtp.queue.noId') : t('smtp.queue.notAccepted')}</p>
      )}
      {data.queueId ? <p className="queue-hint">{t('smtp.queue.hint')}</p> : null}
      <dl className="smtp-kv">
        {send.response ? (
          <div>
            <dt>{t('smtp.queue.reply')}</dt>
            <dd className="mono">{send.response}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('smtp.queue.messageId')}</dt>
          <dd className="mono" data-testid="message-id">
            {data.messageId}
          </dd>
        </div>
        <div>
          <dt>{t('smtp.queue.subject')}</dt>
          <dd>{send.subject}</dd>
        </div>
        {send.accepted.length > 0 ? (
          <div>
            <dt>{t('smtp.queue.accepted')}</dt>
            <dd>{formatList(lang, [...send.accepted])}</dd>
          </div>
        ) : null}
        {send.rejected.length > 0 ? (
          <div>
            <dt>{t('smtp.queue.rejected')}</dt>
            <dd className="is-bad">{formatList(lang, [...send.rejected])}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
