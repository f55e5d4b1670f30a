import type { FindingCatalog } from '../index.ts';

/** Texts of the findings about the case itself. */
export const catalog: FindingCatalog = {
  en: {
    'case.incomplete': {
      title: 'The case is missing {{fields}}',
      explanation:
        'Support always asks for the sender, the recipient and the exact time the message was sent. Without them nobody can look the message up in a log.',
      fix: 'Fill in the missing fields in the Case step.',
    },
    'case.recipient.same-domain': {
      title: 'Sender and recipient share the domain {{domain}}',
      explanation:
        'The message never had to leave {{domain}}: it was delivered (or lost) inside one mail system, so its own logs hold the answer.',
      fix: 'Ask whoever runs the mail for {{domain}} to search its message trace for the time the message was sent.',
    },
  },
  sv: {
    'case.incomplete': {
      title: 'Ärendet saknar {{fields}}',
      explanation:
        'Support frågar alltid efter avsändare, mottagare och exakt när meddelandet skickades. Utan dem kan ingen leta upp meddelandet i en logg.',
      fix: 'Fyll i de fält som saknas i steget Ärende.',
    },
    'case.recipient.same-domain': {
      title: 'Avsändare och mottagare delar domänen {{domain}}',
      explanation:
        'Meddelandet behövde aldrig lämna {{domain}}: det levererades (eller försvann) inom ett och samma e-postsystem, så svaret finns i dess egna loggar.',
      fix: 'Be den som driver e-posten för {{domain}} att söka i meddelandespårningen vid tiden då meddelandet skickades.',
    },
  },
  nb: {
    'case.incomplete': {
      title: 'Saken mangler {{fields}}',
      explanation:
        'Support spør alltid etter avsender, mottaker og nøyaktig når meldingen ble sendt. Uten dem kan ingen finne meldingen i en logg.',
      fix: 'Fyll inn feltene som mangler i steget Sak.',
    },
    'case.recipient.same-domain': {
      title: 'Avsender og mottaker deler domenet {{domain}}',
      explanation:
        'Meldingen trengte aldri å forlate {{domain}}: den ble levert (eller forsvant) innenfor ett og samme e-postsystem, så svaret ligger i dets egne logger.',
      fix: 'Be den som drifter e-posten for {{domain}} om å søke i meldingssporingen rundt tidspunktet meldingen ble sendt.',
    },
  },
};
