import type { FindingCatalog } from '../index.ts';

/** Texts of the `spf` findings (RFC 7208 evaluation results and record lint). */
export const catalog: FindingCatalog = {
  en: {
    'spf.result.pass': {
      title: 'SPF pass: {{domain}} authorizes {{ip}}',
      explanation:
        'The SPF record of {{domain}} lists {{ip}} as an allowed sender (decided by {{matched}}). Receivers that check SPF accept the envelope sender for mail from this address.',
    },
    'spf.result.fail': {
      title: 'SPF fail: {{domain}} does not authorize {{ip}}',
      explanation:
        'The SPF record of {{domain}} says that {{ip}} must not send mail in its name (decided by {{matched}}). Many receivers reject such mail or file it as spam, and DMARC cannot pass through SPF.',
      fix: 'If {{ip}} is a legitimate sender (your own server or a service that sends for you), add it to the SPF record of {{domain}}: an ip4:/ip6: entry or the include: the service documents.',
    },
    'spf.result.softfail': {
      title: 'SPF softfail: {{domain}} probably does not authorize {{ip}}',
      explanation:
        'The SPF record of {{domain}} does not list {{ip}} and ends in a soft "not allowed" (decided by {{matched}}). Receivers usually accept the message but count it against it, which often means the spam folder.',
      fix: "If {{ip}} sends legitimate mail for {{domain}}, add it to the SPF record (ip4:/ip6: or the service's include:).",
    },
    'spf.result.neutral': {
      title: 'SPF neutral: {{domain}} says nothing about {{ip}}',
      explanation:
        'The SPF record of {{domain}} neither allows nor forbids {{ip}} (decided by {{matched}}). Receivers treat this like having no SPF, so SPF cannot help the message through, and DMARC cannot pass through SPF.',
      fix: 'List every server that sends for {{domain}} in its SPF record and end the record with ~all or -all.',
    },
    'spf.result.none': {
      title: 'No SPF result for {{domain}}',
      explanation:
        'Receivers find no SPF policy to evaluate for {{domain}}, so they cannot tell whether {{ip}} may send for it. Large mailbox providers expect SPF or DKIM to pass and often reject or junk mail that has neither.',
      fix: 'Publish one TXT record at {{domain}} starting with v=spf1 that lists the servers sending for the domain.',
    },
    'spf.result.permerror': {
      title: 'SPF permerror: the SPF record of {{domain}} is broken',
      explanation:
        'A receiver checking {{ip}} cannot evaluate the SPF record of {{domain}} ({{reason}}). Most receivers treat this like a failure, and DMARC cannot pass through SPF.',
      fix: 'Correct the record as described in the finding that accompanies this one, then check again.',
    },
    'spf.result.temperror': {
      title: 'SPF temperror: DNS did not answer for {{domain}}',
      explanation:
        'The SPF check of {{ip}} for {{domain}} stopped on a temporary DNS failure ({{reason}}). Receivers usually defer the message and try again later; if the failure persists the mail is delayed and finally bounced.',
      fix: 'Make sure the name servers of the domains involved answer reliably (no SERVFAIL or time-outs), then check again.',
    },
    'spf.record.missing': {
      title: '{{domain}} has no SPF record',
      explanation: 'No TXT record of {{domain}} starts with v=spf1, so receivers cannot tell which servers may send mail for the domain.',
      fix: 'Publish one TXT record at {{domain}}, for example "v=spf1 mx include:<your provider> -all", listing every server that sends for the domain.',
    },
    'spf.record.multiple': {
      title: '{{domain}} has {{count}} SPF records',
      explanation:
        'RFC 7208 allows exactly one v=spf1 record per domain. With {{count}} of them every receiver returns permerror, whatever the records say.',
      fix: 'Merge the records into a single TXT record starting with v=spf1 and delete the others.',
    },
    'spf.syntax': {
      title: 'The SPF record of {{domain}} has a syntax error',
      explanation: 'A receiver stops at the first syntax error and returns permerror for every sender: {{detail}}.',
      fix: 'Correct the term named above in the TXT record of {{domain}}; an SPF record checker shows the fixed record before you publish it.',
    },
    'spf.ptr': {
      title: 'The SPF record of {{domain}} uses the ptr mechanism',
      explanation:
        'RFC 7208 says "{{term}}" should not be used: it is slow, costs extra DNS lookups, depends on reverse DNS that the sending IP\'s owner controls, and some receivers ignore it.',
      fix: 'Replace {{term}} with ip4:/ip6: entries or a:/mx: for the servers it was meant to cover.',
    },
    'spf.all.pass': {
      title: 'The SPF record of {{domain}} allows every server on the internet',
      explanation:
        '"{{term}}" makes SPF pass for any sending IP, so SPF gives no protection against forged mail from {{domain}}, and some receivers treat the record as suspicious.',
      fix: 'List the real sending servers and end the record with ~all or -all instead of {{term}}.',
    },
    'spf.all.neutral': {
      title: 'The SPF record of {{domain}} ends in a neutral ?all',
      explanation:
        '"{{term}}" tells receivers to ignore SPF for servers that are not listed, so forged mail from {{domain}} is not flagged, and listed servers gain little.',
      fix: 'When every legitimate sender is listed, change {{term}} to ~all (or -all).',
    },
    'spf.all.missing': {
      title: 'The SPF record of {{domain}} has no all mechanism',
      explanation: 'Without an all mechanism (or redirect=) an unlisted server gets neutral, which tells receivers nothing.',
      fix: 'End the record with ~all or -all once every legitimate sender is listed.',
    },
    'spf.include.no-record': {
      title: 'The SPF record of {{domain}} includes {{target}}, which has no SPF record',
      explanation:
        'An include: of a domain without an SPF record is a permanent error (RFC 7208 §5.2): receivers return permerror for every message that reaches this include.',
      fix: "Correct or remove include:{{target}} in the SPF record of {{domain}}; check the provider's documentation for the right name.",
    },
    'spf.redirect.no-record': {
      title: 'The SPF record of {{domain}} redirects to {{target}}, which has no SPF record',
      explanation:
        'A redirect= to a domain without an SPF record is a permanent error (RFC 7208 §6.1): receivers return permerror whenever the redirect is followed.',
      fix: 'Point redirect= at a domain that publishes an SPF record, or replace it with the mechanisms you need.',
    },
    'spf.lookups.near-limit': {
      title: 'The SPF record of {{domain}} uses {{lookups}} of {{limit}} DNS lookups',
      explanation:
        'Receivers allow at most {{limit}} include, a, mx, ptr, exists and redirect terms per check, nested includes counted. The record is close to that limit; one more include from a provider can break SPF for all mail.',
      fix: 'Replace includes and a/mx terms that rarely change with ip4:/ip6: entries, or drop services that no longer send for the domain.',
    },
    'spf.lookups.over-limit': {
      title: 'The SPF record of {{domain}} needs more than {{limit}} DNS lookups',
      explanation:
        'Receivers stop after {{limit}} include, a, mx, ptr, exists and redirect terms and return permerror ({{detail}}). Every sender that is not matched before the limit fails SPF.',
      fix: 'Cut the number of DNS-querying terms: replace includes and a/mx terms with ip4:/ip6: entries where possible and remove services that no longer send for the domain.',
    },
    'spf.void.over-limit': {
      title: 'The SPF record of {{domain}} points at names that do not exist',
      explanation:
        'More than {{limit}} of its lookups returned no data or a non-existent name ({{detail}}); RFC 7208 makes receivers return permerror then.',
      fix: 'Remove or correct the terms that point at names without records.',
    },
    'spf.mx.too-many': {
      title: 'An mx term in the SPF record of {{domain}} has too many MX names',
      explanation: 'RFC 7208 lets the mx mechanism look at no more than 10 MX names and makes more a permanent error ({{detail}}).',
      fix: 'Replace the mx term with ip4:/ip6: entries or with a:/include: terms that cover the servers.',
    },
    'spf.string.split': {
      title: 'The SPF record of {{domain}} is split badly into TXT strings',
      explanation:
        'A TXT record longer than 255 characters is stored as several strings, which receivers join without adding spaces. {{detail}}',
      fix: 'Split the record so that a space ends one string or starts the next wherever two terms meet, with no string longer than 255 characters.',
    },
    'spf.rrtype.deprecated': {
      title: '{{domain}} publishes an obsolete SPF (type 99) record',
      explanation:
        'RFC 7208 removed the SPF record type; receivers read only the TXT record. The type-99 record is ignored and can drift out of step with the TXT record.',
      fix: 'Delete the type-99 SPF record and keep the policy in one TXT record.',
    },
    'spf.domain.invalid': {
      title: '"{{domain}}" is not a domain SPF can check',
      explanation:
        'SPF checks a fully qualified domain name (RFC 7208 §4.3). "{{domain}}" is malformed, a single label or an address literal, so the result is none.',
      fix: 'Check the MAIL FROM address and the HELO name the server uses: both should be real, fully qualified domain names.',
    },
    'spf.input.ip-invalid': {
      title: '"{{ip}}" is not an IP address',
      explanation: 'SPF is checked for the IPv4 or IPv6 address of the sending server; "{{ip}}" is neither, so nothing was evaluated.',
      fix: "Enter the sending server's public IP address, for example from the Received header the receiver added.",
    },
  },
  sv: {
    'spf.result.pass': {
      title: 'SPF pass: {{domain}} godkänner {{ip}}',
      explanation:
        'SPF-posten för {{domain}} anger {{ip}} som tillåten avsändare (avgjordes av {{matched}}). Mottagare som kontrollerar SPF godtar kuvertavsändaren för e-post från den adressen.',
    },
    'spf.result.fail': {
      title: 'SPF fail: {{domain}} godkänner inte {{ip}}',
      explanation:
        'SPF-posten för {{domain}} säger att {{ip}} inte får skicka e-post i domänens namn (avgjordes av {{matched}}). Många mottagare avvisar sådan e-post eller lägger den som skräppost, och DMARC kan inte godkännas via SPF.',
      fix: 'Om {{ip}} är en legitim avsändare (er egen server eller en tjänst som skickar åt er), lägg till den i SPF-posten för {{domain}}: en ip4:/ip6:-post eller den include: som tjänsten anger.',
    },
    'spf.result.softfail': {
      title: 'SPF softfail: {{domain}} godkänner troligen inte {{ip}}',
      explanation:
        'SPF-posten för {{domain}} listar inte {{ip}} och slutar med ett mjukt "inte tillåten" (avgjordes av {{matched}}). Mottagare tar oftast emot meddelandet men räknar det emot det, vilket ofta betyder skräppostmappen.',
      fix: 'Om {{ip}} skickar legitim e-post för {{domain}}, lägg till den i SPF-posten (ip4:/ip6: eller tjänstens include:).',
    },
    'spf.result.neutral': {
      title: 'SPF neutral: {{domain}} säger ingenting om {{ip}}',
      explanation:
        'SPF-posten för {{domain}} varken tillåter eller förbjuder {{ip}} (avgjordes av {{matched}}). Mottagare behandlar det som om SPF saknades, så SPF hjälper inte meddelandet fram och DMARC kan inte godkännas via SPF.',
      fix: 'Lista alla servrar som skickar för {{domain}} i SPF-posten och avsluta posten med ~all eller -all.',
    },
    'spf.result.none': {
      title: 'Inget SPF-resultat för {{domain}}',
      explanation:
        'Mottagarna hittar ingen SPF-policy att utvärdera för {{domain}} och kan därför inte avgöra om {{ip}} får skicka för domänen. Stora e-postleverantörer kräver att SPF eller DKIM godkänns och avvisar eller sorterar ofta bort e-post som saknar båda.',
      fix: 'Publicera en TXT-post på {{domain}} som börjar med v=spf1 och listar de servrar som skickar för domänen.',
    },
    'spf.result.permerror': {
      title: 'SPF permerror: SPF-posten för {{domain}} är trasig',
      explanation:
        'En mottagare som kontrollerar {{ip}} kan inte utvärdera SPF-posten för {{domain}} ({{reason}}). De flesta mottagare behandlar det som ett underkännande, och DMARC kan inte godkännas via SPF.',
      fix: 'Rätta posten enligt det fynd som följer med det här och kontrollera sedan igen.',
    },
    'spf.result.temperror': {
      title: 'SPF temperror: DNS svarade inte för {{domain}}',
      explanation:
        'SPF-kontrollen av {{ip}} för {{domain}} stoppades av ett tillfälligt DNS-fel ({{reason}}). Mottagare skjuter oftast upp meddelandet och försöker igen senare; om felet består blir e-posten försenad och till slut studsad.',
      fix: 'Se till att namnservrarna för de inblandade domänerna svarar stabilt (inga SERVFAIL eller tidsgränser), och kontrollera sedan igen.',
    },
    'spf.record.missing': {
      title: '{{domain}} saknar SPF-post',
      explanation:
        'Ingen TXT-post för {{domain}} börjar med v=spf1, så mottagarna kan inte avgöra vilka servrar som får skicka e-post för domänen.',
      fix: 'Publicera en TXT-post på {{domain}}, till exempel "v=spf1 mx include:<er leverantör> -all", som listar alla servrar som skickar för domänen.',
    },
    'spf.record.multiple': {
      title: '{{domain}} har {{count}} SPF-poster',
      explanation:
        'RFC 7208 tillåter exakt en v=spf1-post per domän. Med {{count}} stycken returnerar varje mottagare permerror, oavsett vad posterna säger.',
      fix: 'Slå ihop posterna till en enda TXT-post som börjar med v=spf1 och ta bort de övriga.',
    },
    'spf.syntax': {
      title: 'SPF-posten för {{domain}} har ett syntaxfel',
      explanation: 'En mottagare stannar vid första syntaxfelet och returnerar permerror för alla avsändare: {{detail}}.',
      fix: 'Rätta den angivna termen i TXT-posten för {{domain}}; en SPF-kontroll visar den rättade posten innan ni publicerar den.',
    },
    'spf.ptr': {
      title: 'SPF-posten för {{domain}} använder mekanismen ptr',
      explanation:
        'Enligt RFC 7208 bör "{{term}}" inte användas: den är långsam, kostar extra DNS-uppslag, bygger på omvänd DNS som ägaren av den sändande IP-adressen styr, och vissa mottagare struntar i den.',
      fix: 'Ersätt {{term}} med ip4:/ip6:-poster eller a:/mx: för de servrar den var tänkt att täcka.',
    },
    'spf.all.pass': {
      title: 'SPF-posten för {{domain}} godkänner alla servrar på internet',
      explanation:
        '"{{term}}" gör att SPF godkänns för vilken IP-adress som helst, så SPF ger inget skydd mot förfalskad e-post från {{domain}}, och vissa mottagare ser posten som misstänkt.',
      fix: 'Lista de verkliga avsändarservrarna och avsluta posten med ~all eller -all i stället för {{term}}.',
    },
    'spf.all.neutral': {
      title: 'SPF-posten för {{domain}} slutar med ett neutralt ?all',
      explanation:
        '"{{term}}" säger åt mottagarna att bortse från SPF för servrar som inte är listade, så förfalskad e-post från {{domain}} flaggas inte och de listade servrarna vinner lite.',
      fix: 'När alla legitima avsändare är listade, ändra {{term}} till ~all (eller -all).',
    },
    'spf.all.missing': {
      title: 'SPF-posten för {{domain}} saknar mekanismen all',
      explanation: 'Utan en all-mekanism (eller redirect=) får en olistad server resultatet neutral, vilket inte säger mottagarna något.',
      fix: 'Avsluta posten med ~all eller -all när alla legitima avsändare är listade.',
    },
    'spf.include.no-record': {
      title: 'SPF-posten för {{domain}} inkluderar {{target}}, som saknar SPF-post',
      explanation:
        'En include: av en domän utan SPF-post är ett permanent fel (RFC 7208 §5.2): mottagarna returnerar permerror för varje meddelande som når denna include.',
      fix: 'Rätta eller ta bort include:{{target}} i SPF-posten för {{domain}}; kontrollera rätt namn i leverantörens dokumentation.',
    },
    'spf.redirect.no-record': {
      title: 'SPF-posten för {{domain}} omdirigerar till {{target}}, som saknar SPF-post',
      explanation:
        'En redirect= till en domän utan SPF-post är ett permanent fel (RFC 7208 §6.1): mottagarna returnerar permerror när omdirigeringen följs.',
      fix: 'Låt redirect= peka på en domän som publicerar en SPF-post, eller ersätt den med de mekanismer ni behöver.',
    },
    'spf.lookups.near-limit': {
      title: 'SPF-posten för {{domain}} använder {{lookups}} av {{limit}} DNS-uppslag',
      explanation:
        'Mottagare tillåter högst {{limit}} termer av typen include, a, mx, ptr, exists och redirect per kontroll, inklusive nästlade include. Posten ligger nära gränsen; en include till från en leverantör kan få SPF att fallera för all e-post.',
      fix: 'Ersätt include och a/mx-termer som sällan ändras med ip4:/ip6:-poster, eller ta bort tjänster som inte längre skickar för domänen.',
    },
    'spf.lookups.over-limit': {
      title: 'SPF-posten för {{domain}} kräver fler än {{limit}} DNS-uppslag',
      explanation:
        'Mottagare slutar efter {{limit}} termer av typen include, a, mx, ptr, exists och redirect och returnerar permerror ({{detail}}). Varje avsändare som inte matchats före gränsen underkänns i SPF.',
      fix: 'Minska antalet termer som kräver DNS-uppslag: ersätt include och a/mx-termer med ip4:/ip6:-poster där det går och ta bort tjänster som inte längre skickar för domänen.',
    },
    'spf.void.over-limit': {
      title: 'SPF-posten för {{domain}} pekar på namn som inte finns',
      explanation:
        'Fler än {{limit}} av dess uppslag gav inga data eller ett namn som inte finns ({{detail}}); då kräver RFC 7208 att mottagarna returnerar permerror.',
      fix: 'Ta bort eller rätta de termer som pekar på namn utan poster.',
    },
    'spf.mx.too-many': {
      title: 'En mx-term i SPF-posten för {{domain}} har för många MX-namn',
      explanation: 'RFC 7208 låter mx-mekanismen titta på högst 10 MX-namn och gör fler till ett permanent fel ({{detail}}).',
      fix: 'Ersätt mx-termen med ip4:/ip6:-poster eller med a:/include:-termer som täcker servrarna.',
    },
    'spf.string.split': {
      title: 'SPF-posten för {{domain}} är felaktigt uppdelad i TXT-strängar',
      explanation: 'En TXT-post längre än 255 tecken lagras som flera strängar, som mottagarna sätter ihop utan mellanslag. {{detail}}',
      fix: 'Dela posten så att ett mellanslag avslutar en sträng eller inleder nästa där två termer möts, och så att ingen sträng är längre än 255 tecken.',
    },
    'spf.rrtype.deprecated': {
      title: '{{domain}} publicerar en föråldrad SPF-post (typ 99)',
      explanation:
        'RFC 7208 tog bort posttypen SPF; mottagarna läser bara TXT-posten. Typ 99-posten ignoreras och kan glida isär från TXT-posten.',
      fix: 'Ta bort SPF-posten av typ 99 och behåll policyn i en enda TXT-post.',
    },
    'spf.domain.invalid': {
      title: '"{{domain}}" är ingen domän som SPF kan kontrollera',
      explanation:
        'SPF kontrollerar ett fullständigt domännamn (RFC 7208 §4.3). "{{domain}}" är felformaterat, består av en enda etikett eller är en adresslitteral, så resultatet blir none.',
      fix: 'Kontrollera MAIL FROM-adressen och HELO-namnet som servern använder: båda ska vara riktiga, fullständiga domännamn.',
    },
    'spf.input.ip-invalid': {
      title: '"{{ip}}" är ingen IP-adress',
      explanation: 'SPF kontrolleras för den sändande serverns IPv4- eller IPv6-adress; "{{ip}}" är ingetdera, så inget utvärderades.',
      fix: 'Ange den sändande serverns publika IP-adress, till exempel från Received-huvudet som mottagaren lade till.',
    },
  },
  nb: {
    'spf.result.pass': {
      title: 'SPF pass: {{domain}} godkjenner {{ip}}',
      explanation:
        'SPF-posten for {{domain}} oppgir {{ip}} som tillatt avsender (avgjort av {{matched}}). Mottakere som sjekker SPF, godtar konvoluttavsenderen for e-post fra denne adressen.',
    },
    'spf.result.fail': {
      title: 'SPF fail: {{domain}} godkjenner ikke {{ip}}',
      explanation:
        'SPF-posten for {{domain}} sier at {{ip}} ikke har lov til å sende e-post i domenets navn (avgjort av {{matched}}). Mange mottakere avviser slik e-post eller legger den i søppelpost, og DMARC kan ikke bestås via SPF.',
      fix: 'Hvis {{ip}} er en legitim avsender (deres egen server eller en tjeneste som sender for dere), legg den til i SPF-posten for {{domain}}: en ip4:/ip6:-oppføring eller den include: som tjenesten oppgir.',
    },
    'spf.result.softfail': {
      title: 'SPF softfail: {{domain}} godkjenner trolig ikke {{ip}}',
      explanation:
        'SPF-posten for {{domain}} lister ikke {{ip}} og slutter med et mykt «ikke tillatt» (avgjort av {{matched}}). Mottakere tar som regel imot meldingen, men teller det mot den, noe som ofte betyr søppelpostmappen.',
      fix: 'Hvis {{ip}} sender legitim e-post for {{domain}}, legg den til i SPF-posten (ip4:/ip6: eller tjenestens include:).',
    },
    'spf.result.neutral': {
      title: 'SPF neutral: {{domain}} sier ingenting om {{ip}}',
      explanation:
        'SPF-posten for {{domain}} verken tillater eller forbyr {{ip}} (avgjort av {{matched}}). Mottakere behandler det som om SPF manglet, så SPF hjelper ikke meldingen fram, og DMARC kan ikke bestås via SPF.',
      fix: 'List opp alle servere som sender for {{domain}} i SPF-posten, og avslutt posten med ~all eller -all.',
    },
    'spf.result.none': {
      title: 'Ikke noe SPF-resultat for {{domain}}',
      explanation:
        'Mottakerne finner ingen SPF-policy å evaluere for {{domain}} og kan derfor ikke avgjøre om {{ip}} får sende for domenet. Store e-postleverandører forventer at SPF eller DKIM bestås, og avviser eller sorterer ofte bort e-post som mangler begge.',
      fix: 'Publiser én TXT-post på {{domain}} som begynner med v=spf1 og lister serverne som sender for domenet.',
    },
    'spf.result.permerror': {
      title: 'SPF permerror: SPF-posten for {{domain}} er ødelagt',
      explanation:
        'En mottaker som sjekker {{ip}}, kan ikke evaluere SPF-posten for {{domain}} ({{reason}}). De fleste mottakere behandler det som et avslag, og DMARC kan ikke bestås via SPF.',
      fix: 'Rett posten som beskrevet i funnet som følger med dette, og sjekk på nytt.',
    },
    'spf.result.temperror': {
      title: 'SPF temperror: DNS svarte ikke for {{domain}}',
      explanation:
        'SPF-sjekken av {{ip}} for {{domain}} stoppet på en midlertidig DNS-feil ({{reason}}). Mottakere utsetter som regel meldingen og prøver igjen senere; vedvarer feilen, blir e-posten forsinket og til slutt returnert.',
      fix: 'Sørg for at navneserverne for de berørte domenene svarer stabilt (ingen SERVFAIL eller tidsavbrudd), og sjekk på nytt.',
    },
    'spf.record.missing': {
      title: '{{domain}} har ingen SPF-post',
      explanation:
        'Ingen TXT-post for {{domain}} begynner med v=spf1, så mottakerne kan ikke avgjøre hvilke servere som får sende e-post for domenet.',
      fix: 'Publiser én TXT-post på {{domain}}, for eksempel «v=spf1 mx include:<leverandøren deres> -all», som lister alle servere som sender for domenet.',
    },
    'spf.record.multiple': {
      title: '{{domain}} har {{count}} SPF-poster',
      explanation:
        'RFC 7208 tillater nøyaktig én v=spf1-post per domene. Med {{count}} av dem returnerer alle mottakere permerror, uansett hva postene sier.',
      fix: 'Slå sammen postene til én TXT-post som begynner med v=spf1, og slett de andre.',
    },
    'spf.syntax': {
      title: 'SPF-posten for {{domain}} har en syntaksfeil',
      explanation: 'En mottaker stopper ved første syntaksfeil og returnerer permerror for alle avsendere: {{detail}}.',
      fix: 'Rett termen som er nevnt, i TXT-posten for {{domain}}; en SPF-sjekker viser den rettede posten før dere publiserer den.',
    },
    'spf.ptr': {
      title: 'SPF-posten for {{domain}} bruker mekanismen ptr',
      explanation:
        'Ifølge RFC 7208 bør «{{term}}» ikke brukes: den er treg, koster ekstra DNS-oppslag, bygger på omvendt DNS som eieren av den sendende IP-adressen styrer, og enkelte mottakere ignorerer den.',
      fix: 'Erstatt {{term}} med ip4:/ip6:-oppføringer eller a:/mx: for serverne den var ment å dekke.',
    },
    'spf.all.pass': {
      title: 'SPF-posten for {{domain}} godkjenner alle servere på internett',
      explanation:
        '«{{term}}» gjør at SPF bestås for hvilken som helst IP-adresse, så SPF gir ingen beskyttelse mot forfalsket e-post fra {{domain}}, og enkelte mottakere ser på posten som mistenkelig.',
      fix: 'List opp de faktiske avsenderserverne, og avslutt posten med ~all eller -all i stedet for {{term}}.',
    },
    'spf.all.neutral': {
      title: 'SPF-posten for {{domain}} slutter med en nøytral ?all',
      explanation:
        '«{{term}}» ber mottakerne se bort fra SPF for servere som ikke er listet, så forfalsket e-post fra {{domain}} blir ikke flagget, og de listede serverne vinner lite.',
      fix: 'Når alle legitime avsendere er listet, endre {{term}} til ~all (eller -all).',
    },
    'spf.all.missing': {
      title: 'SPF-posten for {{domain}} mangler mekanismen all',
      explanation:
        'Uten en all-mekanisme (eller redirect=) får en server som ikke er listet, resultatet neutral, som ikke sier mottakerne noe.',
      fix: 'Avslutt posten med ~all eller -all når alle legitime avsendere er listet.',
    },
    'spf.include.no-record': {
      title: 'SPF-posten for {{domain}} inkluderer {{target}}, som ikke har noen SPF-post',
      explanation:
        'En include: av et domene uten SPF-post er en permanent feil (RFC 7208 §5.2): mottakerne returnerer permerror for hver melding som når denne include-en.',
      fix: 'Rett eller fjern include:{{target}} i SPF-posten for {{domain}}; sjekk riktig navn i leverandørens dokumentasjon.',
    },
    'spf.redirect.no-record': {
      title: 'SPF-posten for {{domain}} omdirigerer til {{target}}, som ikke har noen SPF-post',
      explanation:
        'En redirect= til et domene uten SPF-post er en permanent feil (RFC 7208 §6.1): mottakerne returnerer permerror når omdirigeringen følges.',
      fix: 'La redirect= peke på et domene som publiserer en SPF-post, eller erstatt den med mekanismene dere trenger.',
    },
    'spf.lookups.near-limit': {
      title: 'SPF-posten for {{domain}} bruker {{lookups}} av {{limit}} DNS-oppslag',
      explanation:
        'Mottakere tillater høyst {{limit}} termer av typen include, a, mx, ptr, exists og redirect per sjekk, nestede include medregnet. Posten ligger nær grensen; én include til fra en leverandør kan få SPF til å feile for all e-post.',
      fix: 'Erstatt include og a/mx-termer som sjelden endres, med ip4:/ip6:-oppføringer, eller fjern tjenester som ikke lenger sender for domenet.',
    },
    'spf.lookups.over-limit': {
      title: 'SPF-posten for {{domain}} krever mer enn {{limit}} DNS-oppslag',
      explanation:
        'Mottakere stopper etter {{limit}} termer av typen include, a, mx, ptr, exists og redirect og returnerer permerror ({{detail}}). Alle avsendere som ikke er matchet før grensen, får SPF-avslag.',
      fix: 'Reduser antallet termer som krever DNS-oppslag: erstatt include og a/mx-termer med ip4:/ip6:-oppføringer der det går, og fjern tjenester som ikke lenger sender for domenet.',
    },
    'spf.void.over-limit': {
      title: 'SPF-posten for {{domain}} peker på navn som ikke finnes',
      explanation:
        'Flere enn {{limit}} av oppslagene ga ingen data eller et navn som ikke finnes ({{detail}}); da krever RFC 7208 at mottakerne returnerer permerror.',
      fix: 'Fjern eller rett termene som peker på navn uten poster.',
    },
    'spf.mx.too-many': {
      title: 'En mx-term i SPF-posten for {{domain}} har for mange MX-navn',
      explanation: 'RFC 7208 lar mx-mekanismen se på høyst 10 MX-navn og gjør flere til en permanent feil ({{detail}}).',
      fix: 'Erstatt mx-termen med ip4:/ip6:-oppføringer eller med a:/include:-termer som dekker serverne.',
    },
    'spf.string.split': {
      title: 'SPF-posten for {{domain}} er delt feil opp i TXT-strenger',
      explanation: 'En TXT-post lengre enn 255 tegn lagres som flere strenger, som mottakerne setter sammen uten mellomrom. {{detail}}',
      fix: 'Del posten slik at et mellomrom avslutter én streng eller innleder den neste der to termer møtes, og slik at ingen streng er lengre enn 255 tegn.',
    },
    'spf.rrtype.deprecated': {
      title: '{{domain}} publiserer en foreldet SPF-post (type 99)',
      explanation:
        'RFC 7208 fjernet posttypen SPF; mottakerne leser bare TXT-posten. Type 99-posten ignoreres og kan komme i utakt med TXT-posten.',
      fix: 'Slett SPF-posten av type 99, og behold policyen i én TXT-post.',
    },
    'spf.domain.invalid': {
      title: '«{{domain}}» er ikke et domene SPF kan sjekke',
      explanation:
        'SPF sjekker et fullstendig domenenavn (RFC 7208 §4.3). «{{domain}}» er feilformatert, består av én enkelt etikett eller er en adresseliteral, så resultatet blir none.',
      fix: 'Sjekk MAIL FROM-adressen og HELO-navnet serveren bruker: begge skal være ekte, fullstendige domenenavn.',
    },
    'spf.input.ip-invalid': {
      title: '«{{ip}}» er ikke en IP-adresse',
      explanation:
        'SPF sjekkes for IPv4- eller IPv6-adressen til den sendende serveren; «{{ip}}» er ingen av delene, så ingenting ble evaluert.',
      fix: 'Oppgi den offentlige IP-adressen til den sendende serveren, for eksempel fra Received-feltet mottakeren la til.',
    },
  },
};
