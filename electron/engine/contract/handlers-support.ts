/** Handlers that take a report to support: compose (for confirmation) and send. */
import { composeSupportMail } from '../diagnose/support-mail.ts';
import { setupDns } from '../dns/setup.ts';
import { isMailAddress } from '../model/address.ts';
import type { Finding } from '../model/finding.ts';
import { explainReply } from '../kb/index.ts';
import { buildReport } from '../report/build.ts';
import { renderHtml } from '../report/html.ts';
import { renderText } from '../report/text.ts';
import { reportFileStem } from '../report/render.ts';
import { sendTestMessage } from '../smtp/index.ts';
import type { OpContext } from './context.ts';
import type { OpOutput, OpParsedInput } from './ops.ts';
import { OpError } from './result.ts';

function compose(input: OpParsedInput<'supportCompose'>, ctx: OpContext, pdf?: Uint8Array) {
  const report = buildReport({
    case: input.input.case,
    findings: input.input.findings as readonly Finding[],
    steps: input.input.steps,
    environment: { ...ctx.services.env, lang: ctx.lang },
    lang: ctx.lang,
    now: ctx.services.now(),
  });
  const stem = reportFileStem(report);
  const mail = composeSupportMail(report, ctx.lang, { html: renderHtml(report, ctx.lang), text: renderText(report, ctx.lang), stem, ...(pdf ? { pdf } : {}), ...(input.to ? { to: input.to } : {}) });
  if (!isMailAddress(mail.to)) {
    throw new OpError('invalid-input', mail.to ? `The support address "${mail.to}" is not an e-mail address.` : "No support address: give one, or fill in the recipient provider's support address in the case.", 'to');
  }
  return { report, mail };
}

export function supportCompose(input: OpParsedInput<'supportCompose'>, ctx: OpContext): Promise<OpOutput<'supportCompose'>> {
  const { mail } = compose(input, ctx);
  return Promise.resolve({
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.length })),
    mailto: mail.mailto,
  });
}

export async function supportSend(input: OpParsedInput<'supportSend'>, ctx: OpContext): Promise<OpOutput<'supportSend'>> {
  const pdf = input.pdfBase64 ? new Uint8Array(Buffer.from(input.pdfBase64, 'base64')) : undefined;
  const { report, mail } = compose({ input: input.input, ...(input.to ? { to: input.to } : {}) }, ctx, pdf);
  const dns = await setupDns(input.dns, ctx.lang);
  const s = input.smtp;
  return sendTestMessage(
    {
      host: s.host,
      port: s.port ?? (s.security === 'tls' ? 465 : 587),
      security: s.security,
      ...(s.user ? { user: s.user } : {}),
      ...(s.password ? { password: s.password } : {}),
      ...(s.ca ? { ca: s.ca } : {}),
      from: input.from,
      to: [mail.to],
      caseId: report.case.id,
      ...(report.case.reference ? { reference: report.case.reference } : {}),
      message: { subject: mail.subject, text: mail.text, attachments: mail.attachments },
    },
    { lang: ctx.lang, signal: ctx.signal, resolver: dns.resolver, explainReply },
  );
}
