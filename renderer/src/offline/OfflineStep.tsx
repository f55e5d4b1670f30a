/**
 * Step 5, offline analysis: bounces, message headers and server logs, pasted or dropped, each
 * read by the engine without any network. Results are stored in the case as
 * `offline.<kind>.<n>`, the facts they teach (Message-ID, sending IP, queue IDs, error text) fill
 * in the case, and the message's journey is drawn from all of them together.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../electron/engine/model/case.ts';
import { resultsUnder, withoutResults } from '../findings/results.ts';
import { cancelRun, resetRun, runState, startRun, useRunStates } from '../findings/run.ts';
import { useSessionState, useSessionStore } from '../findings/session.tsx';
import { currentLang } from '../i18n/index.ts';
import { analyzeTask, OFFLINE_PREFIX, offlineData, type OfflineResultData } from './analyze.ts';
import type { OfflineKind } from './detect.ts';
import { DropZone } from './DropZone.tsx';
import { FactsPanel, type FactNotice } from './FactsPanel.tsx';
import { ItemCard } from './ItemCard.tsx';
import type { OfflineItem } from './items.ts';
import { Journey } from './Journey.tsx';
import { buildJourney } from './timeline.ts';

export interface OfflineStepProps {
  readonly draft: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly flush: () => void;
}

const NO_ITEMS: readonly OfflineItem[] = [];
const NO_NOTICES: readonly FactNotice[] = [];
const NO_NAMES: readonly string[] = [];
const runKey = (item: OfflineItem): string => `offline:${item.id}`;

export function OfflineStep({ draft, update, flush }: OfflineStepProps): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const store = useSessionStore();
  const [items, setItems] = useSessionState<readonly OfflineItem[]>('offline.items', NO_ITEMS);
  const [notices, setNotices] = useSessionState<readonly FactNotice[]>('offline.notices', NO_NOTICES);
  const [refused, setRefused] = useSessionState<readonly string[]>('offline.refused', NO_NAMES);
  const [pasted, setPasted] = useSessionState<number>('offline.pasted', 0);
  const runs = useRunStates(items.map(runKey));

  const analyse = (item: OfflineItem): void => {
    startRun(
      store,
      runKey(item),
      analyzeTask({
        item,
        draft,
        lang,
        update,
        flush,
        onStored: (key, changes) => {
          setItems((list) => list.map((i) => (i.id === item.id ? { ...i, resultKey: key } : i)));
          if (changes.length > 0) setNotices((list) => [...list, { source: item.name, changes }].slice(-5));
        },
      }),
    );
  };

  const add = (added: OfflineItem[]): void => {
    setRefused(NO_NAMES);
    if (added.some((i) => i.source === 'paste')) setPasted((n) => n + 1);
    setItems((list) => [...list, ...added]);
    added.forEach(analyse);
  };

  const changeKind = (item: OfflineItem, kind: OfflineKind): void => {
    const next = { ...item, kind };
    setItems((list) => list.map((i) => (i.id === item.id ? next : i)));
    analyse(next);
  };

  const remove = (key: string | undefined, item: OfflineItem | undefined): void => {
    if (key) {
      update((c) => withoutResults(c, (k) => k === key));
      flush();
    }
    if (item) {
      resetRun(store, runKey(item));
      setItems((list) => list.filter((i) => i.id !== item.id));
    }
  };

  const stored = resultsUnder(draft, OFFLINE_PREFIX).sort(([, a], [, b]) => a.at.localeCompare(b.at));
  const storedKeys = new Set(stored.map(([k]) => k));
  const pending = items.filter((i) => i.resultKey === undefined || !storedKeys.has(i.resultKey));
  const results = draft.results;
  const journey = useMemo(
    () =>
      buildJourney(
        Object.entries(results)
          .filter(([k]) => k.startsWith(OFFLINE_PREFIX))
          .sort(([, a], [, b]) => a.at.localeCompare(b.at))
          .map(([, r]) => offlineData(r.data))
          .filter((d): d is OfflineResultData => d !== undefined),
      ),
    [results],
  );
  const itemFor = (key: string): OfflineItem | undefined => items.find((i) => i.resultKey === key);
  const runOf = (item: OfflineItem | undefined) => (item ? (runs[items.indexOf(item)] ?? runState(store, runKey(item))) : undefined);

  return (
    <div className="offline-step">
      <div className="step-intro">
        <p>{t('step.offline.intro')}</p>
        <p className="meta">{t('step.offline.will4')}</p>
      </div>
      <DropZone onItems={add} onRefused={(names) => setRefused(names)} pasteNumber={pasted + 1} />
      {refused.length > 0 ? (
        <div className="notice notice-warning" role="alert">
          <p>{t('offline.refused', { names: refused.join(', ') })}</p>
        </div>
      ) : null}

      {stored.length > 0 || pending.length > 0 ? (
        <>
          <FactsPanel facts={draft.facts} notices={notices} />
          <Journey journey={journey} />
          <section className="offline-items" aria-labelledby="offline-items-heading">
            <h2 id="offline-items-heading">{t('offline.items.heading')}</h2>
            {stored.map(([key, result]) => {
              const item = itemFor(key);
              const data = offlineData(result.data);
              const kind = item?.kind ?? data?.kind ?? 'headers';
              return (
                <ItemCard
                  key={key}
                  name={data?.source.name ?? key}
                  size={data?.source.size ?? 0}
                  kind={kind}
                  detected={item?.detected ?? data?.source.detected ?? kind}
                  canReread={item !== undefined}
                  result={result}
                  run={runOf(item)}
                  onKind={(k) => item && changeKind(item, k)}
                  onRemove={() => remove(key, item)}
                  onCancel={() => item && cancelRun(store, runKey(item))}
                  onRetry={() => item && analyse(item)}
                />
              );
            })}
            {pending.map((item) => (
              <ItemCard
                key={item.id}
                name={item.name}
                size={item.size}
                kind={item.kind}
                detected={item.detected}
                canReread
                result={undefined}
                run={runOf(item)}
                onKind={(k) => changeKind(item, k)}
                onRemove={() => remove(undefined, item)}
                onCancel={() => cancelRun(store, runKey(item))}
                onRetry={() => analyse(item)}
              />
            ))}
          </section>
        </>
      ) : null}
    </div>
  );
}
