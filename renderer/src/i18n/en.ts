/**
 * The UI's English strings. Keys are flat (like the engine's catalogue) and `{{name}}` marks a
 * parameter. `sv.ts` and `nb.ts` are typed against this file, so a missing key fails to compile.
 * Validation messages, symptoms and statuses come from the engine's common catalogue.
 */
export const en = {
  'app.name': 'Mailpath',
  'app.tagline': 'Where did the e-mail go?',
  'app.skip': 'Skip to the step',
  'app.loading': 'Loading the case…',
  'app.loadFailed': 'The saved case could not be loaded: {{message}}',
  'app.retry': 'Try again',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.sv': 'Svenska',
  'lang.nb': 'Norsk bokmål',

  'save.saving': 'Saving…',
  'save.pending': 'Unsaved changes',
  'save.saved': 'Draft saved at {{time}}',
  'save.failed': 'Not saved: {{message}}',
  'save.retry': 'Save again',

  'wizard.nav': 'Steps',
  'wizard.stepOf': 'Step {{n}} of {{total}}',
  'wizard.back': 'Back',
  'wizard.next': 'Next: {{step}}',
  'wizard.complete': 'complete',
  'wizard.incomplete': 'not complete yet',
  'wizard.planned': 'coming later',

  'step.case.title': 'Case',
  'step.case.short': 'Sender, recipients, what happened',
  'step.server.title': 'Outgoing server',
  'step.server.short': 'Find and test the SMTP server',
  'step.send.title': 'Send test',
  'step.send.short': 'A traceable test message',
  'step.dns.title': 'DNS & reputation',
  'step.dns.short': 'MX, SPF, DKIM, DMARC, blocklists',
  'step.offline.title': 'Offline analysis',
  'step.offline.short': 'Bounces, headers, server logs',
  'step.report.title': 'Report',
  'step.report.short': 'Verdict and report for support',

  'step.server.intro': "Finds the outgoing (SMTP) server the sender uses and checks that it accepts the sender's mail.",
  'step.server.will1':
    "Find the server for you — from the headers of a sent message, the mail program's settings on this computer, the domain's autoconfiguration or the provider behind the domain — or let you enter it by hand.",
  'step.server.will2':
    'Connect the way a mail program does, on the port and security you choose (587 with STARTTLS, 465 with TLS, or 25), and show exactly what the server answers.',
  'step.server.will3':
    'Check the TLS certificate and the login, and ask whether the server accepts the sender and each recipient — without sending anything.',
  'step.send.intro': "Sends a traceable test message through the outgoing server and keeps the server's answer.",
  'step.send.will1': 'Send a clearly marked test message for this case to the recipients, or to an extra address you choose.',
  'step.send.will2': 'Show the whole SMTP conversation as it happens, with passwords hidden.',
  'step.send.will3': "Keep the server's queue ID: the reference the sender's provider needs to trace the message.",
  'step.send.will4':
    "Ask the recipient's mail servers on port 25, without sending, to reveal greylisting, policy rejections and unknown recipients.",
  'step.dns.intro':
    "Checks the DNS of the sender's and the recipient's domains and the reputation of the sending server, with the DNS answers as proof.",
  'step.dns.will1': "The MX records of both domains, and whether the recipient's MX matches the provider's profile.",
  'step.dns.will2': "SPF, DKIM and DMARC of the sender's domain, with the full SPF evaluation.",
  'step.dns.will3': 'Reverse DNS and HELO name of the sending server, MTA-STS, TLS-RPT, DANE and DNSSEC.',
  'step.dns.will4': 'Whether the sending IP address or domain is on well-known blocklists, and where to ask to be removed.',
  'step.offline.intro':
    "Reads a bounce, a message's headers or the outgoing server's logs — without any network — and works out what happened to the message.",
  'step.offline.will1':
    'Bounces and delay notices: each failed recipient, the status code, the remote server and the reason in plain words.',
  'step.offline.will2':
    'Headers: the path the message took, hop by hop, where it was held up, and the SPF, DKIM and DMARC results the receiver recorded.',
  'step.offline.will3':
    'Logs from Postfix, Exim, Sendmail, Exchange and Microsoft 365: what became of this message, found by sender, recipient and time.',
  'step.offline.will4': 'Paste text or drop files; nothing leaves this computer.',
  'step.report.intro': "Puts it all together: a verdict that says who must act, and a report you can send to the recipient's support.",
  'step.report.will1':
    "A verdict in one sentence — the sender's IT, the sender's provider, the recipient's provider or the recipient — with the next steps in order.",
  'step.report.will2':
    'The facts support always asks for: sender, recipients, exact time with time zone, outgoing server, queue ID and the exact error text.',
  'step.report.will3': 'The report as HTML, PDF, plain text or JSON, with the evidence behind every finding.',
  'step.report.will4': "Sending it to the provider's support address from the case, once you have read it through.",

  'planned.heading': 'What this step will do',
  'planned.notice.title': 'Not available yet',
  'planned.notice.body':
    'This step is not part of this version of Mailpath, so there is nothing to run here yet. It is on its way in a coming update, and it will use the case you have entered.',
  'planned.case.heading': 'The case this step will work on',
  'planned.case.incomplete': 'The case is not complete yet.',
  'planned.case.goTo': 'Go to the case',
  'planned.case.sentAt': 'Sent {{when}}',

  'case.intro':
    'Describe the message that did not arrive, as the sender experienced it. Everything is saved as you type, so you can close Mailpath and pick up where you left off.',
  'case.started': 'Case started {{date}}',
  'case.section.message': 'The message',
  'case.section.what': 'What happened',
  'case.section.provider': "The recipient's e-mail provider",
  'case.section.providerHint': "Optional. Often filled in from a link sent by the provider's support.",
  'case.sender.label': 'Sender',
  'case.sender.hint': 'The address the message was sent from.',
  'case.recipients.label': 'Recipients',
  'case.recipients.hint': 'Each address the message was sent to that did not get it.',
  'case.recipients.row': 'Recipient {{n}}',
  'case.recipients.add': 'Add a recipient',
  'case.recipients.remove': 'Remove',
  'case.recipients.removeLabel': 'Remove recipient {{n}}',
  'case.sentAt.label': 'When it was sent',
  'case.sentAt.hint': 'Date and time, as exactly as you know them.',
  'case.timeZone.label': 'Time zone',
  'case.timeZone.hint': 'The time zone of the time above.',
  'case.timeZone.yours': 'Your time zone',
  'case.timeZone.all': 'All time zones',
  'case.timeZone.option': '{{zone}} (UTC{{offset}})',
  'case.sentAt.instant': 'In your time zone: {{local}}. In UTC: {{utc}}.',
  'case.symptom.label': 'What did the sender see?',
  'case.symptom.short': 'What was seen',
  'case.notes.label': 'Notes',
  'case.notes.hint': 'The exact error text, what the sender did, anything else support should know.',
  'case.reference.label': 'Case reference',
  'case.reference.hint': "Your ticket number or the provider's, if there is one.",
  'case.provider.name.label': 'Provider name',
  'case.provider.name.hint': 'For example Example Hosting.',
  'case.provider.supportAddress.label': 'Support address',
  'case.provider.supportAddress.hint': 'Where the report will go.',
  'case.provider.mxPattern.label': 'Mail server name pattern',
  'case.provider.mxPattern.hint': "The names of the provider's MX hosts, for example *.mx.example-hosting.com.",
  'case.optional': 'optional',
  'case.summary.title_one': 'One field needs your attention before you go on:',
  'case.summary.title_other': '{{count}} fields need your attention before you go on:',
  'case.new': 'Start a new case',
  'case.new.confirm': 'Discard this case and start over?',
  'case.new.yes': 'Yes, start over',
  'case.new.no': 'Keep this case',

  'link.filled': 'Filled in from a mailpath:// link: {{fields}}.',
  'link.nothing': 'A mailpath:// link was opened, but it had nothing to fill in.',
  'link.ignored': 'Left out of the link because Mailpath does not accept them: {{names}}.',
  'link.failed': 'A mailpath:// link could not be read: {{message}}',
  'link.dismiss': 'Dismiss',
} as const;

export type UiKey = keyof typeof en;
export type UiCatalog = Readonly<Record<UiKey, string>>;
