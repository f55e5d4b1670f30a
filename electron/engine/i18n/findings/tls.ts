import type { FindingCatalog } from '../index.ts';

/** Texts of the `tls` findings: the TLS handshake and the server's certificate. */
export const catalog: FindingCatalog = {
  en: {
    'tls.established': {
      title: 'The connection to {{host}} is encrypted with {{protocol}}',
      explanation: 'The TLS handshake succeeded: {{protocol}} with the cipher {{cipher}}.',
    },
    'tls.cert.ok': {
      title: 'The certificate of {{host}} is valid and trusted',
      explanation: 'The certificate ({{subject}}) was issued by {{issuer}}, names the server and is valid until {{validTo}}.',
    },
    'tls.cert.trusted-by-ca': {
      title: 'The certificate of {{host}} is trusted only through the CA you supplied',
      explanation:
        'The certificate ({{subject}}, issued by {{issuer}}, valid until {{validTo}}) verifies against the CA certificate you gave, not against the public roots. Mail programs that do not have that CA will warn about it or refuse to connect.',
      fix: 'Install the same CA certificate on every computer that sends through this server, or ask for a certificate from a public CA.',
    },
    'tls.cert.expires-soon': {
      title: 'The certificate of {{host}} expires in {{days}} days',
      explanation: 'The certificate is valid until {{validTo}}. After that, mail programs will refuse the connection or warn about it.',
      fix: 'Ask whoever runs the server to renew the certificate before {{validTo}}.',
    },
    'tls.cert.expired': {
      title: 'The certificate of {{host}} has expired',
      explanation:
        'The certificate {{subject}} was valid until {{validTo}}. Programs that check certificates — mail programs, and sending servers that enforce MTA-STS or DANE — refuse such a connection or warn about it.',
      fix: 'Whoever runs the server must renew the certificate and install it, including any intermediate certificates.',
    },
    'tls.cert.not-yet-valid': {
      title: 'The certificate of {{host}} is not valid yet',
      explanation:
        'The certificate {{subject}} becomes valid only on {{validFrom}}. Either it was installed too early or the clock of this computer or of the server is wrong.',
      fix: 'Check the clock of this computer first; if it is right, ask whoever runs the server to install a certificate that is valid now.',
    },
    'tls.cert.self-signed': {
      title: 'The certificate of {{host}} is self-signed',
      explanation:
        'The server presents a certificate it signed itself ({{subject}}), so nobody vouches for it. Programs that check certificates — mail programs, and sending servers that enforce MTA-STS or DANE — refuse such a connection or warn about it, and a warning clicked away hides any interception.',
      fix: 'Ask whoever runs the server to install a certificate from a public CA (for example Let’s Encrypt). Fingerprint of the current one: {{fingerprint}}.',
    },
    'tls.cert.untrusted': {
      title: 'The certificate of {{host}} is not from a trusted issuer',
      explanation:
        'The certificate was issued by {{issuer}}, which is not in this computer’s trust store (verification said {{code}}). Mail programs will warn about it or refuse the connection.',
      fix: 'Ask whoever runs the server for a certificate from a public CA, or, for a company-internal CA, install that CA on every sending computer and give it to Mailpath as a CA file.',
    },
    'tls.cert.chain-incomplete': {
      title: 'The server {{host}} does not send its intermediate certificate',
      explanation:
        'The certificate was issued by {{issuer}}, but the server sends no certificate that links it to a trusted root (verification said {{code}}). Some programs find the missing link themselves, others refuse the connection.',
      fix: 'Whoever runs the server must install the full chain (the certificate followed by the intermediate certificates from the issuer).',
    },
    'tls.cert.name-mismatch': {
      title: 'The certificate does not name {{host}}',
      explanation:
        'The certificate is valid for {{names}}, not for {{host}}. A mail program set up with {{host}} will warn about it or refuse to connect.',
      fix: 'Use a host name the certificate names ({{names}}) in the mail program’s settings. If {{host}} is the name the provider gives, the provider must fix its certificate.',
    },
    'tls.handshake.plaintext': {
      title: '{{host}} does not speak TLS on port {{port}}',
      explanation:
        'Mailpath started TLS at once (implicit TLS), but the server answered in plain text. On port {{port}} it expects a plain greeting followed by STARTTLS.',
      fix: 'Choose STARTTLS as the security setting for port {{port}}; implicit TLS belongs to port 465.',
    },
    'tls.handshake.protocol': {
      title: '{{host}} offers no TLS version Mailpath accepts',
      explanation:
        'The server and Mailpath share no TLS version ({{code}}). This almost always means the server offers only TLS 1.0 or 1.1, which current systems refuse.',
      fix: 'Whoever runs the server must enable TLS 1.2 and TLS 1.3.',
    },
    'tls.handshake.cipher': {
      title: '{{host}} and Mailpath share no cipher',
      explanation: 'The TLS handshake failed because the server offers no cipher suite current systems accept ({{code}}).',
      fix: 'Whoever runs the server must enable current cipher suites (those of TLS 1.2 with ECDHE and AES-GCM, and TLS 1.3).',
    },
    'tls.handshake.weak': {
      title: '{{host}} uses outdated TLS settings',
      explanation: 'The handshake was refused because the server uses a key or setting current systems consider too weak ({{code}}).',
      fix: 'Whoever runs the server must replace the weak key or parameters (for example Diffie-Hellman parameters of at least 2048 bits).',
    },
    'tls.handshake.reset': {
      title: '{{host}} closed the connection during the TLS handshake',
      explanation:
        'The server ended the connection before the encryption was set up. A firewall or filter that inspects TLS, or a server that cannot load its certificate, behaves like this.',
      fix: 'Try again from another network to rule out a local filter; if it persists, ask whoever runs the server to check its TLS configuration and logs.',
    },
    'tls.handshake.timeout': {
      title: 'The TLS handshake with {{host}} did not finish within {{seconds}} s',
      explanation: 'The connection was open, but the server did not complete the encryption in time.',
      fix: 'Try again; if it persists, ask whoever runs the server to check its TLS configuration and load.',
    },
    'tls.handshake.failed': {
      title: 'The TLS handshake with {{host}} failed',
      explanation: 'The encryption could not be set up ({{code}}).',
      fix: 'Ask whoever runs the server to check its TLS configuration; quote the error code.',
    },
    'tls.ca.unreadable': {
      title: 'The CA certificate {{file}} could not be read',
      explanation:
        'The file is missing or does not contain a certificate in PEM format. The test went on with the system’s trust store only.',
      fix: 'Give a PEM file (text starting with -----BEGIN CERTIFICATE-----).',
    },
  },
  sv: {
    'tls.established': {
      title: 'Anslutningen till {{host}} är krypterad med {{protocol}}',
      explanation: 'TLS-handskakningen lyckades: {{protocol}} med chiffret {{cipher}}.',
    },
    'tls.cert.ok': {
      title: 'Certifikatet för {{host}} är giltigt och betrott',
      explanation: 'Certifikatet ({{subject}}) är utfärdat av {{issuer}}, anger serverns namn och gäller till {{validTo}}.',
    },
    'tls.cert.trusted-by-ca': {
      title: 'Certifikatet för {{host}} är betrott bara genom den CA du angav',
      explanation:
        'Certifikatet ({{subject}}, utfärdat av {{issuer}}, giltigt till {{validTo}}) kan verifieras mot det CA-certifikat du angav, men inte mot de publika rotcertifikaten. E-postprogram som saknar den CA:n varnar eller vägrar ansluta.',
      fix: 'Installera samma CA-certifikat på alla datorer som skickar via servern, eller be om ett certifikat från en publik CA.',
    },
    'tls.cert.expires-soon': {
      title: 'Certifikatet för {{host}} går ut om {{days}} dagar',
      explanation: 'Certifikatet gäller till {{validTo}}. Därefter kommer e-postprogram att vägra ansluta eller varna.',
      fix: 'Be den som driver servern att förnya certifikatet före {{validTo}}.',
    },
    'tls.cert.expired': {
      title: 'Certifikatet för {{host}} har gått ut',
      explanation:
        'Certifikatet {{subject}} gällde till {{validTo}}. Program som kontrollerar certifikat – e-postprogram och sändande servrar som tillämpar MTA-STS eller DANE – vägrar en sådan anslutning eller varnar.',
      fix: 'Den som driver servern måste förnya certifikatet och installera det, tillsammans med eventuella mellanliggande certifikat.',
    },
    'tls.cert.not-yet-valid': {
      title: 'Certifikatet för {{host}} är inte giltigt än',
      explanation:
        'Certifikatet {{subject}} blir giltigt först {{validFrom}}. Antingen installerades det för tidigt, eller så går klockan fel på den här datorn eller på servern.',
      fix: 'Kontrollera först klockan på den här datorn; stämmer den, be den som driver servern att installera ett certifikat som gäller nu.',
    },
    'tls.cert.self-signed': {
      title: 'Certifikatet för {{host}} är självsignerat',
      explanation:
        'Servern visar ett certifikat som den har signerat själv ({{subject}}), så ingen går i god för det. Program som kontrollerar certifikat – e-postprogram och sändande servrar som tillämpar MTA-STS eller DANE – vägrar en sådan anslutning eller varnar, och en bortklickad varning döljer all avlyssning.',
      fix: 'Be den som driver servern att installera ett certifikat från en publik CA (till exempel Let’s Encrypt). Fingeravtryck för det nuvarande: {{fingerprint}}.',
    },
    'tls.cert.untrusted': {
      title: 'Certifikatet för {{host}} kommer inte från en betrodd utfärdare',
      explanation:
        'Certifikatet är utfärdat av {{issuer}}, som inte finns bland datorns betrodda certifikat (verifieringen sa {{code}}). E-postprogram kommer att varna eller vägra ansluta.',
      fix: 'Be den som driver servern om ett certifikat från en publik CA. Är det en intern CA i företaget, installera den på alla sändande datorer och ange den som CA-fil i Mailpath.',
    },
    'tls.cert.chain-incomplete': {
      title: 'Servern {{host}} skickar inte sitt mellanliggande certifikat',
      explanation:
        'Certifikatet är utfärdat av {{issuer}}, men servern skickar inget certifikat som kopplar det till en betrodd rot (verifieringen sa {{code}}). Vissa program hittar den saknade länken själva, andra vägrar ansluta.',
      fix: 'Den som driver servern måste installera hela kedjan (certifikatet följt av utfärdarens mellanliggande certifikat).',
    },
    'tls.cert.name-mismatch': {
      title: 'Certifikatet anger inte namnet {{host}}',
      explanation:
        'Certifikatet gäller för {{names}}, inte för {{host}}. Ett e-postprogram som är inställt på {{host}} kommer att varna eller vägra ansluta.',
      fix: 'Ange ett värdnamn som certifikatet innehåller ({{names}}) i e-postprogrammets inställningar. Om {{host}} är det namn leverantören själv anger måste leverantören rätta sitt certifikat.',
    },
    'tls.handshake.plaintext': {
      title: '{{host}} talar inte TLS på port {{port}}',
      explanation:
        'Mailpath startade TLS direkt (implicit TLS), men servern svarade i klartext. På port {{port}} väntar den sig en vanlig hälsning följd av STARTTLS.',
      fix: 'Välj STARTTLS som säkerhetsinställning för port {{port}}; implicit TLS hör till port 465.',
    },
    'tls.handshake.protocol': {
      title: '{{host}} erbjuder ingen TLS-version som Mailpath godtar',
      explanation:
        'Servern och Mailpath har ingen gemensam TLS-version ({{code}}). Det betyder nästan alltid att servern bara erbjuder TLS 1.0 eller 1.1, som dagens system vägrar.',
      fix: 'Den som driver servern måste aktivera TLS 1.2 och TLS 1.3.',
    },
    'tls.handshake.cipher': {
      title: '{{host}} och Mailpath har inget gemensamt chiffer',
      explanation: 'TLS-handskakningen misslyckades eftersom servern inte erbjuder någon chiffersvit som dagens system godtar ({{code}}).',
      fix: 'Den som driver servern måste aktivera aktuella chiffersviter (TLS 1.2 med ECDHE och AES-GCM samt TLS 1.3).',
    },
    'tls.handshake.weak': {
      title: '{{host}} använder föråldrade TLS-inställningar',
      explanation:
        'Handskakningen avbröts eftersom servern använder en nyckel eller inställning som dagens system anser vara för svag ({{code}}).',
      fix: 'Den som driver servern måste byta ut den svaga nyckeln eller parametrarna (till exempel Diffie-Hellman-parametrar på minst 2048 bitar).',
    },
    'tls.handshake.reset': {
      title: '{{host}} stängde anslutningen under TLS-handskakningen',
      explanation:
        'Servern avslutade anslutningen innan krypteringen hade satts upp. En brandvägg eller ett filter som granskar TLS, eller en server som inte kan läsa in sitt certifikat, beter sig så.',
      fix: 'Prova igen från ett annat nätverk för att utesluta ett lokalt filter; kvarstår felet, be den som driver servern att kontrollera TLS-inställningarna och loggarna.',
    },
    'tls.handshake.timeout': {
      title: 'TLS-handskakningen med {{host}} blev inte klar inom {{seconds}} s',
      explanation: 'Anslutningen var öppen, men servern slutförde inte krypteringen i tid.',
      fix: 'Prova igen; kvarstår felet, be den som driver servern att kontrollera TLS-inställningarna och belastningen.',
    },
    'tls.handshake.failed': {
      title: 'TLS-handskakningen med {{host}} misslyckades',
      explanation: 'Krypteringen kunde inte sättas upp ({{code}}).',
      fix: 'Be den som driver servern att kontrollera TLS-inställningarna och ange felkoden.',
    },
    'tls.ca.unreadable': {
      title: 'CA-certifikatet {{file}} kunde inte läsas',
      explanation:
        'Filen saknas eller innehåller inget certifikat i PEM-format. Testet fortsatte med enbart systemets betrodda certifikat.',
      fix: 'Ange en PEM-fil (text som börjar med -----BEGIN CERTIFICATE-----).',
    },
  },
  nb: {
    'tls.established': {
      title: 'Forbindelsen til {{host}} er kryptert med {{protocol}}',
      explanation: 'TLS-håndtrykket lyktes: {{protocol}} med chifferet {{cipher}}.',
    },
    'tls.cert.ok': {
      title: 'Sertifikatet til {{host}} er gyldig og klarert',
      explanation: 'Sertifikatet ({{subject}}) er utstedt av {{issuer}}, inneholder servernavnet og er gyldig til {{validTo}}.',
    },
    'tls.cert.trusted-by-ca': {
      title: 'Sertifikatet til {{host}} er bare klarert gjennom CA-en du oppga',
      explanation:
        'Sertifikatet ({{subject}}, utstedt av {{issuer}}, gyldig til {{validTo}}) kan verifiseres mot CA-sertifikatet du oppga, men ikke mot de offentlige rotsertifikatene. E-postprogrammer som mangler den CA-en, vil advare eller nekte å koble til.',
      fix: 'Installer det samme CA-sertifikatet på alle maskiner som sender gjennom serveren, eller be om et sertifikat fra en offentlig CA.',
    },
    'tls.cert.expires-soon': {
      title: 'Sertifikatet til {{host}} utløper om {{days}} dager',
      explanation: 'Sertifikatet er gyldig til {{validTo}}. Etter det vil e-postprogrammer nekte å koble til eller advare.',
      fix: 'Be den som drifter serveren om å fornye sertifikatet før {{validTo}}.',
    },
    'tls.cert.expired': {
      title: 'Sertifikatet til {{host}} er utløpt',
      explanation:
        'Sertifikatet {{subject}} var gyldig til {{validTo}}. Programmer som sjekker sertifikater – e-postprogrammer og sendende servere som håndhever MTA-STS eller DANE – nekter en slik forbindelse eller advarer.',
      fix: 'Den som drifter serveren, må fornye sertifikatet og installere det, sammen med eventuelle mellomliggende sertifikater.',
    },
    'tls.cert.not-yet-valid': {
      title: 'Sertifikatet til {{host}} er ikke gyldig ennå',
      explanation:
        'Sertifikatet {{subject}} blir gyldig først {{validFrom}}. Enten ble det installert for tidlig, eller så går klokken feil på denne maskinen eller på serveren.',
      fix: 'Sjekk først klokken på denne maskinen; stemmer den, be den som drifter serveren om å installere et sertifikat som er gyldig nå.',
    },
    'tls.cert.self-signed': {
      title: 'Sertifikatet til {{host}} er selvsignert',
      explanation:
        'Serveren viser et sertifikat den har signert selv ({{subject}}), så ingen går god for det. Programmer som sjekker sertifikater – e-postprogrammer og sendende servere som håndhever MTA-STS eller DANE – nekter en slik forbindelse eller advarer, og en advarsel som klikkes bort, skjuler all avlytting.',
      fix: 'Be den som drifter serveren om å installere et sertifikat fra en offentlig CA (for eksempel Let’s Encrypt). Fingeravtrykket til det nåværende: {{fingerprint}}.',
    },
    'tls.cert.untrusted': {
      title: 'Sertifikatet til {{host}} er ikke fra en klarert utsteder',
      explanation:
        'Sertifikatet er utstedt av {{issuer}}, som ikke finnes blant maskinens klarerte sertifikater (verifiseringen sa {{code}}). E-postprogrammer vil advare eller nekte å koble til.',
      fix: 'Be den som drifter serveren om et sertifikat fra en offentlig CA. Er det en intern CA i bedriften, installer den på alle sendende maskiner og oppgi den som CA-fil i Mailpath.',
    },
    'tls.cert.chain-incomplete': {
      title: 'Serveren {{host}} sender ikke sitt mellomliggende sertifikat',
      explanation:
        'Sertifikatet er utstedt av {{issuer}}, men serveren sender ikke noe sertifikat som knytter det til en klarert rot (verifiseringen sa {{code}}). Noen programmer finner det manglende leddet selv, andre nekter å koble til.',
      fix: 'Den som drifter serveren, må installere hele kjeden (sertifikatet etterfulgt av utstederens mellomliggende sertifikater).',
    },
    'tls.cert.name-mismatch': {
      title: 'Sertifikatet inneholder ikke navnet {{host}}',
      explanation:
        'Sertifikatet gjelder for {{names}}, ikke for {{host}}. Et e-postprogram som er satt opp med {{host}}, vil advare eller nekte å koble til.',
      fix: 'Bruk et vertsnavn som sertifikatet inneholder ({{names}}), i e-postprogrammets innstillinger. Er {{host}} navnet leverandøren selv oppgir, må leverandøren rette sertifikatet sitt.',
    },
    'tls.handshake.plaintext': {
      title: '{{host}} snakker ikke TLS på port {{port}}',
      explanation:
        'Mailpath startet TLS med en gang (implisitt TLS), men serveren svarte i klartekst. På port {{port}} venter den en vanlig hilsen etterfulgt av STARTTLS.',
      fix: 'Velg STARTTLS som sikkerhetsinnstilling for port {{port}}; implisitt TLS hører til port 465.',
    },
    'tls.handshake.protocol': {
      title: '{{host}} tilbyr ingen TLS-versjon Mailpath godtar',
      explanation:
        'Serveren og Mailpath har ingen felles TLS-versjon ({{code}}). Det betyr nesten alltid at serveren bare tilbyr TLS 1.0 eller 1.1, som dagens systemer nekter.',
      fix: 'Den som drifter serveren, må slå på TLS 1.2 og TLS 1.3.',
    },
    'tls.handshake.cipher': {
      title: '{{host}} og Mailpath har ikke noe felles chiffer',
      explanation: 'TLS-håndtrykket mislyktes fordi serveren ikke tilbyr noen chifferpakke dagens systemer godtar ({{code}}).',
      fix: 'Den som drifter serveren, må slå på tidsriktige chifferpakker (TLS 1.2 med ECDHE og AES-GCM, samt TLS 1.3).',
    },
    'tls.handshake.weak': {
      title: '{{host}} bruker utdaterte TLS-innstillinger',
      explanation:
        'Håndtrykket ble avvist fordi serveren bruker en nøkkel eller innstilling som dagens systemer anser som for svak ({{code}}).',
      fix: 'Den som drifter serveren, må bytte ut den svake nøkkelen eller parameterne (for eksempel Diffie-Hellman-parametere på minst 2048 bit).',
    },
    'tls.handshake.reset': {
      title: '{{host}} lukket forbindelsen under TLS-håndtrykket',
      explanation:
        'Serveren avsluttet forbindelsen før krypteringen var satt opp. En brannmur eller et filter som inspiserer TLS, eller en server som ikke får lastet sertifikatet sitt, oppfører seg slik.',
      fix: 'Prøv igjen fra et annet nettverk for å utelukke et lokalt filter; vedvarer feilen, be den som drifter serveren om å sjekke TLS-oppsettet og loggene.',
    },
    'tls.handshake.timeout': {
      title: 'TLS-håndtrykket med {{host}} ble ikke ferdig innen {{seconds}} s',
      explanation: 'Forbindelsen var åpen, men serveren fullførte ikke krypteringen i tide.',
      fix: 'Prøv igjen; vedvarer feilen, be den som drifter serveren om å sjekke TLS-oppsettet og belastningen.',
    },
    'tls.handshake.failed': {
      title: 'TLS-håndtrykket med {{host}} mislyktes',
      explanation: 'Krypteringen kunne ikke settes opp ({{code}}).',
      fix: 'Be den som drifter serveren om å sjekke TLS-oppsettet, og oppgi feilkoden.',
    },
    'tls.ca.unreadable': {
      title: 'CA-sertifikatet {{file}} kunne ikke leses',
      explanation:
        'Filen mangler eller inneholder ikke et sertifikat i PEM-format. Testen fortsatte med bare systemets klarerte sertifikater.',
      fix: 'Oppgi en PEM-fil (tekst som begynner med -----BEGIN CERTIFICATE-----).',
    },
  },
};
