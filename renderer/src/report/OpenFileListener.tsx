/**
 * Mounted once by the wizard (inside its session): a report opened with Electron's File › Open
 * goes to the viewer, and the wizard shows the Report step. Renders nothing; does nothing in the
 * browser bridge, which has no File menu.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n/index.ts';
import { useOpenFileEvents } from './open-report.ts';

export function OpenFileListener({ onOpened }: { onOpened: () => void }): ReactNode {
  const { i18n } = useTranslation();
  useOpenFileEvents(currentLang(i18n), onOpened);
  return null;
}
