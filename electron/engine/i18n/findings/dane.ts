import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `dane` findings (electron/engine/checks/dane.ts). Params: `domain`, `host` (MX
 * host), `name` (`_25._tcp.<host>`), `records` (TLSA records, digests shortened), `record` (one in
 * full), `detail`, `hosts`, `covered`.
 */
export const catalog: FindingCatalog = {
  en: {
    'dane.no-mx': {
      title: 'DANE not checked: {{domain}} has no MX host',
      explanation:
        'DANE TLSA records belong to MX hosts, and {{domain}} has none that could be checked (no MX records, a null MX, or only address literals).',
    },
    'dane.none': {
      title: '{{domain}} does not use DANE',
      explanation:
        'None of the MX hosts ({{hosts}}) publishes TLSA records at _25._tcp.<host>, so senders that support DANE (RFC 7672) deliver with opportunistic TLS. DANE is optional; it needs a DNSSEC-signed zone.',
      fix: 'To protect incoming mail against TLS downgrade, sign the zone with DNSSEC and publish "3 1 1 <SHA-256 of the server key>" TLSA records for each MX host (or use MTA-STS).',
    },
    'dane.partial': {
      title: 'Only some MX hosts of {{domain}} have TLSA records',
      explanation:
        '{{covered}} publish TLSA records, but {{hosts}} do not. Senders that support DANE authenticate only the former; mail to the others uses opportunistic TLS.',
      fix: 'Publish TLSA records for every MX host, or none.',
    },
    'dane.tlsa.found': {
      title: 'MX host {{host}} publishes DANE TLSA records',
      explanation:
        '{{name}} has usable TLSA records ({{records}}). Senders that support DANE require TLS to {{host}} and check its certificate against them — so the records must be updated before the certificate or key changes.',
    },
    'dane.tlsa.unusable': {
      title: 'A TLSA record of {{host}} cannot be used for SMTP',
      explanation: 'The record "{{record}}" at {{name}} is unusable: {{detail}}. Senders ignore it.',
      fix: 'Replace it with a DANE-EE record "3 1 1 <SHA-256 of the server\'s public key>" (or DANE-TA "2 1 1 …" for the issuing CA).',
    },
    'dane.tlsa.none-usable': {
      title: 'No TLSA record of {{host}} is usable',
      explanation:
        '{{name}} publishes TLSA records ({{records}}), but none is usable for SMTP. Senders that support DANE still insist on TLS to {{host}} but cannot authenticate it, so the records give no protection.',
      fix: 'Publish a DANE-EE record "3 1 1 <SHA-256 of the server\'s public key>" for {{host}} and remove the unusable ones.',
    },
    'dane.dnssec.unvalidated': {
      title: 'The TLSA records of {{host}} were not DNSSEC-validated',
      explanation:
        'The answer for {{name}} came without the AD (authenticated data) flag. DANE works only when the MX records and the TLSA records validate under DNSSEC (RFC 7672 §2.2). Either the zone is not signed — then senders ignore the TLSA records — or the DNS server used does not validate.',
      fix: "Check the DNSSEC status of the domain (Mailpath's DNSSEC check, with a validating resolver). If the zone is unsigned, sign it and publish the DS record at the registrar.",
    },
  },
  sv: {
    'dane.no-mx': {
      title: 'DANE kontrollerades inte: {{domain}} har ingen MX-värd',
      explanation:
        'DANE:s TLSA-poster hör till MX-värdar, och {{domain}} har ingen som kunde kontrolleras (inga MX-poster, en null MX eller bara adresslitteraler).',
    },
    'dane.none': {
      title: '{{domain}} använder inte DANE',
      explanation:
        'Ingen av MX-värdarna ({{hosts}}) publicerar TLSA-poster på _25._tcp.<värd>, så avsändare som stöder DANE (RFC 7672) levererar med opportunistisk TLS. DANE är frivilligt och kräver en DNSSEC-signerad zon.',
      fix: 'För att skydda inkommande e-post mot nedgradering av TLS, signera zonen med DNSSEC och publicera TLSA-poster "3 1 1 <SHA-256 av servernyckeln>" för varje MX-värd (eller använd MTA-STS).',
    },
    'dane.partial': {
      title: 'Bara vissa MX-värdar för {{domain}} har TLSA-poster',
      explanation:
        '{{covered}} publicerar TLSA-poster, men {{hosts}} gör det inte. Avsändare som stöder DANE autentiserar bara de förstnämnda; e-post till de andra går med opportunistisk TLS.',
      fix: 'Publicera TLSA-poster för alla MX-värdar, eller för ingen.',
    },
    'dane.tlsa.found': {
      title: 'MX-värden {{host}} publicerar DANE-poster (TLSA)',
      explanation:
        '{{name}} har användbara TLSA-poster ({{records}}). Avsändare som stöder DANE kräver TLS till {{host}} och kontrollerar certifikatet mot dem – så posterna måste uppdateras innan certifikatet eller nyckeln byts.',
    },
    'dane.tlsa.unusable': {
      title: 'En TLSA-post för {{host}} kan inte användas för SMTP',
      explanation: 'Posten "{{record}}" på {{name}} är oanvändbar: {{detail}}. Avsändare bortser från den.',
      fix: 'Ersätt den med en DANE-EE-post "3 1 1 <SHA-256 av serverns publika nyckel>" (eller DANE-TA "2 1 1 …" för den utfärdande CA:n).',
    },
    'dane.tlsa.none-usable': {
      title: 'Ingen TLSA-post för {{host}} är användbar',
      explanation:
        '{{name}} publicerar TLSA-poster ({{records}}), men ingen går att använda för SMTP. Avsändare som stöder DANE kräver fortfarande TLS till {{host}} men kan inte autentisera den, så posterna ger inget skydd.',
      fix: 'Publicera en DANE-EE-post "3 1 1 <SHA-256 av serverns publika nyckel>" för {{host}} och ta bort de oanvändbara.',
    },
    'dane.dnssec.unvalidated': {
      title: 'TLSA-posterna för {{host}} var inte DNSSEC-validerade',
      explanation:
        'Svaret för {{name}} kom utan AD-flaggan (authenticated data). DANE fungerar bara när MX-posterna och TLSA-posterna valideras med DNSSEC (RFC 7672 §2.2). Antingen är zonen inte signerad – då bortser avsändarna från TLSA-posterna – eller så validerar inte den DNS-server som användes.',
      fix: 'Kontrollera domänens DNSSEC-status (Mailpaths DNSSEC-kontroll, med en validerande resolver). Är zonen osignerad, signera den och publicera DS-posten hos registraren.',
    },
  },
  nb: {
    'dane.no-mx': {
      title: 'DANE ble ikke kontrollert: {{domain}} har ingen MX-vert',
      explanation:
        'TLSA-oppføringene til DANE hører til MX-verter, og {{domain}} har ingen som kunne kontrolleres (ingen MX-oppføringer, en null MX eller bare adresseliteraler).',
    },
    'dane.none': {
      title: '{{domain}} bruker ikke DANE',
      explanation:
        'Ingen av MX-vertene ({{hosts}}) publiserer TLSA-oppføringer på _25._tcp.<vert>, så avsendere som støtter DANE (RFC 7672), leverer med opportunistisk TLS. DANE er frivillig og krever en DNSSEC-signert sone.',
      fix: 'For å beskytte innkommende e-post mot nedgradering av TLS, signer sonen med DNSSEC og publiser TLSA-oppføringer «3 1 1 <SHA-256 av servernøkkelen>» for hver MX-vert (eller bruk MTA-STS).',
    },
    'dane.partial': {
      title: 'Bare noen MX-verter for {{domain}} har TLSA-oppføringer',
      explanation:
        '{{covered}} publiserer TLSA-oppføringer, men {{hosts}} gjør det ikke. Avsendere som støtter DANE, autentiserer bare de førstnevnte; e-post til de andre går med opportunistisk TLS.',
      fix: 'Publiser TLSA-oppføringer for alle MX-vertene, eller for ingen.',
    },
    'dane.tlsa.found': {
      title: 'MX-verten {{host}} publiserer DANE-oppføringer (TLSA)',
      explanation:
        '{{name}} har brukbare TLSA-oppføringer ({{records}}). Avsendere som støtter DANE, krever TLS til {{host}} og kontrollerer sertifikatet mot dem – så oppføringene må oppdateres før sertifikatet eller nøkkelen byttes.',
    },
    'dane.tlsa.unusable': {
      title: 'En TLSA-oppføring for {{host}} kan ikke brukes for SMTP',
      explanation: 'Oppføringen «{{record}}» på {{name}} er ubrukelig: {{detail}}. Avsendere ser bort fra den.',
      fix: 'Erstatt den med en DANE-EE-oppføring «3 1 1 <SHA-256 av serverens offentlige nøkkel>» (eller DANE-TA «2 1 1 …» for utstederens CA).',
    },
    'dane.tlsa.none-usable': {
      title: 'Ingen TLSA-oppføring for {{host}} er brukbar',
      explanation:
        '{{name}} publiserer TLSA-oppføringer ({{records}}), men ingen kan brukes for SMTP. Avsendere som støtter DANE, krever fortsatt TLS til {{host}}, men kan ikke autentisere den, så oppføringene gir ingen beskyttelse.',
      fix: 'Publiser en DANE-EE-oppføring «3 1 1 <SHA-256 av serverens offentlige nøkkel>» for {{host}} og fjern de ubrukelige.',
    },
    'dane.dnssec.unvalidated': {
      title: 'TLSA-oppføringene for {{host}} var ikke DNSSEC-validert',
      explanation:
        'Svaret for {{name}} kom uten AD-flagget (authenticated data). DANE virker bare når MX-oppføringene og TLSA-oppføringene valideres med DNSSEC (RFC 7672 §2.2). Enten er sonen ikke signert – da ser avsenderne bort fra TLSA-oppføringene – eller så validerer ikke DNS-serveren som ble brukt.',
      fix: 'Kontroller DNSSEC-statusen til domenet (Mailpaths DNSSEC-kontroll, med en validerende resolver). Er sonen usignert, signer den og publiser DS-oppføringen hos registraren.',
    },
  },
};
