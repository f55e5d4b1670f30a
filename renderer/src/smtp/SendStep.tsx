/**
 * Step 3, the test: the chosen server checked without sending (addresses only), then a traceable
 * test message, with the conversation shown live, the phases, TLS details, the queue ID and the
 * findings. Results stay in the case (`smtp.probe`, `smtp.send`) and show again after a restart.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { TextField } from '../case/Field.tsx';
import { FindingList } from '../findings/FindingList.tsx';
import { CancelButton, OperationError } from '../findings/OperationError.tsx';
import { ResultMeta } from '../findings/ResultMeta.tsx';
import { useOperationRun } from '../findings/run.ts';
import { useSessionState } from '../findings/session.tsx';
import { currentLang } from '../i18n/index.ts';
import '../styles/smtp.css';
import { cleanHost, effectivePort } from './host.ts';
import { phasesOfEvents, PhaseList, type Phase } from './PhaseList.tsx';
import { QueueIdBox } from './QueueIdBox.tsx';
import { useRecentServers } from './recent.ts';
import { NO_LIVE, PROBE_KEY, probeData, SEND_KEY, sendData, TEST_RUN_KEY, testTask, caseRecipients, type LiveTranscript } from './run-test.ts';
import { ServerSummary } from './ServerSummary.tsx';
import { usePassword, useServerSettings } from './server-settings.ts';
import { TlsDetails } from './TlsDetails.tsx';
import { TranscriptView } from './TranscriptView.tsx';

export interface SendStepProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly onGoToServer: () => void;
  readonly onGoToCase: () => void;
}

const noop = (): void => undefined;

export function SendStep({ draft, update, flush, onGoToServer, onGoToCase }: SendStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const recent = useRecentServers();
  const { server, advanced } = useServerSettings(draft, recent.list, update);
  const [password, setPassword] = usePassword();
  const [live, setLive] = useSessionState<LiveTranscript>('smtp.live', NO_LIVE);
  const [extraTo, setExtraTo] = useSessionState<string>('smtp.extraTo', '');
  const run = useOperationRun(TEST_RUN_KEY);

  const host = cleanHost(server.host);
  const port = effectivePort(server);
  const ready = host !== '' && port !== undefined;
  const sender = draft.sender.trim();
  const recipients = caseRecipients(draft);
  const canSend = ready && sender !== '' && (recipients.length > 0 || extraTo.trim() !== '');

  const probeResult = draft.results[PROBE_KEY];
  const sendResult = draft.results[SEND_KEY];
  const probe = probeData(draft);
  const sent = sendData(draft);
  // The message's session belongs with the check it followed only when both came from one run.
  const sentWithProbe = sent && probe && sent.runId === probe.runId ? sent : undefined;

  const start = (send: boolean): void => {
    if (!ready || port === undefined) return;
    recent.remember({ host, port, security: server.security, user: server.user.trim() });
    run.start(
      testTask({
        draft,
        host,
        port,
        security: server.security,
        user: server.user,
        password,
        send,
        extraTo,
        dnsServers: advanced.dnsServers,
        ca: advanced.ca,
        lang,
        update,
        flush,
        setLive,
      }),
    );
  };

  const showLive = run.running || ((run.state.status === 'failed' || run.state.status === 'cancelled') && live.requestId === run.state.requestId);
  const storedLines = [...(probe?.transcript ?? []), ...(sentWithProbe?.transcript ?? [])];
  const lines = showLive ? live.lines : storedLines;
  const phases: Phase[] = showLive
    ? phasesOfEvents(run.state.events)
    : [
        ...(probe?.probe.steps ?? []).map((s) => ({ name: s.name, status: s.status, ms: s.ms, detail: s.detail })),
        ...(sentWithProbe?.send.steps ?? []).map((s) => ({ name: s.name, status: s.status, ms: s.ms, detail: s.detail, send: true })),
      ];

  return (
    <div className="smtp-step send-step">
      <p className="step-intro">{t('smtp.intro')}</p>

      <ServerSummary
        server={server}
        ready={ready}
        caGiven={advanced.ca.trim() !== ''}
        password={password}
        onPassword={setPassword}
        disabled={run.running}
        onGoToServer={onGoToServer}
      />

      <section className="smtp-section envelope" aria-labelledby="smtp-envelope-heading">
        <h2 id="smtp-envelope-heading">{t('smtp.envelope.heading')}</h2>
        <dl className="smtp-kv">
          <div>
            <dt>{t('smtp.envelope.from')}</dt>
            <dd className="mono">{sender || '—'}</dd>
          </div>
          <div>
            <dt>{t('smtp.envelope.to')}</dt>
            <dd className="mono">{recipients.length > 0 ? recipients.join(', ') : '—'}</dd>
          </div>
        </dl>
        {sender === '' || recipients.length === 0 ? (
          <p className="meta">
            {t('smtp.envelope.incomplete')}{' '}
            <button type="button" className="button-link" onClick={onGoToCase}>
              {t('server.goToCase')}
            </button>
          </p>
        ) : null}
        <TextField
          id="smtp-extra-to"
          label={t('smtp.extraTo.label')}
          tag={t('case.optional')}
          hint={t('smtp.extraTo.hint')}
          value={extraTo}
          onChange={setExtraTo}
          onBlur={noop}
          inputMode="email"
          className="field-narrow"
        />
      </section>

      <div className="smtp-actions test-actions">
        <button type="button" className="button-primary" onClick={() => start(false)} disabled={run.running || !ready}>
          {t('smtp.run.probe')}
        </button>
        <button type="button" className="button-secondary" onClick={() => start(true)} disabled={run.running || !canSend}>
          {t('smtp.run.send')}
        </button>
        {run.running ? <CancelButton onCancel={run.cancel} /> : null}
      </div>
      <p className="meta run-explained">{t('smtp.run.explained')}</p>

      {run.state.error && (run.state.status === 'failed' || run.state.status === 'cancelled') ? (
        <OperationError error={run.state.error} what={t('smtp.run.what', { server: draft.facts.outgoingServer || host })} />
      ) : null}

      {lines.length > 0 || run.running ? (
        <div className="smtp-live">
          <TranscriptView lines={lines} live={run.running} {...(!showLive && sentWithProbe && probe ? { sendFrom: probe.transcript.length } : {})} />
          <PhaseList phases={phases} running={run.running} />
        </div>
      ) : null}

      {!run.running && sent && sendResult ? <QueueIdBox data={sent} /> : null}
      {!run.running && probe?.tls && probeResult ? <TlsDetails tls={probe.tls} checkedAt={probeResult.at} /> : null}

      {!run.running && probeResult ? (
        <section className="smtp-section" aria-labelledby="smtp-probe-findings">
          <h3 id="smtp-probe-findings">{t('smtp.findings.probe', { server: probe ? `${probe.input.host}:${probe.input.port}` : '' })}</h3>
          <ResultMeta result={probeResult} />
          <FindingList findings={probeResult.findings} level={4} />
        </section>
      ) : null}
      {!run.running && sendResult ? (
        <section className="smtp-section" aria-labelledby="smtp-send-findings">
          <h3 id="smtp-send-findings">{t('smtp.findings.send')}</h3>
          <ResultMeta result={sendResult} />
          <FindingList findings={sendResult.findings} level={4} />
        </section>
      ) : null}
    </div>
  );
}
