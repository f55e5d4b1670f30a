import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `dns` findings: DNS-level outcomes of a lookup, shared by every check through
 * `lookupFailureFinding` (electron/engine/dns/failure.ts). Params of the lookup findings: `name`,
 * `type`, `servers` (the servers asked), `tries` (exchanges made), `detail` (technical detail).
 */
export const catalog: FindingCatalog = {
  en: {
    'dns.servfail': {
      title: 'DNS server failure for {{name}} {{type}}',
      explanation:
        'The DNS server answered SERVFAIL: it tried but could not get an answer for {{name}} ({{type}}). This is not the same as "no record": the record may well exist, but nobody can see it right now. Common causes are broken DNSSEC signatures, authoritative name servers for the domain that are unreachable or do not serve the zone, or a fault in the resolver itself. Servers asked: {{servers}}. Details: {{detail}}.',
      fix: "Ask the domain's authoritative servers directly (Mailpath's authoritative mode) and check DNSSEC, for example with DNSViz. If they answer correctly, try another resolver; if they fail too, the domain's DNS host must fix the zone or its signatures.",
    },
    'dns.refused': {
      title: 'The DNS server refused to answer {{name}} {{type}}',
      explanation:
        'The server replied REFUSED: it will not answer this question for us, usually because it is not a recursive resolver for this network, or because it is an authoritative server that does not serve this zone. It says nothing about whether the record exists. Servers asked: {{servers}}. Details: {{detail}}.',
      fix: "Use a DNS server that allows recursive queries from this machine (--dns-server), or check the server's access rules. In authoritative mode, a refusal means a listed name server does not serve the zone: fix the domain's NS records (lame delegation).",
    },
    'dns.timeout': {
      title: 'No DNS answer for {{name}} {{type}} in time',
      explanation:
        'None of the DNS servers asked ({{servers}}) gave a usable answer before the timeout, after {{tries}} attempt(s). Whether the record exists is unknown. Typical causes are a firewall blocking DNS (port 53 over UDP or TCP), an unreachable resolver, or authoritative servers that do not respond. Details: {{detail}}.',
      fix: "Check that this machine can reach its DNS server (port 53 over both UDP and TCP), try another server with --dns-server, or raise the timeout with --timeout. If the domain's own name servers do not respond, its DNS host must fix them.",
    },
    'dns.malformed': {
      title: 'Unusable DNS reply for {{name}} {{type}}',
      explanation:
        "A reply came back, but it could not be decoded or did not belong to the question asked (wrong ID or wrong question), so Mailpath discarded it for safety. This points to a broken DNS server, a device in between (a firewall or a router's DNS proxy) that alters DNS traffic, or forged replies. Servers asked: {{servers}}. Details: {{detail}}.",
      fix: 'Try another DNS server with --dns-server. If the problem stays with this network, look at firewalls or routers that inspect or rewrite DNS traffic.',
    },
    'dns.error': {
      title: 'DNS lookup of {{name}} {{type}} failed',
      explanation: 'The lookup could not be completed: {{detail}}. Servers asked: {{servers}}. Whether the record exists is unknown.',
      fix: "Check this machine's network connection and DNS settings, or choose another server with --dns-server.",
    },
    'dns.not-in-recording': {
      title: '{{name}} {{type}} is not in the recorded run',
      explanation:
        'This run is replayed from a recording, and the recording has no answer to this question, so the check cannot tell what DNS said. The recording was probably made by another Mailpath version or with different input.',
      fix: 'Record the run again with the same input (--dns-record), or run the check live.',
    },
    'dns.no-servers': {
      title: 'No DNS server to ask',
      explanation:
        "No DNS server was found in the system's configuration ({{source}}): {{problem}}. The DNS checks cannot run without one.",
      fix: "Name a DNS server explicitly with --dns-server (for example your network's resolver), or fix the system's DNS settings.",
    },
  },
  sv: {
    'dns.servfail': {
      title: 'DNS-serverfel för {{name}} {{type}}',
      explanation:
        'DNS-servern svarade SERVFAIL: den försökte men fick inte fram något svar för {{name}} ({{type}}). Det är inte samma sak som att posten saknas – den kan mycket väl finnas, men just nu kan ingen se den. Vanliga orsaker är trasiga DNSSEC-signaturer, att domänens auktoritativa namnservrar inte går att nå eller inte har zonen, eller ett fel i själva resolvern. Tillfrågade servrar: {{servers}}. Detaljer: {{detail}}.',
      fix: 'Fråga domänens auktoritativa servrar direkt (Mailpaths auktoritativa läge) och kontrollera DNSSEC, till exempel med DNSViz. Svarar de rätt, prova en annan resolver; misslyckas även de måste domänens DNS-leverantör rätta zonen eller signaturerna.',
    },
    'dns.refused': {
      title: 'DNS-servern vägrade svara på {{name}} {{type}}',
      explanation:
        'Servern svarade REFUSED: den besvarar inte frågan åt oss, oftast för att den inte är en rekursiv resolver för det här nätet, eller för att den är en auktoritativ server som inte har zonen. Svaret säger ingenting om huruvida posten finns. Tillfrågade servrar: {{servers}}. Detaljer: {{detail}}.',
      fix: 'Använd en DNS-server som tillåter rekursiva frågor från den här datorn (--dns-server), eller se över serverns åtkomstregler. I auktoritativt läge betyder en vägran att en listad namnserver inte har zonen: rätta domänens NS-poster (så kallad lame delegation).',
    },
    'dns.timeout': {
      title: 'Inget DNS-svar i tid för {{name}} {{type}}',
      explanation:
        'Ingen av de tillfrågade DNS-servrarna ({{servers}}) gav ett användbart svar innan tidsgränsen löpte ut, efter {{tries}} försök. Det går inte att säga om posten finns. Vanliga orsaker är en brandvägg som blockerar DNS (port 53 över UDP eller TCP), en resolver som inte går att nå eller auktoritativa servrar som inte svarar. Detaljer: {{detail}}.',
      fix: 'Kontrollera att datorn når sin DNS-server (port 53 över både UDP och TCP), prova en annan server med --dns-server eller höj tidsgränsen med --timeout. Svarar inte domänens egna namnservrar måste dess DNS-leverantör åtgärda dem.',
    },
    'dns.malformed': {
      title: 'Oanvändbart DNS-svar för {{name}} {{type}}',
      explanation:
        'Ett svar kom tillbaka, men det gick inte att avkoda eller hörde inte till frågan som ställdes (fel ID eller fel fråga), så Mailpath kastade det av säkerhetsskäl. Det tyder på en trasig DNS-server, en enhet på vägen (en brandvägg eller routerns DNS-proxy) som ändrar DNS-trafiken, eller förfalskade svar. Tillfrågade servrar: {{servers}}. Detaljer: {{detail}}.',
      fix: 'Prova en annan DNS-server med --dns-server. Finns problemet kvar på det här nätet, undersök brandväggar eller routrar som granskar eller skriver om DNS-trafik.',
    },
    'dns.error': {
      title: 'DNS-uppslagningen av {{name}} {{type}} misslyckades',
      explanation:
        'Uppslagningen kunde inte slutföras: {{detail}}. Tillfrågade servrar: {{servers}}. Det går inte att säga om posten finns.',
      fix: 'Kontrollera datorns nätverksanslutning och DNS-inställningar, eller välj en annan server med --dns-server.',
    },
    'dns.not-in-recording': {
      title: '{{name}} {{type}} finns inte i den inspelade körningen',
      explanation:
        'Körningen spelas upp från en inspelning, och inspelningen saknar svar på just den här frågan, så kontrollen kan inte avgöra vad DNS svarade. Inspelningen gjordes troligen med en annan version av Mailpath eller med andra indata.',
      fix: 'Spela in körningen på nytt med samma indata (--dns-record), eller kör kontrollen direkt mot nätet.',
    },
    'dns.no-servers': {
      title: 'Det finns ingen DNS-server att fråga',
      explanation:
        'Ingen DNS-server hittades i systemets inställningar ({{source}}): {{problem}}. DNS-kontrollerna kan inte köras utan en.',
      fix: 'Ange en DNS-server uttryckligen med --dns-server (till exempel nätverkets resolver), eller rätta systemets DNS-inställningar.',
    },
  },
  nb: {
    'dns.servfail': {
      title: 'DNS-tjenerfeil for {{name}} {{type}}',
      explanation:
        'DNS-tjeneren svarte SERVFAIL: den prøvde, men fikk ikke tak i noe svar for {{name}} ({{type}}). Det er ikke det samme som at posten mangler – den kan godt finnes, men akkurat nå kan ingen se den. Vanlige årsaker er ødelagte DNSSEC-signaturer, at domenets autoritative navnetjenere ikke kan nås eller ikke har sonen, eller en feil i selve resolveren. Tjenere som ble spurt: {{servers}}. Detaljer: {{detail}}.',
      fix: 'Spør domenets autoritative tjenere direkte (Mailpaths autoritative modus) og sjekk DNSSEC, for eksempel med DNSViz. Svarer de riktig, prøv en annen resolver; feiler også de, må domenets DNS-leverandør rette sonen eller signaturene.',
    },
    'dns.refused': {
      title: 'DNS-tjeneren nektet å svare på {{name}} {{type}}',
      explanation:
        'Tjeneren svarte REFUSED: den besvarer ikke spørsmålet for oss, som regel fordi den ikke er en rekursiv resolver for dette nettet, eller fordi den er en autoritativ tjener som ikke har sonen. Svaret sier ingenting om hvorvidt posten finnes. Tjenere som ble spurt: {{servers}}. Detaljer: {{detail}}.',
      fix: 'Bruk en DNS-tjener som tillater rekursive oppslag fra denne maskinen (--dns-server), eller se over tilgangsreglene på tjeneren. I autoritativ modus betyr en avvisning at en oppført navnetjener ikke har sonen: rett domenets NS-poster (såkalt lame delegation).',
    },
    'dns.timeout': {
      title: 'Fikk ikke DNS-svar i tide for {{name}} {{type}}',
      explanation:
        'Ingen av DNS-tjenerne som ble spurt ({{servers}}), ga et brukbart svar før tidsfristen gikk ut, etter {{tries}} forsøk. Det er ukjent om posten finnes. Vanlige årsaker er en brannmur som blokkerer DNS (port 53 over UDP eller TCP), en resolver som ikke kan nås, eller autoritative tjenere som ikke svarer. Detaljer: {{detail}}.',
      fix: 'Sjekk at maskinen når DNS-tjeneren sin (port 53 over både UDP og TCP), prøv en annen tjener med --dns-server, eller øk tidsfristen med --timeout. Svarer ikke domenets egne navnetjenere, må DNS-leverandøren rette dem.',
    },
    'dns.malformed': {
      title: 'Ubrukelig DNS-svar for {{name}} {{type}}',
      explanation:
        'Det kom et svar, men det kunne ikke dekodes eller hørte ikke til spørsmålet som ble stilt (feil ID eller feil spørsmål), så Mailpath forkastet det av sikkerhetshensyn. Det tyder på en ødelagt DNS-tjener, en enhet underveis (en brannmur eller DNS-proxyen i ruteren) som endrer DNS-trafikken, eller forfalskede svar. Tjenere som ble spurt: {{servers}}. Detaljer: {{detail}}.',
      fix: 'Prøv en annen DNS-tjener med --dns-server. Består problemet på dette nettet, undersøk brannmurer eller rutere som inspiserer eller skriver om DNS-trafikk.',
    },
    'dns.error': {
      title: 'DNS-oppslaget av {{name}} {{type}} mislyktes',
      explanation: 'Oppslaget kunne ikke fullføres: {{detail}}. Tjenere som ble spurt: {{servers}}. Det er ukjent om posten finnes.',
      fix: 'Sjekk maskinens nettverkstilkobling og DNS-innstillinger, eller velg en annen tjener med --dns-server.',
    },
    'dns.not-in-recording': {
      title: '{{name}} {{type}} finnes ikke i den innspilte kjøringen',
      explanation:
        'Denne kjøringen spilles av fra et opptak, og opptaket har ikke noe svar på akkurat dette spørsmålet, så sjekken kan ikke si hva DNS svarte. Opptaket ble trolig laget med en annen versjon av Mailpath eller med andre inndata.',
      fix: 'Ta opp kjøringen på nytt med de samme inndataene (--dns-record), eller kjør sjekken direkte mot nettet.',
    },
    'dns.no-servers': {
      title: 'Ingen DNS-tjener å spørre',
      explanation: 'Fant ingen DNS-tjener i systemets innstillinger ({{source}}): {{problem}}. DNS-sjekkene kan ikke kjøres uten en.',
      fix: 'Oppgi en DNS-tjener eksplisitt med --dns-server (for eksempel nettverkets resolver), eller rett systemets DNS-innstillinger.',
    },
  },
};
