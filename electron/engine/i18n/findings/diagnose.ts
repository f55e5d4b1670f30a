import type { FindingCatalog } from '../index.ts';

/** Texts of the diagnosis' own findings: skipped or failed steps, correlations, the re-test diff. */
export const catalog: FindingCatalog = {
  en: {
    'diagnose.skipped.no-server': {
      title: 'The outgoing server was not tested: none was given or found',
      explanation: 'No outgoing server was given, and discovery found none, so step {{step}} did not run.',
      fix: 'Give the server (--smtp-host, or the Outgoing server step), or the headers of a message the sender sent.',
    },
    'diagnose.skipped.not-asked': {
      title: 'Step {{step}} was not asked for',
      explanation: 'This run was started without step {{step}}.',
    },
    'diagnose.skipped.no-credentials': {
      title: 'No test message was sent: no password was given',
      explanation: 'Sending through the outgoing server needs the sender’s user name and password, so step {{step}} did not run.',
      fix: 'Give the password (--password-env VAR, or in the Send test step) to send a traceable test message.',
    },
    'diagnose.skipped.no-addresses': {
      title: 'Step {{step}} needs the sender and a recipient',
      explanation: 'The case has no sender or no recipient, so step {{step}} could not run.',
      fix: 'Fill in the sender and the recipients in the case.',
    },
    'diagnose.skipped.no-sender': {
      title: 'The sender domain was not checked: the case has no sender',
      explanation: 'Without the sender’s address Mailpath does not know which domain’s DNS to check, so step {{step}} did not run.',
      fix: 'Fill in the sender in the case.',
    },
    'diagnose.step.failed': {
      title: 'Step {{step}} failed: {{message}}',
      explanation: 'An internal error stopped this step; the other steps ran. The report is incomplete for this part.',
      fix: 'Run the diagnosis again; if it fails again, send this report to Mailpath’s developers.',
    },
    'diagnose.correlate.auth-bounce': {
      title: 'The bounce blames authentication, and the sender domain’s DNS agrees',
      explanation: 'The bounce says: “{{bounce}}”. Checking the same domain now: “{{dns}}”. Together they show why the recipient’s server refused the message.',
      fix: 'Fix the SPF, DKIM or DMARC records as the DNS findings describe, then send again.',
    },
    'diagnose.correlate.delivered': {
      title: 'The message left your system: {{relay}} accepted it for {{recipient}} at {{at}}',
      explanation: 'The outgoing server’s log shows the recipient’s server answered “{{reply}}”. From then on the message is the recipient side’s responsibility.',
      fix: 'Ask the recipient’s provider to look up their ID {{remoteId}} (your queue ID {{queueId}}), and the recipient to check spam folders and rules.',
    },
    'diagnose.correlate.blocklisted': {
      title: 'The bounce names the blocklisting of {{ip}} on {{list}}',
      explanation: 'The sending address is listed on {{list}}, and the bounce says: “{{diagnostic}}”. The listing is why the message was refused.',
      fix: 'Stop the cause of the listing, request delisting, and ask the sending provider to route mail through a clean address meanwhile.',
    },
    'diagnose.correlate.greylist': {
      title: 'Greylisting explains the delay',
      explanation: '{{finding}}. Greylisting servers refuse the first attempt from an unknown sender and accept a retry some minutes later; a short delay is expected and nobody needs to act.',
      fix: 'Wait for the retry (usually 5–30 minutes). If the message is still not delivered after a few hours, look at the outgoing server’s log.',
    },
    'diagnose.correlate.address-confirmed': {
      title: 'The recipient’s server confirms the address does not exist',
      explanation: 'The bounce said “{{bounce}}”, and asking the recipient’s server directly gives the same answer: “{{probe}}”. The address is wrong or was removed.',
      fix: 'Check the address with the recipient by another channel.',
    },
    'diagnose.retest': {
      title: 'Since the last run: {{fixed}} fixed, {{new}} new, {{unchanged}} unchanged',
      explanation: 'The same case was diagnosed before. Problems that are gone are fixed; problems that were not there before are new.',
    },
  },
  sv: {
    'diagnose.skipped.no-server': {
      title: 'Den utgående servern testades inte: ingen angavs eller hittades',
      explanation: 'Ingen utgående server angavs och sökningen hittade ingen, så steget {{step}} kördes inte.',
      fix: 'Ange servern (--smtp-host, eller steget Utgående server), eller huvudet från ett meddelande som avsändaren skickat.',
    },
    'diagnose.skipped.not-asked': {
      title: 'Steget {{step}} efterfrågades inte',
      explanation: 'Den här körningen startades utan steget {{step}}.',
    },
    'diagnose.skipped.no-credentials': {
      title: 'Inget testmeddelande skickades: inget lösenord angavs',
      explanation: 'För att skicka via den utgående servern behövs avsändarens användarnamn och lösenord, så steget {{step}} kördes inte.',
      fix: 'Ange lösenordet (--password-env VAR, eller i steget Testutskick) för att skicka ett spårbart testmeddelande.',
    },
    'diagnose.skipped.no-addresses': {
      title: 'Steget {{step}} behöver avsändaren och en mottagare',
      explanation: 'Ärendet saknar avsändare eller mottagare, så steget {{step}} kunde inte köras.',
      fix: 'Fyll i avsändare och mottagare i ärendet.',
    },
    'diagnose.skipped.no-sender': {
      title: 'Avsändardomänen kontrollerades inte: ärendet saknar avsändare',
      explanation: 'Utan avsändarens adress vet Mailpath inte vilken domäns DNS som ska kontrolleras, så steget {{step}} kördes inte.',
      fix: 'Fyll i avsändaren i ärendet.',
    },
    'diagnose.step.failed': {
      title: 'Steget {{step}} misslyckades: {{message}}',
      explanation: 'Ett internt fel stoppade det här steget; de andra stegen kördes. Rapporten är ofullständig för den här delen.',
      fix: 'Kör diagnosen igen; misslyckas den igen, skicka rapporten till Mailpaths utvecklare.',
    },
    'diagnose.correlate.auth-bounce': {
      title: 'Studsen skyller på autentiseringen, och avsändardomänens DNS bekräftar det',
      explanation: 'Studsen säger: ”{{bounce}}”. En kontroll av samma domän nu: ”{{dns}}”. Tillsammans visar de varför mottagarens server avvisade meddelandet.',
      fix: 'Rätta SPF-, DKIM- eller DMARC-posterna enligt DNS-resultaten och skicka sedan igen.',
    },
    'diagnose.correlate.delivered': {
      title: 'Meddelandet lämnade ert system: {{relay}} tog emot det för {{recipient}} {{at}}',
      explanation: 'Den utgående serverns logg visar att mottagarens server svarade ”{{reply}}”. Därefter ligger ansvaret för meddelandet hos mottagarsidan.',
      fix: 'Be mottagarens leverantör söka på sitt id {{remoteId}} (ert kö-id {{queueId}}), och mottagaren att titta i skräppost och regler.',
    },
    'diagnose.correlate.blocklisted': {
      title: 'Studsen nämner att {{ip}} är listad hos {{list}}',
      explanation: 'Den avsändande adressen är listad hos {{list}}, och studsen säger: ”{{diagnostic}}”. Listningen är skälet till att meddelandet avvisades.',
      fix: 'Stoppa orsaken till listningen, begär avlistning och be leverantören skicka via en ren adress under tiden.',
    },
    'diagnose.correlate.greylist': {
      title: 'Grålistning förklarar förseningen',
      explanation: '{{finding}}. Servrar med grålistning avvisar första försöket från en okänd avsändare och tar emot ett nytt försök några minuter senare; en kort fördröjning är väntad och ingen behöver göra något.',
      fix: 'Vänta på nästa försök (oftast 5–30 minuter). Om meddelandet ändå inte levererats efter några timmar, titta i den utgående serverns logg.',
    },
    'diagnose.correlate.address-confirmed': {
      title: 'Mottagarens server bekräftar att adressen inte finns',
      explanation: 'Studsen sa ”{{bounce}}”, och en direkt fråga till mottagarens server ger samma svar: ”{{probe}}”. Adressen är fel eller har tagits bort.',
      fix: 'Kontrollera adressen med mottagaren via en annan kanal.',
    },
    'diagnose.retest': {
      title: 'Sedan förra körningen: {{fixed}} åtgärdade, {{new}} nya, {{unchanged}} oförändrade',
      explanation: 'Samma ärende har diagnostiserats tidigare. Problem som försvunnit är åtgärdade; problem som inte fanns förra gången är nya.',
    },
  },
  nb: {
    'diagnose.skipped.no-server': {
      title: 'Den utgående tjeneren ble ikke testet: ingen ble oppgitt eller funnet',
      explanation: 'Ingen utgående tjener ble oppgitt, og søket fant ingen, så steget {{step}} ble ikke kjørt.',
      fix: 'Oppgi tjeneren (--smtp-host, eller steget Utgående tjener), eller hodet fra en melding avsenderen har sendt.',
    },
    'diagnose.skipped.not-asked': {
      title: 'Steget {{step}} ble ikke bedt om',
      explanation: 'Denne kjøringen ble startet uten steget {{step}}.',
    },
    'diagnose.skipped.no-credentials': {
      title: 'Ingen testmelding ble sendt: passord ble ikke oppgitt',
      explanation: 'For å sende via den utgående tjeneren trengs avsenderens brukernavn og passord, så steget {{step}} ble ikke kjørt.',
      fix: 'Oppgi passordet (--password-env VAR, eller i steget Testutsendelse) for å sende en sporbar testmelding.',
    },
    'diagnose.skipped.no-addresses': {
      title: 'Steget {{step}} trenger avsenderen og en mottaker',
      explanation: 'Saken mangler avsender eller mottaker, så steget {{step}} kunne ikke kjøres.',
      fix: 'Fyll inn avsender og mottakere i saken.',
    },
    'diagnose.skipped.no-sender': {
      title: 'Avsenderdomenet ble ikke sjekket: saken mangler avsender',
      explanation: 'Uten avsenderens adresse vet ikke Mailpath hvilket domenes DNS som skal sjekkes, så steget {{step}} ble ikke kjørt.',
      fix: 'Fyll inn avsenderen i saken.',
    },
    'diagnose.step.failed': {
      title: 'Steget {{step}} feilet: {{message}}',
      explanation: 'En intern feil stoppet dette steget; de andre stegene ble kjørt. Rapporten er ufullstendig for denne delen.',
      fix: 'Kjør diagnosen på nytt; feiler den igjen, send rapporten til Mailpaths utviklere.',
    },
    'diagnose.correlate.auth-bounce': {
      title: 'Returmeldingen skylder på autentiseringen, og avsenderdomenets DNS bekrefter det',
      explanation: 'Returmeldingen sier: «{{bounce}}». En sjekk av samme domene nå: «{{dns}}». Sammen viser de hvorfor mottakerens tjener avviste meldingen.',
      fix: 'Rett SPF-, DKIM- eller DMARC-postene slik DNS-funnene beskriver, og send på nytt.',
    },
    'diagnose.correlate.delivered': {
      title: 'Meldingen forlot systemet deres: {{relay}} tok imot den for {{recipient}} {{at}}',
      explanation: 'Loggen til den utgående tjeneren viser at mottakerens tjener svarte «{{reply}}». Deretter er meldingen mottakersidens ansvar.',
      fix: 'Be mottakerens leverandør søke på sin ID {{remoteId}} (deres kø-ID {{queueId}}), og mottakeren om å se i søppelpost og regler.',
    },
    'diagnose.correlate.blocklisted': {
      title: 'Returmeldingen nevner at {{ip}} er oppført hos {{list}}',
      explanation: 'Den sendende adressen er oppført hos {{list}}, og returmeldingen sier: «{{diagnostic}}». Oppføringen er grunnen til at meldingen ble avvist.',
      fix: 'Stans årsaken til oppføringen, be om fjerning, og be leverandøren sende via en ren adresse i mellomtiden.',
    },
    'diagnose.correlate.greylist': {
      title: 'Grålisting forklarer forsinkelsen',
      explanation: '{{finding}}. Tjenere med grålisting avviser første forsøk fra en ukjent avsender og tar imot et nytt forsøk noen minutter senere; en kort forsinkelse er forventet, og ingen trenger å gjøre noe.',
      fix: 'Vent på neste forsøk (vanligvis 5–30 minutter). Er meldingen fortsatt ikke levert etter noen timer, se i loggen til den utgående tjeneren.',
    },
    'diagnose.correlate.address-confirmed': {
      title: 'Mottakerens tjener bekrefter at adressen ikke finnes',
      explanation: 'Returmeldingen sa «{{bounce}}», og et direkte spørsmål til mottakerens tjener gir samme svar: «{{probe}}». Adressen er feil eller er fjernet.',
      fix: 'Sjekk adressen med mottakeren via en annen kanal.',
    },
    'diagnose.retest': {
      title: 'Siden forrige kjøring: {{fixed}} rettet, {{new}} nye, {{unchanged}} uendret',
      explanation: 'Den samme saken er diagnostisert før. Problemer som er borte, er rettet; problemer som ikke var der sist, er nye.',
    },
  },
};
