import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `smtp` findings: the submission probe, the test message and the MX probe.
 * `{{step}}` is the name of the probe step (dns, connect, greeting, ehlo, tls, auth, mail, rcpt,
 * rset, data, quit) as the steps list shows it; `{{reply}}` is the server's reply, verbatim.
 * A data table, so longer than the usual module: one file keeps the three languages side by side.
 */
export const catalog: FindingCatalog = {
  en: {
    'smtp.params.invalid': {
      title: 'Not a valid value: {{value}}',
      explanation: 'The value given for “{{field}}” cannot be used, so the test did not start.',
      fix: 'Correct the value and run the test again.',
    },
    'smtp.dns.resolved': {
      title: '{{host}} resolves to {{addresses}}',
      explanation: 'The server’s name was found in DNS. Mailpath connects to these addresses in order, as a mail program does.',
    },
    'smtp.dns.literal': {
      title: '{{host}} is an IP address, not a host name',
      explanation:
        'An IP address works for a test, but certificates almost never name an IP address, and the address may change when the provider moves the service.',
      fix: 'Use the host name the provider gives for its outgoing server.',
    },
    'smtp.dns.nxdomain': {
      title: 'The server name {{host}} does not exist',
      explanation: 'DNS answers that there is no such name ({{outcome}}). Usually the name is mistyped, or the provider has retired it.',
      fix: 'Check the spelling against the provider’s instructions for the outgoing server.',
    },
    'smtp.dns.no-address': {
      title: '{{host}} has no IP address',
      explanation: 'The name exists in DNS but has no IPv4 or IPv6 address ({{outcome}}), so nothing can connect to it.',
      fix: 'Check the name against the provider’s instructions; if it is right, the provider must publish its address.',
    },
    'smtp.dns.failed': {
      title: 'The DNS lookup of {{host}} failed',
      explanation:
        'No usable answer came back ({{outcome}}). This is a problem with DNS — this network’s resolver or the domain’s name servers — not an answer that the name does not exist.',
      fix: 'Try again; if it persists, test from another network or check the domain’s name servers.',
    },
    'smtp.connect.ok': {
      title: 'Connected to {{host}} at {{address}}, port {{port}}',
      explanation: 'The TCP connection opened.',
    },
    'smtp.connect.refused': {
      title: '{{address}} refused the connection on port {{port}}',
      explanation:
        'The server, or a firewall in front of it, answered at once that nothing accepts connections on port {{port}} of {{host}}.',
      fix: 'Check the port number against the provider’s instructions (usually 587 with STARTTLS or 465 with TLS). If it is right, the service is down or blocked.',
    },
    'smtp.connect.timeout': {
      title: 'No answer from {{address}} on port {{port}} within {{seconds}} s',
      explanation:
        'The connection attempt got no answer at all. A firewall that silently drops the traffic — on this network, at the provider or in between — behaves like this; so does a wrong address.',
      fix: 'Check that this network allows outgoing connections to port {{port}} (guest and hotel networks often block mail ports), then check the address with the provider.',
    },
    'smtp.connect.unreachable': {
      title: '{{address}} cannot be reached from this network',
      explanation:
        'The operating system reported that there is no route to the address ({{code}}). This is typical of an IPv6 address on a network without IPv6, or of a network without internet access.',
      fix: 'Check this computer’s network connection; if only IPv6 fails, the test uses the next address.',
    },
    'smtp.connect.failed': {
      title: 'Could not connect to {{address}} on port {{port}}',
      explanation: 'The connection failed ({{code}}).',
      fix: 'Check the network connection and the server address, then try again.',
    },
    'smtp.greeting.ok': {
      title: '{{host}} greeted: {{reply}}',
      explanation: 'The server is ready for mail; it introduces itself as {{claimed}}.',
    },
    'smtp.greeting.name-differs': {
      title: 'The server calls itself {{claimed}}, not {{host}}',
      explanation:
        'The name in the greeting differs from the name typed, but {{claimed}} points to the same address ({{claimedAddresses}}). This is normal for a provider whose servers share one public name.',
    },
    'smtp.greeting.name-elsewhere': {
      title: 'The server calls itself {{claimed}}, which does not point to {{address}}',
      explanation:
        'Mailpath connected to {{address}} for {{host}}, but the server introduces itself as {{claimed}}, which resolves to {{claimedAddresses}}. Often harmless, it can also mean that something in between answers instead of the real server — an antivirus program or a firewall that intercepts mail traffic.',
      fix: 'If the name is not one the provider uses, check this computer and network for software that intercepts mail (antivirus “mail shield”, proxy).',
    },
    'smtp.greeting.unavailable': {
      title: '{{host}} is not taking connections now: {{reply}}',
      explanation:
        'The server answered with code {{code}} at once: it is overloaded, in maintenance, or limits connections from this address.',
      fix: 'Wait a while and try again. If it persists, ask the provider whether this address is being limited.',
    },
    'smtp.greeting.rejected': {
      title: '{{host}} turned the connection away: {{reply}}',
      explanation:
        'The server refused to talk before any command was sent (code {{code}}). This usually means this network’s address is blocked, for example because it is on a blocklist or belongs to a range the provider does not accept mail from.',
      fix: 'Read the reply for a reason or a link; test from another network to see whether the block follows this address.',
    },
    'smtp.greeting.expects-tls': {
      title: '{{host}} said nothing on port {{port}}: it expects TLS from the start',
      explanation:
        'On port {{port}} the server waits for the client to start TLS (implicit TLS, as on port 465). A client that waits for a plain greeting waits in vain — here for {{seconds}} s.',
      fix: 'Choose TLS (SSL) as the security setting for port {{port}}, or use port 587 with STARTTLS.',
    },
    'smtp.ehlo.ok': {
      title: '{{host}} offers: {{extensions}}',
      explanation:
        'These are the extensions the server (calling itself {{name}}) announced in its reply to EHLO — what it can do in this session.',
    },
    'smtp.ehlo.helo-only': {
      title: '{{host}} does not support EHLO',
      explanation:
        'The server refused EHLO ({{reply}}) and accepted only the old HELO, so it offers no extensions: no STARTTLS, no AUTH, no size limit. Servers like that are rare and usually very old.',
      fix: 'Ask the provider whether this is really its submission server.',
    },
    'smtp.ehlo.rejected': {
      title: '{{host}} refused EHLO and HELO: {{reply}}',
      explanation: 'The server did not accept the client’s introduction, so no mail can be sent in this session.',
      fix: 'Read the reply for the reason; some servers reject the name a client introduces itself with.',
    },
    'smtp.starttls.not-offered': {
      title: '{{host}} does not offer STARTTLS on port {{port}}',
      explanation: 'The server does not announce STARTTLS, so the session — including any password — would travel unencrypted.',
      fix: 'Use the port where the provider offers encryption (587 with STARTTLS or 465 with TLS), or ask the provider to enable it.',
    },
    'smtp.starttls.refused': {
      title: '{{host}} refused STARTTLS: {{reply}}',
      explanation: 'The server announced STARTTLS but refused it when asked; it is usually missing or failing to load its certificate.',
      fix: 'Ask whoever runs the server to check its TLS settings and logs.',
    },
    'smtp.security.plaintext': {
      title: 'The session with {{host}} is not encrypted',
      explanation:
        'The test was run without encryption although the server offers STARTTLS on port {{port}}. A mail program set up like this sends its password in the clear.',
      fix: 'Set the mail program to use STARTTLS on port {{port}}.',
    },
    'smtp.port.25': {
      title: 'Port 25 is used for sending from a mail program',
      explanation:
        'Port 25 is meant for servers delivering to each other. Many networks block it, and many providers do not accept sign-in on it. Mail programs should use 587 (STARTTLS) or 465 (TLS).',
      fix: 'Change the mail program to port 587 with STARTTLS or 465 with TLS, as the provider documents.',
    },
    'smtp.auth.ok': {
      title: 'Signed in to {{host}} as {{user}}',
      explanation: 'The server accepted the user name and password ({{mechanism}}): {{reply}}.',
    },
    'smtp.auth.refused': {
      title: '{{host}} refused the sign-in for {{user}}: {{reply}}',
      explanation:
        'The server did not accept the user name and password with {{mechanism}} (code {{code}}). Usually the password is wrong or has been changed, the user name must be the full address, or the account requires an app password or has sign-in by SMTP turned off.',
      fix: 'Check the user name and password by signing in to the provider’s webmail; for Microsoft 365 and Google, check whether SMTP sign-in (SMTP AUTH) is allowed for the account or an app password is needed.',
    },
    'smtp.auth.temporary': {
      title: '{{host}} could not check the sign-in right now: {{reply}}',
      explanation:
        'The server answered with a temporary error (code {{code}}) to the sign-in with {{mechanism}}: its password check is unavailable or overloaded.',
      fix: 'Try again in a few minutes; if it persists, tell the provider.',
    },
    'smtp.auth.not-offered': {
      title: '{{host}} does not offer sign-in (AUTH) on port {{port}}',
      explanation:
        'The server does not announce AUTH, so it cannot check a user name and password here. Without sign-in it will normally only accept mail for its own domains.',
      fix: 'Check the port and server name against the provider’s instructions for mail programs (usually port 587).',
    },
    'smtp.auth.not-offered-plaintext': {
      title: '{{host}} offers sign-in only over an encrypted connection',
      explanation:
        'Over the unencrypted session on port {{port}} the server does not announce AUTH. Most servers offer sign-in only after STARTTLS, so that passwords never travel in the clear.',
      fix: 'Set the security to STARTTLS (port 587) or TLS (port 465).',
    },
    'smtp.auth.no-mechanism': {
      title: '{{host}} offers no sign-in method Mailpath supports',
      explanation: 'The server offers {{mechanisms}}; Mailpath signs in with PLAIN or LOGIN, which mail programs also use.',
      fix: 'Ask the provider which sign-in methods its server offers to mail programs.',
    },
    'smtp.auth.skipped': {
      title: 'Sign-in was not tested',
      explanation: 'No user name or password was given, so the test did not sign in. The server offers: {{mechanisms}}.',
      fix: 'Give the user name and password the mail program uses to test the sign-in too.',
    },
    'smtp.address.skipped': {
      title: 'The recipients were not checked',
      explanation: 'Without a sender address the server cannot be asked about the recipients.',
      fix: 'Give the sender address to check the recipients too.',
    },
    'smtp.mail.ok': {
      title: 'The server accepts the sender {{address}}',
      explanation: 'It answered MAIL FROM with {{reply}}.',
    },
    'smtp.mail.rejected': {
      title: 'The server refused the sender {{address}}',
      explanation:
        'It answered MAIL FROM with {{reply}} (code {{code}}). Servers refuse a sender the signed-in user may not send as, a domain that does not exist, or a sender on a policy list.',
      fix: 'Send from the address the account belongs to, or ask the provider to allow sending as this address.',
    },
    'smtp.rcpt.ok': {
      title: 'The server accepts the recipient {{address}}',
      explanation:
        'It answered RCPT TO with {{reply}}. A server that relays mail onwards accepts almost any address here; only the recipient’s own server can say whether the mailbox exists.',
    },
    'smtp.rcpt.unknown': {
      title: 'The recipient {{address}} does not exist',
      explanation:
        'The server answered RCPT TO with {{reply}}: it has no mailbox with that address. Usually the address is mistyped, or the mailbox was removed.',
      fix: 'Check the exact spelling of the address with the recipient.',
    },
    'smtp.rcpt.relay-denied': {
      title: 'The server will not pass mail on to {{address}}',
      explanation:
        'It answered RCPT TO with {{reply}}: it only forwards mail to other domains for senders that have signed in (or come from its own network).',
      fix: 'Sign in with the user name and password (and check that the mail program does so), or use the provider’s submission server instead.',
    },
    'smtp.rcpt.greylisted': {
      title: 'The recipient {{address}} is greylisted: try again later',
      explanation:
        'The server answered RCPT TO with {{reply}}. Greylisting turns away the first attempt from an unknown sender on purpose; a real mail server tries again after a few minutes and is then accepted. It costs a delay, not the message.',
      fix: 'Nothing to do for a real mail server. If messages stay delayed for hours, ask the recipient’s provider to check its greylisting.',
    },
    'smtp.rcpt.deferred': {
      title: 'The recipient {{address}} was temporarily refused',
      explanation:
        'The server answered RCPT TO with {{reply}} (code {{code}}): a temporary refusal. A mail server keeps trying for days before it gives up.',
      fix: 'Read the reply for the reason; try again later, and ask the server’s operator if it persists.',
    },
    'smtp.rcpt.rejected': {
      title: 'The server refused the recipient {{address}}',
      explanation: 'It answered RCPT TO with {{reply}} (code {{code}}).',
      fix: 'Read the reply for the reason; the evidence below explains the code.',
    },
    'smtp.data.rejected': {
      title: 'The server refused the message: {{reply}}',
      explanation:
        'The envelope was accepted, but the message itself was refused (code {{code}}) — often by a content filter, a size limit or a sender policy check (SPF, DKIM, DMARC).',
      fix: 'Read the reply for the reason; the evidence below explains the code.',
    },
    'smtp.data.deferred': {
      title: 'The server temporarily refused the message: {{reply}}',
      explanation: 'The message got a temporary refusal (code {{code}}); a mail server would try again later.',
      fix: 'Try again later; if it persists, ask the server’s operator.',
    },
    'smtp.send.queued': {
      title: 'The test message was accepted with queue ID {{queueId}}',
      explanation:
        '{{host}} answered {{reply}} and has taken responsibility for delivering {{messageId}} to {{accepted}}. The queue ID is what the provider needs to trace the message in its logs.',
      fix: 'Give the queue ID {{queueId}} and the Message-ID {{messageId}} to whoever traces the message.',
    },
    'smtp.send.accepted': {
      title: 'The test message was accepted',
      explanation:
        '{{host}} answered {{reply}} and has taken responsibility for delivering {{messageId}} to {{accepted}}. The reply contains no queue ID Mailpath recognises.',
      fix: 'Give the Message-ID {{messageId}} and the time of sending to whoever traces the message.',
    },
    'smtp.send.partial': {
      title: 'Some recipients were refused: {{rejected}}',
      explanation: 'The message was accepted for the other recipients; {{host}} refused these.',
      fix: 'Check those addresses; the evidence shows the server’s replies.',
    },
    'smtp.send.certificate': {
      title: 'The test message was not sent: the certificate of {{host}} is not trusted',
      explanation:
        'The encrypted connection was refused because the certificate did not pass the check ({{reason}}). The server probe explains the certificate in detail.',
      fix: 'Fix the certificate, or give the CA file, or — only if you know why the certificate is not trusted — allow sending despite it.',
    },
    'smtp.send.failed': {
      title: 'The test message could not be sent',
      explanation: 'Sending through {{host}} failed ({{code}}: {{message}}).',
      fix: 'Run the server test for a step-by-step view of where it fails.',
    },
    'smtp.timeout': {
      title: '{{host}} did not answer in time (step {{step}})',
      explanation:
        'Mailpath waited {{seconds}} s for the reply and got nothing. The server is overloaded, stalled, or a filter in between holds the traffic.',
      fix: 'Try again; if it recurs at the same step, ask whoever runs the server to check its load and logs.',
    },
    'smtp.slow': {
      title: '{{host}} answers far too slowly (step {{step}})',
      explanation:
        'In {{seconds}} s only {{bytes}} bytes of the reply arrived. A server that trickles its answer like this is overloaded, or deliberately slows down clients it distrusts (tarpitting).',
      fix: 'Try again from another network; if it persists, ask whoever runs the server.',
    },
    'smtp.dropped': {
      title: '{{host}} closed the connection (step {{step}})',
      explanation:
        'The connection ended without a reply ({{code}}). A server that drops clients it distrusts, a crash, or a filter in between behaves like this.',
      fix: 'Try again; if it recurs at the same step, ask whoever runs the server to look in its log at that time.',
    },
    'smtp.line-too-long': {
      title: '{{host}} sent a line longer than {{limit}} bytes (step {{step}})',
      explanation:
        'SMTP reply lines are short (RFC 5321 allows 512 bytes). Mailpath stopped reading to protect itself; what answered is probably not a mail server, or is broken.',
      fix: 'Check that the host and port belong to a mail server.',
    },
    'smtp.reply-too-large': {
      title: '{{host}} sent an oversized reply (step {{step}})',
      explanation:
        'The reply grew past {{limit}} bytes, far beyond any real SMTP reply. Mailpath stopped reading to protect itself; what answered is probably not a mail server, or is broken.',
      fix: 'Check that the host and port belong to a mail server.',
    },
    'smtp.protocol.malformed': {
      title: '{{host}} does not speak SMTP (step {{step}})',
      explanation:
        'The server sent a line that is not an SMTP reply: {{line}}. Another service listens on this port (a web server, for example), or the port expects TLS first.',
      fix: 'Check the port and security setting against the provider’s instructions.',
    },
    'smtp.cancelled': {
      title: 'The test was cancelled',
      explanation: 'The test of {{host}} was stopped at step {{step}} before it finished.',
    },
    'smtp.mx.null': {
      title: '{{domain}} accepts no mail (null MX)',
      explanation:
        'The domain publishes a “null MX” record (RFC 7505): it declares that it never receives e-mail. Every message to it bounces at once.',
      fix: 'Ask the recipient for an address that receives mail.',
    },
    'smtp.mx.implicit': {
      title: '{{domain}} has no MX record',
      explanation:
        'Without an MX record, sending servers deliver to the domain’s own address (RFC 5321 §5.1). That works, but some senders refuse domains without MX, and the address often belongs to a web server that does not receive mail.',
      fix: 'The recipient’s provider should publish an MX record for {{domain}}.',
    },
    'smtp.mx.none': {
      title: '{{domain}} cannot receive mail',
      explanation: 'The domain exists but has neither an MX record nor an address, so no server can deliver to it.',
      fix: 'The recipient’s provider must publish an MX record for {{domain}}; until then, ask the recipient for another address.',
    },
    'smtp.mx.nxdomain': {
      title: 'The domain {{domain}} does not exist',
      explanation: 'DNS answers that there is no such domain. The recipient’s address is probably mistyped.',
      fix: 'Check the part after @ with the recipient.',
    },
    'smtp.mx.lookup-failed': {
      title: 'The MX lookup for {{domain}} failed',
      explanation:
        'No usable answer came back ({{outcome}}). Sending servers treat this as temporary and keep retrying, so mail is delayed rather than refused.',
      fix: 'Try again; if it persists, the domain’s name servers must be fixed by whoever runs them.',
    },
    'smtp.mx.host-unresolvable': {
      title: 'The mail server {{host}} has no address',
      explanation:
        'The domain names {{host}} as a mail server, but that name has no IP address ({{outcome}}), so nothing can be delivered to it.',
      fix: 'The recipient’s provider must correct the MX record or publish the address.',
    },
    'smtp.mx.port25-blocked': {
      title: 'This network blocks outgoing connections to port {{port}}',
      explanation:
        'None of the mail servers of {{domain}} could be reached on port {{port}}, while a connection to {{control}} worked. Internet providers and company firewalls commonly block port 25 so that infected computers cannot send spam. It says nothing about the recipient’s servers — and it does not affect normal sending, which goes through the outgoing server on 587 or 465.',
      fix: 'Run the recipient test from a network that allows port 25 (a server, or a network without the block), or ask the internet provider to lift it. Normal mail sending does not need port 25.',
    },
    'smtp.mx.no-network': {
      title: 'Neither the mail servers nor {{control}} could be reached',
      explanation:
        'No mail server of {{domain}} answered on port {{port}}, and the control connection to {{control}} failed too. This computer seems to have no working internet connection, or a firewall blocks almost everything.',
      fix: 'Check this computer’s internet connection and firewall, then run the test again.',
    },
  },
  sv: {
    'smtp.params.invalid': {
      title: 'Ogiltigt värde: {{value}}',
      explanation: 'Värdet som angavs för ”{{field}}” går inte att använda, så testet startade inte.',
      fix: 'Rätta värdet och kör testet igen.',
    },
    'smtp.dns.resolved': {
      title: '{{host}} pekar på {{addresses}}',
      explanation: 'Serverns namn finns i DNS. Mailpath ansluter till adresserna i tur och ordning, precis som ett e-postprogram.',
    },
    'smtp.dns.literal': {
      title: '{{host}} är en IP-adress, inte ett värdnamn',
      explanation:
        'En IP-adress fungerar för ett test, men certifikat anger nästan aldrig IP-adresser, och adressen kan ändras när leverantören flyttar tjänsten.',
      fix: 'Använd det värdnamn som leverantören anger för sin utgående server.',
    },
    'smtp.dns.nxdomain': {
      title: 'Servernamnet {{host}} finns inte',
      explanation:
        'DNS svarar att namnet inte finns ({{outcome}}). Oftast är namnet felstavat, eller så har leverantören slutat använda det.',
      fix: 'Jämför stavningen med leverantörens instruktioner för utgående server.',
    },
    'smtp.dns.no-address': {
      title: '{{host}} har ingen IP-adress',
      explanation: 'Namnet finns i DNS men har ingen IPv4- eller IPv6-adress ({{outcome}}), så ingenting kan ansluta till det.',
      fix: 'Jämför namnet med leverantörens instruktioner; stämmer det måste leverantören publicera adressen.',
    },
    'smtp.dns.failed': {
      title: 'DNS-uppslaget av {{host}} misslyckades',
      explanation:
        'Inget användbart svar kom tillbaka ({{outcome}}). Felet ligger i DNS – det här nätverkets resolver eller domänens namnservrar – och betyder inte att namnet saknas.',
      fix: 'Prova igen; kvarstår felet, testa från ett annat nätverk eller kontrollera domänens namnservrar.',
    },
    'smtp.connect.ok': {
      title: 'Ansluten till {{host}} på {{address}}, port {{port}}',
      explanation: 'TCP-anslutningen öppnades.',
    },
    'smtp.connect.refused': {
      title: '{{address}} nekade anslutningen på port {{port}}',
      explanation:
        'Servern, eller en brandvägg framför den, svarade direkt att ingenting tar emot anslutningar på port {{port}} hos {{host}}.',
      fix: 'Jämför portnumret med leverantörens instruktioner (oftast 587 med STARTTLS eller 465 med TLS). Stämmer det är tjänsten nere eller blockerad.',
    },
    'smtp.connect.timeout': {
      title: 'Inget svar från {{address}} på port {{port}} inom {{seconds}} s',
      explanation:
        'Anslutningsförsöket fick inget svar alls. Så beter sig en brandvägg som tyst kastar trafiken – i det här nätverket, hos leverantören eller någonstans däremellan – men också en felaktig adress.',
      fix: 'Kontrollera att nätverket tillåter utgående anslutningar till port {{port}} (gäst- och hotellnätverk spärrar ofta e-postportar), och kontrollera sedan adressen med leverantören.',
    },
    'smtp.connect.unreachable': {
      title: '{{address}} går inte att nå från det här nätverket',
      explanation:
        'Operativsystemet rapporterade att det saknas väg till adressen ({{code}}). Det är typiskt för en IPv6-adress i ett nätverk utan IPv6, eller för ett nätverk utan internetåtkomst.',
      fix: 'Kontrollera datorns nätverksanslutning; om bara IPv6 misslyckas använder testet nästa adress.',
    },
    'smtp.connect.failed': {
      title: 'Det gick inte att ansluta till {{address}} på port {{port}}',
      explanation: 'Anslutningen misslyckades ({{code}}).',
      fix: 'Kontrollera nätverksanslutningen och serveradressen och försök igen.',
    },
    'smtp.greeting.ok': {
      title: '{{host}} hälsade: {{reply}}',
      explanation: 'Servern är redo att ta emot e-post; den presenterar sig som {{claimed}}.',
    },
    'smtp.greeting.name-differs': {
      title: 'Servern kallar sig {{claimed}}, inte {{host}}',
      explanation:
        'Namnet i hälsningen skiljer sig från det angivna namnet, men {{claimed}} pekar på samma adress ({{claimedAddresses}}). Det är normalt hos leverantörer vars servrar delar ett gemensamt publikt namn.',
    },
    'smtp.greeting.name-elsewhere': {
      title: 'Servern kallar sig {{claimed}}, som inte pekar på {{address}}',
      explanation:
        'Mailpath anslöt till {{address}} för {{host}}, men servern presenterar sig som {{claimed}}, som pekar på {{claimedAddresses}}. Ofta är det ofarligt, men det kan också betyda att något annat svarar i stället för den riktiga servern – ett antivirusprogram eller en brandvägg som fångar upp e-posttrafiken.',
      fix: 'Om namnet inte är ett som leverantören använder, kontrollera om datorn eller nätverket har programvara som fångar upp e-post (antivirusets e-postskydd, proxy).',
    },
    'smtp.greeting.unavailable': {
      title: '{{host}} tar inte emot anslutningar just nu: {{reply}}',
      explanation:
        'Servern svarade direkt med kod {{code}}: den är överbelastad, under underhåll eller begränsar anslutningar från den här adressen.',
      fix: 'Vänta en stund och försök igen. Kvarstår det, fråga leverantören om den här adressen begränsas.',
    },
    'smtp.greeting.rejected': {
      title: '{{host}} avvisade anslutningen: {{reply}}',
      explanation:
        'Servern vägrade prata innan något kommando hade skickats (kod {{code}}). Oftast betyder det att nätverkets adress är spärrad, till exempel för att den finns på en spärrlista eller tillhör ett adressområde som leverantören inte tar emot e-post från.',
      fix: 'Läs svaret efter en orsak eller länk; testa från ett annat nätverk för att se om spärren följer den här adressen.',
    },
    'smtp.greeting.expects-tls': {
      title: '{{host}} sa ingenting på port {{port}}: den väntar sig TLS från början',
      explanation:
        'På port {{port}} väntar servern på att klienten ska starta TLS (implicit TLS, som på port 465). En klient som väntar på en vanlig hälsning väntar förgäves – här i {{seconds}} s.',
      fix: 'Välj TLS (SSL) som säkerhetsinställning för port {{port}}, eller använd port 587 med STARTTLS.',
    },
    'smtp.ehlo.ok': {
      title: '{{host}} erbjuder: {{extensions}}',
      explanation:
        'Det här är de tillägg servern (som kallar sig {{name}}) angav i sitt svar på EHLO – vad den kan göra i den här sessionen.',
    },
    'smtp.ehlo.helo-only': {
      title: '{{host}} stöder inte EHLO',
      explanation:
        'Servern nekade EHLO ({{reply}}) och godtog bara det gamla HELO, så den erbjuder inga tillägg: ingen STARTTLS, ingen AUTH, ingen storleksgräns. Sådana servrar är sällsynta och oftast mycket gamla.',
      fix: 'Fråga leverantören om det här verkligen är deras server för utgående e-post.',
    },
    'smtp.ehlo.rejected': {
      title: '{{host}} nekade både EHLO och HELO: {{reply}}',
      explanation: 'Servern godtog inte klientens presentation, så ingen e-post kan skickas i den här sessionen.',
      fix: 'Läs svaret efter orsaken; vissa servrar avvisar det namn klienten presenterar sig med.',
    },
    'smtp.starttls.not-offered': {
      title: '{{host}} erbjuder inte STARTTLS på port {{port}}',
      explanation: 'Servern anger inte STARTTLS, så sessionen – även ett eventuellt lösenord – skulle gå okrypterad.',
      fix: 'Använd den port där leverantören erbjuder kryptering (587 med STARTTLS eller 465 med TLS), eller be leverantören att aktivera den.',
    },
    'smtp.starttls.refused': {
      title: '{{host}} nekade STARTTLS: {{reply}}',
      explanation: 'Servern angav STARTTLS men nekade när den ombads starta det; oftast saknas certifikatet eller går inte att läsa in.',
      fix: 'Be den som driver servern att kontrollera TLS-inställningarna och loggarna.',
    },
    'smtp.security.plaintext': {
      title: 'Sessionen med {{host}} är inte krypterad',
      explanation:
        'Testet kördes utan kryptering trots att servern erbjuder STARTTLS på port {{port}}. Ett e-postprogram som är inställt så skickar sitt lösenord i klartext.',
      fix: 'Ställ in e-postprogrammet på STARTTLS på port {{port}}.',
    },
    'smtp.port.25': {
      title: 'Port 25 används för att skicka från ett e-postprogram',
      explanation:
        'Port 25 är avsedd för servrar som levererar till varandra. Många nätverk spärrar den, och många leverantörer tillåter inte inloggning där. E-postprogram bör använda 587 (STARTTLS) eller 465 (TLS).',
      fix: 'Ändra e-postprogrammet till port 587 med STARTTLS eller 465 med TLS, enligt leverantörens instruktioner.',
    },
    'smtp.auth.ok': {
      title: 'Inloggad på {{host}} som {{user}}',
      explanation: 'Servern godtog användarnamn och lösenord ({{mechanism}}): {{reply}}.',
    },
    'smtp.auth.refused': {
      title: '{{host}} nekade inloggningen för {{user}}: {{reply}}',
      explanation:
        'Servern godtog inte användarnamn och lösenord med {{mechanism}} (kod {{code}}). Oftast är lösenordet fel eller har ändrats, användarnamnet måste vara hela adressen, eller så kräver kontot ett applösenord eller har SMTP-inloggning avstängd.',
      fix: 'Kontrollera användarnamn och lösenord genom att logga in i leverantörens webbmejl; för Microsoft 365 och Google, kontrollera om SMTP-inloggning (SMTP AUTH) är tillåten för kontot eller om ett applösenord krävs.',
    },
    'smtp.auth.temporary': {
      title: '{{host}} kunde inte kontrollera inloggningen just nu: {{reply}}',
      explanation:
        'Servern svarade med ett tillfälligt fel (kod {{code}}) på inloggningen med {{mechanism}}: lösenordskontrollen är inte tillgänglig eller är överbelastad.',
      fix: 'Försök igen om några minuter; kvarstår det, meddela leverantören.',
    },
    'smtp.auth.not-offered': {
      title: '{{host}} erbjuder inte inloggning (AUTH) på port {{port}}',
      explanation:
        'Servern anger inte AUTH, så den kan inte kontrollera användarnamn och lösenord här. Utan inloggning tar den normalt bara emot e-post till sina egna domäner.',
      fix: 'Jämför port och servernamn med leverantörens instruktioner för e-postprogram (oftast port 587).',
    },
    'smtp.auth.not-offered-plaintext': {
      title: '{{host}} erbjuder inloggning bara över en krypterad anslutning',
      explanation:
        'I den okrypterade sessionen på port {{port}} anger servern inte AUTH. De flesta servrar erbjuder inloggning först efter STARTTLS, så att lösenord aldrig skickas i klartext.',
      fix: 'Välj STARTTLS (port 587) eller TLS (port 465) som säkerhetsinställning.',
    },
    'smtp.auth.no-mechanism': {
      title: '{{host}} erbjuder ingen inloggningsmetod som Mailpath stöder',
      explanation: 'Servern erbjuder {{mechanisms}}; Mailpath loggar in med PLAIN eller LOGIN, som även e-postprogram använder.',
      fix: 'Fråga leverantören vilka inloggningsmetoder servern erbjuder e-postprogram.',
    },
    'smtp.auth.skipped': {
      title: 'Inloggningen testades inte',
      explanation: 'Inget användarnamn eller lösenord angavs, så testet loggade inte in. Servern erbjuder: {{mechanisms}}.',
      fix: 'Ange det användarnamn och lösenord som e-postprogrammet använder för att även testa inloggningen.',
    },
    'smtp.address.skipped': {
      title: 'Mottagarna kontrollerades inte',
      explanation: 'Utan avsändaradress går det inte att fråga servern om mottagarna.',
      fix: 'Ange avsändaradressen för att även kontrollera mottagarna.',
    },
    'smtp.mail.ok': {
      title: 'Servern godtar avsändaren {{address}}',
      explanation: 'Den svarade på MAIL FROM med {{reply}}.',
    },
    'smtp.mail.rejected': {
      title: 'Servern nekade avsändaren {{address}}',
      explanation:
        'Den svarade på MAIL FROM med {{reply}} (kod {{code}}). Servrar nekar en avsändare som den inloggade användaren inte får skicka som, en domän som inte finns eller en avsändare som stoppas av en policy.',
      fix: 'Skicka från den adress som kontot hör till, eller be leverantören att tillåta att kontot skickar som den här adressen.',
    },
    'smtp.rcpt.ok': {
      title: 'Servern godtar mottagaren {{address}}',
      explanation:
        'Den svarade på RCPT TO med {{reply}}. En server som skickar e-post vidare godtar nästan vilken adress som helst här; bara mottagarens egen server kan säga om brevlådan finns.',
    },
    'smtp.rcpt.unknown': {
      title: 'Mottagaren {{address}} finns inte',
      explanation:
        'Servern svarade på RCPT TO med {{reply}}: den har ingen brevlåda med den adressen. Oftast är adressen felstavad, eller så har brevlådan tagits bort.',
      fix: 'Kontrollera den exakta stavningen av adressen med mottagaren.',
    },
    'smtp.rcpt.relay-denied': {
      title: 'Servern skickar inte vidare e-post till {{address}}',
      explanation:
        'Den svarade på RCPT TO med {{reply}}: den vidarebefordrar bara e-post till andra domäner för avsändare som har loggat in (eller finns i dess eget nätverk).',
      fix: 'Logga in med användarnamn och lösenord (och kontrollera att e-postprogrammet gör det), eller använd leverantörens server för utgående e-post.',
    },
    'smtp.rcpt.greylisted': {
      title: 'Mottagaren {{address}} grålistas: försök igen senare',
      explanation:
        'Servern svarade på RCPT TO med {{reply}}. Grålistning avvisar med flit det första försöket från en okänd avsändare; en riktig e-postserver försöker igen efter några minuter och släpps då igenom. Det kostar en fördröjning, inte meddelandet.',
      fix: 'Ingenting behöver göras för en riktig e-postserver. Om meddelanden dröjer i timmar, be mottagarens leverantör att se över grålistningen.',
    },
    'smtp.rcpt.deferred': {
      title: 'Mottagaren {{address}} nekades tillfälligt',
      explanation:
        'Servern svarade på RCPT TO med {{reply}} (kod {{code}}): ett tillfälligt nej. En e-postserver fortsätter att försöka i flera dagar innan den ger upp.',
      fix: 'Läs svaret efter orsaken; försök igen senare och fråga serverns ägare om det kvarstår.',
    },
    'smtp.rcpt.rejected': {
      title: 'Servern nekade mottagaren {{address}}',
      explanation: 'Den svarade på RCPT TO med {{reply}} (kod {{code}}).',
      fix: 'Läs svaret efter orsaken; bevisen nedan förklarar koden.',
    },
    'smtp.data.rejected': {
      title: 'Servern nekade meddelandet: {{reply}}',
      explanation:
        'Kuvertet godtogs, men själva meddelandet nekades (kod {{code}}) – ofta av ett innehållsfilter, en storleksgräns eller en avsändarkontroll (SPF, DKIM, DMARC).',
      fix: 'Läs svaret efter orsaken; bevisen nedan förklarar koden.',
    },
    'smtp.data.deferred': {
      title: 'Servern nekade meddelandet tillfälligt: {{reply}}',
      explanation: 'Meddelandet fick ett tillfälligt nej (kod {{code}}); en e-postserver skulle försöka igen senare.',
      fix: 'Försök igen senare; kvarstår det, fråga serverns ägare.',
    },
    'smtp.send.queued': {
      title: 'Testmeddelandet togs emot med kö-ID {{queueId}}',
      explanation:
        '{{host}} svarade {{reply}} och har tagit ansvar för att leverera {{messageId}} till {{accepted}}. Kö-ID:t är vad leverantören behöver för att spåra meddelandet i sina loggar.',
      fix: 'Ge kö-ID:t {{queueId}} och Message-ID {{messageId}} till den som spårar meddelandet.',
    },
    'smtp.send.accepted': {
      title: 'Testmeddelandet togs emot',
      explanation:
        '{{host}} svarade {{reply}} och har tagit ansvar för att leverera {{messageId}} till {{accepted}}. Svaret innehåller inget kö-ID som Mailpath känner igen.',
      fix: 'Ge Message-ID {{messageId}} och tidpunkten för utskicket till den som spårar meddelandet.',
    },
    'smtp.send.partial': {
      title: 'Några mottagare nekades: {{rejected}}',
      explanation: 'Meddelandet togs emot för de övriga mottagarna; {{host}} nekade de här.',
      fix: 'Kontrollera de adresserna; bevisen visar serverns svar.',
    },
    'smtp.send.certificate': {
      title: 'Testmeddelandet skickades inte: certifikatet för {{host}} är inte betrott',
      explanation:
        'Den krypterade anslutningen avbröts eftersom certifikatet inte klarade kontrollen ({{reason}}). Servertestet förklarar certifikatet i detalj.',
      fix: 'Åtgärda certifikatet eller ange CA-filen, eller – bara om du vet varför certifikatet inte är betrott – tillåt att meddelandet skickas ändå.',
    },
    'smtp.send.failed': {
      title: 'Testmeddelandet kunde inte skickas',
      explanation: 'Utskicket via {{host}} misslyckades ({{code}}: {{message}}).',
      fix: 'Kör servertestet för att se steg för steg var det går fel.',
    },
    'smtp.timeout': {
      title: '{{host}} svarade inte i tid (steg {{step}})',
      explanation:
        'Mailpath väntade {{seconds}} s på svaret och fick ingenting. Servern är överbelastad eller har hängt sig, eller så håller ett filter däremellan kvar trafiken.',
      fix: 'Försök igen; händer det igen i samma steg, be den som driver servern att kontrollera belastningen och loggarna.',
    },
    'smtp.slow': {
      title: '{{host}} svarar alldeles för långsamt (steg {{step}})',
      explanation:
        'På {{seconds}} s kom bara {{bytes}} byte av svaret. En server som droppar fram sitt svar på det här sättet är överbelastad, eller bromsar medvetet klienter den inte litar på (tarpitting).',
      fix: 'Försök igen från ett annat nätverk; kvarstår det, fråga den som driver servern.',
    },
    'smtp.dropped': {
      title: '{{host}} stängde anslutningen (steg {{step}})',
      explanation:
        'Anslutningen bröts utan svar ({{code}}). Så beter sig en server som kastar ut klienter den inte litar på, en server som kraschar eller ett filter däremellan.',
      fix: 'Försök igen; händer det igen i samma steg, be den som driver servern att titta i loggen vid den tidpunkten.',
    },
    'smtp.line-too-long': {
      title: '{{host}} skickade en rad längre än {{limit}} byte (steg {{step}})',
      explanation:
        'SMTP-svar består av korta rader (RFC 5321 tillåter 512 byte). Mailpath slutade läsa för att skydda sig; det som svarade är troligen ingen e-postserver, eller en trasig sådan.',
      fix: 'Kontrollera att värden och porten tillhör en e-postserver.',
    },
    'smtp.reply-too-large': {
      title: '{{host}} skickade ett för stort svar (steg {{step}})',
      explanation:
        'Svaret växte förbi {{limit}} byte, långt över vad ett riktigt SMTP-svar är. Mailpath slutade läsa för att skydda sig; det som svarade är troligen ingen e-postserver, eller en trasig sådan.',
      fix: 'Kontrollera att värden och porten tillhör en e-postserver.',
    },
    'smtp.protocol.malformed': {
      title: '{{host}} talar inte SMTP (steg {{step}})',
      explanation:
        'Servern skickade en rad som inte är ett SMTP-svar: {{line}}. En annan tjänst lyssnar på porten (till exempel en webbserver), eller så väntar sig porten TLS först.',
      fix: 'Jämför port och säkerhetsinställning med leverantörens instruktioner.',
    },
    'smtp.cancelled': {
      title: 'Testet avbröts',
      explanation: 'Testet av {{host}} stoppades i steget {{step}} innan det var klart.',
    },
    'smtp.mx.null': {
      title: '{{domain}} tar inte emot e-post (null-MX)',
      explanation:
        'Domänen publicerar en ”null-MX”-post (RFC 7505): den förklarar att den aldrig tar emot e-post. Alla meddelanden dit studsar direkt.',
      fix: 'Be mottagaren om en adress som tar emot e-post.',
    },
    'smtp.mx.implicit': {
      title: '{{domain}} saknar MX-post',
      explanation:
        'Utan MX-post levererar sändande servrar till domänens egen adress (RFC 5321 §5.1). Det fungerar, men vissa avsändare vägrar domäner utan MX, och adressen tillhör ofta en webbserver som inte tar emot e-post.',
      fix: 'Mottagarens leverantör bör publicera en MX-post för {{domain}}.',
    },
    'smtp.mx.none': {
      title: '{{domain}} kan inte ta emot e-post',
      explanation: 'Domänen finns men har varken MX-post eller adress, så ingen server kan leverera dit.',
      fix: 'Mottagarens leverantör måste publicera en MX-post för {{domain}}; be tills vidare mottagaren om en annan adress.',
    },
    'smtp.mx.nxdomain': {
      title: 'Domänen {{domain}} finns inte',
      explanation: 'DNS svarar att domänen inte finns. Mottagarens adress är troligen felstavad.',
      fix: 'Kontrollera delen efter @ med mottagaren.',
    },
    'smtp.mx.lookup-failed': {
      title: 'MX-uppslaget för {{domain}} misslyckades',
      explanation:
        'Inget användbart svar kom tillbaka ({{outcome}}). Sändande servrar ser det som tillfälligt och fortsätter försöka, så e-posten försenas snarare än nekas.',
      fix: 'Försök igen; kvarstår felet måste den som driver domänens namnservrar åtgärda dem.',
    },
    'smtp.mx.host-unresolvable': {
      title: 'E-postservern {{host}} har ingen adress',
      explanation: 'Domänen anger {{host}} som e-postserver, men namnet har ingen IP-adress ({{outcome}}), så ingenting kan levereras dit.',
      fix: 'Mottagarens leverantör måste rätta MX-posten eller publicera adressen.',
    },
    'smtp.mx.port25-blocked': {
      title: 'Det här nätverket spärrar utgående anslutningar till port {{port}}',
      explanation:
        'Ingen av e-postservrarna för {{domain}} gick att nå på port {{port}}, medan en anslutning till {{control}} fungerade. Internetleverantörer och företagsbrandväggar spärrar ofta port 25 så att infekterade datorer inte kan skicka skräppost. Det säger ingenting om mottagarens servrar – och det påverkar inte vanliga utskick, som går via den utgående servern på 587 eller 465.',
      fix: 'Kör mottagartestet från ett nätverk som tillåter port 25 (en server, eller ett nätverk utan spärren), eller be internetleverantören att häva spärren. Vanliga utskick behöver inte port 25.',
    },
    'smtp.mx.no-network': {
      title: 'Varken e-postservrarna eller {{control}} gick att nå',
      explanation:
        'Ingen e-postserver för {{domain}} svarade på port {{port}}, och kontrollanslutningen till {{control}} misslyckades också. Datorn verkar sakna fungerande internetanslutning, eller så spärrar en brandvägg nästan allt.',
      fix: 'Kontrollera datorns internetanslutning och brandvägg och kör testet igen.',
    },
  },
  nb: {
    'smtp.params.invalid': {
      title: 'Ugyldig verdi: {{value}}',
      explanation: 'Verdien som ble oppgitt for «{{field}}», kan ikke brukes, så testen startet ikke.',
      fix: 'Rett verdien og kjør testen på nytt.',
    },
    'smtp.dns.resolved': {
      title: '{{host}} peker til {{addresses}}',
      explanation: 'Servernavnet finnes i DNS. Mailpath kobler til adressene i tur og orden, slik et e-postprogram gjør.',
    },
    'smtp.dns.literal': {
      title: '{{host}} er en IP-adresse, ikke et vertsnavn',
      explanation:
        'En IP-adresse fungerer for en test, men sertifikater inneholder nesten aldri IP-adresser, og adressen kan endres når leverandøren flytter tjenesten.',
      fix: 'Bruk vertsnavnet leverandøren oppgir for sin utgående server.',
    },
    'smtp.dns.nxdomain': {
      title: 'Servernavnet {{host}} finnes ikke',
      explanation:
        'DNS svarer at navnet ikke finnes ({{outcome}}). Som regel er navnet feilstavet, eller leverandøren har sluttet å bruke det.',
      fix: 'Sammenlign stavemåten med leverandørens instruksjoner for utgående server.',
    },
    'smtp.dns.no-address': {
      title: '{{host}} har ingen IP-adresse',
      explanation: 'Navnet finnes i DNS, men har ingen IPv4- eller IPv6-adresse ({{outcome}}), så ingenting kan koble til det.',
      fix: 'Sammenlign navnet med leverandørens instruksjoner; stemmer det, må leverandøren publisere adressen.',
    },
    'smtp.dns.failed': {
      title: 'DNS-oppslaget av {{host}} mislyktes',
      explanation:
        'Det kom ikke noe brukbart svar ({{outcome}}). Feilen ligger i DNS – dette nettverkets resolver eller domenets navnetjenere – og betyr ikke at navnet mangler.',
      fix: 'Prøv igjen; vedvarer feilen, test fra et annet nettverk eller sjekk domenets navnetjenere.',
    },
    'smtp.connect.ok': {
      title: 'Koblet til {{host}} på {{address}}, port {{port}}',
      explanation: 'TCP-forbindelsen ble åpnet.',
    },
    'smtp.connect.refused': {
      title: '{{address}} avviste forbindelsen på port {{port}}',
      explanation:
        'Serveren, eller en brannmur foran den, svarte med en gang at ingenting tar imot forbindelser på port {{port}} hos {{host}}.',
      fix: 'Sammenlign portnummeret med leverandørens instruksjoner (som regel 587 med STARTTLS eller 465 med TLS). Stemmer det, er tjenesten nede eller blokkert.',
    },
    'smtp.connect.timeout': {
      title: 'Ikke noe svar fra {{address}} på port {{port}} innen {{seconds}} s',
      explanation:
        'Tilkoblingsforsøket fikk ikke noe svar i det hele tatt. Slik oppfører en brannmur seg som stille forkaster trafikken – i dette nettverket, hos leverandøren eller et sted imellom – men også en feil adresse.',
      fix: 'Sjekk at nettverket tillater utgående forbindelser til port {{port}} (gjeste- og hotellnettverk sperrer ofte e-postporter), og sjekk deretter adressen med leverandøren.',
    },
    'smtp.connect.unreachable': {
      title: '{{address}} kan ikke nås fra dette nettverket',
      explanation:
        'Operativsystemet meldte at det ikke finnes noen vei til adressen ({{code}}). Det er typisk for en IPv6-adresse i et nettverk uten IPv6, eller for et nettverk uten internettilgang.',
      fix: 'Sjekk maskinens nettverkstilkobling; feiler bare IPv6, bruker testen neste adresse.',
    },
    'smtp.connect.failed': {
      title: 'Kunne ikke koble til {{address}} på port {{port}}',
      explanation: 'Tilkoblingen mislyktes ({{code}}).',
      fix: 'Sjekk nettverkstilkoblingen og serveradressen, og prøv igjen.',
    },
    'smtp.greeting.ok': {
      title: '{{host}} hilste: {{reply}}',
      explanation: 'Serveren er klar til å ta imot e-post; den presenterer seg som {{claimed}}.',
    },
    'smtp.greeting.name-differs': {
      title: 'Serveren kaller seg {{claimed}}, ikke {{host}}',
      explanation:
        'Navnet i hilsenen er et annet enn navnet som ble oppgitt, men {{claimed}} peker til samme adresse ({{claimedAddresses}}). Det er normalt hos leverandører der serverne deler ett felles offentlig navn.',
    },
    'smtp.greeting.name-elsewhere': {
      title: 'Serveren kaller seg {{claimed}}, som ikke peker til {{address}}',
      explanation:
        'Mailpath koblet til {{address}} for {{host}}, men serveren presenterer seg som {{claimed}}, som peker til {{claimedAddresses}}. Ofte er det ufarlig, men det kan også bety at noe annet svarer i stedet for den egentlige serveren – et antivirusprogram eller en brannmur som fanger opp e-posttrafikken.',
      fix: 'Er navnet ikke et leverandøren bruker, sjekk om maskinen eller nettverket har programvare som fanger opp e-post (antivirusets e-postbeskyttelse, proxy).',
    },
    'smtp.greeting.unavailable': {
      title: '{{host}} tar ikke imot forbindelser akkurat nå: {{reply}}',
      explanation:
        'Serveren svarte med kode {{code}} med en gang: den er overbelastet, under vedlikehold eller begrenser forbindelser fra denne adressen.',
      fix: 'Vent en stund og prøv igjen. Vedvarer det, spør leverandøren om denne adressen blir begrenset.',
    },
    'smtp.greeting.rejected': {
      title: '{{host}} avviste forbindelsen: {{reply}}',
      explanation:
        'Serveren nektet å snakke før noen kommando var sendt (kode {{code}}). Som regel betyr det at nettverkets adresse er sperret, for eksempel fordi den står på en sperreliste eller hører til et adresseområde leverandøren ikke tar imot e-post fra.',
      fix: 'Les svaret etter en årsak eller lenke; test fra et annet nettverk for å se om sperren følger denne adressen.',
    },
    'smtp.greeting.expects-tls': {
      title: '{{host}} sa ingenting på port {{port}}: den venter TLS fra starten',
      explanation:
        'På port {{port}} venter serveren på at klienten skal starte TLS (implisitt TLS, som på port 465). En klient som venter på en vanlig hilsen, venter forgjeves – her i {{seconds}} s.',
      fix: 'Velg TLS (SSL) som sikkerhetsinnstilling for port {{port}}, eller bruk port 587 med STARTTLS.',
    },
    'smtp.ehlo.ok': {
      title: '{{host}} tilbyr: {{extensions}}',
      explanation: 'Dette er utvidelsene serveren (som kaller seg {{name}}) oppga i svaret på EHLO – hva den kan gjøre i denne økten.',
    },
    'smtp.ehlo.helo-only': {
      title: '{{host}} støtter ikke EHLO',
      explanation:
        'Serveren avviste EHLO ({{reply}}) og godtok bare det gamle HELO, så den tilbyr ingen utvidelser: ingen STARTTLS, ingen AUTH, ingen størrelsesgrense. Slike servere er sjeldne og som regel svært gamle.',
      fix: 'Spør leverandøren om dette virkelig er serveren deres for utgående e-post.',
    },
    'smtp.ehlo.rejected': {
      title: '{{host}} avviste både EHLO og HELO: {{reply}}',
      explanation: 'Serveren godtok ikke klientens presentasjon, så ingen e-post kan sendes i denne økten.',
      fix: 'Les svaret etter årsaken; noen servere avviser navnet klienten presenterer seg med.',
    },
    'smtp.starttls.not-offered': {
      title: '{{host}} tilbyr ikke STARTTLS på port {{port}}',
      explanation: 'Serveren oppgir ikke STARTTLS, så økten – også et eventuelt passord – ville gått ukryptert.',
      fix: 'Bruk porten der leverandøren tilbyr kryptering (587 med STARTTLS eller 465 med TLS), eller be leverandøren om å slå den på.',
    },
    'smtp.starttls.refused': {
      title: '{{host}} avviste STARTTLS: {{reply}}',
      explanation:
        'Serveren oppga STARTTLS, men avviste da den ble bedt om å starte det; som regel mangler sertifikatet eller kan ikke lastes.',
      fix: 'Be den som drifter serveren om å sjekke TLS-oppsettet og loggene.',
    },
    'smtp.security.plaintext': {
      title: 'Økten med {{host}} er ikke kryptert',
      explanation:
        'Testen ble kjørt uten kryptering selv om serveren tilbyr STARTTLS på port {{port}}. Et e-postprogram som er satt opp slik, sender passordet sitt i klartekst.',
      fix: 'Still inn e-postprogrammet på STARTTLS på port {{port}}.',
    },
    'smtp.port.25': {
      title: 'Port 25 brukes til å sende fra et e-postprogram',
      explanation:
        'Port 25 er ment for servere som leverer til hverandre. Mange nettverk sperrer den, og mange leverandører tillater ikke pålogging der. E-postprogrammer bør bruke 587 (STARTTLS) eller 465 (TLS).',
      fix: 'Endre e-postprogrammet til port 587 med STARTTLS eller 465 med TLS, slik leverandøren beskriver.',
    },
    'smtp.auth.ok': {
      title: 'Logget på {{host}} som {{user}}',
      explanation: 'Serveren godtok brukernavn og passord ({{mechanism}}): {{reply}}.',
    },
    'smtp.auth.refused': {
      title: '{{host}} avviste påloggingen for {{user}}: {{reply}}',
      explanation:
        'Serveren godtok ikke brukernavn og passord med {{mechanism}} (kode {{code}}). Som regel er passordet feil eller endret, brukernavnet må være hele adressen, eller kontoen krever et app-passord eller har SMTP-pålogging slått av.',
      fix: 'Sjekk brukernavn og passord ved å logge på leverandørens webmail; for Microsoft 365 og Google, sjekk om SMTP-pålogging (SMTP AUTH) er tillatt for kontoen, eller om det trengs et app-passord.',
    },
    'smtp.auth.temporary': {
      title: '{{host}} kunne ikke sjekke påloggingen akkurat nå: {{reply}}',
      explanation:
        'Serveren svarte med en midlertidig feil (kode {{code}}) på påloggingen med {{mechanism}}: passordkontrollen er utilgjengelig eller overbelastet.',
      fix: 'Prøv igjen om noen minutter; vedvarer det, si fra til leverandøren.',
    },
    'smtp.auth.not-offered': {
      title: '{{host}} tilbyr ikke pålogging (AUTH) på port {{port}}',
      explanation:
        'Serveren oppgir ikke AUTH, så den kan ikke sjekke brukernavn og passord her. Uten pålogging tar den normalt bare imot e-post til sine egne domener.',
      fix: 'Sammenlign port og servernavn med leverandørens instruksjoner for e-postprogrammer (som regel port 587).',
    },
    'smtp.auth.not-offered-plaintext': {
      title: '{{host}} tilbyr pålogging bare over en kryptert forbindelse',
      explanation:
        'I den ukrypterte økten på port {{port}} oppgir ikke serveren AUTH. De fleste servere tilbyr pålogging først etter STARTTLS, slik at passord aldri sendes i klartekst.',
      fix: 'Velg STARTTLS (port 587) eller TLS (port 465) som sikkerhetsinnstilling.',
    },
    'smtp.auth.no-mechanism': {
      title: '{{host}} tilbyr ingen påloggingsmetode Mailpath støtter',
      explanation: 'Serveren tilbyr {{mechanisms}}; Mailpath logger på med PLAIN eller LOGIN, som også e-postprogrammer bruker.',
      fix: 'Spør leverandøren hvilke påloggingsmetoder serveren tilbyr e-postprogrammer.',
    },
    'smtp.auth.skipped': {
      title: 'Påloggingen ble ikke testet',
      explanation: 'Brukernavn eller passord ble ikke oppgitt, så testen logget ikke på. Serveren tilbyr: {{mechanisms}}.',
      fix: 'Oppgi brukernavnet og passordet e-postprogrammet bruker, for å teste påloggingen også.',
    },
    'smtp.address.skipped': {
      title: 'Mottakerne ble ikke sjekket',
      explanation: 'Uten avsenderadresse kan serveren ikke spørres om mottakerne.',
      fix: 'Oppgi avsenderadressen for å sjekke mottakerne også.',
    },
    'smtp.mail.ok': {
      title: 'Serveren godtar avsenderen {{address}}',
      explanation: 'Den svarte på MAIL FROM med {{reply}}.',
    },
    'smtp.mail.rejected': {
      title: 'Serveren avviste avsenderen {{address}}',
      explanation:
        'Den svarte på MAIL FROM med {{reply}} (kode {{code}}). Servere avviser en avsender den påloggede brukeren ikke får sende som, et domene som ikke finnes, eller en avsender som stoppes av en policy.',
      fix: 'Send fra adressen kontoen hører til, eller be leverandøren om å tillate at kontoen sender som denne adressen.',
    },
    'smtp.rcpt.ok': {
      title: 'Serveren godtar mottakeren {{address}}',
      explanation:
        'Den svarte på RCPT TO med {{reply}}. En server som sender e-post videre, godtar nesten hvilken som helst adresse her; bare mottakerens egen server kan si om postkassen finnes.',
    },
    'smtp.rcpt.unknown': {
      title: 'Mottakeren {{address}} finnes ikke',
      explanation:
        'Serveren svarte på RCPT TO med {{reply}}: den har ingen postkasse med den adressen. Som regel er adressen feilstavet, eller postkassen er slettet.',
      fix: 'Sjekk den nøyaktige stavemåten av adressen med mottakeren.',
    },
    'smtp.rcpt.relay-denied': {
      title: 'Serveren sender ikke e-post videre til {{address}}',
      explanation:
        'Den svarte på RCPT TO med {{reply}}: den videresender bare e-post til andre domener for avsendere som har logget på (eller er i dens eget nettverk).',
      fix: 'Logg på med brukernavn og passord (og sjekk at e-postprogrammet gjør det), eller bruk leverandørens server for utgående e-post.',
    },
    'smtp.rcpt.greylisted': {
      title: 'Mottakeren {{address}} grålistes: prøv igjen senere',
      explanation:
        'Serveren svarte på RCPT TO med {{reply}}. Grålisting avviser med vilje det første forsøket fra en ukjent avsender; en ekte e-postserver prøver igjen etter noen minutter og slippes da gjennom. Det koster en forsinkelse, ikke meldingen.',
      fix: 'Ingenting må gjøres for en ekte e-postserver. Blir meldinger forsinket i timevis, be mottakerens leverandør om å se på grålistingen.',
    },
    'smtp.rcpt.deferred': {
      title: 'Mottakeren {{address}} ble midlertidig avvist',
      explanation:
        'Serveren svarte på RCPT TO med {{reply}} (kode {{code}}): et midlertidig nei. En e-postserver fortsetter å prøve i flere dager før den gir opp.',
      fix: 'Les svaret etter årsaken; prøv igjen senere, og spør den som drifter serveren hvis det vedvarer.',
    },
    'smtp.rcpt.rejected': {
      title: 'Serveren avviste mottakeren {{address}}',
      explanation: 'Den svarte på RCPT TO med {{reply}} (kode {{code}}).',
      fix: 'Les svaret etter årsaken; bevisene nedenfor forklarer koden.',
    },
    'smtp.data.rejected': {
      title: 'Serveren avviste meldingen: {{reply}}',
      explanation:
        'Konvolutten ble godtatt, men selve meldingen ble avvist (kode {{code}}) – ofte av et innholdsfilter, en størrelsesgrense eller en avsenderkontroll (SPF, DKIM, DMARC).',
      fix: 'Les svaret etter årsaken; bevisene nedenfor forklarer koden.',
    },
    'smtp.data.deferred': {
      title: 'Serveren avviste meldingen midlertidig: {{reply}}',
      explanation: 'Meldingen fikk et midlertidig nei (kode {{code}}); en e-postserver ville prøvd igjen senere.',
      fix: 'Prøv igjen senere; vedvarer det, spør den som drifter serveren.',
    },
    'smtp.send.queued': {
      title: 'Testmeldingen ble tatt imot med kø-ID {{queueId}}',
      explanation:
        '{{host}} svarte {{reply}} og har tatt ansvar for å levere {{messageId}} til {{accepted}}. Kø-ID-en er det leverandøren trenger for å spore meldingen i loggene sine.',
      fix: 'Gi kø-ID-en {{queueId}} og Message-ID {{messageId}} til den som sporer meldingen.',
    },
    'smtp.send.accepted': {
      title: 'Testmeldingen ble tatt imot',
      explanation:
        '{{host}} svarte {{reply}} og har tatt ansvar for å levere {{messageId}} til {{accepted}}. Svaret inneholder ingen kø-ID Mailpath kjenner igjen.',
      fix: 'Gi Message-ID {{messageId}} og tidspunktet for sendingen til den som sporer meldingen.',
    },
    'smtp.send.partial': {
      title: 'Noen mottakere ble avvist: {{rejected}}',
      explanation: 'Meldingen ble tatt imot for de andre mottakerne; {{host}} avviste disse.',
      fix: 'Sjekk de adressene; bevisene viser serverens svar.',
    },
    'smtp.send.certificate': {
      title: 'Testmeldingen ble ikke sendt: sertifikatet til {{host}} er ikke klarert',
      explanation:
        'Den krypterte forbindelsen ble avbrutt fordi sertifikatet ikke besto kontrollen ({{reason}}). Servertesten forklarer sertifikatet i detalj.',
      fix: 'Rett sertifikatet eller oppgi CA-filen, eller – bare hvis du vet hvorfor sertifikatet ikke er klarert – tillat sending likevel.',
    },
    'smtp.send.failed': {
      title: 'Testmeldingen kunne ikke sendes',
      explanation: 'Sendingen via {{host}} mislyktes ({{code}}: {{message}}).',
      fix: 'Kjør servertesten for å se steg for steg hvor det går galt.',
    },
    'smtp.timeout': {
      title: '{{host}} svarte ikke i tide (steg {{step}})',
      explanation:
        'Mailpath ventet {{seconds}} s på svaret og fikk ingenting. Serveren er overbelastet eller har hengt seg, eller et filter imellom holder igjen trafikken.',
      fix: 'Prøv igjen; skjer det igjen i samme steg, be den som drifter serveren om å sjekke belastningen og loggene.',
    },
    'smtp.slow': {
      title: '{{host}} svarer altfor sakte (steg {{step}})',
      explanation:
        'På {{seconds}} s kom bare {{bytes}} byte av svaret. En server som drypper ut svaret sitt på denne måten, er overbelastet eller bremser med vilje klienter den ikke stoler på (tarpitting).',
      fix: 'Prøv igjen fra et annet nettverk; vedvarer det, spør den som drifter serveren.',
    },
    'smtp.dropped': {
      title: '{{host}} lukket forbindelsen (steg {{step}})',
      explanation:
        'Forbindelsen ble brutt uten svar ({{code}}). Slik oppfører en server seg som kaster ut klienter den ikke stoler på, en server som krasjer, eller et filter imellom.',
      fix: 'Prøv igjen; skjer det igjen i samme steg, be den som drifter serveren om å se i loggen på det tidspunktet.',
    },
    'smtp.line-too-long': {
      title: '{{host}} sendte en linje lengre enn {{limit}} byte (steg {{step}})',
      explanation:
        'SMTP-svar består av korte linjer (RFC 5321 tillater 512 byte). Mailpath sluttet å lese for å beskytte seg; det som svarte, er trolig ikke en e-postserver, eller en som er i ustand.',
      fix: 'Sjekk at verten og porten tilhører en e-postserver.',
    },
    'smtp.reply-too-large': {
      title: '{{host}} sendte et altfor stort svar (steg {{step}})',
      explanation:
        'Svaret vokste forbi {{limit}} byte, langt mer enn noe ekte SMTP-svar. Mailpath sluttet å lese for å beskytte seg; det som svarte, er trolig ikke en e-postserver, eller en som er i ustand.',
      fix: 'Sjekk at verten og porten tilhører en e-postserver.',
    },
    'smtp.protocol.malformed': {
      title: '{{host}} snakker ikke SMTP (steg {{step}})',
      explanation:
        'Serveren sendte en linje som ikke er et SMTP-svar: {{line}}. En annen tjeneste lytter på porten (for eksempel en webserver), eller porten venter TLS først.',
      fix: 'Sammenlign port og sikkerhetsinnstilling med leverandørens instruksjoner.',
    },
    'smtp.cancelled': {
      title: 'Testen ble avbrutt',
      explanation: 'Testen av {{host}} ble stoppet i steget {{step}} før den var ferdig.',
    },
    'smtp.mx.null': {
      title: '{{domain}} tar ikke imot e-post (null-MX)',
      explanation:
        'Domenet publiserer en «null-MX»-post (RFC 7505): det erklærer at det aldri tar imot e-post. Alle meldinger dit kommer i retur med en gang.',
      fix: 'Be mottakeren om en adresse som tar imot e-post.',
    },
    'smtp.mx.implicit': {
      title: '{{domain}} mangler MX-post',
      explanation:
        'Uten MX-post leverer sendende servere til domenets egen adresse (RFC 5321 §5.1). Det fungerer, men noen avsendere nekter domener uten MX, og adressen tilhører ofte en webserver som ikke tar imot e-post.',
      fix: 'Mottakerens leverandør bør publisere en MX-post for {{domain}}.',
    },
    'smtp.mx.none': {
      title: '{{domain}} kan ikke ta imot e-post',
      explanation: 'Domenet finnes, men har verken MX-post eller adresse, så ingen server kan levere dit.',
      fix: 'Mottakerens leverandør må publisere en MX-post for {{domain}}; be inntil videre mottakeren om en annen adresse.',
    },
    'smtp.mx.nxdomain': {
      title: 'Domenet {{domain}} finnes ikke',
      explanation: 'DNS svarer at domenet ikke finnes. Mottakerens adresse er trolig feilstavet.',
      fix: 'Sjekk delen etter @ med mottakeren.',
    },
    'smtp.mx.lookup-failed': {
      title: 'MX-oppslaget for {{domain}} mislyktes',
      explanation:
        'Det kom ikke noe brukbart svar ({{outcome}}). Sendende servere ser dette som midlertidig og fortsetter å prøve, så e-posten blir forsinket heller enn avvist.',
      fix: 'Prøv igjen; vedvarer feilen, må den som drifter domenets navnetjenere rette dem.',
    },
    'smtp.mx.host-unresolvable': {
      title: 'E-postserveren {{host}} har ingen adresse',
      explanation: 'Domenet oppgir {{host}} som e-postserver, men navnet har ingen IP-adresse ({{outcome}}), så ingenting kan leveres dit.',
      fix: 'Mottakerens leverandør må rette MX-posten eller publisere adressen.',
    },
    'smtp.mx.port25-blocked': {
      title: 'Dette nettverket sperrer utgående forbindelser til port {{port}}',
      explanation:
        'Ingen av e-postserverne for {{domain}} kunne nås på port {{port}}, mens en forbindelse til {{control}} fungerte. Internettleverandører og bedriftsbrannmurer sperrer ofte port 25 slik at infiserte maskiner ikke kan sende søppelpost. Det sier ingenting om mottakerens servere – og det påvirker ikke vanlig sending, som går via den utgående serveren på 587 eller 465.',
      fix: 'Kjør mottakertesten fra et nettverk som tillater port 25 (en server, eller et nettverk uten sperren), eller be internettleverandøren om å oppheve sperren. Vanlig sending trenger ikke port 25.',
    },
    'smtp.mx.no-network': {
      title: 'Verken e-postserverne eller {{control}} kunne nås',
      explanation:
        'Ingen e-postserver for {{domain}} svarte på port {{port}}, og kontrollforbindelsen til {{control}} mislyktes også. Maskinen ser ut til å mangle fungerende internettforbindelse, eller en brannmur sperrer nesten alt.',
      fix: 'Sjekk maskinens internettforbindelse og brannmur, og kjør testen på nytt.',
    },
  },
};
