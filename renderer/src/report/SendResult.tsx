/**
 * What happened when the report was sent: accepted or refused by the outgoing server, its queue ID
 * (what its operator needs to trace the mail), the findings of the send, and the SMTP
 * conversation with the password hidden.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceView } from '../findings/Evidence.tsx';
import { FindingList } from '../findings/FindingList.tsx';
import type { SendOutcome } from './support.ts';

export function SendResult({ outcome, to }: { outcome: SendOutcome; to: string }): ReactNode {
  const { t } = useTranslation();
  const accepted = outcome.accepted.length > 0 && outcome.rejected.length === 0;
  return (
    <div className="send-result" data-testid="send-result" data-accepted={accepted ? 'yes' : 'no'}>
      <div className={`notice ${accepted ? 'notice-info' : 'notice-warning'}`} role="status">
        <div className="notice-body">
          <p className="notice-title">{accepted ? t('support.sent.accepted', { to }) : t('support.sent.refused', { to })}</p>
          {outcome.queueId ? (
            <p>
              {t('support.sent.queueId')}{' '}
              <strong className="mono" data-testid="send-queue-id">
                {outcome.queueId}
              </strong>
            </p>
          ) : null}
          {outcome.response ? <p className="meta mono">{outcome.response}</p> : null}
        </div>
      </div>
      <FindingList findings={outcome.findings} level={4} folded={['ok', 'skipped', 'info']} />
      {outcome.transcript.length > 0 ? (
        <details className="send-transcript">
          <summary>{t('support.sent.transcript')}</summary>
          <EvidenceView evidence={[{ kind: 'smtp', lines: outcome.transcript }]} />
        </details>
      ) : null}
    </div>
  );
}
