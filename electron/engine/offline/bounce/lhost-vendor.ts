/**
 * Plain-text and HTML bounces of the vendors' systems: Microsoft Exchange 2003, Exchange
 * 2007-2019 / Microsoft 365 / Outlook.com (also HTML-only NDRs, read as text), Gmail and Google
 * Workspace, HCL/IBM Domino and Lotus Notes, and SMTP session transcripts (MDaemon and others).
 *
 * The markers follow Sisimai's Lhost modules (go-sisimai `lhost/via-exchange2003.go`,
 * `via-exchange2007.go`, `via-gmail.go`, `via-googleworkspace.go`, `via-domino.go`, `via-notes.go`),
 * Copyright (C) 2014-2026 azumakuniyuki and the sisimai development team, BSD 2-Clause License;
 * reimplemented here.
 */
import type { BounceReason } from '../../kb/index.ts';
import { findReplyCode, findStatusCode, statusReason } from '../../kb/codes.ts';
import type { ParsedReport, RawDelivery } from './types.ts';
import { firstAddress, splitAtOriginal, sweep } from './text-util.ts';

/** Exchange 2003 MSEXCH:IMS error codes (Sisimai `Exchange2003` table). */
const EXCHANGE2003_CODES: Readonly<Record<string, BounceReason>> = {
  '000C05A6': 'userunknown',
  '000C0595': 'hostunknown',
  '000B099C': 'hostunknown',
  '000B09AA': 'expired',
  '000B09B6': 'expired',
  '000D06B5': 'mailboxfull',
  '000C0571': 'hostunknown',
  '000C05B9': 'filtered',
  '000C05E6': 'filtered',
};

/** Exchange 2003: "did not reach the following recipient(s):\n\naddr on date\n    text". */
export function parseExchange2003(text: string): ParsedReport | undefined {
  const start =
    /did not reach the following recipient\(s\):|The following recipient\(s\) cannot be reached:|did not reach some or all of the intended recipients/i.exec(
      text,
    );
  if (!start) return undefined;
  const { report } = splitAtOriginal(text.slice(start.index));
  const deliveries: RawDelivery[] = [];
  let cur: RawDelivery | undefined;
  for (const line of report.split('\n').slice(1)) {
    const m = /^\s*'?([^\s']+@[^\s']+?)'?\s+on\s+(.+)$/.exec(line);
    if (m?.[1]) {
      cur = { recipient: m[1].replace(/^SMTP:/i, ''), diagnostic: '', action: 'failed', lastAttemptDate: m[2] ?? '' };
      deliveries.push(cur);
      continue;
    }
    if (cur && line.trim() !== '') cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${line}`);
  }
  for (const d of deliveries) {
    const code = /MSEXCH:[\w:]+\s+\S*\s*\(([0-9A-F]{8})\)/.exec(d.diagnostic ?? '')?.[1];
    const reason = code ? EXCHANGE2003_CODES[code] : undefined;
    if (reason) d.reason = reason;
    else if (/unknown recipient|not recognized/i.test(d.diagnostic ?? '')) d.reason = 'userunknown';
    const smtp = /<([^\s#>]+)\s+#(\d\.\d{1,3}\.\d{1,3})\s+smtp;(\d{3}[^>]*)>/i.exec(d.diagnostic ?? '');
    if (smtp) {
      d.remoteMta = smtp[1];
      d.status = smtp[2];
      d.diagnosticType = 'SMTP';
    }
  }
  return deliveries.length > 0 ? { format: 'exchange2003', deliveries } : undefined;
}

/**
 * Exchange 2007+ / Microsoft 365 / Outlook.com: the "Diagnostic information for administrators"
 * block names each recipient and the remote server's reply ("Remote Server returned '550 5.1.1
 * ...'", "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"). Also reads the HTML-only NDRs
 * ("Your message to x couldn't be delivered"), once rendered as text.
 */
export function parseExchange(text: string): ParsedReport | undefined {
  if (
    !/Diagnostic information for administrators|Diagnostikinformation för administratörer|Diagnostisk informasjon for administratorer|Diagnoseoplysninger til administratorer|Delivery has failed to these recipients|Your message to .+ couldn't be delivered|Your message couldn't be delivered|wasn't delivered to anyone|Remote Server returned|Original message headers:|delivery to the following recipients? (?:has been delayed|failed)/i.test(
      text,
    )
  )
    return undefined;
  const deliveries: RawDelivery[] = [];
  const admin =
    /(?:Diagnostic information for administrators|Diagnostikinformation för administratörer|Diagnostisk informasjon for administratorer|Diagnoseoplysninger til administratorer):?([\s\S]*?)(?:Original message headers:|Ursprungliga meddelandehuvuden:|Opprinnelige meldingshoder:|Oprindelige meddelelsesheadere:|$)/i.exec(
      text,
    )?.[1] ?? '';
  const generating = /(?:Generating server|Genererande server|Genererende server|Genererende server):\s*(\S+)/i.exec(admin)?.[1];
  if (admin) {
    let cur: RawDelivery | undefined;
    for (const raw of admin.split('\n')) {
      const line = raw.trim();
      if (line === '' || /^(?:Generating|Genererande|Genererende) server:/i.test(line)) continue;
      const addr = /^<?([^\s<>]+@[^\s<>]+?)>?$/.exec(line);
      if (addr?.[1]) {
        cur = { recipient: addr[1], diagnostic: '', action: 'failed' };
        deliveries.push(cur);
        continue;
      }
      if (!cur) continue;
      const remote =
        /(?:Remote Server|Fjärrservern|Den eksterne serveren|Ekstern server)(?: (?:at|på) (\S+)(?: \([^)]*\))?)? (?:returned|returnerade|returnerte)\s*'([\s\S]*?)'?$/i.exec(
          line,
        );
      if (remote) {
        if (remote[1]) cur.remoteMta = remote[1];
        cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${remote[2] ?? ''}`);
        cur.diagnosticType = 'SMTP';
        continue;
      }
      const hash = /^#(.*?)(?:##.*)?$/.exec(line);
      if (hash?.[1]) {
        cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${hash[1]}`);
        cur.diagnosticType = 'SMTP';
        continue;
      }
      if ((cur.diagnostic ?? '') === '' && /^[\w.-]+\.[a-z]{2,}$/i.test(line)) continue;
      if (/^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(line) || /^(?:Received|Original|DKIM|From|To|Subject|Message-ID):/i.test(line)) continue;
      if ((cur.diagnostic ?? '') === '' || /^\d{3}[ -]\d\.\d/.test(line)) cur.diagnostic = sweep(`${cur.diagnostic ?? ''} ${line}`);
    }
  }
  if (deliveries.length === 0) {
    // Short form: "Your message to user@example.org couldn't be delivered." with the reply elsewhere.
    const to =
      /Your message to\s+<?([^\s<>]+@[^\s<>]+?)>?\s+couldn't be delivered/i.exec(text)?.[1] ??
      /Delivery has failed to these recipients or (?:groups|distribution lists):\s*\n+\s*(?:[^\n<]*<)?(?:mailto:)?([^\s<>]+@[^\s<>]+?)>?\s*(?:\(|\n)/i.exec(
        text,
      )?.[1];
    if (to) {
      const remote =
        /Remote Server(?: at \S+(?: \([^)]*\))?)? returned '([^']*)'/i.exec(text)?.[1] ?? /#(\d{3}[^#\n]*)##/.exec(text)?.[1] ?? '';
      deliveries.push({ recipient: to, diagnostic: sweep(remote), action: 'failed', ...(remote ? { diagnosticType: 'SMTP' } : {}) });
    }
  }
  if (deliveries.length === 0) return undefined;
  const delayed =
    /delivery (?:to the following recipients? )?has been delayed|Delivery Status Notification \(Delay\)|hasn't been delivered yet|will keep trying/i.test(
      text,
    );
  for (const d of deliveries) {
    if (!d.remoteMta && generating) d.remoteMta = generating;
    if (delayed) d.action = 'delayed';
  }
  return { format: 'exchange', deliveries };
}

/** Gmail (older text) and Google Workspace / newer Gmail notices. */
export function parseGoogle(text: string): ParsedReport | undefined {
  const { report } = splitAtOriginal(text);
  const old = /Delivery to the following recipients? (failed permanently|has been delayed|failed)[^:]*:\s*\n+((?:\s+\S+@\S+\s*\n)+)/i.exec(
    report,
  );
  if (old?.[2]) {
    const details = /Technical details of (?:permanent|temporary) failure:\s*([\s\S]*?)(?:\n\s*\n-{3,}|\n-{3,}|$)/i.exec(report)?.[1] ?? '';
    const delayed = /delayed|temporary/i.test(old[1] ?? '') || /Technical details of temporary failure/i.test(report);
    const deliveries = old[2]
      .split('\n')
      .map((l) => firstAddress(l))
      .filter((a) => a !== '')
      .map((recipient): RawDelivery => ({
        recipient,
        diagnostic: sweep(details),
        action: delayed ? 'delayed' : 'failed',
        diagnosticType: 'SMTP',
      }));
    for (const d of deliveries) gmailReason(d);
    return { format: 'gmail', deliveries };
  }
  const banner =
    /\*\* ?(Address not found|Message not delivered|Delivery incomplete|Message blocked|Message delayed|Delivery delayed) ?\*\*/i.exec(
      report,
    );
  if (!banner) return undefined;
  const to =
    /(?:wasn't delivered to|couldn't be delivered to|There was a temporary problem delivering your message to)\s+<?([^\s<>]+@[^\s<>]+?)>?[\s.]/i.exec(
      report,
    )?.[1];
  const response = /The response (?:from the remote server )?was:\s*\n+([\s\S]*?)(?:\n\s*\n|$)/i.exec(report)?.[1] ?? '';
  const delayed = /incomplete|delayed|temporary problem|will retry/i.test(banner[1] ?? '') || /Gmail will retry/i.test(report);
  const lead = sweep(report.slice(banner.index + banner[0].length).split(/The response (?:from the remote server )?was:/i)[0] ?? '');
  const d: RawDelivery = {
    recipient: to ?? '',
    diagnostic: sweep(`${response} ${response ? '' : lead}`) || lead,
    action: delayed ? 'delayed' : 'failed',
    diagnosticType: 'SMTP',
  };
  if (!response && lead) d.diagnostic = lead;
  else if (lead) d.diagnostic = sweep(`${response} (${lead})`);
  googleReason(d);
  return { format: 'googleworkspace', deliveries: [d] };
}

/** Gmail's "(state N)" codes: the SMTP stage and the reason (Sisimai `Gmail` state table). */
const GMAIL_STATES: Readonly<Record<string, readonly [string, BounceReason]>> = {
  '6': ['MAIL', 'failedstarttls'],
  '8': ['AUTH', 'systemerror'],
  '9': ['AUTH', 'failedstarttls'],
  '12': ['AUTH', 'norelaying'],
  '13': ['EHLO', 'blocked'],
  '14': ['RCPT', 'userunknown'],
  '15': ['DATA', 'filtered'],
  '17': ['DATA', 'filtered'],
  '18': ['DATA', 'filtered'],
};
const GMAIL_MESSAGES: readonly (readonly [BounceReason, readonly string[]])[] = [
  [
    'expired',
    [
      'DNS Error: Could not contact DNS servers',
      'Delivery to the following recipient has been delayed',
      'The recipient server did not accept our requests to connect',
    ],
  ],
  ['hostunknown', ['DNS Error: Domain name not found', 'DNS Error: DNS server returned answer with no data']],
];

/**
 * The older Gmail notice: the "(state N)" code or Gmail's own text names the reason; a specific
 * status code in the remote reply (not X.0.Y) then overrides it (Sisimai `Gmail`).
 */
function gmailReason(d: RawDelivery): void {
  const diag = d.diagnostic ?? '';
  const state = GMAIL_STATES[/ \(state (\d+)\)/.exec(diag)?.[1] ?? ''];
  let reason: BounceReason | undefined;
  if (state) {
    d.command = state[0];
    reason = state[1];
  } else reason = GMAIL_MESSAGES.find(([, texts]) => texts.some((x) => diag.includes(x)))?.[0];
  if (!reason) return;
  const status = findStatusCode(diag, findReplyCode(diag) ?? '');
  d.reason = status && !status.includes('.0') ? (statusReason(status) ?? reason) : reason;
}

/** Texts in Google notices that already name the reason. */
function googleReason(d: RawDelivery): void {
  const t = (d.diagnostic ?? '').toLowerCase();
  // RFC 7505 null MX: the domain exists but takes no mail.
  if (/returned null mx|doesn't receive email according to the administrator/.test(t)) d.reason = 'notaccept';
  else if (/address not found|account that you tried to reach does not exist|couldn't be found, or is unable to receive mail/.test(t))
    d.reason = 'userunknown';
  else if (/domain .* couldn't be found|dns error: (?:domain name not found|dns type .* lookup of .* responded with code nxdomain)/.test(t))
    d.reason = 'hostunknown';
  else if (/dns error|couldn't connect|connection timed out|the recipient server did not accept our requests to connect/.test(t))
    d.reason = d.action === 'delayed' ? 'expired' : 'networkerror';
  else if (/inbox is full|over quota|out of storage space/.test(t)) d.reason = 'mailboxfull';
}

/** Domino: "was not delivered to:\n\n  addr\n\nbecause:\n\n  text"; Lotus Notes: "Failure Reasons". */
export function parseDomino(text: string): ParsedReport | undefined {
  const domino = /was not delivered to:\s*\n+([\s\S]*?)\n\s*\nbecause:\s*\n+([\s\S]*?)(?:\n\s*\n|$)/i.exec(text);
  if (domino?.[1] && domino[2] !== undefined) {
    const diag = sweep(domino[2]);
    const deliveries = domino[1]
      .split('\n')
      .map((l) => firstAddress(l))
      .filter((a) => a !== '')
      .map((recipient): RawDelivery => ({ recipient, diagnostic: diag, action: 'failed' }));
    for (const d of deliveries) {
      if (/not listed in (?:domino directory|public name & address book)|no such user|user .* not listed/i.test(diag))
        d.reason = 'userunknown';
      else if (/hop count|router: unable to route|no route found to domain|unable to find/i.test(diag)) d.reason = 'networkerror';
    }
    return deliveries.length > 0 ? { format: 'domino', deliveries } : undefined;
  }
  const notes = /-{3,} Failure Reasons -{3,}\s*\n+([\s\S]*?)(?:-{3,}|$)/i.exec(text);
  if (notes?.[1]) {
    const lines = notes[1]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const recipients = lines.map((l) => firstAddress(l)).filter((a) => a !== '');
    const diag = sweep(lines.filter((l) => firstAddress(l) === '').join(' '));
    const deliveries = recipients.map((recipient): RawDelivery => ({
      recipient,
      diagnostic: diag,
      action: 'failed',
      ...(/not listed in public name & address book/i.test(diag) ? { reason: 'userunknown' as const } : {}),
    }));
    return deliveries.length > 0 ? { format: 'notes', deliveries } : undefined;
  }
  return undefined;
}

/**
 * SMTP session transcripts quoted in the bounce (MDaemon's "--- Session Transcript ---", Postfix's
 * "Transcript of session follows", Sendmail's "<<< " lines): the last RCPT TO before a 4xx/5xx
 * reply names the recipient, and that reply is the diagnostic.
 */
export function parseTranscript(text: string): ParsedReport | undefined {
  const start = /-{2,} ?Session Transcript ?-{2,}|Transcript of session follows|-{3,} ?Transcript of session follows ?-{3,}/i.exec(text);
  if (!start) return undefined;
  const body = text.slice(start.index).split(/-{2,} ?End (?:of )?Transcript ?-{2,}/i)[0] ?? '';
  const deliveries: RawDelivery[] = [];
  let rcpt = '';
  let command = '';
  let host = '';
  for (const line of body.split('\n')) {
    const conn = /(?:Attempting SMTP connection to|Connecting to|while talking to)\s+\[?([^\s:\]]+)/i.exec(line);
    if (conn?.[1]) host = conn[1];
    // Postfix's smtpd "errors from" notice turns the arrows round (In: the client, Out: the
    // server), so a line is a command or a reply by what it says, not by its prefix.
    const sent = /(?:Sending <|>>> |Out: |In: |--> )\s*(RCPT TO|MAIL FROM|DATA|EHLO|HELO)\s*:?\s*<?([^>\s]*)/i.exec(line);
    if (sent?.[1]) {
      command = sent[1].toUpperCase().split(' ')[0] ?? '';
      if (command === 'RCPT') rcpt = sent[2] ?? '';
      continue;
    }
    const reply = /(?:<-- |<<< |In: |Out: )\s*([45]\d{2}[ -].*)$/.exec(line);
    if (reply?.[1]) {
      const recipient = rcpt || firstAddress(reply[1]);
      if (!recipient) continue;
      const existing = deliveries.find((d) => d.recipient === recipient);
      if (existing) {
        existing.diagnostic = sweep(`${existing.diagnostic ?? ''} ${reply[1]}`);
        continue;
      }
      deliveries.push({
        recipient,
        diagnostic: sweep(reply[1]),
        command,
        diagnosticType: 'SMTP',
        action: reply[1].startsWith('4') && !/PERMANENT/i.test(text) ? 'delayed' : 'failed',
        ...(host ? { remoteMta: host } : {}),
      });
    }
  }
  return deliveries.length > 0 ? { format: 'transcript', deliveries } : undefined;
}
