import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `dnssec` findings (electron/engine/checks/dnssec.ts). Params: `domain`, `zone` (the
 * zone apex), `ds` (DS records at the parent: key tag, algorithm, digest type), `dnskeys` (count).
 */
export const catalog: FindingCatalog = {
  en: {
    'dnssec.validated': {
      title: 'DNSSEC for {{domain}} is validated',
      explanation:
        'The DNS server used is a validating resolver and marked the answers for the zone {{zone}} as authenticated (AD flag). Answers about {{domain}} cannot be forged on the way, and DANE can be used.',
    },
    'dnssec.signed-unvalidated': {
      title: 'The zone {{zone}} is signed, but the answers were not validated',
      explanation:
        'The zone {{zone}} publishes {{dnskeys}} DNSKEY record(s) and its parent has a DS record ({{ds}}), so the chain of trust looks complete. The DNS server used did not mark the answers as validated (no AD flag): it probably does not validate DNSSEC, so Mailpath cannot confirm that the signatures are correct.',
      fix: 'To confirm, run the check again with a validating resolver (--dns-server), or test the domain with DNSViz.',
    },
    'dnssec.island': {
      title: 'The zone {{zone}} is signed, but its parent has no DS record',
      explanation:
        '{{zone}} publishes {{dnskeys}} DNSKEY record(s), but the parent zone has no DS record for it. Without the DS, the chain of trust is broken and validators treat the zone as unsigned: DNSSEC protects nothing, and DANE records are ignored.',
      fix: 'Publish the DS record of the zone\'s key-signing key at the domain registrar (many DNS hosts show it under "DNSSEC"), or switch DNSSEC off at the DNS host if it is not wanted.',
    },
    'dnssec.broken': {
      title: 'DNSSEC for {{zone}} is broken: DS record without keys',
      explanation:
        'The parent zone publishes a DS record for {{zone}} ({{ds}}), but {{zone}} has no DNSKEY records. Validating resolvers (Google, Cloudflare, most ISPs) then answer SERVFAIL for every name in the zone, so mail servers cannot find MX, SPF or DKIM records and mail to and from {{domain}} fails.',
      fix: 'Urgent: either re-enable signing of {{zone}} at its DNS host, or remove the DS record at the domain registrar.',
    },
    'dnssec.unsigned': {
      title: '{{domain}} is not signed with DNSSEC',
      explanation:
        'Neither the zone {{zone}} nor its parent publishes DNSSEC records for it. Mail works without DNSSEC; it is needed only to protect DNS answers against forgery and for DANE.',
      fix: 'Optionally, switch on DNSSEC at the DNS host and publish the DS record at the registrar.',
    },
    'dnssec.unknown': {
      title: 'The DNSSEC status of {{domain}} is unknown',
      explanation:
        'The lookups needed to tell the DNSSEC status failed (see the DNS findings). A SERVFAIL from a validating resolver is also what broken DNSSEC signatures look like.',
      fix: "Ask the domain's authoritative servers directly (authoritative mode) or use another resolver, and check the domain with DNSViz.",
    },
  },
  sv: {
    'dnssec.validated': {
      title: 'DNSSEC för {{domain}} är validerat',
      explanation:
        'DNS-servern som användes är en validerande resolver och markerade svaren för zonen {{zone}} som autentiserade (AD-flaggan). Svar om {{domain}} kan inte förfalskas på vägen, och DANE kan användas.',
    },
    'dnssec.signed-unvalidated': {
      title: 'Zonen {{zone}} är signerad, men svaren validerades inte',
      explanation:
        'Zonen {{zone}} publicerar {{dnskeys}} DNSKEY-post(er) och föräldrazonen har en DS-post ({{ds}}), så förtroendekedjan ser komplett ut. DNS-servern som användes markerade inte svaren som validerade (ingen AD-flagga): den validerar troligen inte DNSSEC, så Mailpath kan inte bekräfta att signaturerna stämmer.',
      fix: 'Kör kontrollen igen med en validerande resolver (--dns-server) för att bekräfta, eller testa domänen med DNSViz.',
    },
    'dnssec.island': {
      title: 'Zonen {{zone}} är signerad, men föräldrazonen saknar DS-post',
      explanation:
        '{{zone}} publicerar {{dnskeys}} DNSKEY-post(er), men föräldrazonen har ingen DS-post för den. Utan DS-posten är förtroendekedjan bruten och validerande resolvrar behandlar zonen som osignerad: DNSSEC skyddar ingenting och DANE-poster ignoreras.',
      fix: 'Publicera DS-posten för zonens nyckelsigneringsnyckel hos domänregistraren (många DNS-leverantörer visar den under "DNSSEC"), eller stäng av DNSSEC hos DNS-leverantören om det inte önskas.',
    },
    'dnssec.broken': {
      title: 'DNSSEC för {{zone}} är trasigt: DS-post utan nycklar',
      explanation:
        'Föräldrazonen publicerar en DS-post för {{zone}} ({{ds}}), men {{zone}} har inga DNSKEY-poster. Validerande resolvrar (Google, Cloudflare, de flesta internetleverantörer) svarar då SERVFAIL för alla namn i zonen, så e-postservrar hittar inte MX-, SPF- eller DKIM-poster och e-post till och från {{domain}} misslyckas.',
      fix: 'Brådskande: slå antingen på signeringen av {{zone}} igen hos DNS-leverantören, eller ta bort DS-posten hos domänregistraren.',
    },
    'dnssec.unsigned': {
      title: '{{domain}} är inte signerad med DNSSEC',
      explanation:
        'Varken zonen {{zone}} eller dess föräldrazon publicerar DNSSEC-poster för den. E-post fungerar utan DNSSEC; det behövs bara för att skydda DNS-svar mot förfalskning och för DANE.',
      fix: 'Om ni vill: slå på DNSSEC hos DNS-leverantören och publicera DS-posten hos registraren.',
    },
    'dnssec.unknown': {
      title: 'DNSSEC-statusen för {{domain}} är okänd',
      explanation:
        'Uppslagningarna som behövs för att avgöra DNSSEC-statusen misslyckades (se DNS-resultaten). En SERVFAIL från en validerande resolver är också precis hur trasiga DNSSEC-signaturer ser ut.',
      fix: 'Fråga domänens auktoritativa servrar direkt (auktoritativt läge) eller använd en annan resolver, och kontrollera domänen med DNSViz.',
    },
  },
  nb: {
    'dnssec.validated': {
      title: 'DNSSEC for {{domain}} er validert',
      explanation:
        'DNS-serveren som ble brukt, er en validerende resolver og merket svarene for sonen {{zone}} som autentiserte (AD-flagget). Svar om {{domain}} kan ikke forfalskes underveis, og DANE kan brukes.',
    },
    'dnssec.signed-unvalidated': {
      title: 'Sonen {{zone}} er signert, men svarene ble ikke validert',
      explanation:
        'Sonen {{zone}} publiserer {{dnskeys}} DNSKEY-oppføring(er), og foreldresonen har en DS-oppføring ({{ds}}), så tillitskjeden ser komplett ut. DNS-serveren som ble brukt, merket ikke svarene som validert (ikke noe AD-flagg): den validerer trolig ikke DNSSEC, så Mailpath kan ikke bekrefte at signaturene stemmer.',
      fix: 'Kjør kontrollen på nytt med en validerende resolver (--dns-server) for å bekrefte, eller test domenet med DNSViz.',
    },
    'dnssec.island': {
      title: 'Sonen {{zone}} er signert, men foreldresonen mangler DS-oppføring',
      explanation:
        '{{zone}} publiserer {{dnskeys}} DNSKEY-oppføring(er), men foreldresonen har ingen DS-oppføring for den. Uten DS-oppføringen er tillitskjeden brutt, og validerende resolvere behandler sonen som usignert: DNSSEC beskytter ingenting, og DANE-oppføringer ignoreres.',
      fix: 'Publiser DS-oppføringen for sonens nøkkelsigneringsnøkkel hos domeneregistraren (mange DNS-leverandører viser den under «DNSSEC»), eller slå av DNSSEC hos DNS-leverandøren hvis det ikke er ønsket.',
    },
    'dnssec.broken': {
      title: 'DNSSEC for {{zone}} er ødelagt: DS-oppføring uten nøkler',
      explanation:
        'Foreldresonen publiserer en DS-oppføring for {{zone}} ({{ds}}), men {{zone}} har ingen DNSKEY-oppføringer. Validerende resolvere (Google, Cloudflare, de fleste internettleverandører) svarer da SERVFAIL for alle navn i sonen, så e-postservere finner ikke MX-, SPF- eller DKIM-oppføringer, og e-post til og fra {{domain}} feiler.',
      fix: 'Haster: slå enten på signeringen av {{zone}} igjen hos DNS-leverandøren, eller fjern DS-oppføringen hos domeneregistraren.',
    },
    'dnssec.unsigned': {
      title: '{{domain}} er ikke signert med DNSSEC',
      explanation:
        'Verken sonen {{zone}} eller foreldresonen publiserer DNSSEC-oppføringer for den. E-post virker uten DNSSEC; det trengs bare for å beskytte DNS-svar mot forfalskning og for DANE.',
      fix: 'Om ønskelig: slå på DNSSEC hos DNS-leverandøren og publiser DS-oppføringen hos registraren.',
    },
    'dnssec.unknown': {
      title: 'DNSSEC-statusen for {{domain}} er ukjent',
      explanation:
        'Oppslagene som trengs for å avgjøre DNSSEC-statusen, feilet (se DNS-funnene). En SERVFAIL fra en validerende resolver er også nøyaktig slik ødelagte DNSSEC-signaturer ser ut.',
      fix: 'Spør domenets autoritative servere direkte (autoritativ modus) eller bruk en annen resolver, og kontroller domenet med DNSViz.',
    },
  },
};
