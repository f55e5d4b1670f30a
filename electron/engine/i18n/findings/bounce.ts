import type { FindingCatalog, FindingText, Lang } from '../index.ts';

/**
 * Texts of the `bounce` findings: one id per delivery reason, `bounce.delivery.<reason>`, whose
 * explanation and fix carry the knowledge base's wording (params `explanation`, `cause`, `fix`),
 * plus `bounce.not-a-bounce`.
 */
type Labels = Readonly<Record<string, string>>;

// prettier-ignore
const LABELS: Readonly<Record<Lang, Labels>> = {
  en: {
    authfailure: 'sender authentication (SPF/DKIM/DMARC) failed', badreputation: 'poor sender reputation', blocked: 'sending IP blocked',
    contenterror: 'content refused', delivered: 'delivered', exceedlimit: 'message exceeds mailbox limit', expired: 'gave up retrying',
    failedstarttls: 'TLS could not be used', feedback: 'spam complaint', filtered: "refused by the recipient's filter", hasmoved: 'address has moved',
    hostunknown: 'recipient domain does not exist', mailboxfull: 'mailbox full', mailererror: 'delivery program failed',
    mesgtoobig: 'message too big', networkerror: 'network or DNS error', norelaying: 'relaying refused', notaccept: 'domain accepts no mail',
    notcompliantrfc: 'message not standards-compliant', onhold: 'reason unclear', policyviolation: 'refused by policy',
    rejected: 'sender address refused', requireptr: 'missing reverse DNS (PTR)', securityerror: 'security check failed',
    spamdetected: 'judged as spam', speeding: 'rate limited', suspend: 'mailbox disabled', syntaxerror: 'SMTP command error',
    systemerror: 'receiving server error', systemfull: 'receiving server full', toomanyconn: 'too many connections or recipients',
    userunknown: 'recipient does not exist', vacation: 'automatic reply', virusdetected: 'virus detected', undefined: 'unknown reason',
  },
  sv: {
    authfailure: 'avsändarautentisering (SPF/DKIM/DMARC) misslyckades', badreputation: 'dåligt avsändarrykte', blocked: 'sändande IP-adress spärrad',
    contenterror: 'innehållet avvisades', delivered: 'levererat', exceedlimit: 'meddelandet överskrider brevlådans gräns', expired: 'gav upp nya försök',
    failedstarttls: 'TLS kunde inte användas', feedback: 'skräppostklagomål', filtered: 'avvisat av mottagarens filter', hasmoved: 'adressen har flyttats',
    hostunknown: 'mottagardomänen finns inte', mailboxfull: 'brevlådan är full', mailererror: 'leveransprogrammet misslyckades',
    mesgtoobig: 'meddelandet är för stort', networkerror: 'nätverks- eller DNS-fel', norelaying: 'vidarebefordran nekad', notaccept: 'domänen tar inte emot post',
    notcompliantrfc: 'meddelandet följer inte standarden', onhold: 'oklar orsak', policyviolation: 'avvisat av en policy',
    rejected: 'avsändaradressen avvisades', requireptr: 'omvänd DNS (PTR) saknas', securityerror: 'säkerhetskontroll misslyckades',
    spamdetected: 'bedömt som skräppost', speeding: 'takten begränsad', suspend: 'brevlådan avstängd', syntaxerror: 'fel i SMTP-kommando',
    systemerror: 'fel på mottagarservern', systemfull: 'mottagarservern är full', toomanyconn: 'för många anslutningar eller mottagare',
    userunknown: 'mottagaren finns inte', vacation: 'automatiskt svar', virusdetected: 'virus upptäckt', undefined: 'okänd orsak',
  },
  nb: {
    authfailure: 'avsenderautentisering (SPF/DKIM/DMARC) feilet', badreputation: 'dårlig avsenderomdømme', blocked: 'sendende IP-adresse sperret',
    contenterror: 'innholdet ble avvist', delivered: 'levert', exceedlimit: 'meldingen overskrider grensen for postkassen', expired: 'ga opp nye forsøk',
    failedstarttls: 'TLS kunne ikke brukes', feedback: 'søppelpostklage', filtered: 'avvist av mottakerens filter', hasmoved: 'adressen er flyttet',
    hostunknown: 'mottakerdomenet finnes ikke', mailboxfull: 'postkassen er full', mailererror: 'leveringsprogrammet feilet',
    mesgtoobig: 'meldingen er for stor', networkerror: 'nettverks- eller DNS-feil', norelaying: 'videresending nektet', notaccept: 'domenet tar ikke imot e-post',
    notcompliantrfc: 'meldingen følger ikke standarden', onhold: 'uklar årsak', policyviolation: 'avvist av en policy',
    rejected: 'avsenderadressen ble avvist', requireptr: 'omvendt DNS (PTR) mangler', securityerror: 'sikkerhetskontroll feilet',
    spamdetected: 'vurdert som søppelpost', speeding: 'takten begrenset', suspend: 'postkassen er deaktivert', syntaxerror: 'feil i SMTP-kommando',
    systemerror: 'feil på mottakerserveren', systemfull: 'mottakerserveren er full', toomanyconn: 'for mange tilkoblinger eller mottakere',
    userunknown: 'mottakeren finnes ikke', vacation: 'automatisk svar', virusdetected: 'virus oppdaget', undefined: 'ukjent årsak',
  },
};

const DELIVERY: Readonly<Record<Lang, (label: string) => FindingText>> = {
  en: (label) => ({
    title: '{{recipient}}: ' + label + ' ({{status}})',
    explanation:
      '{{explanation}} Likely cause: {{cause}} Reply code {{replyCode}}, status {{status}}, action {{action}}, reported by {{remoteMta}}.',
    fix: '{{fix}}',
  }),
  sv: (label) => ({
    title: '{{recipient}}: ' + label + ' ({{status}})',
    explanation:
      '{{explanation}} Trolig orsak: {{cause}} Svarskod {{replyCode}}, status {{status}}, åtgärd {{action}}, rapporterat av {{remoteMta}}.',
    fix: '{{fix}}',
  }),
  nb: (label) => ({
    title: '{{recipient}}: ' + label + ' ({{status}})',
    explanation:
      '{{explanation}} Trolig årsak: {{cause}} Svarkode {{replyCode}}, status {{status}}, handling {{action}}, rapportert av {{remoteMta}}.',
    fix: '{{fix}}',
  }),
};

const NOT_A_BOUNCE: Readonly<Record<Lang, FindingText>> = {
  en: {
    title: 'Not a bounce: "{{subject}}"',
    explanation:
      'The message from {{from}} is neither a delivery report nor an automatic reply, so it says nothing about a failed delivery.',
    fix: 'Paste or drop the bounce itself (the message from MAILER-DAEMON or postmaster), or the headers of a delivered message in the header analysis.',
  },
  sv: {
    title: 'Ingen studs: "{{subject}}"',
    explanation:
      'Meddelandet från {{from}} är varken en leveransrapport eller ett automatiskt svar, så det säger inget om en misslyckad leverans.',
    fix: 'Klistra in eller släpp själva studsen (meddelandet från MAILER-DAEMON eller postmaster), eller huvudena från ett levererat meddelande i huvudanalysen.',
  },
  nb: {
    title: 'Ikke en returmelding: «{{subject}}»',
    explanation:
      'Meldingen fra {{from}} er verken en leveringsrapport eller et automatisk svar, så den sier ingenting om en mislykket levering.',
    fix: 'Lim inn eller slipp selve returmeldingen (meldingen fra MAILER-DAEMON eller postmaster), eller hodene fra en levert melding i hodeanalysen.',
  },
};

function build(lang: Lang): Record<string, FindingText> {
  const out: Record<string, FindingText> = { 'bounce.not-a-bounce': NOT_A_BOUNCE[lang] };
  for (const [reason, label] of Object.entries(LABELS[lang])) out[`bounce.delivery.${reason}`] = DELIVERY[lang](label);
  return out;
}

/** Texts of the `bounce` findings. */
export const catalog: FindingCatalog = { en: build('en'), sv: build('sv'), nb: build('nb') };
