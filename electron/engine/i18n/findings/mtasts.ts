import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `mta-sts` and `tls-rpt` findings (electron/engine/checks/mtasts.ts). Params:
 * `domain`, `record`, `records`, `count`, `detail`, `url` (the policy URL), `status` (HTTP),
 * `mode`, `maxAge` (seconds), `patterns` (policy mx patterns), `hosts`, `rua`.
 */
export const catalog: FindingCatalog = {
  en: {
    'mtasts.none': {
      title: '{{domain}} does not publish MTA-STS',
      explanation:
        'There is no MTA-STS record at _mta-sts.{{domain}}, so senders deliver to {{domain}} with opportunistic TLS: an attacker on the path can strip encryption or redirect the mail unnoticed. MTA-STS (RFC 8461) is optional but recommended, and it does not affect whether mail is delivered today.',
      fix: 'To protect incoming mail, publish a policy file at https://mta-sts.{{domain}}/.well-known/mta-sts.txt (start with mode: testing) and a TXT record "v=STSv1; id=<date>" at _mta-sts.{{domain}}.',
    },
    'mtasts.record.multiple': {
      title: '{{count}} MTA-STS records at _mta-sts.{{domain}}',
      explanation:
        'There must be exactly one record starting with v=STSv1 ({{records}}). With several, senders must act as if {{domain}} had no MTA-STS policy (RFC 8461 §3.1).',
      fix: 'Keep one record "v=STSv1; id=…" at _mta-sts.{{domain}}.',
    },
    'mtasts.record.invalid': {
      title: 'The MTA-STS record of {{domain}} is invalid',
      explanation: 'The record "{{record}}" does not follow RFC 8461 §3.1: {{detail}}. Senders then ignore MTA-STS for {{domain}}.',
      fix: 'Publish "v=STSv1; id=<1–32 letters or digits>", e.g. id=20250101000000, and change the id whenever the policy changes.',
    },
    'mtasts.policy.skipped': {
      title: 'The MTA-STS policy of {{domain}} was not fetched',
      explanation: 'This run has no HTTPS client, so the policy at {{url}} was not read and the MX hosts were not compared with it.',
    },
    'mtasts.policy.fetch-failed': {
      title: 'The MTA-STS policy of {{domain}} could not be fetched',
      explanation:
        'Fetching {{url}} failed: {{detail}}. Senders that cannot fetch the policy (and have none cached) deliver without MTA-STS; a broken HTTPS host (wrong certificate, missing DNS name for mta-sts.{{domain}}) is the usual cause.',
      fix: 'Make https://mta-sts.{{domain}}/.well-known/mta-sts.txt reachable over HTTPS with a valid, publicly trusted certificate for mta-sts.{{domain}}, without redirects.',
    },
    'mtasts.policy.http-status': {
      title: 'The MTA-STS policy of {{domain}} answers HTTP {{status}}',
      explanation:
        '{{url}} returned HTTP status {{status}} instead of 200. Senders do not follow redirects (RFC 8461 §3.3) and treat anything else as "no policy".',
      fix: 'Serve the policy file directly at {{url}} with status 200 and Content-Type text/plain.',
    },
    'mtasts.policy.invalid': {
      title: 'The MTA-STS policy of {{domain}} is invalid',
      explanation: 'The policy at {{url}} does not follow RFC 8461 §3.2: {{detail}}. Senders ignore an invalid policy.',
      fix: 'Write the file as lines "version: STSv1", "mode: enforce|testing|none", one "mx: <host or *.domain>" per MX host, and "max_age: <seconds>".',
    },
    'mtasts.policy.enforce': {
      title: 'MTA-STS for {{domain}} is enforced',
      explanation:
        'The policy at {{url}} is in enforce mode (mx: {{patterns}}; max_age {{maxAge}} s): senders that support MTA-STS deliver to {{domain}} only over TLS with a valid certificate for a listed MX host.',
    },
    'mtasts.policy.testing': {
      title: 'MTA-STS for {{domain}} is in testing mode',
      explanation:
        'The policy at {{url}} is in testing mode (mx: {{patterns}}): senders report TLS problems through TLS-RPT but still deliver when TLS fails. It protects nothing yet.',
      fix: 'When the TLS-RPT reports show no failures, change the policy to mode: enforce and update the id in the TXT record.',
    },
    'mtasts.policy.none': {
      title: 'MTA-STS for {{domain}} is switched off (mode: none)',
      explanation:
        'The policy at {{url}} has mode none, which tells senders to forget any earlier MTA-STS policy. That is the correct way to withdraw MTA-STS.',
    },
    'mtasts.policy.max-age-short': {
      title: 'The MTA-STS policy of {{domain}} is cached only {{maxAge}} seconds',
      explanation:
        'A short max_age lets an attacker who blocks the policy fetch wait until senders forget the policy. RFC 8461 recommends values of weeks (e.g. 604800 or more).',
      fix: 'Raise max_age to at least 604800 (one week) once the policy is stable.',
    },
    'mtasts.mx.match': {
      title: 'All MX hosts of {{domain}} are covered by the MTA-STS policy',
      explanation: 'Every MX host ({{hosts}}) matches a pattern of the policy ({{patterns}}).',
    },
    'mtasts.mx.mismatch': {
      title: 'MX hosts of {{domain}} are missing from the MTA-STS policy',
      explanation:
        "The MX host(s) {{hosts}} match none of the policy's mx patterns ({{patterns}}). In enforce mode, senders that support MTA-STS refuse to deliver to those hosts, so mail is delayed and bounced; in testing mode they report the failure.",
      fix: 'Add an "mx:" line for each MX host to the policy file (and change the id in the _mta-sts TXT record), or correct the MX records.',
    },
    'tlsrpt.none': {
      title: '{{domain}} does not request TLS reports (TLS-RPT)',
      explanation:
        'There is no TLS-RPT record at _smtp._tls.{{domain}}, so nobody learns when senders fail to deliver to {{domain}} over TLS. It is optional, but essential with MTA-STS or DANE.',
      fix: 'Publish a TXT record "v=TLSRPTv1; rua=mailto:tlsrpt@{{domain}}" at _smtp._tls.{{domain}}.',
    },
    'tlsrpt.multiple': {
      title: '{{count}} TLS-RPT records at _smtp._tls.{{domain}}',
      explanation:
        'With more than one record starting with v=TLSRPTv1 ({{records}}), senders must act as if {{domain}} had none (RFC 8460 §3), so no reports are sent.',
      fix: 'Merge them into one record; several addresses go comma-separated in rua=.',
    },
    'tlsrpt.invalid': {
      title: 'The TLS-RPT record of {{domain}} is invalid',
      explanation: 'The record "{{record}}" does not follow RFC 8460 §3: {{detail}}. No reports are sent.',
      fix: 'Publish "v=TLSRPTv1; rua=mailto:<address>" (or an https: URI) at _smtp._tls.{{domain}}.',
    },
    'tlsrpt.ok': {
      title: 'TLS reports for {{domain}} go to {{rua}}',
      explanation: 'Senders that support TLS-RPT send daily reports about TLS failures when delivering to {{domain}} to {{rua}}.',
    },
  },
  sv: {
    'mtasts.none': {
      title: '{{domain}} publicerar inte MTA-STS',
      explanation:
        'Det finns ingen MTA-STS-post på _mta-sts.{{domain}}, så avsändare levererar till {{domain}} med opportunistisk TLS: en angripare på vägen kan ta bort krypteringen eller styra om e-posten utan att det märks. MTA-STS (RFC 8461) är frivilligt men rekommenderas, och påverkar inte om e-post levereras i dag.',
      fix: 'För att skydda inkommande e-post, publicera en policyfil på https://mta-sts.{{domain}}/.well-known/mta-sts.txt (börja med mode: testing) och en TXT-post "v=STSv1; id=<datum>" på _mta-sts.{{domain}}.',
    },
    'mtasts.record.multiple': {
      title: '{{count}} MTA-STS-poster på _mta-sts.{{domain}}',
      explanation:
        'Det får finnas exakt en post som börjar med v=STSv1 ({{records}}). Med flera måste avsändare göra som om {{domain}} saknade MTA-STS-policy (RFC 8461 §3.1).',
      fix: 'Behåll en post "v=STSv1; id=…" på _mta-sts.{{domain}}.',
    },
    'mtasts.record.invalid': {
      title: 'MTA-STS-posten för {{domain}} är ogiltig',
      explanation: 'Posten "{{record}}" följer inte RFC 8461 §3.1: {{detail}}. Avsändare bortser då från MTA-STS för {{domain}}.',
      fix: 'Publicera "v=STSv1; id=<1–32 bokstäver eller siffror>", t.ex. id=20250101000000, och byt id varje gång policyn ändras.',
    },
    'mtasts.policy.skipped': {
      title: 'MTA-STS-policyn för {{domain}} hämtades inte',
      explanation: 'Den här körningen har ingen HTTPS-klient, så policyn på {{url}} lästes inte och MX-värdarna jämfördes inte med den.',
    },
    'mtasts.policy.fetch-failed': {
      title: 'MTA-STS-policyn för {{domain}} kunde inte hämtas',
      explanation:
        'Hämtningen av {{url}} misslyckades: {{detail}}. Avsändare som inte kan hämta policyn (och inte har den sparad) levererar utan MTA-STS; vanligaste orsaken är en trasig HTTPS-server (fel certifikat, DNS-namnet mta-sts.{{domain}} saknas).',
      fix: 'Gör https://mta-sts.{{domain}}/.well-known/mta-sts.txt nåbar över HTTPS med ett giltigt, publikt betrott certifikat för mta-sts.{{domain}}, utan omdirigeringar.',
    },
    'mtasts.policy.http-status': {
      title: 'MTA-STS-policyn för {{domain}} svarar HTTP {{status}}',
      explanation:
        '{{url}} svarade med HTTP-status {{status}} i stället för 200. Avsändare följer inte omdirigeringar (RFC 8461 §3.3) och behandlar allt annat som "ingen policy".',
      fix: 'Servera policyfilen direkt på {{url}} med status 200 och Content-Type text/plain.',
    },
    'mtasts.policy.invalid': {
      title: 'MTA-STS-policyn för {{domain}} är ogiltig',
      explanation: 'Policyn på {{url}} följer inte RFC 8461 §3.2: {{detail}}. Avsändare bortser från en ogiltig policy.',
      fix: 'Skriv filen som raderna "version: STSv1", "mode: enforce|testing|none", en rad "mx: <värd eller *.domän>" per MX-värd och "max_age: <sekunder>".',
    },
    'mtasts.policy.enforce': {
      title: 'MTA-STS för {{domain}} tillämpas',
      explanation:
        'Policyn på {{url}} är i läget enforce (mx: {{patterns}}; max_age {{maxAge}} s): avsändare som stöder MTA-STS levererar till {{domain}} bara över TLS med giltigt certifikat för en listad MX-värd.',
    },
    'mtasts.policy.testing': {
      title: 'MTA-STS för {{domain}} är i testläge',
      explanation:
        'Policyn på {{url}} är i läget testing (mx: {{patterns}}): avsändare rapporterar TLS-problem via TLS-RPT men levererar ändå när TLS misslyckas. Den skyddar ännu ingenting.',
      fix: 'När TLS-RPT-rapporterna inte visar några fel, ändra policyn till mode: enforce och uppdatera id i TXT-posten.',
    },
    'mtasts.policy.none': {
      title: 'MTA-STS för {{domain}} är avstängt (mode: none)',
      explanation:
        'Policyn på {{url}} har läget none, som säger åt avsändare att glömma tidigare MTA-STS-policyer. Det är rätt sätt att avveckla MTA-STS.',
    },
    'mtasts.policy.max-age-short': {
      title: 'MTA-STS-policyn för {{domain}} sparas bara i {{maxAge}} sekunder',
      explanation:
        'Ett kort max_age gör att en angripare som blockerar hämtningen av policyn bara behöver vänta tills avsändarna glömt den. RFC 8461 rekommenderar värden på flera veckor (t.ex. 604800 eller mer).',
      fix: 'Höj max_age till minst 604800 (en vecka) när policyn är stabil.',
    },
    'mtasts.mx.match': {
      title: 'Alla MX-värdar för {{domain}} täcks av MTA-STS-policyn',
      explanation: 'Varje MX-värd ({{hosts}}) matchar ett mönster i policyn ({{patterns}}).',
    },
    'mtasts.mx.mismatch': {
      title: 'MX-värdar för {{domain}} saknas i MTA-STS-policyn',
      explanation:
        'MX-värden/värdarna {{hosts}} matchar inget av policyns mx-mönster ({{patterns}}). I läget enforce vägrar avsändare som stöder MTA-STS att leverera till dem, så e-posten fördröjs och studsar; i läget testing rapporterar de felet.',
      fix: 'Lägg till en rad "mx:" för varje MX-värd i policyfilen (och byt id i TXT-posten på _mta-sts), eller rätta MX-posterna.',
    },
    'tlsrpt.none': {
      title: '{{domain}} begär inga TLS-rapporter (TLS-RPT)',
      explanation:
        'Det finns ingen TLS-RPT-post på _smtp._tls.{{domain}}, så ingen får veta när avsändare misslyckas med att leverera till {{domain}} över TLS. Det är frivilligt, men nödvändigt tillsammans med MTA-STS eller DANE.',
      fix: 'Publicera en TXT-post "v=TLSRPTv1; rua=mailto:tlsrpt@{{domain}}" på _smtp._tls.{{domain}}.',
    },
    'tlsrpt.multiple': {
      title: '{{count}} TLS-RPT-poster på _smtp._tls.{{domain}}',
      explanation:
        'Med mer än en post som börjar med v=TLSRPTv1 ({{records}}) måste avsändare göra som om {{domain}} inte hade någon (RFC 8460 §3), så inga rapporter skickas.',
      fix: 'Slå ihop dem till en post; flera adresser anges kommaseparerade i rua=.',
    },
    'tlsrpt.invalid': {
      title: 'TLS-RPT-posten för {{domain}} är ogiltig',
      explanation: 'Posten "{{record}}" följer inte RFC 8460 §3: {{detail}}. Inga rapporter skickas.',
      fix: 'Publicera "v=TLSRPTv1; rua=mailto:<adress>" (eller en https:-URI) på _smtp._tls.{{domain}}.',
    },
    'tlsrpt.ok': {
      title: 'TLS-rapporter för {{domain}} går till {{rua}}',
      explanation: 'Avsändare som stöder TLS-RPT skickar dagliga rapporter om TLS-fel vid leverans till {{domain}} till {{rua}}.',
    },
  },
  nb: {
    'mtasts.none': {
      title: '{{domain}} publiserer ikke MTA-STS',
      explanation:
        'Det finnes ingen MTA-STS-oppføring på _mta-sts.{{domain}}, så avsendere leverer til {{domain}} med opportunistisk TLS: en angriper underveis kan fjerne krypteringen eller omdirigere e-posten uten at det merkes. MTA-STS (RFC 8461) er frivillig, men anbefales, og påvirker ikke om e-post leveres i dag.',
      fix: 'For å beskytte innkommende e-post, publiser en policyfil på https://mta-sts.{{domain}}/.well-known/mta-sts.txt (begynn med mode: testing) og en TXT-oppføring «v=STSv1; id=<dato>» på _mta-sts.{{domain}}.',
    },
    'mtasts.record.multiple': {
      title: '{{count}} MTA-STS-oppføringer på _mta-sts.{{domain}}',
      explanation:
        'Det skal være nøyaktig én oppføring som begynner med v=STSv1 ({{records}}). Med flere må avsendere gjøre som om {{domain}} ikke hadde noen MTA-STS-policy (RFC 8461 §3.1).',
      fix: 'Behold én oppføring «v=STSv1; id=…» på _mta-sts.{{domain}}.',
    },
    'mtasts.record.invalid': {
      title: 'MTA-STS-oppføringen for {{domain}} er ugyldig',
      explanation: 'Oppføringen «{{record}}» følger ikke RFC 8461 §3.1: {{detail}}. Avsendere ser da bort fra MTA-STS for {{domain}}.',
      fix: 'Publiser «v=STSv1; id=<1–32 bokstaver eller sifre>», f.eks. id=20250101000000, og bytt id hver gang policyen endres.',
    },
    'mtasts.policy.skipped': {
      title: 'MTA-STS-policyen for {{domain}} ble ikke hentet',
      explanation:
        'Denne kjøringen har ingen HTTPS-klient, så policyen på {{url}} ble ikke lest, og MX-vertene ble ikke sammenlignet med den.',
    },
    'mtasts.policy.fetch-failed': {
      title: 'MTA-STS-policyen for {{domain}} kunne ikke hentes',
      explanation:
        'Henting av {{url}} feilet: {{detail}}. Avsendere som ikke får hentet policyen (og ikke har den lagret), leverer uten MTA-STS; vanligste årsak er en HTTPS-server som ikke virker (feil sertifikat, DNS-navnet mta-sts.{{domain}} mangler).',
      fix: 'Gjør https://mta-sts.{{domain}}/.well-known/mta-sts.txt tilgjengelig over HTTPS med et gyldig, offentlig klarert sertifikat for mta-sts.{{domain}}, uten omdirigeringer.',
    },
    'mtasts.policy.http-status': {
      title: 'MTA-STS-policyen for {{domain}} svarer HTTP {{status}}',
      explanation:
        '{{url}} svarte med HTTP-status {{status}} i stedet for 200. Avsendere følger ikke omdirigeringer (RFC 8461 §3.3) og behandler alt annet som «ingen policy».',
      fix: 'Server policyfilen direkte på {{url}} med status 200 og Content-Type text/plain.',
    },
    'mtasts.policy.invalid': {
      title: 'MTA-STS-policyen for {{domain}} er ugyldig',
      explanation: 'Policyen på {{url}} følger ikke RFC 8461 §3.2: {{detail}}. Avsendere ser bort fra en ugyldig policy.',
      fix: 'Skriv filen som linjene «version: STSv1», «mode: enforce|testing|none», én linje «mx: <vert eller *.domene>» per MX-vert og «max_age: <sekunder>».',
    },
    'mtasts.policy.enforce': {
      title: 'MTA-STS for {{domain}} håndheves',
      explanation:
        'Policyen på {{url}} er i modusen enforce (mx: {{patterns}}; max_age {{maxAge}} s): avsendere som støtter MTA-STS, leverer til {{domain}} bare over TLS med gyldig sertifikat for en oppført MX-vert.',
    },
    'mtasts.policy.testing': {
      title: 'MTA-STS for {{domain}} er i testmodus',
      explanation:
        'Policyen på {{url}} er i modusen testing (mx: {{patterns}}): avsendere rapporterer TLS-problemer via TLS-RPT, men leverer likevel når TLS feiler. Den beskytter ingenting ennå.',
      fix: 'Når TLS-RPT-rapportene ikke viser feil, endre policyen til mode: enforce og oppdater id i TXT-oppføringen.',
    },
    'mtasts.policy.none': {
      title: 'MTA-STS for {{domain}} er slått av (mode: none)',
      explanation:
        'Policyen på {{url}} har modusen none, som ber avsendere glemme tidligere MTA-STS-policyer. Det er riktig måte å avvikle MTA-STS på.',
    },
    'mtasts.policy.max-age-short': {
      title: 'MTA-STS-policyen for {{domain}} lagres bare i {{maxAge}} sekunder',
      explanation:
        'En kort max_age gjør at en angriper som blokkerer hentingen av policyen, bare trenger å vente til avsenderne har glemt den. RFC 8461 anbefaler verdier på flere uker (f.eks. 604800 eller mer).',
      fix: 'Øk max_age til minst 604800 (én uke) når policyen er stabil.',
    },
    'mtasts.mx.match': {
      title: 'Alle MX-vertene for {{domain}} dekkes av MTA-STS-policyen',
      explanation: 'Hver MX-vert ({{hosts}}) samsvarer med et mønster i policyen ({{patterns}}).',
    },
    'mtasts.mx.mismatch': {
      title: 'MX-verter for {{domain}} mangler i MTA-STS-policyen',
      explanation:
        'MX-verten(e) {{hosts}} samsvarer ikke med noen av policyens mx-mønstre ({{patterns}}). I modusen enforce nekter avsendere som støtter MTA-STS, å levere til dem, så e-posten forsinkes og returneres; i modusen testing rapporterer de feilen.',
      fix: 'Legg til en linje «mx:» for hver MX-vert i policyfilen (og bytt id i TXT-oppføringen på _mta-sts), eller rett MX-oppføringene.',
    },
    'tlsrpt.none': {
      title: '{{domain}} ber ikke om TLS-rapporter (TLS-RPT)',
      explanation:
        'Det finnes ingen TLS-RPT-oppføring på _smtp._tls.{{domain}}, så ingen får vite når avsendere ikke klarer å levere til {{domain}} over TLS. Det er frivillig, men nødvendig sammen med MTA-STS eller DANE.',
      fix: 'Publiser en TXT-oppføring «v=TLSRPTv1; rua=mailto:tlsrpt@{{domain}}» på _smtp._tls.{{domain}}.',
    },
    'tlsrpt.multiple': {
      title: '{{count}} TLS-RPT-oppføringer på _smtp._tls.{{domain}}',
      explanation:
        'Med mer enn én oppføring som begynner med v=TLSRPTv1 ({{records}}), må avsendere gjøre som om {{domain}} ikke hadde noen (RFC 8460 §3), så ingen rapporter sendes.',
      fix: 'Slå dem sammen til én oppføring; flere adresser skilles med komma i rua=.',
    },
    'tlsrpt.invalid': {
      title: 'TLS-RPT-oppføringen for {{domain}} er ugyldig',
      explanation: 'Oppføringen «{{record}}» følger ikke RFC 8460 §3: {{detail}}. Ingen rapporter sendes.',
      fix: 'Publiser «v=TLSRPTv1; rua=mailto:<adresse>» (eller en https:-URI) på _smtp._tls.{{domain}}.',
    },
    'tlsrpt.ok': {
      title: 'TLS-rapporter for {{domain}} går til {{rua}}',
      explanation: 'Avsendere som støtter TLS-RPT, sender daglige rapporter om TLS-feil ved levering til {{domain}} til {{rua}}.',
    },
  },
};
