/**
 * The e-mail that takes a report to the recipient provider's support: the plain-text report as the
 * body (what support reads first), the self-contained HTML report (and the PDF when there is one)
 * attached. Composed for the consultant to confirm; never sent by itself.
 */
import { t, type Lang } from '../i18n/index.ts';
import type { Report } from '../model/report.ts';

export interface SupportMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly attachments: readonly { readonly filename: string; readonly contentType: string; readonly content: string | Uint8Array }[];
  /** A `mailto:` draft for the consultant's own mail program (body shortened to fit a URL). */
  readonly mailto: string;
}

/** The whole encoded link stays within what mail programs and Electron's link guard accept. */
const MAILTO_LIMIT = 2000;

export function composeSupportMail(report: Report, lang: Lang, parts: { html: string; text: string; pdf?: Uint8Array; to?: string; stem: string }): SupportMail {
  const c = report.case;
  const recipients = c.recipients.filter((r) => r.trim()).join(', ') || '?';
  const sender = c.sender || '?';
  const params = { sender, recipients, ref: c.reference ? ` (${c.reference})` : '' };
  const to = (parts.to ?? c.provider.supportAddress).trim();
  const subject = t(lang, 'support.subject', params).replace(/[\r\n]+/g, ' ');
  const text = `${t(lang, 'support.intro', params)}\n\n${parts.text.trimEnd()}\n\n${t(lang, 'support.outro', params)}\n`;
  const attachments = [
    { filename: `${parts.stem}.html`, contentType: 'text/html; charset=utf-8', content: parts.html },
    ...(parts.pdf ? [{ filename: `${parts.stem}.pdf`, contentType: 'application/pdf', content: parts.pdf }] : []),
  ];
  const head = `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=`;
  // Shorten the body until the encoded link fits (non-ASCII text grows up to 9× when encoded).
  let body = text;
  while (head.length + encodeURIComponent(body).length > MAILTO_LIMIT && body.length > 0) body = `${body.slice(0, Math.floor(body.length * 0.8)).trimEnd()}\n…`;
  const mailto = `${head}${encodeURIComponent(body)}`;
  return { to, subject, text, attachments, mailto };
}
