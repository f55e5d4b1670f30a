import type { StringCatalog } from './index.ts';

/** Texts of the e-mail that carries a report to the recipient provider's support. */
export const supportTexts: StringCatalog = {
  en: {
    'support.subject': 'Mail delivery problem {{sender}} → {{recipients}}{{ref}}: report from Mailpath',
    'support.intro': 'Hello,\n\nA message from {{sender}} to {{recipients}} did not arrive as expected. Below is a diagnosis made with Mailpath; the full report with all evidence is attached (HTML, opens in any browser).',
    'support.outro': 'Kind regards,\n{{sender}}',
  },
  sv: {
    'support.subject': 'Problem med e-postleverans {{sender}} → {{recipients}}{{ref}}: rapport från Mailpath',
    'support.intro': 'Hej,\n\nEtt meddelande från {{sender}} till {{recipients}} kom inte fram som väntat. Nedan finns en diagnos gjord med Mailpath; hela rapporten med alla bevis är bifogad (HTML, öppnas i valfri webbläsare).',
    'support.outro': 'Med vänliga hälsningar\n{{sender}}',
  },
  nb: {
    'support.subject': 'Problem med e-postlevering {{sender}} → {{recipients}}{{ref}}: rapport fra Mailpath',
    'support.intro': 'Hei,\n\nEn melding fra {{sender}} til {{recipients}} kom ikke frem som forventet. Under følger en diagnose laget med Mailpath; hele rapporten med alle bevis er vedlagt (HTML, åpnes i hvilken som helst nettleser).',
    'support.outro': 'Med vennlig hilsen\n{{sender}}',
  },
};
