import type { FindingCatalog } from '../index.ts';

/** Texts of the `log` findings (the outgoing server's logs, `mailpath trace-log`). */
export const catalog: FindingCatalog = {
  en: {
    'log.delivered': {
      title: "Delivered to the recipient's server: {{recipient}}",
      explanation:
        'At {{time}} your server handed the message (queue ID {{queueId}}) to {{relay}}, which answered “{{reply}}”. The message has left your system.',
      fix: "If the recipient still can't find it, ask the recipient's provider to look up the delivery at {{time}} with queue ID {{queueId}} and the reply above, and ask the recipient to check spam and quarantine.",
    },
    'log.delivered-local': {
      title: 'Delivered to a mailbox on this server: {{recipient}}',
      explanation: 'At {{time}} the message (queue ID {{queueId}}) was put into the mailbox of {{recipient}} on this server ({{reply}}).',
      fix: "If the user can't see it, look at the mailbox's folders and rules (junk mail, inbox rules) on this server.",
    },
    'log.bounced': {
      title: 'Bounced: {{recipient}} was refused',
      explanation:
        'At {{time}} {{relay}} refused the message (queue ID {{queueId}}) for good with {{dsn}}: “{{reply}}”. Your server sent a non-delivery report back to the sender {{sender}}.',
      fix: 'Act on the reply: check the address for typos, or take the reply text to whoever runs the server that refused it.',
    },
    'log.deferred': {
      title: 'Not delivered yet: {{recipient}} is being retried',
      explanation:
        'Since {{since}} your server has tried {{attempts}} time(s) to deliver the message (queue ID {{queueId}}); the last attempt at {{time}} got “{{reply}}” from {{relay}}. It stays in the queue and is retried until the queue lifetime runs out.',
      fix: "Read the last reply: greylisting or a rate limit clears by itself; a timeout or refused connection means the recipient's server can't be reached from yours (check outbound port 25 and the recipient's MX).",
    },
    'log.pending': {
      title: 'Still pending: {{recipient}}',
      explanation:
        'The message trace lists the message ({{queueId}}) to {{recipient}} as pending at {{time}}: delivery is being attempted or retried, or its status is not known yet.',
      fix: 'Look at the trace details (Get-MessageTraceDetailV2 or the message in the admin center) for the reason of the delay, and trace again later.',
    },
    'log.expired': {
      title: 'Gave up: {{recipient}} could not be reached in time',
      explanation:
        'Your server retried the message (queue ID {{queueId}}) from {{since}} until {{time}} ({{attempts}} attempt(s)) and then returned it to the sender as undeliverable. The last reply was “{{reply}}”.',
      fix: "Find out why the recipient's server kept refusing or could not be reached (the last reply), fix that, and ask the sender to send the message again.",
    },
    'log.failed': {
      title: 'Delivery failed: {{recipient}}',
      explanation: 'At {{time}} delivery of the message ({{queueId}}) to {{recipient}} failed: “{{reply}}”.',
      fix: 'Act on the status text; the sender has normally received a non-delivery report with the same text.',
    },
    'log.rejected': {
      title: 'Refused by your own server: {{recipient}}',
      explanation:
        'At {{time}} your server refused to take the message from {{sender}} to {{recipient}} while {{client}} was handing it over: “{{reply}}”. It never entered the queue, so the sending program got the error straight away.',
      fix: "This is decided on your side: check the sender's login and relay permission, and the server restriction that produced this reply.",
    },
    'log.removed': {
      title: 'Deleted from the queue: {{recipient}}',
      explanation:
        'At {{time}} an administrator deleted the message (queue ID {{queueId}}) from the queue before it was delivered to {{recipient}}.',
      fix: 'Ask whoever manages the mail server why it was deleted, and have the sender send it again if it is still wanted.',
    },
    'log.frozen': {
      title: 'Frozen in the queue: {{recipient}}',
      explanation:
        'The mail server froze the message (queue ID {{queueId}}) at {{time}}; it makes no more delivery attempts until someone thaws it. Last reply: “{{reply}}”.',
      fix: 'See why it was frozen (exim -Mvl {{queueId}}), fix the cause, then thaw or remove it.',
    },
    'log.quarantined': {
      title: 'Stopped by filtering: {{recipient}}',
      explanation: 'At {{time}} the message ({{queueId}}) to {{recipient}} was quarantined or filtered as spam instead of being delivered.',
      fix: 'Review the quarantine and the anti-spam policy in the admin center, and release the message if it is legitimate.',
    },
    'log.dropped': {
      title: 'Dropped without a report: {{recipient}}',
      explanation: 'At {{time}} the message ({{queueId}}) to {{recipient}} was dropped without a non-delivery report ({{reply}}).',
      fix: 'Check the transport rules, moderation and spam settings that can drop messages silently.',
    },
    'log.queued': {
      title: 'Received but not sent: {{recipient}}',
      explanation:
        'Your server received the message (queue ID {{queueId}}) at {{received}}, but these logs show no delivery attempt to {{recipient}}. It may still be in the queue, or the logs end before the attempt.',
      fix: 'Check the queue now (postqueue -p or mailq) and whether later log files exist.',
    },
    'log.no-attempt': {
      title: 'Received but not sent: queue ID {{queueId}}',
      explanation:
        'Your server received the message (queue ID {{queueId}}) from {{sender}} at {{received}}, but these logs show no delivery attempt for it. It may still be in the queue, or the logs end before the attempt.',
      fix: 'Check the queue now (postqueue -p or mailq) and whether later log files exist.',
    },
    'log.more-findings': {
      title: '{{left}} more recipients not shown',
      explanation: 'Only the first {{shown}} recipients are described here; narrow the search (sender, recipient, time) to see the rest.',
    },
    'log.not-found': {
      title: 'No matching message in the logs',
      explanation: 'None of the messages in {{lines}} lines of {{files}} file(s) matches {{criteria}}. The logs cover {{span}}.',
      fix: "Check the spelling of the address or ID, widen the time window, and make sure the logs cover the time the message was sent (older entries are in rotated files such as mail.log.1 or mail.log.2.gz). If the message is not in the outgoing server's log at all, it never reached that server: look at the sender's mail program and its outbox.",
    },
    'log.not-a-log': {
      title: 'Not a mail server log: {{file}}',
      explanation:
        '{{file}} does not look like a Postfix, Exim, Sendmail or Exchange message tracking log, nor a Microsoft 365 message trace, so it was not read.',
      fix: "Give the mail server's log (e.g. /var/log/mail.log or maillog, Exim's mainlog, Exchange's MSGTRK*.LOG) or a message trace exported as CSV.",
    },
    'log.unreadable': {
      title: 'Could not read {{file}}',
      explanation: 'Opening {{file}} failed ({{error}}).',
      fix: 'Check the path and that you may read the file (logs are often readable only by root or the adm group).',
    },
    'log.invalid-option': {
      title: 'Invalid search option: {{option}}',
      explanation: '“{{value}}” is not a valid {{option}}, so the search was not run.',
      fix: 'Use an ISO 8601 time such as 2025-12-31T14:00 and an IANA time zone such as Europe/Stockholm.',
    },
    'log.truncated': {
      title: 'Only the first {{shown}} messages are listed',
      explanation: '{{omitted}} more messages matched but are left out.',
      fix: 'Narrow the search with a sender, a recipient or a time window.',
    },
    'log.lines-skipped': {
      title: '{{skipped}} lines of {{file}} could not be read',
      explanation: '{{skipped}} of {{read}} lines in {{file}} are damaged or in another format; they were skipped.',
      fix: 'If many lines are skipped, check that the file is a complete, undamaged mail log.',
    },
    'log.year-assumed': {
      title: 'Log times carry no year: {{year}} assumed',
      explanation:
        "{{file}} uses syslog timestamps without a year. Its first line was taken to be from {{year}}, going by the file's date; a change from December to January moves to the next year.",
      fix: 'If that is wrong (for example because the file was copied), give the year explicitly.',
    },
  },
  sv: {
    'log.delivered': {
      title: 'Levererat till mottagarens server: {{recipient}}',
      explanation:
        'Kl. {{time}} lämnade er server över meddelandet (kö-ID {{queueId}}) till {{relay}}, som svarade ”{{reply}}”. Meddelandet har lämnat ert system.',
      fix: 'Om mottagaren ändå inte hittar det: be mottagarens e-postleverantör söka upp leveransen kl. {{time}} med kö-ID {{queueId}} och svaret ovan, och be mottagaren titta i skräppost och karantän.',
    },
    'log.delivered-local': {
      title: 'Levererat till en brevlåda på den här servern: {{recipient}}',
      explanation: 'Kl. {{time}} lades meddelandet (kö-ID {{queueId}}) i brevlådan för {{recipient}} på den här servern ({{reply}}).',
      fix: 'Om användaren inte ser det, kontrollera brevlådans mappar och regler (skräppost, inkorgsregler) på servern.',
    },
    'log.bounced': {
      title: 'Studsade: {{recipient}} avvisades',
      explanation:
        'Kl. {{time}} avvisade {{relay}} meddelandet (kö-ID {{queueId}}) permanent med {{dsn}}: ”{{reply}}”. Er server skickade en felrapport tillbaka till avsändaren {{sender}}.',
      fix: 'Agera utifrån svaret: kontrollera att adressen är rättstavad, eller ta svarstexten till den som driver servern som avvisade meddelandet.',
    },
    'log.deferred': {
      title: 'Inte levererat än: {{recipient}} försöks igen',
      explanation:
        'Sedan {{since}} har er server försökt leverera meddelandet (kö-ID {{queueId}}) {{attempts}} gång(er); senaste försöket kl. {{time}} fick svaret ”{{reply}}” från {{relay}}. Det ligger kvar i kön och försöks igen tills kötiden har löpt ut.',
      fix: 'Läs det senaste svaret: grålistning eller en hastighetsbegränsning går över av sig själv; en anslutning som tar för lång tid eller vägras betyder att mottagarens server inte nås från er (kontrollera utgående port 25 och mottagarens MX).',
    },
    'log.pending': {
      title: 'Väntar fortfarande: {{recipient}}',
      explanation:
        'Meddelandespårningen visar meddelandet ({{queueId}}) till {{recipient}} som väntande ({{time}}): leveransen pågår eller försöks igen, eller så är statusen inte känd än.',
      fix: 'Titta i spårningens detaljer (Get-MessageTraceDetailV2 eller meddelandet i administrationscentret) efter orsaken till fördröjningen, och spåra igen senare.',
    },
    'log.expired': {
      title: 'Gav upp: {{recipient}} gick inte att nå i tid',
      explanation:
        'Er server försökte leverera meddelandet (kö-ID {{queueId}}) från {{since}} till {{time}} ({{attempts}} försök) och skickade sedan tillbaka det till avsändaren som omöjligt att leverera. Senaste svaret var ”{{reply}}”.',
      fix: 'Ta reda på varför mottagarens server fortsatte att vägra eller inte gick att nå (se senaste svaret), åtgärda det och be avsändaren skicka meddelandet igen.',
    },
    'log.failed': {
      title: 'Leveransen misslyckades: {{recipient}}',
      explanation: 'Kl. {{time}} misslyckades leveransen av meddelandet ({{queueId}}) till {{recipient}}: ”{{reply}}”.',
      fix: 'Agera utifrån statustexten; avsändaren har normalt fått en felrapport med samma text.',
    },
    'log.rejected': {
      title: 'Avvisat av er egen server: {{recipient}}',
      explanation:
        'Kl. {{time}} vägrade er server att ta emot meddelandet från {{sender}} till {{recipient}} medan {{client}} lämnade över det: ”{{reply}}”. Det kom aldrig in i kön, så programmet som skickade fick felet direkt.',
      fix: 'Det här avgörs hos er: kontrollera avsändarens inloggning och rätt att skicka vidare (relay), och den serverbegränsning som gav svaret.',
    },
    'log.removed': {
      title: 'Raderat ur kön: {{recipient}}',
      explanation:
        'Kl. {{time}} raderade en administratör meddelandet (kö-ID {{queueId}}) ur kön innan det levererades till {{recipient}}.',
      fix: 'Fråga den som sköter e-postservern varför det raderades, och be avsändaren skicka det igen om det fortfarande behövs.',
    },
    'log.frozen': {
      title: 'Fryst i kön: {{recipient}}',
      explanation:
        'E-postservern frös meddelandet (kö-ID {{queueId}}) kl. {{time}}; inga fler leveransförsök görs förrän någon tinar upp det. Senaste svar: ”{{reply}}”.',
      fix: 'Se efter varför det frystes (exim -Mvl {{queueId}}), åtgärda orsaken och tina sedan upp eller ta bort det.',
    },
    'log.quarantined': {
      title: 'Stoppat av filtrering: {{recipient}}',
      explanation:
        'Kl. {{time}} hamnade meddelandet ({{queueId}}) till {{recipient}} i karantän eller filtrerades som skräppost i stället för att levereras.',
      fix: 'Granska karantänen och skräppostpolicyn i administrationscentret och släpp meddelandet om det är legitimt.',
    },
    'log.dropped': {
      title: 'Kastat utan felrapport: {{recipient}}',
      explanation: 'Kl. {{time}} kastades meddelandet ({{queueId}}) till {{recipient}} utan att någon felrapport skickades ({{reply}}).',
      fix: 'Kontrollera transportregler, moderering och skräppostinställningar som kan kasta meddelanden i tysthet.',
    },
    'log.queued': {
      title: 'Mottaget men inte skickat: {{recipient}}',
      explanation:
        'Er server tog emot meddelandet (kö-ID {{queueId}}) {{received}}, men loggarna visar inget leveransförsök till {{recipient}}. Det kan ligga kvar i kön, eller så slutar loggarna före försöket.',
      fix: 'Kontrollera kön nu (postqueue -p eller mailq) och om det finns senare loggfiler.',
    },
    'log.no-attempt': {
      title: 'Mottaget men inte skickat: kö-ID {{queueId}}',
      explanation:
        'Er server tog emot meddelandet (kö-ID {{queueId}}) från {{sender}} {{received}}, men loggarna visar inget leveransförsök för det. Det kan ligga kvar i kön, eller så slutar loggarna före försöket.',
      fix: 'Kontrollera kön nu (postqueue -p eller mailq) och om det finns senare loggfiler.',
    },
    'log.more-findings': {
      title: '{{left}} mottagare till visas inte',
      explanation: 'Bara de första {{shown}} mottagarna beskrivs här; avgränsa sökningen (avsändare, mottagare, tid) för att se resten.',
    },
    'log.not-found': {
      title: 'Inget matchande meddelande i loggarna',
      explanation: 'Inget av meddelandena på {{lines}} rader i {{files}} fil(er) matchar {{criteria}}. Loggarna täcker {{span}}.',
      fix: 'Kontrollera stavningen av adressen eller ID:t, vidga tidsfönstret och se till att loggarna täcker tiden då meddelandet skickades (äldre poster finns i roterade filer som mail.log.1 eller mail.log.2.gz). Finns meddelandet inte alls i den utgående serverns logg har det aldrig nått servern: titta i avsändarens e-postprogram och dess utkorg.',
    },
    'log.not-a-log': {
      title: 'Inte en e-postserverlogg: {{file}}',
      explanation:
        '{{file}} ser inte ut som en logg från Postfix, Exim, Sendmail eller Exchanges meddelandespårning, och inte heller som en meddelandespårning från Microsoft 365, så den lästes inte.',
      fix: 'Ange e-postserverns logg (t.ex. /var/log/mail.log eller maillog, Exims mainlog, Exchanges MSGTRK*.LOG) eller en meddelandespårning exporterad som CSV.',
    },
    'log.unreadable': {
      title: 'Kunde inte läsa {{file}}',
      explanation: 'Det gick inte att öppna {{file}} ({{error}}).',
      fix: 'Kontrollera sökvägen och att du har läsrätt till filen (loggar kan ofta bara läsas av root eller gruppen adm).',
    },
    'log.invalid-option': {
      title: 'Ogiltigt sökval: {{option}}',
      explanation: '”{{value}}” är inte ett giltigt värde för {{option}}, så sökningen kördes inte.',
      fix: 'Ange tider enligt ISO 8601, t.ex. 2025-12-31T14:00, och en IANA-tidszon som Europe/Stockholm.',
    },
    'log.truncated': {
      title: 'Bara de första {{shown}} meddelandena visas',
      explanation: 'Ytterligare {{omitted}} meddelanden matchade men visas inte.',
      fix: 'Avgränsa sökningen med avsändare, mottagare eller tidsfönster.',
    },
    'log.lines-skipped': {
      title: '{{skipped}} rader i {{file}} kunde inte läsas',
      explanation: '{{skipped}} av {{read}} rader i {{file}} är skadade eller i ett annat format och hoppades över.',
      fix: 'Om många rader hoppas över, kontrollera att filen är en hel och oskadad e-postlogg.',
    },
    'log.year-assumed': {
      title: 'Loggens tider saknar år: {{year}} antas',
      explanation:
        '{{file}} har syslog-tidsstämplar utan år. Första raden antogs vara från {{year}} utifrån filens datum; ett byte från december till januari räknas som ett nytt år.',
      fix: 'Om det är fel (till exempel för att filen har kopierats), ange året uttryckligen.',
    },
  },
  nb: {
    'log.delivered': {
      title: 'Levert til mottakerens server: {{recipient}}',
      explanation:
        'Kl. {{time}} leverte serveren deres meldingen (kø-ID {{queueId}}) videre til {{relay}}, som svarte «{{reply}}». Meldingen har forlatt systemet deres.',
      fix: 'Hvis mottakeren likevel ikke finner den: be mottakerens e-postleverandør slå opp leveransen kl. {{time}} med kø-ID {{queueId}} og svaret over, og be mottakeren se i søppelpost og karantene.',
    },
    'log.delivered-local': {
      title: 'Levert til en postkasse på denne serveren: {{recipient}}',
      explanation: 'Kl. {{time}} ble meldingen (kø-ID {{queueId}}) lagt i postkassen til {{recipient}} på denne serveren ({{reply}}).',
      fix: 'Hvis brukeren ikke ser den, sjekk mappene og reglene i postkassen (søppelpost, innboksregler) på serveren.',
    },
    'log.bounced': {
      title: 'Returnert: {{recipient}} ble avvist',
      explanation:
        'Kl. {{time}} avviste {{relay}} meldingen (kø-ID {{queueId}}) permanent med {{dsn}}: «{{reply}}». Serveren deres sendte en feilrapport tilbake til avsenderen {{sender}}.',
      fix: 'Handle ut fra svaret: sjekk at adressen er riktig skrevet, eller ta svarteksten med til den som drifter serveren som avviste meldingen.',
    },
    'log.deferred': {
      title: 'Ikke levert ennå: {{recipient}} forsøkes på nytt',
      explanation:
        'Siden {{since}} har serveren deres forsøkt å levere meldingen (kø-ID {{queueId}}) {{attempts}} gang(er); siste forsøk kl. {{time}} fikk svaret «{{reply}}» fra {{relay}}. Den blir liggende i køen og forsøkes på nytt til køtiden går ut.',
      fix: 'Les det siste svaret: grålisting eller en hastighetsbegrensning går over av seg selv; et tidsavbrudd eller en avvist tilkobling betyr at mottakerens server ikke kan nås fra dere (sjekk utgående port 25 og mottakerens MX).',
    },
    'log.pending': {
      title: 'Venter fortsatt: {{recipient}}',
      explanation:
        'Meldingssporingen viser meldingen ({{queueId}}) til {{recipient}} som ventende ({{time}}): leveringen pågår eller forsøkes på nytt, eller statusen er ikke kjent ennå.',
      fix: 'Se i detaljene for sporingen (Get-MessageTraceDetailV2 eller meldingen i administrasjonssenteret) etter årsaken til forsinkelsen, og spor på nytt senere.',
    },
    'log.expired': {
      title: 'Ga opp: {{recipient}} kunne ikke nås i tide',
      explanation:
        'Serveren deres forsøkte å levere meldingen (kø-ID {{queueId}}) fra {{since}} til {{time}} ({{attempts}} forsøk) og sendte den så tilbake til avsenderen som umulig å levere. Siste svar var «{{reply}}».',
      fix: 'Finn ut hvorfor mottakerens server fortsatte å avvise eller ikke kunne nås (se siste svar), rett det, og be avsenderen sende meldingen på nytt.',
    },
    'log.failed': {
      title: 'Leveringen mislyktes: {{recipient}}',
      explanation: 'Kl. {{time}} mislyktes leveringen av meldingen ({{queueId}}) til {{recipient}}: «{{reply}}».',
      fix: 'Handle ut fra statusteksten; avsenderen har normalt fått en feilrapport med samme tekst.',
    },
    'log.rejected': {
      title: 'Avvist av deres egen server: {{recipient}}',
      explanation:
        'Kl. {{time}} nektet serveren deres å ta imot meldingen fra {{sender}} til {{recipient}} mens {{client}} leverte den: «{{reply}}». Den kom aldri inn i køen, så programmet som sendte fikk feilen med en gang.',
      fix: 'Dette avgjøres hos dere: sjekk avsenderens innlogging og rett til videresending (relay), og serverbegrensningen som ga svaret.',
    },
    'log.removed': {
      title: 'Slettet fra køen: {{recipient}}',
      explanation: 'Kl. {{time}} slettet en administrator meldingen (kø-ID {{queueId}}) fra køen før den ble levert til {{recipient}}.',
      fix: 'Spør den som drifter e-postserveren hvorfor den ble slettet, og be avsenderen sende den på nytt hvis den fortsatt trengs.',
    },
    'log.frozen': {
      title: 'Frosset i køen: {{recipient}}',
      explanation:
        'E-postserveren frøs meldingen (kø-ID {{queueId}}) kl. {{time}}; det gjøres ingen nye leveringsforsøk før noen tiner den opp. Siste svar: «{{reply}}».',
      fix: 'Se hvorfor den ble frosset (exim -Mvl {{queueId}}), rett årsaken, og tin den deretter opp eller fjern den.',
    },
    'log.quarantined': {
      title: 'Stoppet av filtrering: {{recipient}}',
      explanation:
        'Kl. {{time}} havnet meldingen ({{queueId}}) til {{recipient}} i karantene eller ble filtrert som søppelpost i stedet for å bli levert.',
      fix: 'Gå gjennom karantenen og søppelpostpolicyen i administrasjonssenteret, og frigi meldingen hvis den er legitim.',
    },
    'log.dropped': {
      title: 'Forkastet uten feilrapport: {{recipient}}',
      explanation: 'Kl. {{time}} ble meldingen ({{queueId}}) til {{recipient}} forkastet uten at noen feilrapport ble sendt ({{reply}}).',
      fix: 'Sjekk transportregler, moderering og søppelpostinnstillinger som kan forkaste meldinger i det stille.',
    },
    'log.queued': {
      title: 'Mottatt, men ikke sendt: {{recipient}}',
      explanation:
        'Serveren deres tok imot meldingen (kø-ID {{queueId}}) {{received}}, men loggene viser ikke noe leveringsforsøk til {{recipient}}. Den kan fortsatt ligge i køen, eller loggene slutter før forsøket.',
      fix: 'Sjekk køen nå (postqueue -p eller mailq) og om det finnes senere loggfiler.',
    },
    'log.no-attempt': {
      title: 'Mottatt, men ikke sendt: kø-ID {{queueId}}',
      explanation:
        'Serveren deres tok imot meldingen (kø-ID {{queueId}}) fra {{sender}} {{received}}, men loggene viser ikke noe leveringsforsøk for den. Den kan fortsatt ligge i køen, eller loggene slutter før forsøket.',
      fix: 'Sjekk køen nå (postqueue -p eller mailq) og om det finnes senere loggfiler.',
    },
    'log.more-findings': {
      title: '{{left}} mottakere til vises ikke',
      explanation: 'Bare de første {{shown}} mottakerne beskrives her; avgrens søket (avsender, mottaker, tid) for å se resten.',
    },
    'log.not-found': {
      title: 'Ingen samsvarende melding i loggene',
      explanation: 'Ingen av meldingene på {{lines}} linjer i {{files}} fil(er) samsvarer med {{criteria}}. Loggene dekker {{span}}.',
      fix: 'Sjekk stavingen av adressen eller ID-en, utvid tidsvinduet, og sørg for at loggene dekker tidspunktet meldingen ble sendt (eldre oppføringer ligger i roterte filer som mail.log.1 eller mail.log.2.gz). Finnes meldingen ikke i det hele tatt i loggen til den utgående serveren, har den aldri nådd serveren: se i avsenderens e-postprogram og utboksen der.',
    },
    'log.not-a-log': {
      title: 'Ikke en e-postserverlogg: {{file}}',
      explanation:
        '{{file}} ser ikke ut som en logg fra Postfix, Exim, Sendmail eller Exchanges meldingssporing, og heller ikke som en meldingssporing fra Microsoft 365, så den ble ikke lest.',
      fix: 'Oppgi e-postserverens logg (f.eks. /var/log/mail.log eller maillog, Exims mainlog, Exchanges MSGTRK*.LOG) eller en meldingssporing eksportert som CSV.',
    },
    'log.unreadable': {
      title: 'Kunne ikke lese {{file}}',
      explanation: 'Det gikk ikke å åpne {{file}} ({{error}}).',
      fix: 'Sjekk stien og at du har lesetilgang til filen (logger kan ofte bare leses av root eller gruppen adm).',
    },
    'log.invalid-option': {
      title: 'Ugyldig søkevalg: {{option}}',
      explanation: '«{{value}}» er ikke en gyldig verdi for {{option}}, så søket ble ikke kjørt.',
      fix: 'Oppgi tider etter ISO 8601, f.eks. 2025-12-31T14:00, og en IANA-tidssone som Europe/Oslo.',
    },
    'log.truncated': {
      title: 'Bare de første {{shown}} meldingene vises',
      explanation: 'Ytterligere {{omitted}} meldinger samsvarte, men vises ikke.',
      fix: 'Avgrens søket med avsender, mottaker eller tidsvindu.',
    },
    'log.lines-skipped': {
      title: '{{skipped}} linjer i {{file}} kunne ikke leses',
      explanation: '{{skipped}} av {{read}} linjer i {{file}} er skadet eller i et annet format og ble hoppet over.',
      fix: 'Hvis mange linjer hoppes over, sjekk at filen er en hel og uskadet e-postlogg.',
    },
    'log.year-assumed': {
      title: 'Loggtidene mangler år: {{year}} er antatt',
      explanation:
        '{{file}} har syslog-tidsstempler uten år. Første linje ble antatt å være fra {{year}} ut fra filens dato; et skifte fra desember til januar regnes som et nytt år.',
      fix: 'Hvis det er feil (for eksempel fordi filen er kopiert), oppgi året eksplisitt.',
    },
  },
};
