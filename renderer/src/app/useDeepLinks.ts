/**
 * `mailpath://case?...` links: the host hands over the raw URL, the engine parses it (allow-listed
 * parameters only), and the case takes what it carries. Links that arrive before the draft has
 * loaded wait for it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Case } from '../../../electron/engine/model/case.ts';
import { api } from '../api/index.ts';
import type { LinkNotice } from '../case/LinkNoticeView.tsx';
import { mergeLink } from '../case/link.ts';
import type { Lang } from '../i18n/index.ts';

export function useDeepLinks(options: {
  ready: boolean;
  lang: Lang;
  update: (change: (c: Case) => Case) => void;
  flush: () => void;
  onLink: () => void;
}): { notice: LinkNotice | undefined; dismiss: () => void } {
  const [queue, setQueue] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<LinkNotice | undefined>(undefined);
  const busy = useRef(false);
  const opts = useRef(options);
  opts.current = options;

  useEffect(() => api.onDeepLink((url) => setQueue((q) => [...q, url])), []);

  useEffect(() => {
    const url = queue[0];
    if (url === undefined || !options.ready || busy.current) return;
    busy.current = true;
    void api.deepLinkParse({ url }, { lang: opts.current.lang }).then((result) => {
      busy.current = false;
      setQueue((q) => q.slice(1));
      const { update, flush, onLink } = opts.current;
      onLink();
      if (!result.ok) return setNotice({ kind: 'failed', message: result.message });
      let filled: ReturnType<typeof mergeLink>['filled'] = [];
      update((c) => {
        const merged = mergeLink(c, result.value.patch);
        filled = merged.filled;
        return merged.next;
      });
      flush();
      setNotice({ kind: 'filled', fields: filled, ignored: result.value.ignored });
    });
  }, [queue, options.ready]);

  return { notice, dismiss: () => setNotice(undefined) };
}
