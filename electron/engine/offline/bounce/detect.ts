/**
 * What kind of message this is before any per-recipient parsing: does it look like a bounce at
 * all (so that text parsers may run), or like an auto-reply (RFC 3834), or neither.
 */
import type { HeaderField } from './mime.ts';
import { decodedHeader, headerValue } from './mime.ts';

const BOUNCE_SENDERS =
  /(?:mailer-daemon|postmaster|mail delivery (?:system|subsystem)|mail administrator|microsoftexchange|mdaemon@|mail ?delivery|bounce|system administrator)/i;
const BOUNCE_SUBJECTS =
  /undeliver|undelivered|delivery (?:status notification|failure|has failed|failed|report|incomplete|delayed|notification)|returned mail|failure notice|mail delivery failed|could not send message|non[- ]?delivery|not delivered|delivery problem|warning: (?:message|could not)|message frozen|mail failure|permanent (?:delivery )?(?:error|failure)|temporary delivery failure|unzustellbar|onbestelbaar|non remis|no se puede entregar|kunde inte levereras|kan ikke leveres|ikke levert|ej levererat|olevererbart|leveransfel|returnerat meddelande|leveringsfeil|fejl ved levering/i;

/** Whether headers and text say this is a delivery report of some kind. */
export function looksLikeBounce(headers: readonly HeaderField[], text: string, reportType: string): boolean {
  if (reportType === 'delivery-status' || reportType === 'feedback-report') return true;
  const from = decodedHeader(headers, 'from');
  const subject = decodedHeader(headers, 'subject');
  const returnPath = headerValue(headers, 'return-path');
  if (headerValue(headers, 'x-failed-recipients') !== '') return true;
  if (BOUNCE_SENDERS.test(from) || BOUNCE_SUBJECTS.test(subject)) return true;
  if (/^<\s*>$/.test(returnPath) && /delivery|recipient|failed|returned/i.test(text.slice(0, 4000))) return true;
  return /This message was created automatically by mail delivery software|qmail-send program|This is the mail system at host|Diagnostic information for administrators|Delivery to the following recipient/i.test(
    text.slice(0, 8000),
  );
}

/**
 * Subject prefixes of out-of-office and automatic replies in the languages Mailpath's users meet
 * (English, Swedish, Norwegian, Danish, Finnish, German, Dutch, French, Spanish, Italian, Portuguese).
 */
const AUTOREPLY_STRONG =
  /^(?:auto(?:matic|matiskt|matisk)?[ -]?(?:reply|response|svar|antwort)|automatiskt svar|automatisk svar|automaattinen vastaus|autosvar|autoreply|automatisches antwort|automatische antwort|réponse automatique|respuesta automática|risposta automatica|resposta automática|out of (?:the )?office|frånvaro|fraværende|fraværsmelding|fraværsbesked|fravær|poissaolo|abwesenheitsnotiz|abwesend|afwezig)\b/i;
/** Words that mean an auto-reply only as a subject prefix ("Vacation: ...", "Semester: ..."). */
const AUTOREPLY_PREFIX = /^(?:auto|ooo|vacation|on vacation|semester|ferie|absence|absent|ausente|assente|lomalla|i am away|away)\s*[:–-]/i;

/** Whether the message is an automatic reply (RFC 3834 and vendors' headers, localised subjects). */
export function isAutoReply(headers: readonly HeaderField[]): boolean {
  const auto = headerValue(headers, 'auto-submitted').toLowerCase();
  const from = headerValue(headers, 'from').toLowerCase();
  if (/mailer-daemon|postmaster@|root@/.test(from)) return false;
  if (auto.startsWith('auto-replied')) return true;
  if (headerValue(headers, 'x-autoreply') !== '' || headerValue(headers, 'x-autorespond') !== '') return true;
  if (/^auto[_-]?reply/i.test(headerValue(headers, 'precedence'))) return true;
  if (/vacation/i.test(headerValue(headers, 'x-apple-action'))) return true;
  if (
    /^(?:OOF|AutoReply)$/i.test(headerValue(headers, 'x-ms-exchange-inbox-rules-loop')) ||
    (headerValue(headers, 'x-auto-response-suppress') !== '' &&
      /^(?:automatic reply|autosvar|automatiskt svar)/i.test(decodedHeader(headers, 'subject')))
  )
    return true;
  const subject = decodedHeader(headers, 'subject').replace(/^\s*(?:re|sv|vs|aw|fw|fwd)\s*:\s*/i, '');
  if (AUTOREPLY_STRONG.test(subject) || AUTOREPLY_PREFIX.test(subject)) return true;
  return auto.startsWith('auto-generated') && /vacation|out of office|frånvaro|fravær/i.test(subject);
}
