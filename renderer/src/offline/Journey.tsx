/**
 * The message's journey as the offline evidence tells it: the three stations (the sender's
 * computer, the outgoing server, the recipient's mail server) with how the last leg ended, then
 * every event in time order — hop by hop, with delays, TLS and the file each came from.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatMoment } from '../findings/format.ts';
import { currentLang } from '../i18n/index.ts';
import type { Journey as JourneyData, JourneyEvent, Leg } from './timeline.ts';

function legOf(e: JourneyEvent): Leg | 'origin' {
  if (e.type === 'written') return 'origin';
  if (e.type === 'hop') return e.leg;
  if (e.type === 'log-received') return 'submit';
  return 'handover';
}

function EventText({ e }: { e: JourneyEvent }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  switch (e.type) {
    case 'written':
      return <p>{e.from ? t('offline.event.writtenBy', { from: e.from }) : t('offline.event.written')}</p>;
    case 'hop': {
      const main =
        e.by && e.from
          ? t('offline.event.hop', { by: e.by, from: e.from })
          : e.by
            ? t('offline.event.hopBy', { by: e.by })
            : t('offline.event.hopFrom', { from: e.from ?? '?' });
      const notes = [
        e.protocol ? t('offline.event.protocol', { protocol: e.protocol }) : undefined,
        e.tls === 'yes' ? t('offline.event.tls') : e.tls === 'no' ? t('offline.event.noTls') : undefined,
        e.delaySeconds !== undefined && e.delaySeconds > 0
          ? t('offline.event.delay', { duration: formatDuration(lang, e.delaySeconds) })
          : undefined,
      ].filter(Boolean);
      return (
        <>
          <p>{main}</p>
          {notes.length > 0 ? <p className="meta">{notes.join(' · ')}</p> : null}
          {e.largestDelay ? <p className="journey-flag is-warning">{t('offline.event.largestDelay')}</p> : null}
          {e.clockSkew ? <p className="journey-flag is-warning">{t('offline.event.clockSkew')}</p> : null}
        </>
      );
    }
    case 'log-received':
      return (
        <p>
          {e.client ? t('offline.event.logReceived', { client: e.client, id: e.id }) : t('offline.event.logReceivedNoClient', { id: e.id })}
        </p>
      );
    case 'log-delivery':
      return (
        <>
          <p>
            {t('offline.event.logDelivery', { address: e.address, status: t(`offline.status.${e.status}`, { defaultValue: e.status }) })}
          </p>
          <p className="meta">
            {[
              e.relay ? t('offline.event.via', { relay: e.relay }) : undefined,
              e.dsn ? `DSN ${e.dsn}` : undefined,
              t('offline.event.queueId', { id: e.id }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {e.reply ? <p className="journey-reply mono">{e.reply}</p> : null}
        </>
      );
    case 'bounce':
      return (
        <>
          <p>
            {t('offline.event.bounce', {
              recipient: e.recipient,
              action: t(`offline.action.${e.action}`, { defaultValue: e.action }),
            })}
          </p>
          <p className="meta">
            {[
              e.remoteMta ? t('offline.event.reportedBy', { host: e.remoteMta }) : undefined,
              e.status ? `${t('offline.event.status')} ${e.status}` : undefined,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </>
      );
  }
}

export function Journey({ journey }: { journey: JourneyData }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { stations, events } = journey;
  if (events.length === 0) return null;
  const station = (role: 'client' | 'outgoing' | 'recipientMx', name: string | undefined, extra?: ReactNode): ReactNode => (
    <li className={`station station-${role}`} data-station={role}>
      <span className="station-role">{t(`offline.station.${role}`)}</span>
      <span className="station-name">{name ?? t('offline.station.unknown')}</span>
      {extra}
    </li>
  );
  return (
    <section className="journey" aria-labelledby="journey-heading" data-testid="journey">
      <h2 id="journey-heading">{t('offline.journey.heading')}</h2>
      <ol className="journey-stations" aria-label={t('offline.journey.stations')}>
        {station('client', stations.client)}
        {station('outgoing', stations.outgoing)}
        {station(
          'recipientMx',
          stations.recipientMx,
          stations.outcome ? (
            <span className={`station-outcome is-${stations.outcome}`}>{t(`offline.outcome.${stations.outcome}`)}</span>
          ) : null,
        )}
      </ol>
      <ol className="journey-events">
        {events.map((e, i) => {
          const leg = legOf(e);
          return (
            <li key={i} className={`journey-event leg-${leg}`} data-type={e.type}>
              <div className="journey-when">
                {e.at ? <time dateTime={e.at}>{formatMoment(lang, e.at)}</time> : <span className="meta">{t('offline.event.noTime')}</span>}
              </div>
              <div className="journey-what">
                <span className={`leg-chip leg-${leg}`}>{t(`offline.leg.${leg}`)}</span>
                <EventText e={e} />
                <p className="meta journey-source">{t('offline.event.source', { source: e.source })}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
