import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `discover` findings (electron/engine/discover/): which outgoing server the sender
 * uses, found from message headers, mail-client settings, autoconfiguration and provider
 * fingerprints. `client` and `source` params are proper nouns (Thunderbird, Outlook, SRV, …).
 */
export const catalog: FindingCatalog = {
  en: {
    'discover.found': {
      title: 'Outgoing server found: {{host}}:{{port}} ({{security}})',
      explanation:
        '{{count}} candidate(s) for the sender\'s outgoing server were found. The most likely is {{host}} on port {{port}} ({{security}}), named by: {{sources}}. Check it in the "Outgoing server" step, or pick another from the list.',
    },
    'discover.none': {
      title: 'No outgoing server could be found',
      explanation:
        'None of the sources named an outgoing server: no usable message headers, no mail-client settings on this computer, no autoconfiguration published for the domain, and no known provider behind its MX or SPF records.',
      fix: 'Ask the sender which server their mail program sends through (in the account settings, "outgoing server" or "SMTP"), or paste the headers of a message they sent, and enter the server by hand.',
    },
    'discover.conflict': {
      title: 'The mail-client settings and the message headers disagree',
      explanation:
        'The mail-client settings on this computer name {{clientHosts}}, but the headers of the sent message show it was submitted to {{headerHosts}}. Either the message was sent from another device or program, or the settings here are not the ones the sender uses.',
      fix: 'Find out which device sent the message. The headers show what really happened; test that server first.',
    },
    'discover.probe.none': {
      title: 'None of the {{count}} servers tried answered from this network',
      explanation:
        'No greeting came back from the candidates that were tried ({{results}}). Either the servers are down, or this network blocks outgoing mail ports (port 25 often is, sometimes 587 and 465 too).',
      fix: 'Try again from another network (for example a mobile hotspot). If the servers answer there, ask whoever runs this network to allow ports 587 and 465 outbound.',
    },
    'discover.skipped.no-email': {
      title: '{{source}} lookups skipped: no sender address',
      explanation: "These lookups start from the domain of the sender's address, which was not given.",
      fix: "Enter the sender's e-mail address.",
    },
    'discover.skipped.no-headers': {
      title: 'Message headers not analysed: none given',
      explanation: 'The headers of a message the sender sent are the surest way to see which server they used, but none were given.',
      fix: "Paste the headers of a message the sender sent (from the recipient, or from the sender's Sent folder).",
    },
    'discover.skipped.web': {
      title: 'Autoconfiguration over the web was not asked',
      explanation: 'The autoconfig and Autodiscover addresses of {{domain}} were not fetched in this run, so settings published there are not among the candidates.',
    },
    'discover.skipped.not-requested': {
      title: '{{client}} settings not read',
      explanation: 'Reading the mail-client settings on this computer was not asked for in this run.',
    },
    'discover.skipped.os': {
      title: '{{client}} settings skipped: only readable on {{os}}',
      explanation: '{{client}} keeps its settings in a place that exists only on {{os}}, and this computer runs another system.',
    },
    'discover.skipped.not-found': {
      title: 'No {{client}} settings found',
      explanation:
        'Nothing was found where {{client}} keeps its settings ({{path}}). It is probably not installed or not set up for this user.',
    },
    'discover.skipped.unreadable': {
      title: '{{client}} settings could not be read',
      explanation: 'The file {{path}} exists but could not be read ({{error}}).',
    },
    'discover.skipped.permission': {
      title: '{{client}} settings are protected by macOS',
      explanation:
        'macOS did not let Mailpath read {{path}}. Since macOS 10.14 the mail folders are protected until the user grants an app Full Disk Access.',
      fix: 'To let Mailpath read them, add it under System Settings › Privacy & Security › Full Disk Access, then run the search again. Or look up the outgoing server in Mail › Settings › Accounts › Server Settings.',
    },
    'discover.skipped.binary-plist': {
      title: '{{client}} settings are in a binary property list',
      explanation: 'The file {{path}} is a binary property list, which Mailpath does not read; only XML property lists are read.',
      fix: 'Look up the outgoing server in Mail › Settings › Accounts › Server Settings, or convert a copy of the file with "plutil -convert xml1" and point Mailpath at the copy.',
    },
    'discover.skipped.database': {
      title: '{{client}} keeps its accounts in a database Mailpath does not read',
      explanation:
        'The accounts are stored in {{path}}, a database whose format is not documented for other programs (and which is locked while in use). Mailpath reads no such files.',
      fix: "Look up the outgoing server in the program's own account settings.",
    },
    'discover.skipped.cloud': {
      title: '{{client}} keeps its account settings in the cloud',
      explanation:
        "The new Outlook for Windows ({{path}}) stores account settings with Microsoft's online service rather than in a local file, so there is nothing to read on this computer.",
      fix: 'Look up the account in Outlook (new) under Settings › Accounts.',
    },
    'discover.skipped.no-format': {
      title: '{{client}} settings cannot be read from a file',
      explanation: 'There is no readable file format for these settings, so a file given with --client-config cannot be used for them.',
    },
    'discover.outlook.no-smtp': {
      title: 'Outlook profiles found, but no account with an SMTP server',
      explanation:
        'Outlook profiles exist ({{path}}), but none of their accounts names an outgoing SMTP server. Exchange and Microsoft 365 accounts do not use one: Outlook sends over MAPI/HTTPS to the mailbox server.',
    },
    'discover.client.found': {
      title: '{{client}}: {{count}} outgoing server(s) found',
      explanation: '{{client}} settings were read from {{path}} (read only; nothing was changed).',
    },
    'discover.dns.failed': {
      title: 'DNS lookup of {{name}} ({{type}}) failed: {{outcome}}',
      explanation: 'The lookup did not get a usable answer, so whatever that record says is unknown in this run.',
      fix: 'Run the search again; if it keeps failing, check the DNS servers used.',
    },
    'discover.srv.none': {
      title: '{{domain}} publishes no SRV records for mail submission',
      explanation:
        'There are no _submission._tcp or _submissions._tcp records (RFC 6186, RFC 8314) for {{domain}}. Few domains publish them, so this is normal.',
    },
    'discover.srv.not-offered': {
      title: '{{name}} says the service is not offered',
      explanation: 'The SRV record points to "." which, by RFC 2782 and RFC 6186, means the domain deliberately offers no such service.',
    },
    'discover.http.none': {
      title: 'No {{source}} settings published',
      explanation: 'No usable {{source}} answer came back. Tried: {{tried}}.',
    },
    'discover.autodiscover.auth': {
      title: 'Autodiscover for {{domain}} requires a login',
      explanation:
        'The Autodiscover service answered but wants credentials before giving settings ({{tried}}). Mailpath never sends passwords here. This is typical of Exchange and Microsoft 365.',
    },
    'discover.provider.match': {
      title: '{{domain}} uses {{provider}}',
      explanation:
        'The {{via}} records of {{domain}} point to {{provider}}. {{provider}} documents these submission servers: {{servers}} (source: {{sources}}).',
    },
    'discover.provider.region-unknown': {
      title: '{{domain}} uses {{provider}}, region unknown',
      explanation:
        'The {{via}} records of {{domain}} point to {{provider}}, whose submission servers differ by region, and the records do not say which region. The server is named like email-smtp.<region>.amazonaws.com.',
      fix: "Look up the region in the sender's account with {{provider}}.",
    },
    'discover.provider.none': {
      title: 'No known provider behind {{domain}}',
      explanation:
        "The MX and SPF records of {{domain}} match none of the providers Mailpath knows; the domain probably uses its own or a smaller hosting provider's servers.",
    },
    'discover.headers.submission': {
      title: 'The message was submitted to {{host}}',
      explanation:
        'The headers show the sender\'s program logged in ({{protocol}}) and handed the message to {{host}}, user "{{user}}". It left the sender\'s side from {{egress}}.',
    },
    'discover.headers.unauthenticated': {
      title: "The message entered the sender's systems at {{host}}, without a login",
      explanation:
        "The first server in the headers is {{host}} ({{protocol}}), but no SMTP login is recorded: a program on that server, or a device allowed by its address, sent it. It left the sender's side from {{egress}}.",
    },
    'discover.headers.mailbox': {
      title: 'The message was sent from {{provider}} without SMTP',
      explanation:
        "The headers show the message was submitted over {{protocol}} to {{host}}: from Outlook or a web browser, not through an SMTP server. Programs and devices that send for this sender use {{provider}}'s submission server, {{smtp}}.",
    },
    'discover.headers.no-submission': {
      title: 'The headers do not show where the message was submitted',
      explanation:
        'The {{hops}} Received field(s) in the headers do not reveal the sender\'s submission server (no SMTP login, no mailbox submission). Headers copied by the recipient often start at the recipient\'s own server; the sending address seen was "{{egress}}".',
      fix: "Use the headers of the copy in the sender's Sent folder, or the full original message from the recipient.",
    },
  },
  sv: {
    'discover.found': {
      title: 'Utgående server hittad: {{host}}:{{port}} ({{security}})',
      explanation:
        '{{count}} kandidat(er) till avsändarens utgående server hittades. Troligast är {{host}} på port {{port}} ({{security}}), angiven av: {{sources}}. Kontrollera den i steget "Utgående server", eller välj en annan i listan.',
    },
    'discover.none': {
      title: 'Ingen utgående server kunde hittas',
      explanation:
        'Ingen av källorna angav någon utgående server: inga användbara meddelandehuvuden, inga inställningar i e-postprogram på den här datorn, ingen autokonfiguration publicerad för domänen och ingen känd leverantör bakom dess MX- eller SPF-poster.',
      fix: 'Fråga avsändaren vilken server e-postprogrammet skickar via (i kontoinställningarna, "utgående server" eller "SMTP"), eller klistra in huvudena från ett meddelande de har skickat, och ange servern för hand.',
    },
    'discover.conflict': {
      title: 'Inställningarna i e-postprogrammet och meddelandehuvudena säger olika saker',
      explanation:
        'Inställningarna i e-postprogrammet på den här datorn anger {{clientHosts}}, men huvudena i det skickade meddelandet visar att det lämnades till {{headerHosts}}. Antingen skickades meddelandet från en annan enhet eller ett annat program, eller så är inställningarna här inte de som avsändaren använder.',
      fix: 'Ta reda på vilken enhet som skickade meddelandet. Huvudena visar vad som faktiskt hände; testa den servern först.',
    },
    'discover.probe.none': {
      title: 'Ingen av de {{count}} servrar som provades svarade från det här nätet',
      explanation:
        'Ingen hälsning kom tillbaka från kandidaterna som provades ({{results}}). Antingen är servrarna nere, eller så blockerar det här nätet utgående e-postportar (port 25 är ofta blockerad, ibland även 587 och 465).',
      fix: 'Försök igen från ett annat nät (till exempel en mobil surfpunkt). Svarar servrarna där, be den som driver det här nätet att öppna port 587 och 465 utåt.',
    },
    'discover.skipped.no-email': {
      title: '{{source}}-uppslag hoppades över: ingen avsändaradress',
      explanation: 'Uppslagen utgår från domänen i avsändarens adress, som inte angavs.',
      fix: 'Ange avsändarens e-postadress.',
    },
    'discover.skipped.no-headers': {
      title: 'Meddelandehuvuden analyserades inte: inga angavs',
      explanation:
        'Huvudena från ett meddelande som avsändaren har skickat är det säkraste sättet att se vilken server som användes, men inga angavs.',
      fix: 'Klistra in huvudena från ett meddelande som avsändaren har skickat (från mottagaren eller från avsändarens mapp Skickat).',
    },
    'discover.skipped.web': {
      title: 'Automatisk konfiguration via webben hämtades inte',
      explanation: 'Adresserna för autoconfig och Autodiscover för {{domain}} hämtades inte i den här körningen, så inställningar som publiceras där finns inte bland kandidaterna.',
    },
    'discover.skipped.not-requested': {
      title: 'Inställningarna i {{client}} lästes inte',
      explanation: 'Att läsa inställningarna i e-postprogrammen på den här datorn ingick inte i den här körningen.',
    },
    'discover.skipped.os': {
      title: 'Inställningarna i {{client}} hoppades över: kan bara läsas på {{os}}',
      explanation: '{{client}} sparar sina inställningar på en plats som bara finns på {{os}}, och den här datorn kör ett annat system.',
    },
    'discover.skipped.not-found': {
      title: 'Inga inställningar för {{client}} hittades',
      explanation:
        'Inget hittades där {{client}} sparar sina inställningar ({{path}}). Programmet är troligen inte installerat eller inte inställt för den här användaren.',
    },
    'discover.skipped.unreadable': {
      title: 'Inställningarna i {{client}} kunde inte läsas',
      explanation: 'Filen {{path}} finns men kunde inte läsas ({{error}}).',
    },
    'discover.skipped.permission': {
      title: 'Inställningarna i {{client}} skyddas av macOS',
      explanation:
        'macOS lät inte Mailpath läsa {{path}}. Sedan macOS 10.14 är e-postmapparna skyddade tills användaren ger ett program Fullständig skivåtkomst.',
      fix: 'Lägg till Mailpath under Systeminställningar › Integritet och säkerhet › Fullständig skivåtkomst och sök igen. Eller slå upp den utgående servern i Mail › Inställningar › Konton › Serverinställningar.',
    },
    'discover.skipped.binary-plist': {
      title: 'Inställningarna i {{client}} är en binär egenskapslista',
      explanation: 'Filen {{path}} är en binär egenskapslista (plist), som Mailpath inte läser; bara egenskapslistor i XML läses.',
      fix: 'Slå upp den utgående servern i Mail › Inställningar › Konton › Serverinställningar, eller konvertera en kopia av filen med "plutil -convert xml1" och peka Mailpath på kopian.',
    },
    'discover.skipped.database': {
      title: '{{client}} sparar sina konton i en databas som Mailpath inte läser',
      explanation:
        'Kontona finns i {{path}}, en databas vars format inte är dokumenterat för andra program (och som är låst medan den används). Mailpath läser inte sådana filer.',
      fix: 'Slå upp den utgående servern i programmets egna kontoinställningar.',
    },
    'discover.skipped.cloud': {
      title: '{{client}} sparar sina kontoinställningar i molnet',
      explanation:
        'Nya Outlook för Windows ({{path}}) sparar kontoinställningarna hos Microsofts onlinetjänst i stället för i en lokal fil, så det finns inget att läsa på den här datorn.',
      fix: 'Slå upp kontot i nya Outlook under Inställningar › Konton.',
    },
    'discover.skipped.no-format': {
      title: 'Inställningarna i {{client}} kan inte läsas från en fil',
      explanation:
        'Det finns inget läsbart filformat för de här inställningarna, så en fil som anges med --client-config kan inte användas för dem.',
    },
    'discover.outlook.no-smtp': {
      title: 'Outlook-profiler hittades, men inget konto med SMTP-server',
      explanation:
        'Det finns Outlook-profiler ({{path}}), men inget av deras konton anger någon utgående SMTP-server. Konton i Exchange och Microsoft 365 använder ingen: Outlook skickar via MAPI/HTTPS till brevlådeservern.',
    },
    'discover.client.found': {
      title: '{{client}}: {{count}} utgående server(ar) hittades',
      explanation: 'Inställningarna i {{client}} lästes från {{path}} (bara läsning; inget ändrades).',
    },
    'discover.dns.failed': {
      title: 'DNS-uppslaget av {{name}} ({{type}}) misslyckades: {{outcome}}',
      explanation: 'Uppslaget fick inget användbart svar, så vad posten säger är okänt i den här körningen.',
      fix: 'Sök igen; om det fortsätter att misslyckas, kontrollera vilka DNS-servrar som används.',
    },
    'discover.srv.none': {
      title: '{{domain}} publicerar inga SRV-poster för inlämning av e-post',
      explanation:
        'Det finns inga _submission._tcp- eller _submissions._tcp-poster (RFC 6186, RFC 8314) för {{domain}}. Få domäner publicerar dem, så det är normalt.',
    },
    'discover.srv.not-offered': {
      title: '{{name}} anger att tjänsten inte erbjuds',
      explanation: 'SRV-posten pekar på ".", vilket enligt RFC 2782 och RFC 6186 betyder att domänen medvetet inte erbjuder tjänsten.',
    },
    'discover.http.none': {
      title: 'Inga {{source}}-inställningar publicerade',
      explanation: 'Inget användbart {{source}}-svar kom tillbaka. Provade: {{tried}}.',
    },
    'discover.autodiscover.auth': {
      title: 'Autodiscover för {{domain}} kräver inloggning',
      explanation:
        'Autodiscover-tjänsten svarade men vill ha inloggningsuppgifter innan den lämnar ut inställningar ({{tried}}). Mailpath skickar aldrig lösenord hit. Det är typiskt för Exchange och Microsoft 365.',
    },
    'discover.provider.match': {
      title: '{{domain}} använder {{provider}}',
      explanation:
        '{{via}}-posterna för {{domain}} pekar på {{provider}}. {{provider}} dokumenterar de här inlämningsservrarna: {{servers}} (källa: {{sources}}).',
    },
    'discover.provider.region-unknown': {
      title: '{{domain}} använder {{provider}}, okänd region',
      explanation:
        '{{via}}-posterna för {{domain}} pekar på {{provider}}, vars inlämningsservrar skiljer sig mellan regioner, och posterna säger inte vilken region. Servern heter email-smtp.<region>.amazonaws.com.',
      fix: 'Slå upp regionen i avsändarens konto hos {{provider}}.',
    },
    'discover.provider.none': {
      title: 'Ingen känd leverantör bakom {{domain}}',
      explanation:
        'MX- och SPF-posterna för {{domain}} matchar ingen av de leverantörer Mailpath känner till; domänen använder troligen egna servrar eller en mindre webbhotellsleverantörs.',
    },
    'discover.headers.submission': {
      title: 'Meddelandet lämnades in till {{host}}',
      explanation:
        'Huvudena visar att avsändarens program loggade in ({{protocol}}) och lämnade meddelandet till {{host}}, användare "{{user}}". Det lämnade avsändarens sida från {{egress}}.',
    },
    'discover.headers.unauthenticated': {
      title: 'Meddelandet kom in i avsändarens system vid {{host}}, utan inloggning',
      explanation:
        'Den första servern i huvudena är {{host}} ({{protocol}}), men ingen SMTP-inloggning finns noterad: ett program på den servern, eller en enhet som släpps in på sin adress, skickade det. Det lämnade avsändarens sida från {{egress}}.',
    },
    'discover.headers.mailbox': {
      title: 'Meddelandet skickades från {{provider}} utan SMTP',
      explanation:
        'Huvudena visar att meddelandet lämnades in via {{protocol}} till {{host}}: från Outlook eller en webbläsare, inte via en SMTP-server. Program och enheter som skickar för den här avsändaren använder {{provider}}s inlämningsserver, {{smtp}}.',
    },
    'discover.headers.no-submission': {
      title: 'Huvudena visar inte var meddelandet lämnades in',
      explanation:
        'De {{hops}} Received-fälten i huvudena avslöjar inte avsändarens inlämningsserver (ingen SMTP-inloggning, ingen inlämning via brevlådan). Huvuden som mottagaren kopierar börjar ofta vid mottagarens egen server; avsändaradressen som syntes var "{{egress}}".',
      fix: 'Använd huvudena från kopian i avsändarens mapp Skickat, eller hela originalmeddelandet från mottagaren.',
    },
  },
  nb: {
    'discover.found': {
      title: 'Utgående server funnet: {{host}}:{{port}} ({{security}})',
      explanation:
        '{{count}} kandidat(er) til avsenderens utgående server ble funnet. Mest sannsynlig er {{host}} på port {{port}} ({{security}}), oppgitt av: {{sources}}. Kontroller den i steget «Utgående server», eller velg en annen fra listen.',
    },
    'discover.none': {
      title: 'Fant ingen utgående server',
      explanation:
        'Ingen av kildene oppga noen utgående server: ingen brukbare meldingshoder, ingen innstillinger i e-postprogrammer på denne maskinen, ingen autokonfigurasjon publisert for domenet og ingen kjent leverandør bak MX- eller SPF-postene.',
      fix: 'Spør avsenderen hvilken server e-postprogrammet sender gjennom (i kontoinnstillingene, «utgående server» eller «SMTP»), eller lim inn hodene fra en melding de har sendt, og legg inn serveren for hånd.',
    },
    'discover.conflict': {
      title: 'Innstillingene i e-postprogrammet og meldingshodene sier forskjellige ting',
      explanation:
        'Innstillingene i e-postprogrammet på denne maskinen oppgir {{clientHosts}}, men hodene i den sendte meldingen viser at den ble levert til {{headerHosts}}. Enten ble meldingen sendt fra en annen enhet eller et annet program, eller så er ikke innstillingene her de avsenderen bruker.',
      fix: 'Finn ut hvilken enhet som sendte meldingen. Hodene viser hva som faktisk skjedde; test den serveren først.',
    },
    'discover.probe.none': {
      title: 'Ingen av de {{count}} serverne som ble prøvd, svarte fra dette nettet',
      explanation:
        'Ingen hilsen kom tilbake fra kandidatene som ble prøvd ({{results}}). Enten er serverne nede, eller så blokkerer dette nettet utgående e-postporter (port 25 er ofte blokkert, noen ganger også 587 og 465).',
      fix: 'Prøv igjen fra et annet nett (for eksempel et mobilt tilgangspunkt). Svarer serverne der, be den som drifter dette nettet om å åpne port 587 og 465 utover.',
    },
    'discover.skipped.no-email': {
      title: '{{source}}-oppslag hoppet over: ingen avsenderadresse',
      explanation: 'Oppslagene tar utgangspunkt i domenet i avsenderens adresse, som ikke ble oppgitt.',
      fix: 'Oppgi avsenderens e-postadresse.',
    },
    'discover.skipped.no-headers': {
      title: 'Meldingshoder ble ikke analysert: ingen ble oppgitt',
      explanation:
        'Hodene fra en melding avsenderen har sendt, er den sikreste måten å se hvilken server som ble brukt, men ingen ble oppgitt.',
      fix: 'Lim inn hodene fra en melding avsenderen har sendt (fra mottakeren eller fra avsenderens mappe Sendt).',
    },
    'discover.skipped.web': {
      title: 'Automatisk konfigurasjon via nettet ble ikke hentet',
      explanation: 'Adressene for autoconfig og Autodiscover for {{domain}} ble ikke hentet i denne kjøringen, så innstillinger som publiseres der, er ikke blant kandidatene.',
    },
    'discover.skipped.not-requested': {
      title: 'Innstillingene i {{client}} ble ikke lest',
      explanation: 'Å lese innstillingene i e-postprogrammene på denne maskinen var ikke med i denne kjøringen.',
    },
    'discover.skipped.os': {
      title: 'Innstillingene i {{client}} hoppet over: kan bare leses på {{os}}',
      explanation: '{{client}} lagrer innstillingene sine et sted som bare finnes på {{os}}, og denne maskinen kjører et annet system.',
    },
    'discover.skipped.not-found': {
      title: 'Fant ingen innstillinger for {{client}}',
      explanation:
        'Ingenting ble funnet der {{client}} lagrer innstillingene sine ({{path}}). Programmet er trolig ikke installert eller ikke satt opp for denne brukeren.',
    },
    'discover.skipped.unreadable': {
      title: 'Innstillingene i {{client}} kunne ikke leses',
      explanation: 'Filen {{path}} finnes, men kunne ikke leses ({{error}}).',
    },
    'discover.skipped.permission': {
      title: 'Innstillingene i {{client}} er beskyttet av macOS',
      explanation:
        'macOS lot ikke Mailpath lese {{path}}. Siden macOS 10.14 er e-postmappene beskyttet til brukeren gir et program Full disktilgang.',
      fix: 'Legg til Mailpath under Systeminnstillinger › Personvern og sikkerhet › Full disktilgang og søk på nytt. Eller slå opp den utgående serveren i Mail › Innstillinger › Kontoer › Serverinnstillinger.',
    },
    'discover.skipped.binary-plist': {
      title: 'Innstillingene i {{client}} er en binær egenskapsliste',
      explanation: 'Filen {{path}} er en binær egenskapsliste (plist), som Mailpath ikke leser; bare egenskapslister i XML leses.',
      fix: 'Slå opp den utgående serveren i Mail › Innstillinger › Kontoer › Serverinnstillinger, eller konverter en kopi av filen med «plutil -convert xml1» og pek Mailpath på kopien.',
    },
    'discover.skipped.database': {
      title: '{{client}} lagrer kontoene sine i en database Mailpath ikke leser',
      explanation:
        'Kontoene ligger i {{path}}, en database med et format som ikke er dokumentert for andre programmer (og som er låst mens den er i bruk). Mailpath leser ikke slike filer.',
      fix: 'Slå opp den utgående serveren i programmets egne kontoinnstillinger.',
    },
    'discover.skipped.cloud': {
      title: '{{client}} lagrer kontoinnstillingene i skyen',
      explanation:
        'Nye Outlook for Windows ({{path}}) lagrer kontoinnstillingene hos Microsofts nettjeneste i stedet for i en lokal fil, så det finnes ingenting å lese på denne maskinen.',
      fix: 'Slå opp kontoen i nye Outlook under Innstillinger › Kontoer.',
    },
    'discover.skipped.no-format': {
      title: 'Innstillingene i {{client}} kan ikke leses fra en fil',
      explanation:
        'Det finnes ikke noe lesbart filformat for disse innstillingene, så en fil oppgitt med --client-config kan ikke brukes for dem.',
    },
    'discover.outlook.no-smtp': {
      title: 'Fant Outlook-profiler, men ingen konto med SMTP-server',
      explanation:
        'Det finnes Outlook-profiler ({{path}}), men ingen av kontoene oppgir noen utgående SMTP-server. Kontoer i Exchange og Microsoft 365 bruker ingen: Outlook sender over MAPI/HTTPS til postboksserveren.',
    },
    'discover.client.found': {
      title: '{{client}}: {{count}} utgående server(e) funnet',
      explanation: 'Innstillingene i {{client}} ble lest fra {{path}} (bare lesing; ingenting ble endret).',
    },
    'discover.dns.failed': {
      title: 'DNS-oppslaget av {{name}} ({{type}}) mislyktes: {{outcome}}',
      explanation: 'Oppslaget fikk ikke noe brukbart svar, så hva posten sier, er ukjent i denne kjøringen.',
      fix: 'Søk på nytt; hvis det fortsetter å mislykkes, kontroller hvilke DNS-servere som brukes.',
    },
    'discover.srv.none': {
      title: '{{domain}} publiserer ingen SRV-poster for innsending av e-post',
      explanation:
        'Det finnes ingen _submission._tcp- eller _submissions._tcp-poster (RFC 6186, RFC 8314) for {{domain}}. Få domener publiserer dem, så dette er normalt.',
    },
    'discover.srv.not-offered': {
      title: '{{name}} sier at tjenesten ikke tilbys',
      explanation: 'SRV-posten peker på «.», som etter RFC 2782 og RFC 6186 betyr at domenet bevisst ikke tilbyr tjenesten.',
    },
    'discover.http.none': {
      title: 'Ingen {{source}}-innstillinger publisert',
      explanation: 'Ikke noe brukbart {{source}}-svar kom tilbake. Prøvde: {{tried}}.',
    },
    'discover.autodiscover.auth': {
      title: 'Autodiscover for {{domain}} krever innlogging',
      explanation:
        'Autodiscover-tjenesten svarte, men vil ha påloggingsinformasjon før den gir ut innstillinger ({{tried}}). Mailpath sender aldri passord hit. Dette er typisk for Exchange og Microsoft 365.',
    },
    'discover.provider.match': {
      title: '{{domain}} bruker {{provider}}',
      explanation:
        '{{via}}-postene for {{domain}} peker på {{provider}}. {{provider}} dokumenterer disse innsendingsserverne: {{servers}} (kilde: {{sources}}).',
    },
    'discover.provider.region-unknown': {
      title: '{{domain}} bruker {{provider}}, ukjent region',
      explanation:
        '{{via}}-postene for {{domain}} peker på {{provider}}, der innsendingsserverne varierer mellom regioner, og postene sier ikke hvilken region. Serveren heter email-smtp.<region>.amazonaws.com.',
      fix: 'Slå opp regionen i avsenderens konto hos {{provider}}.',
    },
    'discover.provider.none': {
      title: 'Ingen kjent leverandør bak {{domain}}',
      explanation:
        'MX- og SPF-postene for {{domain}} passer ikke med noen av leverandørene Mailpath kjenner; domenet bruker trolig egne servere eller en mindre webhotell-leverandørs.',
    },
    'discover.headers.submission': {
      title: 'Meldingen ble levert inn til {{host}}',
      explanation:
        'Hodene viser at avsenderens program logget inn ({{protocol}}) og leverte meldingen til {{host}}, bruker «{{user}}». Den forlot avsenderens side fra {{egress}}.',
    },
    'discover.headers.unauthenticated': {
      title: 'Meldingen kom inn i avsenderens systemer ved {{host}}, uten innlogging',
      explanation:
        'Den første serveren i hodene er {{host}} ({{protocol}}), men ingen SMTP-innlogging er registrert: et program på den serveren, eller en enhet som slippes inn på adressen sin, sendte den. Den forlot avsenderens side fra {{egress}}.',
    },
    'discover.headers.mailbox': {
      title: 'Meldingen ble sendt fra {{provider}} uten SMTP',
      explanation:
        'Hodene viser at meldingen ble levert inn over {{protocol}} til {{host}}: fra Outlook eller en nettleser, ikke gjennom en SMTP-server. Programmer og enheter som sender for denne avsenderen, bruker innsendingsserveren til {{provider}}, {{smtp}}.',
    },
    'discover.headers.no-submission': {
      title: 'Hodene viser ikke hvor meldingen ble levert inn',
      explanation:
        'De {{hops}} Received-feltene i hodene avslører ikke avsenderens innsendingsserver (ingen SMTP-innlogging, ingen innsending via postboksen). Hoder som mottakeren kopierer, starter ofte ved mottakerens egen server; avsenderadressen som ble sett, var «{{egress}}».',
      fix: 'Bruk hodene fra kopien i avsenderens mappe Sendt, eller hele originalmeldingen fra mottakeren.',
    },
  },
};
