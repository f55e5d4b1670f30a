/**
 * The test message: a subject and body that say plainly, in the run's language, that this is a
 * Mailpath delivery test and for which case, so whoever finds it — the recipient, a spam filter's
 * reviewer, the provider's support — knows what it is and can match it to the case.
 */
import { randomUUID } from 'node:crypto';
import type { Lang } from '../i18n/index.ts';
import { domainOf } from '../model/address.ts';

export interface TestMessageInput {
  readonly caseId: string;
  /** The consultant's or the provider's reference for the case, when there is one. */
  readonly reference?: string;
  readonly from: string;
  readonly host: string;
  readonly sentAt: Date;
}

export interface TestMessage {
  readonly messageId: string;
  readonly subject: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
}

const TEXTS: Record<Lang, { subject: string; body: (v: Record<string, string>) => string }> = {
  en: {
    subject: 'Mailpath delivery test – case {{ref}}',
    body: (v) =>
      [
        'This is a delivery test sent with Mailpath, a tool IT consultants use to find out where an e-mail went.',
        '',
        `Case: ${v.ref}`,
        `Sent: ${v.sentAt}`,
        `Through server: ${v.host}`,
        `Message-ID: ${v.messageId}`,
        '',
        'No action is needed. If you received this message, the test worked; you may tell the sender that it arrived and delete it.',
      ].join('\n'),
  },
  sv: {
    subject: 'Mailpath leveranstest – ärende {{ref}}',
    body: (v) =>
      [
        'Det här är ett leveranstest som skickats med Mailpath, ett verktyg som IT-konsulter använder för att ta reda på vart ett e-postmeddelande tog vägen.',
        '',
        `Ärende: ${v.ref}`,
        `Skickat: ${v.sentAt}`,
        `Via server: ${v.host}`,
        `Message-ID: ${v.messageId}`,
        '',
        'Du behöver inte göra något. Om du har fått det här meddelandet fungerade testet; berätta gärna för avsändaren att det kom fram, och radera det sedan.',
      ].join('\n'),
  },
  nb: {
    subject: 'Mailpath leveringstest – sak {{ref}}',
    body: (v) =>
      [
        'Dette er en leveringstest sendt med Mailpath, et verktøy IT-konsulenter bruker for å finne ut hvor en e-post ble av.',
        '',
        `Sak: ${v.ref}`,
        `Sendt: ${v.sentAt}`,
        `Via server: ${v.host}`,
        `Message-ID: ${v.messageId}`,
        '',
        'Du trenger ikke gjøre noe. Har du mottatt denne meldingen, virket testen; si gjerne fra til avsenderen at den kom frem, og slett den deretter.',
      ].join('\n'),
  },
};

/** A unique Message-ID (RFC 5322 §3.6.4) on the sender's domain, recognisable as Mailpath's. */
export function newMessageId(from: string): string {
  return `<mailpath.${randomUUID()}@${domainOf(from) ?? 'mailpath.invalid'}>`;
}

/** Header values must stay on one line; a case reference is typed by a person. */
function oneLine(s: string): string {
  return s
    .replace(/[\r\n\t]+/gu, ' ')
    .trim()
    .slice(0, 200);
}

export function composeTestMessage(lang: Lang, input: TestMessageInput): TestMessage {
  const messageId = newMessageId(input.from);
  const caseId = oneLine(input.caseId);
  const ref = oneLine(input.reference !== undefined && input.reference.length > 0 ? input.reference : caseId);
  const t = TEXTS[lang];
  const values = { ref, sentAt: input.sentAt.toISOString(), host: input.host, messageId };
  return {
    messageId,
    subject: t.subject.replace('{{ref}}', ref),
    text: t.body(values),
    headers: {
      'X-Mailpath-Case': caseId,
      ...(ref !== caseId ? { 'X-Mailpath-Reference': ref } : {}),
    },
  };
}
