import type { FindingCatalog, StringCatalog } from '../index.ts';

/** Texts of the `headers` findings (offline analysis of a delivered message's headers). */
export const catalog: FindingCatalog = {
  en: {
    'headers.input.empty': {
      title: 'No message headers found',
      explanation:
        'The text contains no header fields (lines such as “Received: …” or “From: …”). Without the headers Mailpath cannot trace the message’s route.',
      fix: 'Open the message’s source in the mail client (Outlook: File › Properties › Internet headers; Gmail: Show original) and paste all of it, or save the message as an .eml file and open that.',
    },
    'headers.received.none': {
      title: 'The headers have no Received lines',
      explanation:
        'Every mail server that handles a message adds a Received line. None are here, so the message’s route cannot be traced: the headers were probably copied only in part, or this is a draft or a copy that never left the mail client.',
      fix: 'Get the headers of the copy the recipient received (the full “Internet headers” or “Show original”), not of the sender’s own copy.',
    },
    'headers.received.undated': {
      title: '{{count}} Received lines have no readable time stamp',
      explanation:
        'Delays cannot be worked out for the hops whose time stamp is missing or malformed; the rest of the timeline is unaffected.',
    },
    'headers.route': {
      title: 'The message made {{hops}} hops in {{total}}',
      explanation:
        'First stamp {{firstTime}} UTC by {{first}}; last stamp {{lastTime}} UTC by {{last}}. The timeline lists every hop, oldest first.',
    },
    'headers.delay.largest': {
      title: 'Longest wait: {{delay}} before hop {{hop}}',
      explanation:
        'The message spent the longest time between {{from}} and {{to}} ({{delay}}, received at {{at}} UTC). Time at a hop is usually queue time at the previous server: retries, a receiver that deferred the message (greylisting), or a slow filter.',
    },
    'headers.delay.long': {
      title: 'The message was held for {{delay}} before hop {{hop}}',
      explanation:
        'Between {{from}} and {{to}} the message waited {{delay}} (received at {{at}} UTC). A wait this long means the previous server could not hand the message on at first and kept retrying: the next server deferred it (4xx replies, greylisting, rate limits) or could not be reached.',
      fix: 'Look up the message in the log of {{from}} around that time: the deferral reason (a 4xx reply or a connection error) is recorded there.',
    },
    'headers.clock.skew': {
      title: 'Clock skew at hop {{hop}}: stamped {{skew}} before the previous hop',
      explanation:
        '{{to}} stamped the message {{skew}} earlier than the hop before it. A message cannot arrive before it left, so one of these servers has a wrong clock or time zone, and the delays around this hop are not reliable.',
      fix: 'Ask the administrator of the server with the wrong time to keep its clock synchronised (NTP) and its time zone set correctly.',
    },
    'headers.tls.missing': {
      title: 'Hop {{hop}} crossed the internet without encryption',
      explanation:
        '{{to}} received the message from {{from}} ({{ip}}) without TLS, as its Received line states (“{{with}}”). Anyone on the network path could read or alter it, and some receivers treat unencrypted mail as suspicious.',
      fix: 'Make the sending server use STARTTLS when the receiver offers it (Postfix: smtp_tls_security_level = may), and make sure the receiving server offers STARTTLS with a valid certificate.',
    },
    'headers.tls.ok': {
      title: 'TLS on every hop across the internet ({{count}})',
      explanation: 'Every hop between different networks that states its transport security says the message travelled encrypted.',
    },
    'headers.auth.pass': {
      title: 'Authentication passed at {{authserv}}: {{methods}}',
      explanation:
        'The receiving server {{authserv}} recorded these results in Authentication-Results. Passing SPF, DKIM and DMARC shows the message really came from the sender’s domain.',
    },
    'headers.auth.missing': {
      title: 'No authentication results in the headers',
      explanation:
        'No server recorded SPF, DKIM or DMARC results (Authentication-Results or Received-SPF). The recipient’s server may check them without writing them down, so nothing can be concluded from the headers alone.',
      fix: 'Run Mailpath’s DNS checks for the sender’s domain to see whether SPF, DKIM and DMARC are set up.',
    },
    'headers.auth.spf.fail': {
      title: 'SPF failed for {{domain}}',
      explanation:
        '{{authserv}} checked whether {{ip}} may send mail for {{domain}} (the envelope sender). The domain’s SPF record does not allow that address and asks receivers to reject such mail (-all). Many receivers reject or quarantine it.',
      fix: 'Add the server that sends for {{domain}} to its SPF record: its IP address, or the include: its provider documents.',
    },
    'headers.auth.spf.softfail': {
      title: 'SPF soft fail for {{domain}}',
      explanation:
        '{{authserv}} found that {{ip}} is not among the senders that {{domain}}’s SPF record allows; the record ends in ~all, so the message was accepted but marked as suspicious. This often sends mail to the junk folder and makes DMARC fail unless DKIM passes.',
      fix: 'Add the server that sends for {{domain}} to its SPF record: its IP address, or the include: its provider documents.',
    },
    'headers.auth.spf.neutral': {
      title: 'SPF neutral for {{domain}}',
      explanation:
        '{{authserv}} found that {{domain}}’s SPF record neither allows nor forbids {{ip}} (?all). SPF then gives the receiver nothing to trust, and DMARC can only pass through DKIM.',
      fix: 'List the servers that send for {{domain}} in its SPF record and end it with ~all or -all.',
    },
    'headers.auth.spf.none': {
      title: '{{domain}} has no SPF record',
      explanation:
        '{{authserv}} found no SPF record for {{domain}}, the envelope sender’s domain. Large mailbox providers expect one and may treat the mail as spam.',
      fix: 'Publish an SPF record (a TXT record starting with v=spf1) for {{domain}} listing the servers that send its mail.',
    },
    'headers.auth.spf.error': {
      title: 'SPF check of {{domain}} ended in {{result}}',
      explanation:
        '{{authserv}} could not evaluate {{domain}}’s SPF record: temperror is a temporary DNS failure, permerror a broken record (a syntax error, two SPF records, or more than ten DNS lookups). Receivers often treat a permerror like a failure.',
      fix: 'Check the SPF record of {{domain}} with Mailpath’s SPF check and correct it.',
    },
    'headers.auth.dkim.fail': {
      title: 'DKIM signature of {{domain}} did not verify',
      explanation:
        '{{authserv}} checked the DKIM signature made for {{domain}} and it did not match ({{reason}}). The message was changed on the way (a footer, a rewriting gateway or list), or the public key in DNS does not belong to the signing key.',
      fix: 'Check that the DKIM key published for the signing selector matches the one the sending server signs with, and that nothing after signing alters the message.',
    },
    'headers.auth.dkim.none': {
      title: 'The message was not DKIM-signed',
      explanation:
        '{{authserv}} found no DKIM signature. Without it DMARC depends on SPF alone, which breaks whenever the message is forwarded, and large providers expect signed mail.',
      fix: 'Turn on DKIM signing for the sender’s domain at the sending server or provider and publish the key in DNS.',
    },
    'headers.auth.dkim.error': {
      title: 'DKIM check of {{domain}} ended in {{result}}',
      explanation:
        '{{authserv}} could not verify the signature: temperror is a temporary DNS failure when fetching the key; permerror means the key record or the signature is malformed or missing.',
      fix: 'Check the DKIM key record of {{domain}} (selector._domainkey) with Mailpath’s DKIM check.',
    },
    'headers.auth.dmarc.fail': {
      title: 'DMARC failed for {{domain}}',
      explanation:
        '{{authserv}} found that neither SPF nor DKIM passed for a domain aligned with the From address {{domain}}. The domain’s DMARC policy tells receivers what to do with such mail ({{policy}}); with quarantine or reject it goes to junk or is refused.',
      fix: 'Make at least one of SPF or DKIM pass for {{domain}} itself: sign with a key of that domain, or send through servers its SPF record allows with an envelope sender in that domain.',
    },
    'headers.auth.dmarc.none': {
      title: '{{domain}} has no DMARC policy',
      explanation:
        '{{authserv}} found no DMARC record for {{domain}}. Receivers then decide by themselves, and Gmail and Yahoo require DMARC from bulk senders.',
      fix: 'Publish a DMARC record for {{domain}}, starting with p=none and a reporting address to see who sends as the domain.',
    },
    'headers.auth.compauth.fail': {
      title: 'Microsoft 365 composite authentication failed (reason {{reason}})',
      explanation:
        'Microsoft 365 combines SPF, DKIM, DMARC and its own checks into “compauth”. It failed for this message, so Microsoft treats the From address as possibly spoofed; such mail usually lands in Junk or quarantine.',
      fix: 'Fix SPF, DKIM and DMARC for the From domain so that at least one aligned method passes.',
    },
    'headers.auth.arc.fail': {
      title: 'ARC chain failed at {{authserv}}',
      explanation:
        'The message carries ARC seals from servers that forwarded it, and {{authserv}} could not verify them. This only matters when the message was forwarded or went through a mailing list.',
    },
    'headers.filter.spam': {
      title: '{{filter}} classed the message as {{verdict}}',
      explanation:
        'The spam filter’s own header says: {{detail}}. The message was probably delivered to a junk folder or held in quarantine.',
      fix: 'Ask the recipient to look in the junk folder or quarantine and release it. On the sender’s side, make SPF, DKIM and DMARC pass and check the sending IP’s reputation.',
    },
    'headers.filter.junk': {
      title: 'Delivered to the recipient’s Junk Email folder',
      explanation: '{{filter}} recorded that the message was put in the Junk Email folder ({{detail}}).',
      fix: 'Ask the recipient to mark it as not junk or add the sender to Safe Senders; on the sender’s side, make SPF, DKIM and DMARC pass.',
    },
    'headers.filter.bypassed': {
      title: '{{filter}} skipped spam filtering',
      explanation: 'The filter did not judge the message: {{detail}}. An allow list or a rule let it through.',
    },
    'headers.filter.clean': {
      title: 'Spam filters passed the message: {{filters}}',
      explanation: 'The spam filters that left a verdict in the headers did not consider the message spam.',
    },
    'headers.sending-ip': {
      title: 'Sent to the recipient from {{ip}}',
      explanation:
        'The recipient’s server {{by}} received the message from {{ip}}, which introduced itself as {{helo}} (reverse name: {{rdns}}). Receivers judge this address: Mailpath’s DNS and reputation checks use it.',
    },
    'headers.sending-ip.unknown': {
      title: 'The address the recipient received the message from is not in the headers',
      explanation:
        'No hop shows the message arriving from outside the sender’s systems. These are probably the headers of the sender’s own copy, or of mail that stayed inside one organisation.',
      fix: 'Use the headers of the copy the recipient received.',
    },
    'headers.rdns.missing': {
      title: 'The sending IP {{ip}} had no reverse DNS name',
      explanation:
        '{{by}} found no PTR record for {{ip}} when the message arrived. Many receivers reject or distrust mail from addresses without a reverse name that matches the server’s HELO name.',
      fix: 'Ask whoever owns {{ip}} (the hosting or internet provider) to set a PTR record naming the mail server, with an A record of that name pointing back to {{ip}}.',
    },
    'headers.submission.auth-user': {
      title: 'Sent through {{host}}, logged in as {{user}}',
      explanation:
        'The mail client handed the message to {{host}} with SMTP authentication ({{protocol}}) from {{client}}. That is the sender’s outgoing server.',
    },
    'headers.submission.auth': {
      title: 'Sent through {{host}} with SMTP authentication',
      explanation:
        'The mail client logged in to {{host}} ({{protocol}}) from {{client}} and handed the message over; the headers do not name the account. That is the sender’s outgoing server.',
    },
    'headers.submission.mailbox': {
      title: 'Sent from a mailbox on {{host}}',
      explanation:
        'The message was created in a mailbox on {{host}} and handed on over {{protocol}} (Outlook or webmail, logged in to the mailbox), not through SMTP submission. Mail from this mailbox leaves through that system’s own servers.',
    },
    'headers.submission.noauth': {
      title: 'Handed to {{host}} without authentication',
      explanation:
        'The first hop shows the message handed to {{host}} from {{client}} ({{protocol}}) without SMTP authentication: a server that relays for the local network, a web application, or a program on the server itself.',
    },
  },
  sv: {
    'headers.input.empty': {
      title: 'Inga meddelandehuvuden hittades',
      explanation:
        'Texten innehåller inga huvudfält (rader som ”Received: …” eller ”From: …”). Utan huvudena kan Mailpath inte spåra meddelandets väg.',
      fix: 'Öppna meddelandets källa i e-postprogrammet (Outlook: Arkiv › Egenskaper › Internetrubriker; Gmail: Visa original) och klistra in allt, eller spara meddelandet som .eml-fil och öppna den.',
    },
    'headers.received.none': {
      title: 'Huvudena saknar Received-rader',
      explanation:
        'Varje e-postserver som hanterar ett meddelande lägger till en Received-rad. Här finns inga, så vägen kan inte spåras: huvudena har troligen kopierats bara delvis, eller så är det ett utkast eller en kopia som aldrig lämnade e-postprogrammet.',
      fix: 'Hämta huvudena från den kopia som mottagaren fick (hela ”Internetrubriker” eller ”Visa original”), inte från avsändarens egen kopia.',
    },
    'headers.received.undated': {
      title: '{{count}} Received-rader saknar läsbar tidsstämpel',
      explanation:
        'Fördröjningen går inte att räkna ut för hopp vars tidsstämpel saknas eller är felaktig; resten av tidslinjen påverkas inte.',
    },
    'headers.route': {
      title: 'Meddelandet gjorde {{hops}} hopp på {{total}}',
      explanation:
        'Första stämpel {{firstTime}} UTC av {{first}}; sista stämpel {{lastTime}} UTC av {{last}}. Tidslinjen visar varje hopp, äldst först.',
    },
    'headers.delay.largest': {
      title: 'Längsta väntan: {{delay}} före hopp {{hop}}',
      explanation:
        'Meddelandet blev längst kvar mellan {{from}} och {{to}} ({{delay}}, mottaget {{at}} UTC). Tid vid ett hopp är oftast kötid på föregående server: nya försök, en mottagare som sköt upp meddelandet (grålistning) eller ett långsamt filter.',
    },
    'headers.delay.long': {
      title: 'Meddelandet hölls kvar {{delay}} före hopp {{hop}}',
      explanation:
        'Mellan {{from}} och {{to}} väntade meddelandet {{delay}} (mottaget {{at}} UTC). Så lång väntan betyder att föregående server inte kunde lämna vidare meddelandet direkt och försökte igen: nästa server sköt upp det (4xx-svar, grålistning, hastighetsbegränsning) eller gick inte att nå.',
      fix: 'Sök upp meddelandet i loggen på {{from}} vid den tiden: där står orsaken till uppskjutningen (ett 4xx-svar eller ett anslutningsfel).',
    },
    'headers.clock.skew': {
      title: 'Klockavvikelse vid hopp {{hop}}: stämplad {{skew}} före föregående hopp',
      explanation:
        '{{to}} stämplade meddelandet {{skew}} tidigare än hoppet före. Ett meddelande kan inte komma fram innan det skickades, så någon av servrarna har fel klocka eller tidszon, och fördröjningarna runt det här hoppet går inte att lita på.',
      fix: 'Be administratören för servern med fel tid att synkronisera klockan (NTP) och ställa in rätt tidszon.',
    },
    'headers.tls.missing': {
      title: 'Hopp {{hop}} gick över internet utan kryptering',
      explanation:
        '{{to}} tog emot meddelandet från {{from}} ({{ip}}) utan TLS, enligt dess Received-rad (”{{with}}”). Vem som helst längs nätvägen kunde läsa eller ändra det, och vissa mottagare ser okrypterad e-post som misstänkt.',
      fix: 'Låt den sändande servern använda STARTTLS när mottagaren erbjuder det (Postfix: smtp_tls_security_level = may), och se till att den mottagande servern erbjuder STARTTLS med ett giltigt certifikat.',
    },
    'headers.tls.ok': {
      title: 'TLS på alla hopp över internet ({{count}})',
      explanation: 'Varje hopp mellan olika nät som anger sin transportsäkerhet visar att meddelandet färdades krypterat.',
    },
    'headers.auth.pass': {
      title: 'Autentiseringen godkändes av {{authserv}}: {{methods}}',
      explanation:
        'Den mottagande servern {{authserv}} skrev dessa resultat i Authentication-Results. Godkänd SPF, DKIM och DMARC visar att meddelandet verkligen kom från avsändarens domän.',
    },
    'headers.auth.missing': {
      title: 'Inga autentiseringsresultat i huvudena',
      explanation:
        'Ingen server har skrivit ned resultat för SPF, DKIM eller DMARC (Authentication-Results eller Received-SPF). Mottagarens server kan kontrollera dem utan att skriva ned det, så huvudena ensamma säger inget om saken.',
      fix: 'Kör Mailpaths DNS-kontroller för avsändarens domän för att se om SPF, DKIM och DMARC är uppsatta.',
    },
    'headers.auth.spf.fail': {
      title: 'SPF underkändes för {{domain}}',
      explanation:
        '{{authserv}} kontrollerade om {{ip}} får skicka e-post för {{domain}} (kuvertavsändaren). Domänens SPF-post tillåter inte adressen och ber mottagare att avvisa sådan e-post (-all). Många mottagare avvisar eller sätter den i karantän.',
      fix: 'Lägg till servern som skickar för {{domain}} i domänens SPF-post: dess IP-adress, eller den include: som leverantören anger.',
    },
    'headers.auth.spf.softfail': {
      title: 'SPF mjukt underkänd (softfail) för {{domain}}',
      explanation:
        '{{authserv}} fann att {{ip}} inte finns bland de avsändare som SPF-posten för {{domain}} tillåter; posten slutar med ~all, så meddelandet togs emot men märktes som misstänkt. Det hamnar då ofta i skräpposten, och DMARC underkänns om inte DKIM godkänns.',
      fix: 'Lägg till servern som skickar för {{domain}} i domänens SPF-post: dess IP-adress, eller den include: som leverantören anger.',
    },
    'headers.auth.spf.neutral': {
      title: 'SPF neutral för {{domain}}',
      explanation:
        '{{authserv}} fann att SPF-posten för {{domain}} varken tillåter eller förbjuder {{ip}} (?all). SPF ger då mottagaren inget att lita på, och DMARC kan bara godkännas via DKIM.',
      fix: 'Lista servrarna som skickar för {{domain}} i SPF-posten och avsluta den med ~all eller -all.',
    },
    'headers.auth.spf.none': {
      title: '{{domain}} saknar SPF-post',
      explanation:
        '{{authserv}} hittade ingen SPF-post för {{domain}}, kuvertavsändarens domän. Stora e-postleverantörer förväntar sig en och kan behandla e-posten som skräppost.',
      fix: 'Publicera en SPF-post (en TXT-post som börjar med v=spf1) för {{domain}} med de servrar som skickar dess e-post.',
    },
    'headers.auth.spf.error': {
      title: 'SPF-kontrollen av {{domain}} slutade med {{result}}',
      explanation:
        '{{authserv}} kunde inte utvärdera SPF-posten för {{domain}}: temperror är ett tillfälligt DNS-fel, permerror en trasig post (syntaxfel, två SPF-poster eller fler än tio DNS-uppslag). Mottagare behandlar ofta permerror som ett underkännande.',
      fix: 'Kontrollera SPF-posten för {{domain}} med Mailpaths SPF-kontroll och rätta den.',
    },
    'headers.auth.dkim.fail': {
      title: 'DKIM-signaturen för {{domain}} kunde inte verifieras',
      explanation:
        '{{authserv}} kontrollerade DKIM-signaturen för {{domain}} och den stämde inte ({{reason}}). Meddelandet ändrades på vägen (en sidfot, en gateway eller e-postlista som skriver om), eller så hör den publika nyckeln i DNS inte till signeringsnyckeln.',
      fix: 'Kontrollera att DKIM-nyckeln som är publicerad för selektorn motsvarar den som den sändande servern signerar med, och att inget ändrar meddelandet efter signeringen.',
    },
    'headers.auth.dkim.none': {
      title: 'Meddelandet var inte DKIM-signerat',
      explanation:
        '{{authserv}} hittade ingen DKIM-signatur. Utan den hänger DMARC enbart på SPF, som går sönder så fort meddelandet vidarebefordras, och stora leverantörer förväntar sig signerad e-post.',
      fix: 'Slå på DKIM-signering för avsändarens domän hos den sändande servern eller leverantören och publicera nyckeln i DNS.',
    },
    'headers.auth.dkim.error': {
      title: 'DKIM-kontrollen av {{domain}} slutade med {{result}}',
      explanation:
        '{{authserv}} kunde inte verifiera signaturen: temperror är ett tillfälligt DNS-fel när nyckeln hämtades; permerror betyder att nyckelposten eller signaturen är felaktig eller saknas.',
      fix: 'Kontrollera DKIM-nyckelposten för {{domain}} (selektor._domainkey) med Mailpaths DKIM-kontroll.',
    },
    'headers.auth.dmarc.fail': {
      title: 'DMARC underkändes för {{domain}}',
      explanation:
        '{{authserv}} fann att varken SPF eller DKIM godkändes för en domän som stämmer med From-adressen {{domain}}. Domänens DMARC-policy säger åt mottagare vad de ska göra med sådan e-post ({{policy}}); med quarantine eller reject hamnar den i skräpposten eller avvisas.',
      fix: 'Se till att minst en av SPF eller DKIM godkänns för själva {{domain}}: signera med en nyckel för domänen, eller skicka via servrar som SPF-posten tillåter med en kuvertavsändare i domänen.',
    },
    'headers.auth.dmarc.none': {
      title: '{{domain}} saknar DMARC-policy',
      explanation:
        '{{authserv}} hittade ingen DMARC-post för {{domain}}. Mottagarna avgör då själva, och Gmail och Yahoo kräver DMARC av massutskick.',
      fix: 'Publicera en DMARC-post för {{domain}}, börja med p=none och en rapportadress för att se vilka som skickar i domänens namn.',
    },
    'headers.auth.compauth.fail': {
      title: 'Microsoft 365:s sammansatta autentisering underkändes (orsak {{reason}})',
      explanation:
        'Microsoft 365 väger samman SPF, DKIM, DMARC och egna kontroller till ”compauth”. Den underkändes för det här meddelandet, så Microsoft behandlar From-adressen som möjligen förfalskad; sådan e-post hamnar oftast i Skräppost eller karantän.',
      fix: 'Rätta SPF, DKIM och DMARC för From-domänen så att minst en anpassad metod godkänns.',
    },
    'headers.auth.arc.fail': {
      title: 'ARC-kedjan underkändes av {{authserv}}',
      explanation:
        'Meddelandet bär ARC-sigill från servrar som vidarebefordrat det, och {{authserv}} kunde inte verifiera dem. Det spelar bara roll om meddelandet vidarebefordrats eller gått via en e-postlista.',
    },
    'headers.filter.spam': {
      title: '{{filter}} bedömde meddelandet som {{verdict}}',
      explanation:
        'Skräppostfiltrets eget huvudfält säger: {{detail}}. Meddelandet levererades troligen till en skräppostmapp eller hölls i karantän.',
      fix: 'Be mottagaren titta i skräpposten eller karantänen och släppa meddelandet. På avsändarsidan: se till att SPF, DKIM och DMARC godkänns och kontrollera den sändande IP-adressens rykte.',
    },
    'headers.filter.junk': {
      title: 'Levererat till mottagarens mapp Skräppost',
      explanation: '{{filter}} noterade att meddelandet lades i mappen Skräppost ({{detail}}).',
      fix: 'Be mottagaren markera det som inte skräppost eller lägga till avsändaren bland betrodda avsändare; på avsändarsidan: se till att SPF, DKIM och DMARC godkänns.',
    },
    'headers.filter.bypassed': {
      title: '{{filter}} hoppade över skräppostfiltreringen',
      explanation: 'Filtret bedömde inte meddelandet: {{detail}}. En tillåtelselista eller en regel släppte igenom det.',
    },
    'headers.filter.clean': {
      title: 'Skräppostfiltren godkände meddelandet: {{filters}}',
      explanation: 'De skräppostfilter som lämnat ett omdöme i huvudena bedömde inte meddelandet som skräppost.',
    },
    'headers.sending-ip': {
      title: 'Skickat till mottagaren från {{ip}}',
      explanation:
        'Mottagarens server {{by}} tog emot meddelandet från {{ip}}, som presenterade sig som {{helo}} (omvänt namn: {{rdns}}). Det är den här adressen mottagare bedömer: Mailpaths DNS- och ryktekontroller använder den.',
    },
    'headers.sending-ip.unknown': {
      title: 'Adressen som mottagaren fick meddelandet från finns inte i huvudena',
      explanation:
        'Inget hopp visar att meddelandet kom in utifrån avsändarens system. Det är troligen huvudena från avsändarens egen kopia, eller e-post som stannade inom en organisation.',
      fix: 'Använd huvudena från den kopia som mottagaren fick.',
    },
    'headers.rdns.missing': {
      title: 'Den sändande IP-adressen {{ip}} saknade omvänt DNS-namn',
      explanation:
        '{{by}} hittade ingen PTR-post för {{ip}} när meddelandet kom fram. Många mottagare avvisar eller misstror e-post från adresser utan ett omvänt namn som stämmer med serverns HELO-namn.',
      fix: 'Be den som äger {{ip}} (webbhotellet eller internetleverantören) att lägga in en PTR-post med e-postserverns namn, och en A-post för det namnet som pekar tillbaka på {{ip}}.',
    },
    'headers.submission.auth-user': {
      title: 'Skickat via {{host}}, inloggad som {{user}}',
      explanation:
        'E-postprogrammet lämnade meddelandet till {{host}} med SMTP-autentisering ({{protocol}}) från {{client}}. Det är avsändarens utgående server.',
    },
    'headers.submission.auth': {
      title: 'Skickat via {{host}} med SMTP-autentisering',
      explanation:
        'E-postprogrammet loggade in på {{host}} ({{protocol}}) från {{client}} och lämnade över meddelandet; huvudena anger inte vilket konto. Det är avsändarens utgående server.',
    },
    'headers.submission.mailbox': {
      title: 'Skickat från en postlåda på {{host}}',
      explanation:
        'Meddelandet skapades i en postlåda på {{host}} och lämnades vidare över {{protocol}} (Outlook eller webbmejl, inloggad i postlådan), inte via SMTP. E-post från postlådan går ut genom systemets egna servrar.',
    },
    'headers.submission.noauth': {
      title: 'Lämnat till {{host}} utan autentisering',
      explanation:
        'Första hoppet visar att meddelandet lämnades till {{host}} från {{client}} ({{protocol}}) utan SMTP-autentisering: en server som vidarebefordrar för det lokala nätet, en webbapplikation eller ett program på själva servern.',
    },
  },
  nb: {
    'headers.input.empty': {
      title: 'Fant ingen meldingshoder',
      explanation:
        'Teksten inneholder ingen hodefelt (linjer som «Received: …» eller «From: …»). Uten hodene kan ikke Mailpath spore meldingens vei.',
      fix: 'Åpne meldingens kilde i e-postprogrammet (Outlook: Fil › Egenskaper › Internett-hoder; Gmail: Vis original) og lim inn alt, eller lagre meldingen som .eml-fil og åpne den.',
    },
    'headers.received.none': {
      title: 'Hodene har ingen Received-linjer',
      explanation:
        'Hver e-postserver som håndterer en melding, legger til en Received-linje. Her er det ingen, så veien kan ikke spores: hodene er trolig bare delvis kopiert, eller dette er et utkast eller en kopi som aldri forlot e-postprogrammet.',
      fix: 'Hent hodene fra kopien mottakeren fikk (hele «Internett-hoder» eller «Vis original»), ikke fra avsenderens egen kopi.',
    },
    'headers.received.undated': {
      title: '{{count}} Received-linjer mangler lesbart tidsstempel',
      explanation: 'Forsinkelsen kan ikke regnes ut for hopp der tidsstempelet mangler eller er feil; resten av tidslinjen påvirkes ikke.',
    },
    'headers.route': {
      title: 'Meldingen gjorde {{hops}} hopp på {{total}}',
      explanation:
        'Første stempel {{firstTime}} UTC av {{first}}; siste stempel {{lastTime}} UTC av {{last}}. Tidslinjen viser hvert hopp, eldste først.',
    },
    'headers.delay.largest': {
      title: 'Lengste ventetid: {{delay}} før hopp {{hop}}',
      explanation:
        'Meldingen ble lengst liggende mellom {{from}} og {{to}} ({{delay}}, mottatt {{at}} UTC). Tid ved et hopp er som regel køtid på forrige server: nye forsøk, en mottaker som utsatte meldingen (grålisting) eller et tregt filter.',
    },
    'headers.delay.long': {
      title: 'Meldingen ble holdt igjen i {{delay}} før hopp {{hop}}',
      explanation:
        'Mellom {{from}} og {{to}} ventet meldingen {{delay}} (mottatt {{at}} UTC). Så lang ventetid betyr at forrige server ikke fikk levert meldingen videre med en gang og prøvde på nytt: neste server utsatte den (4xx-svar, grålisting, hastighetsbegrensning) eller kunne ikke nås.',
      fix: 'Slå opp meldingen i loggen på {{from}} rundt det tidspunktet: der står årsaken til utsettelsen (et 4xx-svar eller en tilkoblingsfeil).',
    },
    'headers.clock.skew': {
      title: 'Klokkeavvik ved hopp {{hop}}: stemplet {{skew}} før forrige hopp',
      explanation:
        '{{to}} stemplet meldingen {{skew}} tidligere enn hoppet før. En melding kan ikke komme fram før den ble sendt, så en av serverne har feil klokke eller tidssone, og forsinkelsene rundt dette hoppet er ikke til å stole på.',
      fix: 'Be administratoren for serveren med feil tid om å synkronisere klokken (NTP) og stille inn riktig tidssone.',
    },
    'headers.tls.missing': {
      title: 'Hopp {{hop}} gikk over internett uten kryptering',
      explanation:
        '{{to}} tok imot meldingen fra {{from}} ({{ip}}) uten TLS, ifølge Received-linjen («{{with}}»). Hvem som helst langs nettveien kunne lese eller endre den, og noen mottakere ser ukryptert e-post som mistenkelig.',
      fix: 'La den sendende serveren bruke STARTTLS når mottakeren tilbyr det (Postfix: smtp_tls_security_level = may), og sørg for at den mottakende serveren tilbyr STARTTLS med et gyldig sertifikat.',
    },
    'headers.tls.ok': {
      title: 'TLS på alle hopp over internett ({{count}})',
      explanation: 'Hvert hopp mellom ulike nett som oppgir transportsikkerheten sin, viser at meldingen gikk kryptert.',
    },
    'headers.auth.pass': {
      title: 'Autentiseringen ble godkjent av {{authserv}}: {{methods}}',
      explanation:
        'Den mottakende serveren {{authserv}} skrev disse resultatene i Authentication-Results. Godkjent SPF, DKIM og DMARC viser at meldingen virkelig kom fra avsenderens domene.',
    },
    'headers.auth.missing': {
      title: 'Ingen autentiseringsresultater i hodene',
      explanation:
        'Ingen server har skrevet ned resultater for SPF, DKIM eller DMARC (Authentication-Results eller Received-SPF). Mottakerens server kan sjekke dem uten å skrive det ned, så hodene alene sier ingenting om saken.',
      fix: 'Kjør Mailpaths DNS-sjekker for avsenderens domene for å se om SPF, DKIM og DMARC er satt opp.',
    },
    'headers.auth.spf.fail': {
      title: 'SPF feilet for {{domain}}',
      explanation:
        '{{authserv}} sjekket om {{ip}} har lov til å sende e-post for {{domain}} (konvoluttavsenderen). Domenets SPF-post tillater ikke adressen og ber mottakere avvise slik e-post (-all). Mange mottakere avviser den eller setter den i karantene.',
      fix: 'Legg til serveren som sender for {{domain}} i domenets SPF-post: IP-adressen, eller den include: som leverandøren oppgir.',
    },
    'headers.auth.spf.softfail': {
      title: 'SPF softfail for {{domain}}',
      explanation:
        '{{authserv}} fant at {{ip}} ikke er blant avsenderne SPF-posten for {{domain}} tillater; posten slutter med ~all, så meldingen ble tatt imot, men merket som mistenkelig. Den havner da ofte i søppelposten, og DMARC feiler hvis ikke DKIM blir godkjent.',
      fix: 'Legg til serveren som sender for {{domain}} i domenets SPF-post: IP-adressen, eller den include: som leverandøren oppgir.',
    },
    'headers.auth.spf.neutral': {
      title: 'SPF nøytral for {{domain}}',
      explanation:
        '{{authserv}} fant at SPF-posten for {{domain}} verken tillater eller forbyr {{ip}} (?all). SPF gir da mottakeren ingenting å stole på, og DMARC kan bare godkjennes via DKIM.',
      fix: 'List opp serverne som sender for {{domain}} i SPF-posten, og avslutt den med ~all eller -all.',
    },
    'headers.auth.spf.none': {
      title: '{{domain}} mangler SPF-post',
      explanation:
        '{{authserv}} fant ingen SPF-post for {{domain}}, konvoluttavsenderens domene. Store e-postleverandører forventer en og kan behandle e-posten som søppelpost.',
      fix: 'Publiser en SPF-post (en TXT-post som begynner med v=spf1) for {{domain}} med serverne som sender e-posten dens.',
    },
    'headers.auth.spf.error': {
      title: 'SPF-sjekken av {{domain}} endte med {{result}}',
      explanation:
        '{{authserv}} kunne ikke vurdere SPF-posten for {{domain}}: temperror er en midlertidig DNS-feil, permerror en ødelagt post (syntaksfeil, to SPF-poster eller flere enn ti DNS-oppslag). Mottakere behandler ofte permerror som en feil.',
      fix: 'Sjekk SPF-posten for {{domain}} med Mailpaths SPF-sjekk og rett den.',
    },
    'headers.auth.dkim.fail': {
      title: 'DKIM-signaturen for {{domain}} kunne ikke verifiseres',
      explanation:
        '{{authserv}} sjekket DKIM-signaturen for {{domain}}, og den stemte ikke ({{reason}}). Meldingen ble endret underveis (en bunntekst, en gateway eller e-postliste som skriver om), eller den offentlige nøkkelen i DNS hører ikke til signeringsnøkkelen.',
      fix: 'Sjekk at DKIM-nøkkelen som er publisert for selektoren, svarer til den den sendende serveren signerer med, og at ingenting endrer meldingen etter signeringen.',
    },
    'headers.auth.dkim.none': {
      title: 'Meldingen var ikke DKIM-signert',
      explanation:
        '{{authserv}} fant ingen DKIM-signatur. Uten den avhenger DMARC bare av SPF, som ryker så snart meldingen videresendes, og store leverandører forventer signert e-post.',
      fix: 'Slå på DKIM-signering for avsenderens domene hos den sendende serveren eller leverandøren, og publiser nøkkelen i DNS.',
    },
    'headers.auth.dkim.error': {
      title: 'DKIM-sjekken av {{domain}} endte med {{result}}',
      explanation:
        '{{authserv}} kunne ikke verifisere signaturen: temperror er en midlertidig DNS-feil da nøkkelen ble hentet; permerror betyr at nøkkelposten eller signaturen er feil eller mangler.',
      fix: 'Sjekk DKIM-nøkkelposten for {{domain}} (selektor._domainkey) med Mailpaths DKIM-sjekk.',
    },
    'headers.auth.dmarc.fail': {
      title: 'DMARC feilet for {{domain}}',
      explanation:
        '{{authserv}} fant at verken SPF eller DKIM ble godkjent for et domene som samsvarer med From-adressen {{domain}}. Domenets DMARC-policy sier hva mottakere skal gjøre med slik e-post ({{policy}}); med quarantine eller reject havner den i søppelposten eller avvises.',
      fix: 'Sørg for at minst én av SPF eller DKIM blir godkjent for selve {{domain}}: signer med en nøkkel for domenet, eller send via servere SPF-posten tillater med en konvoluttavsender i domenet.',
    },
    'headers.auth.dmarc.none': {
      title: '{{domain}} mangler DMARC-policy',
      explanation:
        '{{authserv}} fant ingen DMARC-post for {{domain}}. Mottakerne avgjør da selv, og Gmail og Yahoo krever DMARC av masseutsendere.',
      fix: 'Publiser en DMARC-post for {{domain}}, begynn med p=none og en rapportadresse for å se hvem som sender i domenets navn.',
    },
    'headers.auth.compauth.fail': {
      title: 'Microsoft 365s sammensatte autentisering feilet (årsak {{reason}})',
      explanation:
        'Microsoft 365 veier sammen SPF, DKIM, DMARC og egne sjekker til «compauth». Den feilet for denne meldingen, så Microsoft behandler From-adressen som mulig forfalsket; slik e-post havner som regel i Søppelpost eller karantene.',
      fix: 'Rett SPF, DKIM og DMARC for From-domenet slik at minst én samsvarende metode blir godkjent.',
    },
    'headers.auth.arc.fail': {
      title: 'ARC-kjeden feilet hos {{authserv}}',
      explanation:
        'Meldingen har ARC-segl fra servere som har videresendt den, og {{authserv}} kunne ikke verifisere dem. Det betyr bare noe hvis meldingen er videresendt eller har gått via en e-postliste.',
    },
    'headers.filter.spam': {
      title: '{{filter}} vurderte meldingen som {{verdict}}',
      explanation:
        'Søppelpostfilterets eget hodefelt sier: {{detail}}. Meldingen ble trolig levert til en søppelpostmappe eller holdt i karantene.',
      fix: 'Be mottakeren se i søppelposten eller karantenen og slippe meldingen fri. På avsendersiden: sørg for at SPF, DKIM og DMARC blir godkjent, og sjekk omdømmet til den sendende IP-adressen.',
    },
    'headers.filter.junk': {
      title: 'Levert til mottakerens mappe Søppelpost',
      explanation: '{{filter}} noterte at meldingen ble lagt i mappen Søppelpost ({{detail}}).',
      fix: 'Be mottakeren merke den som ikke søppelpost eller legge avsenderen til blant klarerte avsendere; på avsendersiden: sørg for at SPF, DKIM og DMARC blir godkjent.',
    },
    'headers.filter.bypassed': {
      title: '{{filter}} hoppet over søppelpostfiltreringen',
      explanation: 'Filteret vurderte ikke meldingen: {{detail}}. En tillatelsesliste eller en regel slapp den gjennom.',
    },
    'headers.filter.clean': {
      title: 'Søppelpostfiltrene godkjente meldingen: {{filters}}',
      explanation: 'Søppelpostfiltrene som har lagt igjen en vurdering i hodene, anså ikke meldingen som søppelpost.',
    },
    'headers.sending-ip': {
      title: 'Sendt til mottakeren fra {{ip}}',
      explanation:
        'Mottakerens server {{by}} tok imot meldingen fra {{ip}}, som presenterte seg som {{helo}} (omvendt navn: {{rdns}}). Det er denne adressen mottakere vurderer: Mailpaths DNS- og omdømmesjekker bruker den.',
    },
    'headers.sending-ip.unknown': {
      title: 'Adressen mottakeren fikk meldingen fra, står ikke i hodene',
      explanation:
        'Ingen hopp viser at meldingen kom inn utenfra avsenderens systemer. Dette er trolig hodene fra avsenderens egen kopi, eller e-post som ble værende innenfor én organisasjon.',
      fix: 'Bruk hodene fra kopien mottakeren fikk.',
    },
    'headers.rdns.missing': {
      title: 'Den sendende IP-adressen {{ip}} hadde ikke noe omvendt DNS-navn',
      explanation:
        '{{by}} fant ingen PTR-post for {{ip}} da meldingen kom fram. Mange mottakere avviser eller mistror e-post fra adresser uten et omvendt navn som stemmer med serverens HELO-navn.',
      fix: 'Be den som eier {{ip}} (vertsleverandøren eller internettleverandøren) om å legge inn en PTR-post med e-postserverens navn, og en A-post for det navnet som peker tilbake til {{ip}}.',
    },
    'headers.submission.auth-user': {
      title: 'Sendt via {{host}}, innlogget som {{user}}',
      explanation:
        'E-postprogrammet leverte meldingen til {{host}} med SMTP-autentisering ({{protocol}}) fra {{client}}. Det er avsenderens utgående server.',
    },
    'headers.submission.auth': {
      title: 'Sendt via {{host}} med SMTP-autentisering',
      explanation:
        'E-postprogrammet logget inn på {{host}} ({{protocol}}) fra {{client}} og leverte meldingen; hodene sier ikke hvilken konto. Det er avsenderens utgående server.',
    },
    'headers.submission.mailbox': {
      title: 'Sendt fra en postboks på {{host}}',
      explanation:
        'Meldingen ble laget i en postboks på {{host}} og sendt videre over {{protocol}} (Outlook eller webmail, innlogget i postboksen), ikke via SMTP. E-post fra postboksen går ut gjennom systemets egne servere.',
    },
    'headers.submission.noauth': {
      title: 'Levert til {{host}} uten autentisering',
      explanation:
        'Første hopp viser at meldingen ble levert til {{host}} fra {{client}} ({{protocol}}) uten SMTP-autentisering: en server som videresender for det lokale nettet, en nettapplikasjon eller et program på selve serveren.',
    },
  },
};

/**
 * Plain-language meanings of spam-filter codes and the words findings are built from. Microsoft's codes
 * follow "Anti-spam message headers" (learn.microsoft.com, defender-office-365/message-headers-eop-mdo).
 */
export const filterTexts: StringCatalog = {
  en: {
    unknown: 'unknown',
    'verdict.spam': 'spam',
    'verdict.high-confidence-spam': 'high-confidence spam',
    'verdict.phish': 'phishing',
    'verdict.malware': 'malware',
    'verdict.bulk': 'bulk mail',
    'verdict.not-spam': 'not spam',
    'verdict.bypassed': 'not filtered',
    'verdict.blocked': 'blocked',
    'verdict.junk-folder': 'put in Junk Email',
    'verdict.inbox': 'delivered to the inbox',
    'verdict.unknown': 'no clear verdict',
    'summary.plain': '{{filter}}: {{verdict}}',
    'summary.score': '{{filter}}: {{verdict}} (score {{score}}, limit {{threshold}})',
    'summary.scoreOnly': '{{filter}}: {{verdict}} (score {{score}})',
    'ms.cip': 'Connecting IP address: {{value}}',
    'ms.ctry': 'Country or region of the connecting IP address: {{value}}',
    'ms.lang': 'Language of the message: {{value}}',
    'ms.h': 'HELO/EHLO name of the connecting server: {{value}}',
    'ms.ptr': 'Reverse DNS name of the connecting IP address: {{value}}',
    'ms.ptr.none': 'The connecting IP address has no reverse DNS name',
    'ms.dir.INB': 'Inbound message',
    'ms.dir.OUT': 'Outbound message',
    'ms.dir.INT': 'Internal message',
    'ms.scl.bypass': 'SCL {{value}}: spam filtering was skipped (an allow list or a mail flow rule)',
    'ms.scl.clean': 'SCL {{value}}: not spam',
    'ms.scl.spam': 'SCL {{value}}: spam; delivered to Junk Email or quarantined',
    'ms.scl.high': 'SCL {{value}}: high-confidence spam',
    'ms.srv.BULK': 'Identified as bulk mail by its bulk complaint level',
    'ms.ipv.CAL': 'Spam filtering skipped: the sending IP is on the IP Allow List',
    'ms.ipv.NLI': 'The sending IP is not on any IP reputation list',
    'ms.sfv.BLK': 'Blocked: the sender is on the recipient’s Blocked Senders list',
    'ms.sfv.NSPM': 'Spam filtering marked the message as not spam',
    'ms.sfv.SFE': 'Allowed: the sender is on the recipient’s Safe Senders list',
    'ms.sfv.SKA': 'Allowed by the allowed senders or domains list of an anti-spam policy',
    'ms.sfv.SKB': 'Marked as spam: the sender is on the blocked senders or domains list of an anti-spam policy',
    'ms.sfv.SKI': 'Spam filtering skipped for another reason (e.g. mail inside the organisation)',
    'ms.sfv.SKN': 'Marked as not spam before filtering (e.g. a mail flow rule set SCL -1)',
    'ms.sfv.SKQ': 'Released from quarantine',
    'ms.sfv.SKS': 'Marked as spam before filtering (e.g. a mail flow rule set SCL 5–9)',
    'ms.sfv.SPM': 'Spam filtering marked the message as spam',
    'ms.cat.AMP': 'Category: anti-malware',
    'ms.cat.BIMP': 'Category: brand impersonation',
    'ms.cat.BULK': 'Category: bulk mail',
    'ms.cat.DIMP': 'Category: domain impersonation',
    'ms.cat.FTBP': 'Category: blocked attachment type',
    'ms.cat.GIMP': 'Category: impersonation found by mailbox intelligence',
    'ms.cat.HPHSH': 'Category: high-confidence phishing',
    'ms.cat.HPHISH': 'Category: high-confidence phishing',
    'ms.cat.HSPM': 'Category: high-confidence spam',
    'ms.cat.INTOS': 'Category: phishing inside the organisation',
    'ms.cat.MALW': 'Category: malware',
    'ms.cat.OSPM': 'Category: outbound spam',
    'ms.cat.PHSH': 'Category: phishing',
    'ms.cat.SAP': 'Category: Safe Attachments',
    'ms.cat.SPM': 'Category: spam',
    'ms.cat.SPOOF': 'Category: spoofing',
    'ms.cat.UIMP': 'Category: user impersonation',
    'ms.cat.NONE': 'Category: none (no threat policy applied)',
    'ms.sfty.9.19': 'Domain impersonation: the sending domain imitates a protected domain',
    'ms.sfty.9.20': 'User impersonation: the sender imitates a protected user',
    'ms.sfty.9.25': 'First contact safety tip: the recipient has not had mail from this sender before',
    'ms.sfty.other': 'Flagged by a phishing check ({{value}})',
    'ms.bcl': 'Bulk complaint level {{value}} of 9 (higher means more recipients complain)',
    'ms.dest.I': 'Delivered to the Inbox',
    'ms.dest.J': 'Delivered to the Junk Email folder',
    'ms.dest.C': 'Delivered to a custom folder',
    'ms.ofr.CustomRules': 'An inbox rule of the recipient decided the folder',
    'ms.ofr.SpamFilterAuthJ': 'Exchange’s junk filtering decided the folder',
    'ms.ucf.1': 'The recipient’s own junk settings (Safe or Blocked Senders) applied',
    'ms.jmr.1': 'A junk mail rule of the mailbox applied',
    'sa.score': 'Score {{value}}',
    'sa.required': 'Spam limit {{value}}',
    'sa.tests': 'Rules that matched: {{value}}',
    'sa.flag.yes': 'The filter flagged the message as spam',
    'sa.flag.no': 'The filter did not flag the message as spam',
    'rspamd.action': 'Action: {{value}}',
    'rspamd.symbol': 'Rule {{value}}',
    'google.spam.1': 'Gmail classed the message as spam',
    'google.spam.0': 'Gmail did not class the message as spam',
    'google.phishy.1': 'Gmail suspected phishing',
    'google.phishy.0': 'Gmail did not suspect phishing',
  },
  sv: {
    unknown: 'okänt',
    'verdict.spam': 'skräppost',
    'verdict.high-confidence-spam': 'skräppost med hög säkerhet',
    'verdict.phish': 'nätfiske',
    'verdict.malware': 'skadlig kod',
    'verdict.bulk': 'massutskick',
    'verdict.not-spam': 'inte skräppost',
    'verdict.bypassed': 'inte filtrerat',
    'verdict.blocked': 'blockerat',
    'verdict.junk-folder': 'lagt i Skräppost',
    'verdict.inbox': 'levererat till inkorgen',
    'verdict.unknown': 'inget tydligt omdöme',
    'summary.plain': '{{filter}}: {{verdict}}',
    'summary.score': '{{filter}}: {{verdict}} (poäng {{score}}, gräns {{threshold}})',
    'summary.scoreOnly': '{{filter}}: {{verdict}} (poäng {{score}})',
    'ms.cip': 'Anslutande IP-adress: {{value}}',
    'ms.ctry': 'Land eller region för den anslutande IP-adressen: {{value}}',
    'ms.lang': 'Meddelandets språk: {{value}}',
    'ms.h': 'HELO/EHLO-namn för den anslutande servern: {{value}}',
    'ms.ptr': 'Omvänt DNS-namn för den anslutande IP-adressen: {{value}}',
    'ms.ptr.none': 'Den anslutande IP-adressen saknar omvänt DNS-namn',
    'ms.dir.INB': 'Inkommande meddelande',
    'ms.dir.OUT': 'Utgående meddelande',
    'ms.dir.INT': 'Internt meddelande',
    'ms.scl.bypass': 'SCL {{value}}: skräppostfiltreringen hoppades över (en tillåtelselista eller en e-postflödesregel)',
    'ms.scl.clean': 'SCL {{value}}: inte skräppost',
    'ms.scl.spam': 'SCL {{value}}: skräppost; levererat till Skräppost eller satt i karantän',
    'ms.scl.high': 'SCL {{value}}: skräppost med hög säkerhet',
    'ms.srv.BULK': 'Identifierat som massutskick utifrån klagomålsnivån',
    'ms.ipv.CAL': 'Skräppostfiltreringen hoppades över: den sändande IP-adressen finns i listan över tillåtna IP-adresser',
    'ms.ipv.NLI': 'Den sändande IP-adressen finns inte på någon ryktelista',
    'ms.sfv.BLK': 'Blockerat: avsändaren finns i mottagarens lista över blockerade avsändare',
    'ms.sfv.NSPM': 'Skräppostfiltret bedömde meddelandet som inte skräppost',
    'ms.sfv.SFE': 'Tillåtet: avsändaren finns i mottagarens lista över betrodda avsändare',
    'ms.sfv.SKA': 'Tillåtet av listan över tillåtna avsändare eller domäner i en skräppostprincip',
    'ms.sfv.SKB': 'Markerat som skräppost: avsändaren finns i listan över blockerade avsändare eller domäner i en skräppostprincip',
    'ms.sfv.SKI': 'Skräppostfiltreringen hoppades över av annat skäl (t.ex. e-post inom organisationen)',
    'ms.sfv.SKN': 'Markerat som inte skräppost före filtreringen (t.ex. satte en e-postflödesregel SCL -1)',
    'ms.sfv.SKQ': 'Släppt från karantän',
    'ms.sfv.SKS': 'Markerat som skräppost före filtreringen (t.ex. satte en e-postflödesregel SCL 5–9)',
    'ms.sfv.SPM': 'Skräppostfiltret markerade meddelandet som skräppost',
    'ms.cat.AMP': 'Kategori: skydd mot skadlig kod',
    'ms.cat.BIMP': 'Kategori: varumärkesförfalskning',
    'ms.cat.BULK': 'Kategori: massutskick',
    'ms.cat.DIMP': 'Kategori: domänförfalskning',
    'ms.cat.FTBP': 'Kategori: blockerad typ av bilaga',
    'ms.cat.GIMP': 'Kategori: förfalskning upptäckt av postlådeintelligens',
    'ms.cat.HPHSH': 'Kategori: nätfiske med hög säkerhet',
    'ms.cat.HPHISH': 'Kategori: nätfiske med hög säkerhet',
    'ms.cat.HSPM': 'Kategori: skräppost med hög säkerhet',
    'ms.cat.INTOS': 'Kategori: nätfiske inom organisationen',
    'ms.cat.MALW': 'Kategori: skadlig kod',
    'ms.cat.OSPM': 'Kategori: utgående skräppost',
    'ms.cat.PHSH': 'Kategori: nätfiske',
    'ms.cat.SAP': 'Kategori: Säkra bifogade filer',
    'ms.cat.SPM': 'Kategori: skräppost',
    'ms.cat.SPOOF': 'Kategori: förfalskad avsändare',
    'ms.cat.UIMP': 'Kategori: användarförfalskning',
    'ms.cat.NONE': 'Kategori: ingen (ingen hotprincip tillämpades)',
    'ms.sfty.9.19': 'Domänförfalskning: den sändande domänen efterliknar en skyddad domän',
    'ms.sfty.9.20': 'Användarförfalskning: avsändaren efterliknar en skyddad användare',
    'ms.sfty.9.25': 'Tips vid första kontakt: mottagaren har inte fått e-post från den här avsändaren förut',
    'ms.sfty.other': 'Flaggat av en kontroll mot nätfiske ({{value}})',
    'ms.bcl': 'Klagomålsnivå för massutskick {{value}} av 9 (högre betyder att fler mottagare klagar)',
    'ms.dest.I': 'Levererat till Inkorgen',
    'ms.dest.J': 'Levererat till mappen Skräppost',
    'ms.dest.C': 'Levererat till en egen mapp',
    'ms.ofr.CustomRules': 'En inkorgsregel hos mottagaren bestämde mappen',
    'ms.ofr.SpamFilterAuthJ': 'Exchanges skräppostfiltrering bestämde mappen',
    'ms.ucf.1': 'Mottagarens egna skräppostinställningar (betrodda eller blockerade avsändare) tillämpades',
    'ms.jmr.1': 'En skräppostregel i postlådan tillämpades',
    'sa.score': 'Poäng {{value}}',
    'sa.required': 'Gräns för skräppost {{value}}',
    'sa.tests': 'Regler som slog till: {{value}}',
    'sa.flag.yes': 'Filtret flaggade meddelandet som skräppost',
    'sa.flag.no': 'Filtret flaggade inte meddelandet som skräppost',
    'rspamd.action': 'Åtgärd: {{value}}',
    'rspamd.symbol': 'Regel {{value}}',
    'google.spam.1': 'Gmail bedömde meddelandet som skräppost',
    'google.spam.0': 'Gmail bedömde inte meddelandet som skräppost',
    'google.phishy.1': 'Gmail misstänkte nätfiske',
    'google.phishy.0': 'Gmail misstänkte inte nätfiske',
  },
  nb: {
    unknown: 'ukjent',
    'verdict.spam': 'søppelpost',
    'verdict.high-confidence-spam': 'søppelpost med høy sikkerhet',
    'verdict.phish': 'phishing',
    'verdict.malware': 'skadevare',
    'verdict.bulk': 'masseutsendelse',
    'verdict.not-spam': 'ikke søppelpost',
    'verdict.bypassed': 'ikke filtrert',
    'verdict.blocked': 'blokkert',
    'verdict.junk-folder': 'lagt i Søppelpost',
    'verdict.inbox': 'levert til innboksen',
    'verdict.unknown': 'ingen tydelig vurdering',
    'summary.plain': '{{filter}}: {{verdict}}',
    'summary.score': '{{filter}}: {{verdict}} (poeng {{score}}, grense {{threshold}})',
    'summary.scoreOnly': '{{filter}}: {{verdict}} (poeng {{score}})',
    'ms.cip': 'Tilkoblende IP-adresse: {{value}}',
    'ms.ctry': 'Land eller region for den tilkoblende IP-adressen: {{value}}',
    'ms.lang': 'Meldingens språk: {{value}}',
    'ms.h': 'HELO/EHLO-navn for den tilkoblende serveren: {{value}}',
    'ms.ptr': 'Omvendt DNS-navn for den tilkoblende IP-adressen: {{value}}',
    'ms.ptr.none': 'Den tilkoblende IP-adressen har ikke noe omvendt DNS-navn',
    'ms.dir.INB': 'Innkommende melding',
    'ms.dir.OUT': 'Utgående melding',
    'ms.dir.INT': 'Intern melding',
    'ms.scl.bypass': 'SCL {{value}}: søppelpostfiltreringen ble hoppet over (en tillatelsesliste eller en e-postflytregel)',
    'ms.scl.clean': 'SCL {{value}}: ikke søppelpost',
    'ms.scl.spam': 'SCL {{value}}: søppelpost; levert til Søppelpost eller satt i karantene',
    'ms.scl.high': 'SCL {{value}}: søppelpost med høy sikkerhet',
    'ms.srv.BULK': 'Identifisert som masseutsendelse ut fra klagenivået',
    'ms.ipv.CAL': 'Søppelpostfiltreringen ble hoppet over: den sendende IP-adressen står på listen over tillatte IP-adresser',
    'ms.ipv.NLI': 'Den sendende IP-adressen står ikke på noen omdømmeliste',
    'ms.sfv.BLK': 'Blokkert: avsenderen står på mottakerens liste over blokkerte avsendere',
    'ms.sfv.NSPM': 'Søppelpostfilteret vurderte meldingen som ikke søppelpost',
    'ms.sfv.SFE': 'Tillatt: avsenderen står på mottakerens liste over klarerte avsendere',
    'ms.sfv.SKA': 'Tillatt av listen over tillatte avsendere eller domener i en søppelpostpolicy',
    'ms.sfv.SKB': 'Merket som søppelpost: avsenderen står på listen over blokkerte avsendere eller domener i en søppelpostpolicy',
    'ms.sfv.SKI': 'Søppelpostfiltreringen ble hoppet over av en annen grunn (f.eks. e-post innad i organisasjonen)',
    'ms.sfv.SKN': 'Merket som ikke søppelpost før filtreringen (f.eks. satte en e-postflytregel SCL -1)',
    'ms.sfv.SKQ': 'Sluppet fri fra karantene',
    'ms.sfv.SKS': 'Merket som søppelpost før filtreringen (f.eks. satte en e-postflytregel SCL 5–9)',
    'ms.sfv.SPM': 'Søppelpostfilteret merket meldingen som søppelpost',
    'ms.cat.AMP': 'Kategori: beskyttelse mot skadevare',
    'ms.cat.BIMP': 'Kategori: etterligning av merkevare',
    'ms.cat.BULK': 'Kategori: masseutsendelse',
    'ms.cat.DIMP': 'Kategori: etterligning av domene',
    'ms.cat.FTBP': 'Kategori: blokkert vedleggstype',
    'ms.cat.GIMP': 'Kategori: etterligning oppdaget av postboksintelligens',
    'ms.cat.HPHSH': 'Kategori: phishing med høy sikkerhet',
    'ms.cat.HPHISH': 'Kategori: phishing med høy sikkerhet',
    'ms.cat.HSPM': 'Kategori: søppelpost med høy sikkerhet',
    'ms.cat.INTOS': 'Kategori: phishing innad i organisasjonen',
    'ms.cat.MALW': 'Kategori: skadevare',
    'ms.cat.OSPM': 'Kategori: utgående søppelpost',
    'ms.cat.PHSH': 'Kategori: phishing',
    'ms.cat.SAP': 'Kategori: Sikre vedlegg',
    'ms.cat.SPM': 'Kategori: søppelpost',
    'ms.cat.SPOOF': 'Kategori: forfalsket avsender',
    'ms.cat.UIMP': 'Kategori: etterligning av bruker',
    'ms.cat.NONE': 'Kategori: ingen (ingen trusselpolicy ble brukt)',
    'ms.sfty.9.19': 'Etterligning av domene: det sendende domenet etterligner et beskyttet domene',
    'ms.sfty.9.20': 'Etterligning av bruker: avsenderen etterligner en beskyttet bruker',
    'ms.sfty.9.25': 'Tips ved første kontakt: mottakeren har ikke fått e-post fra denne avsenderen før',
    'ms.sfty.other': 'Flagget av en sjekk mot phishing ({{value}})',
    'ms.bcl': 'Klagenivå for masseutsendelser {{value}} av 9 (høyere betyr at flere mottakere klager)',
    'ms.dest.I': 'Levert til Innboks',
    'ms.dest.J': 'Levert til mappen Søppelpost',
    'ms.dest.C': 'Levert til en egen mappe',
    'ms.ofr.CustomRules': 'En innboksregel hos mottakeren bestemte mappen',
    'ms.ofr.SpamFilterAuthJ': 'Exchanges søppelpostfiltrering bestemte mappen',
    'ms.ucf.1': 'Mottakerens egne søppelpostinnstillinger (klarerte eller blokkerte avsendere) ble brukt',
    'ms.jmr.1': 'En søppelpostregel i postboksen ble brukt',
    'sa.score': 'Poeng {{value}}',
    'sa.required': 'Grense for søppelpost {{value}}',
    'sa.tests': 'Regler som slo til: {{value}}',
    'sa.flag.yes': 'Filteret flagget meldingen som søppelpost',
    'sa.flag.no': 'Filteret flagget ikke meldingen som søppelpost',
    'rspamd.action': 'Handling: {{value}}',
    'rspamd.symbol': 'Regel {{value}}',
    'google.spam.1': 'Gmail vurderte meldingen som søppelpost',
    'google.spam.0': 'Gmail vurderte ikke meldingen som søppelpost',
    'google.phishy.1': 'Gmail mistenkte phishing',
    'google.phishy.0': 'Gmail mistenkte ikke phishing',
  },
};
