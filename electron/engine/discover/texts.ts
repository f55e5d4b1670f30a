/**
 * Short sentences attached to candidates (`Candidate.note`), in English, Swedish and bokmål. They
 * are data about one candidate, not findings, so they live here rather than in the finding
 * catalogue; `test/engine/discover/texts.test.ts` checks every key and placeholder in all three.
 */
import type { Lang } from '../i18n/index.ts';

type Texts = Readonly<Record<string, string>>;

const en: Texts = {
  'port.587':
    'Port 587 is the submission port (RFC 6409): the client starts in plain text and switches to TLS with STARTTLS, then logs in.',
  'port.465': 'Port 465 is submission with implicit TLS: encrypted from the first byte. RFC 8314 recommends it over STARTTLS.',
  'port.25':
    'Port 25 is for server-to-server relay (MTA to MTA). Many networks and providers block it for mail clients, and most providers refuse to relay there without a login.',
  'port.2525': 'Port 2525 is not a standard port; some services offer it as an alternative where 587 is blocked.',
  'port.other': 'Port {{port}} is not a standard mail submission port; use it only if the provider says so.',
  'headers.port': 'The headers name this server but not its port; {{port}} is the usual port for an authenticated client.',
  'headers.internal': "The headers give an internal name, which may not resolve from outside the sender's network.",
  'headers.mailbox':
    "The message was sent from Outlook or the web ({{protocol}}), not over SMTP; this is {{provider}}'s SMTP submission server for devices and other programs.",
  'headers.mapi':
    "The message was sent from Outlook over {{protocol}} to the sender's own Exchange server, not over SMTP; Exchange accepts mail programs over SMTP only if its client connector is enabled.",
  'client.identity': '{{client}} sends mail from {{email}} through this server.',
  'client.server': 'Outgoing server configured in {{client}} ({{where}}).',
  'client.port-default': 'The port is not set, so {{client}} uses its default, {{port}}.',
  'client.auto-security': 'The security setting is "automatic"; the security shown follows from the port.',
  'srv.record': 'Published in DNS as {{name}} (RFC 6186 / RFC 8314), priority {{priority}}, weight {{weight}}.',
  'autoconfig.url': 'Published by the domain as Thunderbird autoconfiguration at {{url}}.',
  'autodiscover.url': 'Answered by Microsoft Autodiscover at {{url}}.',
  'provider.mx':
    "The domain's MX records point to {{provider}}, which documents this submission server. MX shows where mail is received; the sender may still send elsewhere.",
  'provider.spf': "The domain's SPF record authorises {{provider}} to send for it, and {{provider}} documents this submission server.",
  'provider.esp':
    "{{provider}} is a sending service: the SPF record allows it, which usually means newsletters or an application send through it, not necessarily people's mail programs.",
  'provider.proton':
    "Mail programs usually send through Proton Mail Bridge on the sender's own computer (127.0.0.1, the port Bridge shows); this server is for devices and applications with an SMTP token.",
  'manual.entered': 'Entered by hand.',
};

const sv: Texts = {
  'port.587': 'Port 587 är inlämningsporten (RFC 6409): klienten börjar okrypterat, växlar till TLS med STARTTLS och loggar sedan in.',
  'port.465': 'Port 465 är inlämning med implicit TLS: krypterat från första byte. RFC 8314 rekommenderar den framför STARTTLS.',
  'port.25':
    'Port 25 är till för vidarebefordran mellan servrar (MTA till MTA). Många nät och leverantörer blockerar den för e-postprogram, och de flesta leverantörer vägrar vidarebefordra där utan inloggning.',
  'port.2525': 'Port 2525 är ingen standardport; vissa tjänster erbjuder den som alternativ där 587 är blockerad.',
  'port.other': 'Port {{port}} är ingen standardport för inlämning av e-post; använd den bara om leverantören säger det.',
  'headers.port': 'Huvudena namnger servern men inte porten; {{port}} är den vanliga porten för en klient som loggar in.',
  'headers.internal': 'Huvudena anger ett internt namn, som kanske inte går att slå upp utanför avsändarens nätverk.',
  'headers.mailbox':
    'Meddelandet skickades från Outlook eller webben ({{protocol}}), inte via SMTP; det här är {{provider}}s SMTP-server för inlämning från enheter och andra program.',
  'headers.mapi':
    'Meddelandet skickades från Outlook via {{protocol}} till avsändarens egen Exchange-server, inte via SMTP; Exchange tar emot e-postprogram via SMTP bara om dess klientanslutning (client connector) är påslagen.',
  'client.identity': '{{client}} skickar e-post från {{email}} via den här servern.',
  'client.server': 'Utgående server inställd i {{client}} ({{where}}).',
  'client.port-default': 'Porten är inte angiven, så {{client}} använder sin standardport {{port}}.',
  'client.auto-security': 'Säkerhetsinställningen är "automatisk"; säkerheten som visas följer av porten.',
  'srv.record': 'Publicerad i DNS som {{name}} (RFC 6186 / RFC 8314), prioritet {{priority}}, vikt {{weight}}.',
  'autoconfig.url': 'Publicerad av domänen som Thunderbird-autokonfiguration på {{url}}.',
  'autodiscover.url': 'Svar från Microsoft Autodiscover på {{url}}.',
  'provider.mx':
    'Domänens MX-poster pekar på {{provider}}, som dokumenterar den här inlämningsservern. MX visar var e-post tas emot; avsändaren kan ändå skicka via en annan server.',
  'provider.spf': 'Domänens SPF-post tillåter {{provider}} att skicka för den, och {{provider}} dokumenterar den här inlämningsservern.',
  'provider.esp':
    '{{provider}} är en utskickstjänst: SPF-posten tillåter den, vilket oftast betyder att nyhetsbrev eller ett system skickar via den, inte nödvändigtvis personalens e-postprogram.',
  'provider.proton':
    'E-postprogram skickar oftast via Proton Mail Bridge på avsändarens egen dator (127.0.0.1, den port Bridge visar); den här servern är till för enheter och system med en SMTP-token.',
  'manual.entered': 'Inmatad för hand.',
};

const nb: Texts = {
  'port.587': 'Port 587 er innsendingsporten (RFC 6409): klienten starter ukryptert, bytter til TLS med STARTTLS og logger deretter inn.',
  'port.465': 'Port 465 er innsending med implisitt TLS: kryptert fra første byte. RFC 8314 anbefaler den framfor STARTTLS.',
  'port.25':
    'Port 25 er for videresending mellom servere (MTA til MTA). Mange nett og leverandører blokkerer den for e-postprogrammer, og de fleste leverandører nekter å videresende der uten innlogging.',
  'port.2525': 'Port 2525 er ingen standardport; enkelte tjenester tilbyr den som alternativ der 587 er blokkert.',
  'port.other': 'Port {{port}} er ingen standardport for innsending av e-post; bruk den bare hvis leverandøren sier det.',
  'headers.port': 'Hodene navngir serveren, men ikke porten; {{port}} er den vanlige porten for en klient som logger inn.',
  'headers.internal': 'Hodene oppgir et internt navn, som kanskje ikke kan slås opp utenfor avsenderens nettverk.',
  'headers.mailbox':
    'Meldingen ble sendt fra Outlook eller nettleseren ({{protocol}}), ikke over SMTP; dette er SMTP-serveren {{provider}} har for innsending fra enheter og andre programmer.',
  'headers.mapi':
    'Meldingen ble sendt fra Outlook over {{protocol}} til avsenderens egen Exchange-server, ikke over SMTP; Exchange tar imot e-postprogrammer over SMTP bare hvis klientkoblingen (client connector) er slått på.',
  'client.identity': '{{client}} sender e-post fra {{email}} gjennom denne serveren.',
  'client.server': 'Utgående server satt opp i {{client}} ({{where}}).',
  'client.port-default': 'Porten er ikke angitt, så {{client}} bruker standardporten {{port}}.',
  'client.auto-security': 'Sikkerhetsinnstillingen er «automatisk»; sikkerheten som vises følger av porten.',
  'srv.record': 'Publisert i DNS som {{name}} (RFC 6186 / RFC 8314), prioritet {{priority}}, vekt {{weight}}.',
  'autoconfig.url': 'Publisert av domenet som Thunderbird-autokonfigurasjon på {{url}}.',
  'autodiscover.url': 'Svar fra Microsoft Autodiscover på {{url}}.',
  'provider.mx':
    'MX-postene til domenet peker på {{provider}}, som dokumenterer denne innsendingsserveren. MX viser hvor e-post mottas; avsenderen kan likevel sende via en annen server.',
  'provider.spf':
    'SPF-posten til domenet gir {{provider}} lov til å sende for det, og {{provider}} dokumenterer denne innsendingsserveren.',
  'provider.esp':
    '{{provider}} er en utsendingstjeneste: SPF-posten tillater den, noe som som regel betyr at nyhetsbrev eller et system sender gjennom den, ikke nødvendigvis de ansattes e-postprogrammer.',
  'provider.proton':
    'E-postprogrammer sender som regel gjennom Proton Mail Bridge på avsenderens egen maskin (127.0.0.1, porten Bridge viser); denne serveren er for enheter og systemer med et SMTP-token.',
  'manual.entered': 'Lagt inn for hånd.',
};

export const NOTE_TEXTS: Readonly<Record<Lang, Texts>> = { en, sv, nb };

/** A note in `lang` with `{{name}}` placeholders filled; an unknown key is a bug. */
export function note(lang: Lang, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const text = NOTE_TEXTS[lang][key];
  if (text === undefined) throw new Error(`No note text "${key}"`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Notes joined into one sentence run. */
export function joinNotes(...notes: readonly (string | undefined)[]): string | undefined {
  const parts = notes.filter((n): n is string => n !== undefined && n.length > 0);
  return parts.length > 0 ? [...new Set(parts)].join(' ') : undefined;
}
