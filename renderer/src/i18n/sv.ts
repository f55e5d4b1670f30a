/** The UI's Swedish strings (same keys as `en.ts`; the type makes a missing key a compile error). */
import type { UiCatalog } from './en.ts';

export const sv: UiCatalog = {
  'app.name': 'Mailpath',
  'app.tagline': 'Vart tog mejlet vägen?',
  'app.skip': 'Hoppa till steget',
  'app.loading': 'Läser in ärendet…',
  'app.loadFailed': 'Det sparade ärendet kunde inte läsas in: {{message}}',
  'app.retry': 'Försök igen',

  'lang.label': 'Språk',
  'lang.en': 'English',
  'lang.sv': 'Svenska',
  'lang.nb': 'Norsk bokmål',

  'save.saving': 'Sparar…',
  'save.pending': 'Ändringar som inte sparats',
  'save.saved': 'Utkastet sparat kl. {{time}}',
  'save.failed': 'Inte sparat: {{message}}',
  'save.retry': 'Spara igen',

  'wizard.nav': 'Steg',
  'wizard.stepOf': 'Steg {{n}} av {{total}}',
  'wizard.back': 'Tillbaka',
  'wizard.next': 'Nästa: {{step}}',
  'wizard.complete': 'klart',
  'wizard.incomplete': 'inte klart än',
  'wizard.planned': 'kommer senare',

  'step.case.title': 'Ärende',
  'step.case.short': 'Avsändare, mottagare, vad som hände',
  'step.server.title': 'Utgående server',
  'step.server.short': 'Hitta och testa SMTP-servern',
  'step.send.title': 'Testutskick',
  'step.send.short': 'Ett spårbart testmeddelande',
  'step.dns.title': 'DNS och rykte',
  'step.dns.short': 'MX, SPF, DKIM, DMARC, blocklistor',
  'step.offline.title': 'Offlineanalys',
  'step.offline.short': 'Studsar, huvuden, serverloggar',
  'step.report.title': 'Rapport',
  'step.report.short': 'Bedömning och rapport till supporten',

  'step.server.intro':
    'Tar reda på vilken utgående server (SMTP) avsändaren använder och kontrollerar att den tar emot avsändarens e-post.',
  'step.server.will1':
    'Hitta servern åt dig – i huvudena på ett skickat meddelande, i e-postprogrammets inställningar på den här datorn, i domänens autokonfiguration eller utifrån leverantören bakom domänen – eller låta dig ange den själv.',
  'step.server.will2':
    'Ansluta som ett e-postprogram gör, med den port och säkerhet du väljer (587 med STARTTLS, 465 med TLS eller 25), och visa exakt vad servern svarar.',
  'step.server.will3':
    'Kontrollera TLS-certifikatet och inloggningen, och fråga om servern godtar avsändaren och varje mottagare – utan att skicka något.',
  'step.send.intro': 'Skickar ett spårbart testmeddelande via den utgående servern och sparar serverns svar.',
  'step.send.will1': 'Skicka ett tydligt märkt testmeddelande för ärendet till mottagarna, eller till en extra adress som du väljer.',
  'step.send.will2': 'Visa hela SMTP-dialogen medan den pågår, med lösenord dolda.',
  'step.send.will3': 'Spara serverns kö-id: referensen som avsändarens leverantör behöver för att spåra meddelandet.',
  'step.send.will4':
    'Fråga mottagarens e-postservrar på port 25, utan att skicka, för att avslöja grålistning, policyspärrar och okända mottagare.',
  'step.dns.intro': 'Kontrollerar DNS för avsändarens och mottagarens domäner och den sändande serverns rykte, med DNS-svaren som bevis.',
  'step.dns.will1': 'MX-posterna för båda domänerna, och om mottagarens MX stämmer med leverantörens profil.',
  'step.dns.will2': 'SPF, DKIM och DMARC för avsändarens domän, med hela SPF-utvärderingen.',
  'step.dns.will3': 'Omvänd DNS och HELO-namn för den sändande servern, MTA-STS, TLS-RPT, DANE och DNSSEC.',
  'step.dns.will4': 'Om den sändande IP-adressen eller domänen finns på välkända blocklistor, och var man begär att bli borttagen.',
  'step.offline.intro':
    'Läser en studs, ett meddelandes huvuden eller den utgående serverns loggar – helt utan nätverk – och reder ut vad som hände med meddelandet.',
  'step.offline.will1':
    'Studsar och förseningsbesked: varje mottagare som misslyckades, statuskoden, den mottagande servern och orsaken i klartext.',
  'step.offline.will2':
    'Huvuden: vägen meddelandet tog, steg för steg, var det fastnade, och de SPF-, DKIM- och DMARC-resultat som mottagaren noterade.',
  'step.offline.will3':
    'Loggar från Postfix, Exim, Sendmail, Exchange och Microsoft 365: vad som hände med just det här meddelandet, utifrån avsändare, mottagare och tid.',
  'step.offline.will4': 'Klistra in text eller släpp filer; ingenting lämnar datorn.',
  'step.report.intro':
    'Sammanställer allt: en bedömning av vem som måste åtgärda, och en rapport som du kan skicka till mottagarens support.',
  'step.report.will1':
    'En bedömning i en mening – avsändarens IT, avsändarens leverantör, mottagarens leverantör eller mottagaren – med nästa steg i tur och ordning.',
  'step.report.will2':
    'Uppgifterna som supporten alltid frågar efter: avsändare, mottagare, exakt tid med tidszon, utgående server, kö-id och den exakta feltexten.',
  'step.report.will3': 'Rapporten som HTML, PDF, vanlig text eller JSON, med underlaget bakom varje resultat.',
  'step.report.will4': 'Skicka den till leverantörens supportadress från ärendet, när du har läst igenom den.',

  'planned.heading': 'Det här kommer steget att göra',
  'planned.notice.title': 'Inte tillgängligt än',
  'planned.notice.body':
    'Steget ingår inte i den här versionen av Mailpath, så det finns inget att köra här ännu. Det kommer i en kommande uppdatering och kommer då att använda ärendet du har fyllt i.',
  'planned.case.heading': 'Ärendet som steget kommer att arbeta med',
  'planned.case.incomplete': 'Ärendet är inte komplett än.',
  'planned.case.goTo': 'Gå till ärendet',
  'planned.case.sentAt': 'Skickat {{when}}',

  'case.intro':
    'Beskriv meddelandet som inte kom fram, så som avsändaren upplevde det. Allt sparas medan du skriver, så du kan stänga Mailpath och fortsätta där du slutade.',
  'case.started': 'Ärendet påbörjades {{date}}',
  'case.section.message': 'Meddelandet',
  'case.section.what': 'Vad som hände',
  'case.section.provider': 'Mottagarens e-postleverantör',
  'case.section.providerHint': 'Valfritt. Fylls ofta i via en länk från leverantörens support.',
  'case.sender.label': 'Avsändare',
  'case.sender.hint': 'Adressen som meddelandet skickades från.',
  'case.recipients.label': 'Mottagare',
  'case.recipients.hint': 'Varje adress som meddelandet skickades till men som inte fick det.',
  'case.recipients.row': 'Mottagare {{n}}',
  'case.recipients.add': 'Lägg till mottagare',
  'case.recipients.remove': 'Ta bort',
  'case.recipients.removeLabel': 'Ta bort mottagare {{n}}',
  'case.sentAt.label': 'När det skickades',
  'case.sentAt.hint': 'Datum och klockslag, så exakt du vet.',
  'case.timeZone.label': 'Tidszon',
  'case.timeZone.hint': 'Tidszonen för tiden ovan.',
  'case.timeZone.yours': 'Din tidszon',
  'case.timeZone.all': 'Alla tidszoner',
  'case.timeZone.option': '{{zone}} (UTC{{offset}})',
  'case.sentAt.instant': 'I din tidszon: {{local}}. I UTC: {{utc}}.',
  'case.symptom.label': 'Vad märkte avsändaren?',
  'case.symptom.short': 'Vad som märktes',
  'case.notes.label': 'Anteckningar',
  'case.notes.hint': 'Den exakta feltexten, vad avsändaren gjorde och annat som supporten bör känna till.',
  'case.reference.label': 'Ärendenummer',
  'case.reference.hint': 'Ditt eller leverantörens ärendenummer, om det finns ett.',
  'case.provider.name.label': 'Leverantörens namn',
  'case.provider.name.hint': 'Till exempel Exempel Hosting.',
  'case.provider.supportAddress.label': 'Supportadress',
  'case.provider.supportAddress.hint': 'Dit rapporten ska skickas.',
  'case.provider.mxPattern.label': 'Mönster för e-postservrarnas namn',
  'case.provider.mxPattern.hint': 'Namnen på leverantörens MX-servrar, till exempel *.mx.exempel-hosting.se.',
  'case.optional': 'valfritt',
  'case.summary.title_one': 'Ett fält behöver ses över innan du går vidare:',
  'case.summary.title_other': '{{count}} fält behöver ses över innan du går vidare:',
  'case.new': 'Påbörja ett nytt ärende',
  'case.new.confirm': 'Kasta det här ärendet och börja om?',
  'case.new.yes': 'Ja, börja om',
  'case.new.no': 'Behåll ärendet',

  'link.filled': 'Ifyllt från en mailpath://-länk: {{fields}}.',
  'link.nothing': 'En mailpath://-länk öppnades, men den innehöll inget att fylla i.',
  'link.ignored': 'Utelämnat från länken eftersom Mailpath inte tar emot dem: {{names}}.',
  'link.failed': 'En mailpath://-länk kunde inte läsas: {{message}}',
  'link.dismiss': 'Stäng',
};
