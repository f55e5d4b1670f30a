import type { FindingCatalog } from '../index.ts';

/** Texts of the sending-reputation findings (DNS block- and allowlists, egress address). */
export const catalog: FindingCatalog = {
  en: {
    'reputation.unchecked': {
      title: '{{failed}} of {{total}} lists could not be asked',
      explanation: 'No answer from DNS ({{reasons}}) for: {{lists}}. Whether the address is on those lists cannot be told from here.',
      fix: 'Run the check again, perhaps with another DNS server (--dns-server) or a longer timeout (--timeout).',
    },
    'reputation.ip.listed': {
      title: '{{target}} is listed on {{list}}',
      explanation:
        '{{list}} ({{zone}}) answered {{codes}}: {{meaning}}. Receivers that use this list reject or junk mail from this address.',
      fix: 'Find and stop the cause (a compromised account or machine, a misconfigured form, a bulk send), then ask for delisting at {{delist}}. If the address belongs to your e-mail provider, send them this finding.',
    },
    'reputation.domain.listed': {
      title: 'The domain {{target}} is listed on {{list}}',
      explanation: '{{list}} ({{zone}}) answered {{codes}}: {{meaning}}. Mail that names this domain is likely to be rejected or filed as spam.',
      fix: 'Find out why the domain was listed (compromised website, spam advertising it), fix that, and request removal at {{delist}}.',
    },
    'reputation.refused': {
      title: '{{list}} could not be checked from this resolver',
      explanation: '{{list}} answered {{codes}}, which means "{{meaning}}" — not that {{target}} is listed.',
      fix: 'Run the check again with your own resolver (--dns-server), or look the address up at {{delist}}.',
    },
    'reputation.allowlisted': {
      title: '{{target}} is on the allowlist {{list}}',
      explanation: '{{list}} answered {{codes}}: {{meaning}}. That helps delivery with receivers that use it.',
    },
    'reputation.ip.clean': {
      title: '{{target}} is on none of the {{count}} blocklists checked',
      explanation: 'No blocklist that answered lists the sending address, so a listing is not why mail from it is refused.',
    },
    'reputation.domain.clean': {
      title: 'The domain {{target}} is on none of the {{count}} domain blocklists checked',
      explanation: 'No domain blocklist that answered lists this domain.',
    },
    'reputation.not-public': {
      title: '{{address}} is not a public address: blocklists were not asked',
      explanation: 'Private, loopback and link-local addresses never appear on public blocklists. The address receivers see is the one your network sends from to the internet.',
      fix: 'Check the public sending address instead (from the headers of a delivered message, or found through DNS).',
    },
    'reputation.egress.found': {
      title: 'This network sends from {{ip}}',
      explanation: '{{method}} reported the public address this computer reaches the internet from. A mail server on this network usually sends from the same address.',
    },
    'reputation.egress.unknown': {
      title: 'The public sending address could not be found through DNS',
      explanation: 'Neither OpenDNS nor Google answered with the address this network uses. DNS to them may be blocked, or Mailpath is offline.',
      fix: 'Enter the sending IP by hand, or take it from the headers of a message the sender sent.',
    },
  },
  sv: {
    'reputation.unchecked': {
      title: '{{failed}} av {{total}} listor kunde inte tillfrågas',
      explanation: 'Inget svar från DNS ({{reasons}}) för: {{lists}}. Om adressen finns på de listorna går inte att säga härifrån.',
      fix: 'Kör kontrollen igen, eventuellt med en annan DNS-server (--dns-server) eller en längre tidsgräns (--timeout).',
    },
    'reputation.ip.listed': {
      title: '{{target}} är listad hos {{list}}',
      explanation:
        '{{list}} ({{zone}}) svarade {{codes}}: {{meaning}}. Mottagare som använder listan avvisar e-post från adressen eller sorterar den som skräppost.',
      fix: 'Hitta och stoppa orsaken (ett kapat konto eller en infekterad dator, ett felkonfigurerat formulär, ett massutskick) och begär sedan avlistning på {{delist}}. Om adressen tillhör er e-postleverantör, skicka detta resultat till dem.',
    },
    'reputation.domain.listed': {
      title: 'Domänen {{target}} är listad hos {{list}}',
      explanation: '{{list}} ({{zone}}) svarade {{codes}}: {{meaning}}. E-post som nämner domänen riskerar att avvisas eller hamna bland skräpposten.',
      fix: 'Ta reda på varför domänen listades (kapad webbplats, skräppost som gör reklam för den), åtgärda det och begär borttagning på {{delist}}.',
    },
    'reputation.refused': {
      title: '{{list}} kunde inte kontrolleras via den här DNS-servern',
      explanation: '{{list}} svarade {{codes}}, vilket betyder "{{meaning}}" — inte att {{target}} är listad.',
      fix: 'Kör kontrollen igen med en egen DNS-server (--dns-server), eller slå upp adressen på {{delist}}.',
    },
    'reputation.allowlisted': {
      title: '{{target}} finns på vitlistan {{list}}',
      explanation: '{{list}} svarade {{codes}}: {{meaning}}. Det underlättar leveransen hos mottagare som använder listan.',
    },
    'reputation.ip.clean': {
      title: '{{target}} finns inte på någon av de {{count}} spärrlistor som kontrollerades',
      explanation: 'Ingen spärrlista som svarade har den avsändande adressen, så en listning är inte skälet till att e-post från den avvisas.',
    },
    'reputation.domain.clean': {
      title: 'Domänen {{target}} finns inte på någon av de {{count}} domänspärrlistor som kontrollerades',
      explanation: 'Ingen domänspärrlista som svarade har den här domänen.',
    },
    'reputation.not-public': {
      title: '{{address}} är ingen publik adress: spärrlistorna tillfrågades inte',
      explanation: 'Privata adresser, loopback- och länklokala adresser finns aldrig på publika spärrlistor. Det som mottagarna ser är adressen ert nätverk skickar från ut mot internet.',
      fix: 'Kontrollera den publika avsändaradressen i stället (från huvudet i ett levererat meddelande, eller hittad via DNS).',
    },
    'reputation.egress.found': {
      title: 'Det här nätverket skickar från {{ip}}',
      explanation: '{{method}} rapporterade den publika adress som datorn når internet från. En e-postserver i samma nätverk skickar oftast från samma adress.',
    },
    'reputation.egress.unknown': {
      title: 'Den publika avsändaradressen kunde inte hittas via DNS',
      explanation: 'Varken OpenDNS eller Google svarade med adressen som nätverket använder. DNS till dem kan vara blockerad, eller så är Mailpath offline.',
      fix: 'Ange avsändar-IP för hand, eller hämta den från huvudet i ett meddelande som avsändaren skickat.',
    },
  },
  nb: {
    'reputation.unchecked': {
      title: '{{failed}} av {{total}} lister kunne ikke spørres',
      explanation: 'Ikke noe svar fra DNS ({{reasons}}) for: {{lists}}. Om adressen står på de listene, kan ikke avgjøres herfra.',
      fix: 'Kjør sjekken på nytt, eventuelt med en annen DNS-tjener (--dns-server) eller en lengre tidsgrense (--timeout).',
    },
    'reputation.ip.listed': {
      title: '{{target}} er oppført hos {{list}}',
      explanation:
        '{{list}} ({{zone}}) svarte {{codes}}: {{meaning}}. Mottakere som bruker listen, avviser e-post fra adressen eller sorterer den som søppelpost.',
      fix: 'Finn og stans årsaken (en kapret konto eller infisert maskin, et feilkonfigurert skjema, en masseutsendelse), og be deretter om fjerning på {{delist}}. Hvis adressen tilhører e-postleverandøren deres, send dem dette funnet.',
    },
    'reputation.domain.listed': {
      title: 'Domenet {{target}} er oppført hos {{list}}',
      explanation: '{{list}} ({{zone}}) svarte {{codes}}: {{meaning}}. E-post som nevner domenet, risikerer å bli avvist eller havne i søppelposten.',
      fix: 'Finn ut hvorfor domenet ble oppført (kapret nettsted, søppelpost som reklamerer for det), rett opp i det og be om fjerning på {{delist}}.',
    },
    'reputation.refused': {
      title: '{{list}} kunne ikke sjekkes via denne DNS-tjeneren',
      explanation: '{{list}} svarte {{codes}}, som betyr «{{meaning}}» — ikke at {{target}} er oppført.',
      fix: 'Kjør sjekken på nytt med en egen DNS-tjener (--dns-server), eller slå opp adressen på {{delist}}.',
    },
    'reputation.allowlisted': {
      title: '{{target}} står på hvitlisten {{list}}',
      explanation: '{{list}} svarte {{codes}}: {{meaning}}. Det hjelper leveransen hos mottakere som bruker listen.',
    },
    'reputation.ip.clean': {
      title: '{{target}} står ikke på noen av de {{count}} svartelistene som ble sjekket',
      explanation: 'Ingen svarteliste som svarte, har den sendende adressen, så en oppføring er ikke grunnen til at e-post fra den avvises.',
    },
    'reputation.domain.clean': {
      title: 'Domenet {{target}} står ikke på noen av de {{count}} domenesvartelistene som ble sjekket',
      explanation: 'Ingen domenesvarteliste som svarte, har dette domenet.',
    },
    'reputation.not-public': {
      title: '{{address}} er ingen offentlig adresse: svartelistene ble ikke spurt',
      explanation: 'Private adresser, loopback- og lenkelokale adresser står aldri på offentlige svartelister. Det mottakerne ser, er adressen nettverket deres sender fra ut mot internett.',
      fix: 'Sjekk den offentlige avsenderadressen i stedet (fra hodet i en levert melding, eller funnet via DNS).',
    },
    'reputation.egress.found': {
      title: 'Dette nettverket sender fra {{ip}}',
      explanation: '{{method}} rapporterte den offentlige adressen maskinen når internett fra. En e-posttjener i samme nettverk sender som regel fra samme adresse.',
    },
    'reputation.egress.unknown': {
      title: 'Den offentlige avsenderadressen kunne ikke finnes via DNS',
      explanation: 'Verken OpenDNS eller Google svarte med adressen nettverket bruker. DNS til dem kan være blokkert, eller Mailpath er frakoblet.',
      fix: 'Oppgi avsender-IP for hånd, eller hent den fra hodet i en melding avsenderen har sendt.',
    },
  },
};
