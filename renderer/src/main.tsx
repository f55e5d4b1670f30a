/** The renderer's entry: languages first, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { createI18n } from './i18n/index.ts';
import './styles/base.css';
import './styles/form.css';
import './styles/layout.css';
import './styles/findings.css';
import './styles/checks.css';

const i18n = createI18n();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
