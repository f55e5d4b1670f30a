import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `mx` findings (electron/engine/checks/mx.ts). Every finding has `domain`; host
 * findings add `host`; others: `count`, `hosts`, `addresses`, `target` (CNAME chain), `preference`,
 * `outcome` (NXDOMAIN/NODATA), `pattern`.
 */
export const catalog: FindingCatalog = {
  en: {
    'mx.found': {
      title: '{{domain}} has {{count}} MX host(s)',
      explanation: 'Mail for {{domain}} goes to these hosts, lowest preference first: {{hosts}}.',
    },
    'mx.implicit': {
      title: '{{domain}} has no MX record; its own address is used',
      explanation:
        'There is no MX record for {{domain}}, so senders fall back to the domain\'s own address ({{addresses}}) as an "implicit MX" (RFC 5321 §5.1). That works, but it is unusual: many filters treat it as a sign of a domain that is not set up for mail, and it breaks as soon as the web site moves.',
      fix: 'Publish an MX record for {{domain}} that names the host that really receives its mail.',
    },
    'mx.null.mixed': {
      title: '{{domain}} mixes a "null MX" with other MX records',
      explanation:
        'A null MX (one MX record "0 .") declares that a domain accepts no mail, and RFC 7505 §3 forbids publishing it together with other MX records. Senders handle the contradiction differently: some deliver to the other hosts, others reject the mail.',
      fix: 'Remove the "0 ." MX record if {{domain}} should receive mail, or remove all other MX records if it should not.',
    },
    'mx.sender.null': {
      title: 'The sender domain {{domain}} declares it accepts no mail (null MX)',
      explanation:
        '{{domain}} publishes a null MX (RFC 7505), so nobody can deliver mail to it: bounces and replies to this sender cannot reach it, and many receivers reject mail whose sender domain cannot receive mail (RFC 7505 §4.2).',
      fix: 'If {{domain}} sends mail, replace the "0 ." MX record with MX records for the hosts that should receive its bounces and replies.',
    },
    'mx.recipient.null': {
      title: 'The recipient domain {{domain}} accepts no mail (null MX)',
      explanation:
        '{{domain}} publishes a null MX (RFC 7505): its owner declares that the domain receives no e-mail, so every message to it fails at once. The address is most likely wrong, or the domain is not used for mail.',
      fix: 'Check the recipient address with the recipient. Only the owner of {{domain}} can change this, by publishing real MX records.',
    },
    'mx.sender.none': {
      title: 'The sender domain {{domain}} cannot receive mail',
      explanation:
        '{{domain}} has neither MX records nor an address (A/AAAA), so mail to it cannot be delivered. Bounces and replies are lost, and many receivers reject mail from a sender domain that cannot receive mail ("sender address rejected: domain not found" and similar).',
      fix: 'Publish MX records for {{domain}} naming the host that should receive its mail (bounces included).',
    },
    'mx.recipient.none': {
      title: 'The recipient domain {{domain}} has no mail server',
      explanation: '{{domain}} has neither MX records nor an address (A/AAAA), so there is nowhere to deliver mail for it.',
      fix: 'Check the recipient address. If it is right, the owner of {{domain}} must publish MX records.',
    },
    'mx.sender.nxdomain': {
      title: 'The sender domain {{domain}} does not exist in DNS',
      explanation:
        'DNS says {{domain}} does not exist (NXDOMAIN). Receivers reject mail from a sender domain that does not exist, and bounces cannot be returned to it.',
      fix: 'Check the spelling of the sender domain, and that the domain is registered and its DNS zone is published.',
    },
    'mx.recipient.nxdomain': {
      title: 'The recipient domain {{domain}} does not exist in DNS',
      explanation:
        'DNS says {{domain}} does not exist (NXDOMAIN), so mail to it cannot be delivered. The address is most likely misspelled.',
      fix: 'Check the spelling of the recipient address with the recipient.',
    },
    'mx.sender.unreachable': {
      title: 'None of the MX hosts of the sender domain {{domain}} resolves',
      explanation:
        'The MX records of {{domain}} name {{hosts}}, but none of these names has an address. Bounces and replies to this sender cannot be delivered, and receivers that verify the sender domain may reject its mail.',
      fix: 'Give the MX hosts A/AAAA records, or point the MX records at hosts that exist.',
    },
    'mx.recipient.unreachable': {
      title: 'None of the MX hosts of {{domain}} resolves',
      explanation:
        'The MX records of {{domain}} name {{hosts}}, but none of these names has an address, so mail for {{domain}} cannot be delivered at all.',
      fix: 'The owner of {{domain}} must give its MX hosts A/AAAA records or correct the MX records.',
    },
    'mx.target.ip-literal': {
      title: 'The MX record of {{domain}} names an IP address: {{host}}',
      explanation:
        'An MX record must name a host, not an address (RFC 5321 §5.1, RFC 7505 §3). Senders look "{{host}}" up as a host name, find nothing, and cannot deliver through this record.',
      fix: 'Create a host name (for example mx.{{domain}}) with an A record for the address, and point the MX record at that name.',
    },
    'mx.target.cname': {
      title: 'The MX host {{host}} is an alias (CNAME)',
      explanation:
        'The MX record of {{domain}} names {{host}}, which is a CNAME ({{target}}). RFC 2181 §10.3 and RFC 5321 §5.1 forbid this. Most servers cope, but some reject or delay the mail, and TLS name checks (MTA-STS, DANE) may fail.',
      fix: 'Point the MX record at the final host name ({{target}}) instead of the alias.',
    },
    'mx.target.unresolvable': {
      title: 'The MX host {{host}} has no address',
      explanation:
        'The MX record of {{domain}} with preference {{preference}} names {{host}}, but that name has no A or AAAA record ({{outcome}}). Senders skip this host; if it is the only one, mail cannot be delivered.',
      fix: 'Add an A (and AAAA) record for {{host}}, or remove or correct the MX record.',
    },
    'mx.target.private-address': {
      title: 'The MX host {{host}} resolves to a private address',
      explanation:
        '{{host}} (an MX host of {{domain}}) has the address(es) {{addresses}}, which are loopback, private or link-local addresses that nobody on the Internet can reach. Senders outside the local network cannot deliver through it.',
      fix: 'Publish the public address of the mail server for {{host}} in the public DNS (keep internal addresses in an internal zone).',
    },
    'mx.pattern.match': {
      title: 'The MX hosts of {{domain}} belong to the expected provider',
      explanation: "Every MX host of {{domain}} matches the provider profile's pattern {{pattern}}.",
    },
    'mx.pattern.mismatch': {
      title: 'The MX hosts of {{domain}} do not match the expected provider',
      explanation:
        'The provider profile expects MX hosts matching {{pattern}}, but {{hosts}} do not. Either the domain does not use that provider for incoming mail (mail goes elsewhere, e.g. a filtering service in front), or the move to the provider is not finished.',
      fix: "Check which service really receives mail for {{domain}}. If it should be the provider, its MX records must be changed to the provider's hosts.",
    },
  },
  sv: {
    'mx.found': {
      title: '{{domain}} har {{count}} MX-värd(ar)',
      explanation: 'E-post till {{domain}} går till de här värdarna, lägst prioritetsvärde först: {{hosts}}.',
    },
    'mx.implicit': {
      title: '{{domain}} saknar MX-post; domänens egen adress används',
      explanation:
        'Det finns ingen MX-post för {{domain}}, så avsändare faller tillbaka på domänens egen adress ({{addresses}}) som en "implicit MX" (RFC 5321 §5.1). Det fungerar, men är ovanligt: många filter ser det som ett tecken på att domänen inte är uppsatt för e-post, och det slutar fungera så fort webbplatsen flyttar.',
      fix: 'Publicera en MX-post för {{domain}} som pekar på den server som faktiskt tar emot domänens e-post.',
    },
    'mx.null.mixed': {
      title: '{{domain}} blandar en "null MX" med andra MX-poster',
      explanation:
        'En null MX (en MX-post "0 .") talar om att domänen inte tar emot e-post, och RFC 7505 §3 förbjuder att den publiceras tillsammans med andra MX-poster. Avsändare hanterar motsägelsen olika: vissa levererar till de andra värdarna, andra avvisar e-posten.',
      fix: 'Ta bort MX-posten "0 ." om {{domain}} ska ta emot e-post, eller ta bort alla andra MX-poster om den inte ska det.',
    },
    'mx.sender.null': {
      title: 'Avsändardomänen {{domain}} uppger att den inte tar emot e-post (null MX)',
      explanation:
        '{{domain}} publicerar en null MX (RFC 7505), så ingen kan leverera e-post till den: studsar och svar till avsändaren når inte fram, och många mottagare avvisar e-post vars avsändardomän inte kan ta emot e-post (RFC 7505 §4.2).',
      fix: 'Om {{domain}} skickar e-post, ersätt MX-posten "0 ." med MX-poster för de servrar som ska ta emot studsar och svar.',
    },
    'mx.recipient.null': {
      title: 'Mottagardomänen {{domain}} tar inte emot e-post (null MX)',
      explanation:
        '{{domain}} publicerar en null MX (RFC 7505): ägaren anger att domänen inte tar emot e-post, så varje meddelande dit misslyckas direkt. Troligen är adressen fel, eller så används domänen inte för e-post.',
      fix: 'Stäm av mottagaradressen med mottagaren. Bara ägaren av {{domain}} kan ändra detta, genom att publicera riktiga MX-poster.',
    },
    'mx.sender.none': {
      title: 'Avsändardomänen {{domain}} kan inte ta emot e-post',
      explanation:
        '{{domain}} har varken MX-poster eller någon adress (A/AAAA), så e-post dit kan inte levereras. Studsar och svar går förlorade, och många mottagare avvisar e-post från en avsändardomän som inte kan ta emot e-post ("sender address rejected: domain not found" och liknande).',
      fix: 'Publicera MX-poster för {{domain}} som pekar på den server som ska ta emot domänens e-post, studsar inräknade.',
    },
    'mx.recipient.none': {
      title: 'Mottagardomänen {{domain}} har ingen e-postserver',
      explanation: '{{domain}} har varken MX-poster eller någon adress (A/AAAA), så det finns ingenstans att leverera e-post till den.',
      fix: 'Kontrollera mottagaradressen. Stämmer den måste ägaren av {{domain}} publicera MX-poster.',
    },
    'mx.sender.nxdomain': {
      title: 'Avsändardomänen {{domain}} finns inte i DNS',
      explanation:
        'Enligt DNS finns inte {{domain}} (NXDOMAIN). Mottagare avvisar e-post från en avsändardomän som inte finns, och studsar kan inte skickas tillbaka.',
      fix: 'Kontrollera stavningen av avsändardomänen och att domänen är registrerad och att dess DNS-zon är publicerad.',
    },
    'mx.recipient.nxdomain': {
      title: 'Mottagardomänen {{domain}} finns inte i DNS',
      explanation: 'Enligt DNS finns inte {{domain}} (NXDOMAIN), så e-post dit kan inte levereras. Troligen är adressen felstavad.',
      fix: 'Stäm av stavningen av mottagaradressen med mottagaren.',
    },
    'mx.sender.unreachable': {
      title: 'Ingen av MX-värdarna för avsändardomänen {{domain}} går att slå upp',
      explanation:
        'MX-posterna för {{domain}} pekar på {{hosts}}, men inget av namnen har någon adress. Studsar och svar till avsändaren kan inte levereras, och mottagare som kontrollerar avsändardomänen kan avvisa dess e-post.',
      fix: 'Ge MX-värdarna A/AAAA-poster, eller låt MX-posterna peka på värdar som finns.',
    },
    'mx.recipient.unreachable': {
      title: 'Ingen av MX-värdarna för {{domain}} går att slå upp',
      explanation:
        'MX-posterna för {{domain}} pekar på {{hosts}}, men inget av namnen har någon adress, så e-post till {{domain}} kan inte levereras alls.',
      fix: 'Ägaren av {{domain}} måste ge MX-värdarna A/AAAA-poster eller rätta MX-posterna.',
    },
    'mx.target.ip-literal': {
      title: 'MX-posten för {{domain}} pekar på en IP-adress: {{host}}',
      explanation:
        'En MX-post ska peka på ett värdnamn, inte en adress (RFC 5321 §5.1, RFC 7505 §3). Avsändare slår upp "{{host}}" som ett värdnamn, hittar ingenting och kan inte leverera via den här posten.',
      fix: 'Skapa ett värdnamn (till exempel mx.{{domain}}) med en A-post för adressen och låt MX-posten peka på det namnet.',
    },
    'mx.target.cname': {
      title: 'MX-värden {{host}} är ett alias (CNAME)',
      explanation:
        'MX-posten för {{domain}} pekar på {{host}}, som är en CNAME ({{target}}). RFC 2181 §10.3 och RFC 5321 §5.1 förbjuder det. De flesta servrar klarar det, men vissa avvisar eller fördröjer e-posten, och namnkontroller för TLS (MTA-STS, DANE) kan misslyckas.',
      fix: 'Låt MX-posten peka på det slutliga värdnamnet ({{target}}) i stället för aliaset.',
    },
    'mx.target.unresolvable': {
      title: 'MX-värden {{host}} har ingen adress',
      explanation:
        'MX-posten för {{domain}} med prioritet {{preference}} pekar på {{host}}, men namnet har ingen A- eller AAAA-post ({{outcome}}). Avsändare hoppar över värden; är den den enda kan e-posten inte levereras.',
      fix: 'Lägg till en A-post (och AAAA-post) för {{host}}, eller ta bort eller rätta MX-posten.',
    },
    'mx.target.private-address': {
      title: 'MX-värden {{host}} pekar på en privat adress',
      explanation:
        '{{host}} (en MX-värd för {{domain}}) har adressen/adresserna {{addresses}}, som är loopback-, privata eller länklokala adresser som ingen på internet kan nå. Avsändare utanför det lokala nätet kan inte leverera via den.',
      fix: 'Publicera e-postserverns publika adress för {{host}} i den publika DNS:en (håll interna adresser i en intern zon).',
    },
    'mx.pattern.match': {
      title: 'MX-värdarna för {{domain}} hör till den förväntade leverantören',
      explanation: 'Alla MX-värdar för {{domain}} matchar leverantörsprofilens mönster {{pattern}}.',
    },
    'mx.pattern.mismatch': {
      title: 'MX-värdarna för {{domain}} stämmer inte med den förväntade leverantören',
      explanation:
        'Leverantörsprofilen förväntar sig MX-värdar som matchar {{pattern}}, men {{hosts}} gör det inte. Antingen använder domänen inte den leverantören för inkommande e-post (e-posten går någon annanstans, till exempel via en filtertjänst), eller så är flytten till leverantören inte klar.',
      fix: 'Ta reda på vilken tjänst som faktiskt tar emot e-post för {{domain}}. Ska det vara leverantören måste MX-posterna ändras till leverantörens värdar.',
    },
  },
  nb: {
    'mx.found': {
      title: '{{domain}} har {{count}} MX-vert(er)',
      explanation: 'E-post til {{domain}} går til disse vertene, laveste prioritetsverdi først: {{hosts}}.',
    },
    'mx.implicit': {
      title: '{{domain}} mangler MX-oppføring; domenets egen adresse brukes',
      explanation:
        'Det finnes ingen MX-oppføring for {{domain}}, så avsendere faller tilbake på domenets egen adresse ({{addresses}}) som en «implisitt MX» (RFC 5321 §5.1). Det fungerer, men er uvanlig: mange filtre ser det som tegn på at domenet ikke er satt opp for e-post, og det slutter å virke så snart nettstedet flytter.',
      fix: 'Publiser en MX-oppføring for {{domain}} som peker på serveren som faktisk tar imot e-posten til domenet.',
    },
    'mx.null.mixed': {
      title: '{{domain}} blander en «null MX» med andre MX-oppføringer',
      explanation:
        'En null MX (én MX-oppføring «0 .») sier at domenet ikke tar imot e-post, og RFC 7505 §3 forbyr å publisere den sammen med andre MX-oppføringer. Avsendere håndterer motsigelsen ulikt: noen leverer til de andre vertene, andre avviser e-posten.',
      fix: 'Fjern MX-oppføringen «0 .» hvis {{domain}} skal ta imot e-post, eller fjern alle andre MX-oppføringer hvis det ikke skal det.',
    },
    'mx.sender.null': {
      title: 'Avsenderdomenet {{domain}} oppgir at det ikke tar imot e-post (null MX)',
      explanation:
        '{{domain}} publiserer en null MX (RFC 7505), så ingen kan levere e-post dit: returmeldinger og svar til avsenderen kommer ikke fram, og mange mottakere avviser e-post når avsenderdomenet ikke kan ta imot e-post (RFC 7505 §4.2).',
      fix: 'Hvis {{domain}} sender e-post, erstatt MX-oppføringen «0 .» med MX-oppføringer for serverne som skal ta imot returmeldinger og svar.',
    },
    'mx.recipient.null': {
      title: 'Mottakerdomenet {{domain}} tar ikke imot e-post (null MX)',
      explanation:
        '{{domain}} publiserer en null MX (RFC 7505): eieren oppgir at domenet ikke tar imot e-post, så alle meldinger dit feiler med en gang. Trolig er adressen feil, eller domenet brukes ikke til e-post.',
      fix: 'Sjekk mottakeradressen med mottakeren. Bare eieren av {{domain}} kan endre dette, ved å publisere ordentlige MX-oppføringer.',
    },
    'mx.sender.none': {
      title: 'Avsenderdomenet {{domain}} kan ikke ta imot e-post',
      explanation:
        '{{domain}} har verken MX-oppføringer eller noen adresse (A/AAAA), så e-post dit kan ikke leveres. Returmeldinger og svar går tapt, og mange mottakere avviser e-post fra et avsenderdomene som ikke kan ta imot e-post («sender address rejected: domain not found» og lignende).',
      fix: 'Publiser MX-oppføringer for {{domain}} som peker på serveren som skal ta imot e-posten til domenet, returmeldinger medregnet.',
    },
    'mx.recipient.none': {
      title: 'Mottakerdomenet {{domain}} har ingen e-postserver',
      explanation:
        '{{domain}} har verken MX-oppføringer eller noen adresse (A/AAAA), så det finnes ikke noe sted å levere e-post til domenet.',
      fix: 'Sjekk mottakeradressen. Er den riktig, må eieren av {{domain}} publisere MX-oppføringer.',
    },
    'mx.sender.nxdomain': {
      title: 'Avsenderdomenet {{domain}} finnes ikke i DNS',
      explanation:
        'Ifølge DNS finnes ikke {{domain}} (NXDOMAIN). Mottakere avviser e-post fra et avsenderdomene som ikke finnes, og returmeldinger kan ikke sendes tilbake.',
      fix: 'Sjekk stavemåten av avsenderdomenet, og at domenet er registrert og DNS-sonen publisert.',
    },
    'mx.recipient.nxdomain': {
      title: 'Mottakerdomenet {{domain}} finnes ikke i DNS',
      explanation: 'Ifølge DNS finnes ikke {{domain}} (NXDOMAIN), så e-post dit kan ikke leveres. Trolig er adressen feilstavet.',
      fix: 'Sjekk stavemåten av mottakeradressen med mottakeren.',
    },
    'mx.sender.unreachable': {
      title: 'Ingen av MX-vertene til avsenderdomenet {{domain}} kan slås opp',
      explanation:
        'MX-oppføringene for {{domain}} peker på {{hosts}}, men ingen av navnene har noen adresse. Returmeldinger og svar til avsenderen kan ikke leveres, og mottakere som kontrollerer avsenderdomenet kan avvise e-posten.',
      fix: 'Gi MX-vertene A/AAAA-oppføringer, eller la MX-oppføringene peke på verter som finnes.',
    },
    'mx.recipient.unreachable': {
      title: 'Ingen av MX-vertene for {{domain}} kan slås opp',
      explanation:
        'MX-oppføringene for {{domain}} peker på {{hosts}}, men ingen av navnene har noen adresse, så e-post til {{domain}} kan ikke leveres i det hele tatt.',
      fix: 'Eieren av {{domain}} må gi MX-vertene A/AAAA-oppføringer eller rette MX-oppføringene.',
    },
    'mx.target.ip-literal': {
      title: 'MX-oppføringen for {{domain}} peker på en IP-adresse: {{host}}',
      explanation:
        'En MX-oppføring skal peke på et vertsnavn, ikke en adresse (RFC 5321 §5.1, RFC 7505 §3). Avsendere slår opp «{{host}}» som et vertsnavn, finner ingenting og kan ikke levere via denne oppføringen.',
      fix: 'Opprett et vertsnavn (for eksempel mx.{{domain}}) med en A-oppføring for adressen, og la MX-oppføringen peke på det navnet.',
    },
    'mx.target.cname': {
      title: 'MX-verten {{host}} er et alias (CNAME)',
      explanation:
        'MX-oppføringen for {{domain}} peker på {{host}}, som er en CNAME ({{target}}). RFC 2181 §10.3 og RFC 5321 §5.1 forbyr dette. De fleste servere takler det, men noen avviser eller forsinker e-posten, og navnesjekker for TLS (MTA-STS, DANE) kan feile.',
      fix: 'La MX-oppføringen peke på det endelige vertsnavnet ({{target}}) i stedet for aliaset.',
    },
    'mx.target.unresolvable': {
      title: 'MX-verten {{host}} har ingen adresse',
      explanation:
        'MX-oppføringen for {{domain}} med prioritet {{preference}} peker på {{host}}, men navnet har ingen A- eller AAAA-oppføring ({{outcome}}). Avsendere hopper over verten; er den den eneste, kan e-posten ikke leveres.',
      fix: 'Legg til en A-oppføring (og AAAA-oppføring) for {{host}}, eller fjern eller rett MX-oppføringen.',
    },
    'mx.target.private-address': {
      title: 'MX-verten {{host}} peker på en privat adresse',
      explanation:
        '{{host}} (en MX-vert for {{domain}}) har adressen(e) {{addresses}}, som er loopback-, private eller lenkelokale adresser som ingen på internett kan nå. Avsendere utenfor det lokale nettet kan ikke levere via den.',
      fix: 'Publiser e-postserverens offentlige adresse for {{host}} i offentlig DNS (hold interne adresser i en intern sone).',
    },
    'mx.pattern.match': {
      title: 'MX-vertene for {{domain}} hører til den forventede leverandøren',
      explanation: 'Alle MX-vertene for {{domain}} samsvarer med leverandørprofilens mønster {{pattern}}.',
    },
    'mx.pattern.mismatch': {
      title: 'MX-vertene for {{domain}} stemmer ikke med den forventede leverandøren',
      explanation:
        'Leverandørprofilen forventer MX-verter som samsvarer med {{pattern}}, men {{hosts}} gjør ikke det. Enten bruker ikke domenet den leverandøren for innkommende e-post (e-posten går et annet sted, for eksempel via en filtertjeneste), eller så er flyttingen til leverandøren ikke fullført.',
      fix: 'Finn ut hvilken tjeneste som faktisk tar imot e-post for {{domain}}. Skal det være leverandøren, må MX-oppføringene endres til leverandørens verter.',
    },
  },
};
