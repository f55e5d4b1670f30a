import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `rdns` (reverse DNS of the sending IP) and `helo` findings
 * (electron/engine/checks/rdns.ts). Params: `ip`, `name` (the in-addr.arpa/ip6.arpa name), `ptr`
 * (PTR names), `count`, `outcome`, `addresses`, `patterns`; HELO findings: `helo`, `ip`,
 * `addresses`, `ptr`.
 */
export const catalog: FindingCatalog = {
  en: {
    'rdns.ip.invalid': {
      title: '"{{ip}}" is not an IP address',
      explanation:
        'The reverse DNS check needs the sending server\'s public IPv4 or IPv6 address; "{{ip}}" is neither, so nothing was looked up.',
      fix: 'Enter the public IP address the mail server sends from (for example from the Received header the recipient sees).',
    },
    'rdns.ptr.missing': {
      title: '{{ip}} has no reverse DNS (PTR) record',
      explanation:
        'There is no PTR record at {{name}} ({{outcome}}). Many receivers (Gmail, Microsoft, most spam filters) reject or junk mail from addresses without reverse DNS, because such addresses are typically home connections or compromised machines.',
      fix: "Ask whoever owns the address — the Internet or hosting provider — to set a PTR record for {{ip}} to the mail server's host name (e.g. mail.yourdomain), and make sure that name has an A/AAAA record with {{ip}}.",
    },
    'rdns.ptr.multiple': {
      title: '{{ip}} has {{count}} PTR records',
      explanation:
        '{{name}} returns several names ({{ptr}}). Receivers may pick any of them, so checks that compare the name with HELO or forward DNS give different results from time to time.',
      fix: 'Keep one PTR record for {{ip}}, naming the mail server.',
    },
    'rdns.fcrdns.ok': {
      title: 'Reverse DNS of {{ip}} is forward-confirmed ({{ptr}})',
      explanation:
        'The PTR record of {{ip}} names {{ptr}}, and that name resolves back to {{ip}}. This is what receivers expect from a mail server.',
    },
    'rdns.fcrdns.mismatch': {
      title: 'Reverse DNS of {{ip}} does not point back to it',
      explanation:
        'The PTR record of {{ip}} names {{ptr}}, but that name resolves to {{addresses}}, not {{ip}}. Receivers that check forward-confirmed reverse DNS (FCrDNS) treat this like a missing PTR record and may reject or junk the mail.',
      fix: 'Either add an A/AAAA record with {{ip}} to {{ptr}} (in the DNS of that domain), or ask the address owner to change the PTR record to a name that resolves to {{ip}}.',
    },
    'rdns.ptr.dynamic': {
      title: 'The reverse name of {{ip}} looks like a residential pool',
      explanation:
        'The PTR name {{ptr}} looks like an automatically generated name for a home or dynamic connection (matched: {{patterns}}). Spam filters and block lists such as Spamhaus PBL treat mail from such names as coming from an end-user connection, not a mail server, and often reject it.',
      fix: "Ask the provider for a custom PTR record naming the mail server (e.g. mail.yourdomain), or send through the provider's or another mail relay (smarthost) instead of directly from this connection.",
    },
    'helo.ok': {
      title: 'HELO name {{helo}} resolves to the sending IP',
      explanation: 'The server announces itself as {{helo}}, which resolves to {{addresses}}, including {{ip}}.',
    },
    'helo.mismatch': {
      title: 'HELO name {{helo}} does not resolve to {{ip}}',
      explanation:
        'The server announces itself as {{helo}}, which points to {{addresses}}, not to the sending address {{ip}}. Some receivers score this as suspicious, and an SPF check of the HELO name fails.',
      fix: "Set the mail server's HELO/EHLO name to its own host name whose A/AAAA record is {{ip}} — ideally the same name as the PTR record.",
    },
    'helo.unresolvable': {
      title: 'HELO name {{helo}} does not resolve',
      explanation:
        'The server announces itself as {{helo}}, but that name has no A or AAAA record. RFC 5321 §4.1.1.1 asks for a name that resolves; many receivers reject HELO names that do not ("Helo command rejected: Host not found").',
      fix: 'Set the HELO/EHLO name to a public host name with an A/AAAA record for {{ip}}, or publish such a record for {{helo}}.',
    },
    'helo.bare': {
      title: 'HELO name {{helo}} is not a fully qualified domain name',
      explanation:
        '{{helo}} is a bare host name without a domain. RFC 5321 requires a fully qualified domain name (or an address literal), and many receivers reject such greetings outright ("need fully-qualified hostname").',
      fix: "Set the server's HELO/EHLO name to its full public host name, e.g. mail.yourdomain (in Exchange: the FQDN of the send connector; in Postfix: myhostname).",
    },
    'helo.private-name': {
      title: 'HELO name {{helo}} is an internal name',
      explanation:
        '{{helo}} only exists inside a local network (.local, .lan, localhost and the like). Receivers cannot resolve it, and many reject mail that greets with it or score it as spam.',
      fix: "Set the server's HELO/EHLO name to a public host name that resolves to {{ip}} (in Exchange: the FQDN of the send connector; in Postfix: myhostname).",
    },
    'helo.ip-unbracketed': {
      title: 'HELO name {{helo}} is an IP address without brackets',
      explanation:
        'An address may stand in for the HELO name only as a literal in brackets, e.g. [{{helo}}] (RFC 5321 §4.1.3). A bare address is invalid and many receivers reject it.',
      fix: "Set the server's HELO/EHLO name to its public host name.",
    },
    'helo.address-literal': {
      title: 'The server greets with an address literal ({{helo}})',
      explanation:
        'RFC 5321 allows an address literal instead of a name, but spam filters score it as typical for malware and badly configured hosts.',
      fix: "Set the server's HELO/EHLO name to its public host name with an A/AAAA record for {{ip}}.",
    },
    'helo.invalid': {
      title: 'HELO name {{helo}} is not a valid host name',
      explanation:
        '"{{helo}}" contains characters or a form a host name may not have (only letters, digits, hyphens and dots are allowed), so receivers may reject the greeting.',
      fix: "Set the server's HELO/EHLO name to its public host name.",
    },
    'helo.ptr-differs': {
      title: 'HELO name {{helo}} differs from the reverse DNS name',
      explanation:
        'The PTR record of {{ip}} names {{ptr}}, while the server greets as {{helo}}. That is allowed, but some filters give a better score when they match.',
      fix: 'Consider using the same name for HELO/EHLO and for the PTR record of {{ip}}.',
    },
  },
  sv: {
    'rdns.ip.invalid': {
      title: '"{{ip}}" är ingen IP-adress',
      explanation:
        'Kontrollen av omvänd DNS behöver den sändande serverns publika IPv4- eller IPv6-adress; "{{ip}}" är ingetdera, så ingenting slogs upp.',
      fix: 'Ange den publika IP-adress som e-postservern skickar från (till exempel från Received-huvudet som mottagaren ser).',
    },
    'rdns.ptr.missing': {
      title: '{{ip}} saknar omvänd DNS (PTR-post)',
      explanation:
        'Det finns ingen PTR-post på {{name}} ({{outcome}}). Många mottagare (Gmail, Microsoft, de flesta spamfilter) avvisar eller skräpsorterar e-post från adresser utan omvänd DNS, eftersom sådana adresser oftast är hemanslutningar eller kapade datorer.',
      fix: 'Be den som äger adressen – internet- eller hostingleverantören – att sätta en PTR-post för {{ip}} till e-postserverns värdnamn (t.ex. mail.er-domän), och se till att namnet har en A/AAAA-post med {{ip}}.',
    },
    'rdns.ptr.multiple': {
      title: '{{ip}} har {{count}} PTR-poster',
      explanation:
        '{{name}} returnerar flera namn ({{ptr}}). Mottagarna kan välja vilket som helst, så kontroller som jämför namnet med HELO eller framåtuppslagning ger olika resultat från gång till gång.',
      fix: 'Behåll en PTR-post för {{ip}}, med e-postserverns namn.',
    },
    'rdns.fcrdns.ok': {
      title: 'Omvänd DNS för {{ip}} är bekräftad åt båda hållen ({{ptr}})',
      explanation:
        'PTR-posten för {{ip}} pekar på {{ptr}}, och det namnet pekar tillbaka på {{ip}}. Det är vad mottagare förväntar sig av en e-postserver.',
    },
    'rdns.fcrdns.mismatch': {
      title: 'Omvänd DNS för {{ip}} pekar inte tillbaka på adressen',
      explanation:
        'PTR-posten för {{ip}} pekar på {{ptr}}, men det namnet pekar på {{addresses}}, inte på {{ip}}. Mottagare som kontrollerar omvänd DNS åt båda hållen (FCrDNS) behandlar det som en saknad PTR-post och kan avvisa eller skräpsortera e-posten.',
      fix: 'Lägg antingen till en A/AAAA-post med {{ip}} för {{ptr}} (i den domänens DNS), eller be adressens ägare ändra PTR-posten till ett namn som pekar på {{ip}}.',
    },
    'rdns.ptr.dynamic': {
      title: 'Det omvända namnet för {{ip}} ser ut som en privatkundspool',
      explanation:
        'PTR-namnet {{ptr}} ser ut som ett automatiskt genererat namn för en hemanslutning eller dynamisk anslutning (träffar: {{patterns}}). Spamfilter och blocklistor som Spamhaus PBL behandlar e-post från sådana namn som om den kom från en slutanvändaranslutning, inte en e-postserver, och avvisar den ofta.',
      fix: 'Be leverantören om en egen PTR-post med e-postserverns namn (t.ex. mail.er-domän), eller skicka via leverantörens eller en annan relästation (smarthost) i stället för direkt från den här anslutningen.',
    },
    'helo.ok': {
      title: 'HELO-namnet {{helo}} pekar på den sändande IP-adressen',
      explanation: 'Servern presenterar sig som {{helo}}, som pekar på {{addresses}}, däribland {{ip}}.',
    },
    'helo.mismatch': {
      title: 'HELO-namnet {{helo}} pekar inte på {{ip}}',
      explanation:
        'Servern presenterar sig som {{helo}}, som pekar på {{addresses}}, inte på den sändande adressen {{ip}}. Vissa mottagare ser det som misstänkt, och en SPF-kontroll av HELO-namnet misslyckas.',
      fix: 'Sätt e-postserverns HELO/EHLO-namn till dess eget värdnamn med en A/AAAA-post för {{ip}} – helst samma namn som i PTR-posten.',
    },
    'helo.unresolvable': {
      title: 'HELO-namnet {{helo}} går inte att slå upp',
      explanation:
        'Servern presenterar sig som {{helo}}, men namnet har ingen A- eller AAAA-post. RFC 5321 §4.1.1.1 kräver ett namn som går att slå upp; många mottagare avvisar HELO-namn som inte gör det ("Helo command rejected: Host not found").',
      fix: 'Sätt HELO/EHLO-namnet till ett publikt värdnamn med en A/AAAA-post för {{ip}}, eller publicera en sådan post för {{helo}}.',
    },
    'helo.bare': {
      title: 'HELO-namnet {{helo}} är inget fullständigt domännamn',
      explanation:
        '{{helo}} är ett kort värdnamn utan domän. RFC 5321 kräver ett fullständigt domännamn (eller en adresslitteral), och många mottagare avvisar sådana hälsningar direkt ("need fully-qualified hostname").',
      fix: 'Sätt serverns HELO/EHLO-namn till dess fullständiga publika värdnamn, t.ex. mail.er-domän (i Exchange: FQDN för sändningskopplingen; i Postfix: myhostname).',
    },
    'helo.private-name': {
      title: 'HELO-namnet {{helo}} är ett internt namn',
      explanation:
        '{{helo}} finns bara inne i ett lokalt nät (.local, .lan, localhost och liknande). Mottagarna kan inte slå upp det, och många avvisar e-post som hälsar med det eller ger den spampoäng.',
      fix: 'Sätt serverns HELO/EHLO-namn till ett publikt värdnamn som pekar på {{ip}} (i Exchange: FQDN för sändningskopplingen; i Postfix: myhostname).',
    },
    'helo.ip-unbracketed': {
      title: 'HELO-namnet {{helo}} är en IP-adress utan hakparenteser',
      explanation:
        'En adress får bara ersätta HELO-namnet som en litteral inom hakparenteser, t.ex. [{{helo}}] (RFC 5321 §4.1.3). En naken adress är ogiltig och många mottagare avvisar den.',
      fix: 'Sätt serverns HELO/EHLO-namn till dess publika värdnamn.',
    },
    'helo.address-literal': {
      title: 'Servern hälsar med en adresslitteral ({{helo}})',
      explanation:
        'RFC 5321 tillåter en adresslitteral i stället för ett namn, men spamfilter ger det poäng som typiskt för skadeprogram och felkonfigurerade servrar.',
      fix: 'Sätt serverns HELO/EHLO-namn till dess publika värdnamn med en A/AAAA-post för {{ip}}.',
    },
    'helo.invalid': {
      title: 'HELO-namnet {{helo}} är inget giltigt värdnamn',
      explanation:
        '"{{helo}}" innehåller tecken eller har en form som ett värdnamn inte får ha (bara bokstäver, siffror, bindestreck och punkter är tillåtna), så mottagare kan avvisa hälsningen.',
      fix: 'Sätt serverns HELO/EHLO-namn till dess publika värdnamn.',
    },
    'helo.ptr-differs': {
      title: 'HELO-namnet {{helo}} skiljer sig från namnet i omvänd DNS',
      explanation:
        'PTR-posten för {{ip}} pekar på {{ptr}}, medan servern hälsar som {{helo}}. Det är tillåtet, men vissa filter ger bättre poäng när de stämmer överens.',
      fix: 'Överväg att använda samma namn för HELO/EHLO och för PTR-posten för {{ip}}.',
    },
  },
  nb: {
    'rdns.ip.invalid': {
      title: '«{{ip}}» er ikke en IP-adresse',
      explanation:
        'Kontrollen av omvendt DNS trenger den sendende serverens offentlige IPv4- eller IPv6-adresse; «{{ip}}» er ingen av delene, så ingenting ble slått opp.',
      fix: 'Oppgi den offentlige IP-adressen e-postserveren sender fra (for eksempel fra Received-headeren mottakeren ser).',
    },
    'rdns.ptr.missing': {
      title: '{{ip}} mangler omvendt DNS (PTR-oppføring)',
      explanation:
        'Det finnes ingen PTR-oppføring på {{name}} ({{outcome}}). Mange mottakere (Gmail, Microsoft, de fleste spamfiltre) avviser eller sorterer som søppel e-post fra adresser uten omvendt DNS, fordi slike adresser som regel er hjemmetilkoblinger eller kaprede maskiner.',
      fix: 'Be den som eier adressen – internett- eller vertsleverandøren – om å sette en PTR-oppføring for {{ip}} til e-postserverens vertsnavn (f.eks. mail.deres-domene), og sørg for at navnet har en A/AAAA-oppføring med {{ip}}.',
    },
    'rdns.ptr.multiple': {
      title: '{{ip}} har {{count}} PTR-oppføringer',
      explanation:
        '{{name}} returnerer flere navn ({{ptr}}). Mottakerne kan velge hvilket som helst, så kontroller som sammenligner navnet med HELO eller oppslag forover, gir ulike resultater fra gang til gang.',
      fix: 'Behold én PTR-oppføring for {{ip}}, med navnet til e-postserveren.',
    },
    'rdns.fcrdns.ok': {
      title: 'Omvendt DNS for {{ip}} er bekreftet begge veier ({{ptr}})',
      explanation:
        'PTR-oppføringen for {{ip}} peker på {{ptr}}, og det navnet peker tilbake på {{ip}}. Det er det mottakere forventer av en e-postserver.',
    },
    'rdns.fcrdns.mismatch': {
      title: 'Omvendt DNS for {{ip}} peker ikke tilbake på adressen',
      explanation:
        'PTR-oppføringen for {{ip}} peker på {{ptr}}, men det navnet peker på {{addresses}}, ikke på {{ip}}. Mottakere som kontrollerer omvendt DNS begge veier (FCrDNS), behandler dette som en manglende PTR-oppføring og kan avvise e-posten eller sortere den som søppel.',
      fix: 'Legg enten til en A/AAAA-oppføring med {{ip}} for {{ptr}} (i DNS for det domenet), eller be eieren av adressen endre PTR-oppføringen til et navn som peker på {{ip}}.',
    },
    'rdns.ptr.dynamic': {
      title: 'Det omvendte navnet for {{ip}} ser ut som et privatkundebasseng',
      explanation:
        'PTR-navnet {{ptr}} ser ut som et automatisk generert navn for en hjemmetilkobling eller dynamisk tilkobling (treff: {{patterns}}). Spamfiltre og blokkeringslister som Spamhaus PBL behandler e-post fra slike navn som om den kom fra en sluttbrukertilkobling, ikke en e-postserver, og avviser den ofte.',
      fix: 'Be leverandøren om en egen PTR-oppføring med e-postserverens navn (f.eks. mail.deres-domene), eller send via leverandørens eller en annen e-postrelé (smarthost) i stedet for direkte fra denne tilkoblingen.',
    },
    'helo.ok': {
      title: 'HELO-navnet {{helo}} peker på den sendende IP-adressen',
      explanation: 'Serveren presenterer seg som {{helo}}, som peker på {{addresses}}, blant dem {{ip}}.',
    },
    'helo.mismatch': {
      title: 'HELO-navnet {{helo}} peker ikke på {{ip}}',
      explanation:
        'Serveren presenterer seg som {{helo}}, som peker på {{addresses}}, ikke på den sendende adressen {{ip}}. Noen mottakere ser på dette som mistenkelig, og en SPF-kontroll av HELO-navnet feiler.',
      fix: 'Sett e-postserverens HELO/EHLO-navn til dens eget vertsnavn med en A/AAAA-oppføring for {{ip}} – helst samme navn som i PTR-oppføringen.',
    },
    'helo.unresolvable': {
      title: 'HELO-navnet {{helo}} kan ikke slås opp',
      explanation:
        'Serveren presenterer seg som {{helo}}, men navnet har ingen A- eller AAAA-oppføring. RFC 5321 §4.1.1.1 krever et navn som kan slås opp; mange mottakere avviser HELO-navn som ikke kan det («Helo command rejected: Host not found»).',
      fix: 'Sett HELO/EHLO-navnet til et offentlig vertsnavn med en A/AAAA-oppføring for {{ip}}, eller publiser en slik oppføring for {{helo}}.',
    },
    'helo.bare': {
      title: 'HELO-navnet {{helo}} er ikke et fullstendig domenenavn',
      explanation:
        '{{helo}} er et kort vertsnavn uten domene. RFC 5321 krever et fullstendig domenenavn (eller en adresseliteral), og mange mottakere avviser slike hilsener med en gang («need fully-qualified hostname»).',
      fix: 'Sett serverens HELO/EHLO-navn til dens fullstendige offentlige vertsnavn, f.eks. mail.deres-domene (i Exchange: FQDN for sendekoblingen; i Postfix: myhostname).',
    },
    'helo.private-name': {
      title: 'HELO-navnet {{helo}} er et internt navn',
      explanation:
        '{{helo}} finnes bare inne i et lokalt nett (.local, .lan, localhost og lignende). Mottakerne kan ikke slå det opp, og mange avviser e-post som hilser med det, eller gir den spampoeng.',
      fix: 'Sett serverens HELO/EHLO-navn til et offentlig vertsnavn som peker på {{ip}} (i Exchange: FQDN for sendekoblingen; i Postfix: myhostname).',
    },
    'helo.ip-unbracketed': {
      title: 'HELO-navnet {{helo}} er en IP-adresse uten hakeparenteser',
      explanation:
        'En adresse kan bare erstatte HELO-navnet som en literal i hakeparenteser, f.eks. [{{helo}}] (RFC 5321 §4.1.3). En naken adresse er ugyldig, og mange mottakere avviser den.',
      fix: 'Sett serverens HELO/EHLO-navn til dens offentlige vertsnavn.',
    },
    'helo.address-literal': {
      title: 'Serveren hilser med en adresseliteral ({{helo}})',
      explanation:
        'RFC 5321 tillater en adresseliteral i stedet for et navn, men spamfiltre gir det poeng som typisk for skadevare og feilkonfigurerte servere.',
      fix: 'Sett serverens HELO/EHLO-navn til dens offentlige vertsnavn med en A/AAAA-oppføring for {{ip}}.',
    },
    'helo.invalid': {
      title: 'HELO-navnet {{helo}} er ikke et gyldig vertsnavn',
      explanation:
        '«{{helo}}» inneholder tegn eller har en form et vertsnavn ikke kan ha (bare bokstaver, sifre, bindestreker og punktum er tillatt), så mottakere kan avvise hilsenen.',
      fix: 'Sett serverens HELO/EHLO-navn til dens offentlige vertsnavn.',
    },
    'helo.ptr-differs': {
      title: 'HELO-navnet {{helo}} er et annet enn navnet i omvendt DNS',
      explanation:
        'PTR-oppføringen for {{ip}} peker på {{ptr}}, mens serveren hilser som {{helo}}. Det er lov, men noen filtre gir bedre poeng når de er like.',
      fix: 'Vurder å bruke samme navn for HELO/EHLO og for PTR-oppføringen til {{ip}}.',
    },
  },
};
