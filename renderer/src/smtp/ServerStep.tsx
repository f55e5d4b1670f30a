/**
 * Step 2, the outgoing server: "Find it for me" first, then the server by hand (or as found, or
 * from the recent list), with the password kept in memory only. The chosen server goes into the
 * case as `facts.outgoingServer`; the next step tests it.
 */
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { useOperationRun } from '../findings/run.ts';
import '../styles/smtp.css';
import { AdvancedOptions } from './AdvancedOptions.tsx';
import { FindPanel } from './FindPanel.tsx';
import type { Security } from './host.ts';
import { RecentList } from './RecentList.tsx';
import { useRecentServers } from './recent.ts';
import { FIND_KEY } from './run-find.ts';
import { TEST_RUN_KEY } from './run-test.ts';
import { ServerForm } from './ServerForm.tsx';
import { usePassword, useServerSettings } from './server-settings.ts';

export interface ServerStepProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
  readonly onGoToCase: () => void;
}

export function ServerStep({ draft, update, flush, onGoToCase }: ServerStepProps): ReactNode {
  const { t } = useTranslation();
  const recent = useRecentServers();
  const { server, edit, advanced, editAdvanced } = useServerSettings(draft, recent.list, update);
  const [password, setPassword] = usePassword();
  const find = useOperationRun(FIND_KEY);
  const test = useOperationRun(TEST_RUN_KEY);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const current = draft.facts.outgoingServer;
  const refused = find.state.status === 'failed' && find.state.error?.field?.startsWith('dns') ? find.state.error.message : undefined;

  const use = (host: string, port: number, security: Security, user?: string): void => {
    edit({ host, port: String(port), security, ...(user !== undefined ? { user } : {}) });
    flush();
    // The form is where the choice shows (and the password goes); take the reader there.
    formHeading.current?.focus();
    formHeading.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="smtp-step server-step">
      <p className="step-intro">{t('server.intro')}</p>

      <FindPanel
        draft={draft}
        update={update}
        flush={flush}
        dnsServers={advanced.dnsServers}
        current={current}
        onUse={(c) => use(c.host, c.port, c.security)}
        onGoToCase={onGoToCase}
      />

      <RecentList
        list={recent.list}
        current={current}
        onUse={(r) => use(r.host, r.port, r.security, r.user)}
        onForget={(r) => recent.forget(r.host, r.port)}
        disabled={test.running}
      />

      <section className="smtp-section" aria-labelledby="server-form-heading">
        <h2 id="server-form-heading" ref={formHeading} tabIndex={-1}>
          {t('server.form.heading')}
        </h2>
        <p className="section-hint">{t('server.form.hint')}</p>
        <ServerForm server={server} onEdit={edit} password={password} onPassword={setPassword} disabled={test.running} />
        <AdvancedOptions advanced={advanced} onEdit={editAdvanced} disabled={test.running || find.running} serversProblem={refused} />
        <p className={`chosen-server${current ? ' is-set' : ''}`} role="status" data-testid="chosen-server">
          {current ? (
            <>
              {t('server.chosen')} <strong className="mono">{current}</strong>
            </>
          ) : (
            t('server.chosen.none')
          )}
        </p>
      </section>
    </div>
  );
}
