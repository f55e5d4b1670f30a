/** Says what a `mailpath://` link filled in (or why it could not), until dismissed. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseField } from '../../../electron/engine/model/case.ts';
import { currentLang } from '../i18n/index.ts';
import { formatList } from '../i18n/format.ts';
import { fieldLabel } from './fields.ts';

export type LinkNotice =
  | { readonly kind: 'filled'; readonly fields: readonly CaseField[]; readonly ignored: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string };

export function LinkNoticeView({ notice, onDismiss }: { notice: LinkNotice; onDismiss: () => void }): ReactNode {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const failed = notice.kind === 'failed';
  return (
    <div className={`notice ${failed ? 'notice-warning' : 'notice-info'}`} role="status" data-testid="link-notice">
      <div className="notice-body">
        {notice.kind === 'failed' ? (
          <p>{t('link.failed', { message: notice.message })}</p>
        ) : (
          <>
            <p>
              {notice.fields.length > 0
                ? t('link.filled', {
                    fields: formatList(
                      lang,
                      notice.fields.map((f) => fieldLabel(t, f)),
                    ),
                  })
                : t('link.nothing')}
            </p>
            {notice.ignored.length > 0 ? <p>{t('link.ignored', { names: notice.ignored.join(', ') })}</p> : null}
          </>
        )}
      </div>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        {t('link.dismiss')}
      </button>
    </div>
  );
}
