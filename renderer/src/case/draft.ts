/**
 * The case draft: loaded through `caseLoad` when the app opens, saved through `caseSave` after
 * every change (debounced, and at once when a field is left or the page goes away), so a crash or
 * a closed window loses at most the last few keystrokes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../electron/engine/model/case.ts';
import { api } from '../api/index.ts';
import type { Lang } from '../i18n/index.ts';
import { userTimeZone } from '../i18n/format.ts';

export const SAVE_DELAY_MS = 300;

export type SaveState =
  | { readonly state: 'idle' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'failed'; readonly message: string };

export type LoadState =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly draft: Case };

export interface CaseDraft {
  readonly load: LoadState;
  readonly save: SaveState;
  /** Applies a change and schedules a save. */
  update(change: (c: Case) => Case): void;
  /** Saves a pending change now. */
  flush(): Promise<void>;
  reload(): void;
  startNew(): Promise<void>;
}

/** A draft nobody has edited yet takes this browser's time zone rather than the host's. */
function withDefaultZone(c: Case): Case {
  const untouched = c.sentAt === '' && c.createdAt === c.updatedAt;
  if (c.timeZone === '' || untouched) return { ...c, timeZone: userTimeZone() };
  return c;
}

export function useCaseDraft(lang: Lang): CaseDraft {
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const draftRef = useRef<Case | undefined>(undefined);
  const dirtyRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chainRef = useRef<Promise<void>>(Promise.resolve());
  const langRef = useRef(lang);
  langRef.current = lang;
  const [loadCount, setLoadCount] = useState(0);

  const saveNow = useCallback(async (): Promise<void> => {
    const snapshot = draftRef.current;
    if (!dirtyRef.current || !snapshot) return;
    dirtyRef.current = false;
    setSave({ state: 'saving' });
    const result = await api.caseSave(snapshot, { lang: langRef.current });
    if (result.ok) {
      // Newer edits keep their own pending state; only the latest save may say "saved".
      if (!dirtyRef.current) setSave({ state: 'saved', at: new Date(result.value.case.updatedAt) });
    } else {
      dirtyRef.current = true;
      setSave({ state: 'failed', message: result.message });
    }
  }, []);

  const flush = useCallback((): Promise<void> => {
    if (timerRef.current !== undefined) {
      clearTimeout(timerRef.current);
      timerRef.current = undefined;
    }
    // One save at a time, in order, so an older draft never lands after a newer one.
    chainRef.current = chainRef.current.then(saveNow);
    return chainRef.current;
  }, [saveNow]);

  const update = useCallback(
    (change: (c: Case) => Case) => {
      const current = draftRef.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      draftRef.current = next;
      dirtyRef.current = true;
      setLoad({ state: 'ready', draft: next });
      setSave({ state: 'pending' });
      if (timerRef.current !== undefined) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    void api.caseLoad({}, { lang: langRef.current }).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoad({ state: 'failed', message: result.message });
      const draft = withDefaultZone(result.value.case);
      draftRef.current = draft;
      dirtyRef.current = false;
      setLoad({ state: 'ready', draft });
    });
    return () => {
      live = false;
    };
  }, [loadCount]);

  // Leaving the page (reload, close, switching away) saves what is pending. On unload the save
  // starts at once, outside the queue: the page will not live to wait for an earlier one.
  useEffect(() => {
    const onHide = (): void => {
      if (!dirtyRef.current) return;
      if (timerRef.current !== undefined) clearTimeout(timerRef.current);
      timerRef.current = undefined;
      void saveNow();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saveNow]);

  const reload = useCallback(() => setLoadCount((n) => n + 1), []);

  const startNew = useCallback(async () => {
    if (timerRef.current !== undefined) clearTimeout(timerRef.current);
    timerRef.current = undefined;
    dirtyRef.current = false;
    await chainRef.current;
    const result = await api.caseNew({}, { lang: langRef.current });
    if (!result.ok) return setSave({ state: 'failed', message: result.message });
    const draft = withDefaultZone(result.value.case);
    draftRef.current = draft;
    setLoad({ state: 'ready', draft });
    setSave({ state: 'saved', at: new Date(result.value.case.updatedAt) });
  }, []);

  return { load, save, update, flush, reload, startNew };
}
