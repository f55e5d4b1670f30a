/**
 * Provider fingerprints: MX hosts and SPF includes that identify a mail provider, and the
 * submission servers that provider documents. Every entry names where its servers came from
 * (`sources`); `test/engine/discover/providers.test.ts` checks that each has one.
 *
 * Sources are the provider's own documentation, or Thunderbird's ISPDB (the curated database
 * Thunderbird's account wizard uses, github.com/thunderbird/autoconfig) where the provider's page
 * could not be consulted. Left out for want of a source we could check: Loopia, Domeneshop, Binero,
 * GleSYS, Telia, Simply.com, Hostpoint, GoDaddy and IONOS — add them with their help-page URL.
 *
 * MX and SPF patterns are fingerprints, not settings: an MX host shows where a domain receives
 * mail, an SPF include who may send for it. Neither proves which server a person's mail program
 * uses, which is why provider candidates rank below headers and client settings.
 */
import type { Security } from './types.ts';

export interface ProviderServer {
  readonly host: string;
  readonly port: number;
  readonly security: Security;
}

export interface ProviderEntry {
  readonly id: string;
  /** Display name (a proper noun: the same in every language). */
  readonly name: string;
  /** `mailbox`: people's mail lives there; `esp`: a sending service for newsletters and applications. */
  readonly kind: 'mailbox' | 'esp';
  /** Matched against MX exchange names (lower case, no root dot). Capture group 1 may carry a region. */
  readonly mx?: readonly RegExp[];
  /** `include:`/`redirect=` targets in the domain's SPF record (lower case, exact). */
  readonly spf?: readonly string[];
  /** The documented submission servers; `region` comes from an MX match's first capture group. */
  readonly servers: (region: string | undefined) => readonly ProviderServer[];
  /** Key of an extra note in texts.ts. */
  readonly noteKey?: string;
  /** Where the servers are documented (URLs). */
  readonly sources: readonly string[];
}

const ISPDB = 'https://github.com/thunderbird/autoconfig/blob/master/ispdb/';

const fixed =
  (...servers: ProviderServer[]) =>
  (): readonly ProviderServer[] =>
    servers;

export const PROVIDERS: readonly ProviderEntry[] = [
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    kind: 'mailbox',
    mx: [/\.mail\.protection\.outlook\.com$/],
    spf: ['spf.protection.outlook.com'],
    servers: fixed({ host: 'smtp.office365.com', port: 587, security: 'starttls' }),
    sources: [
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
      `${ISPDB}office365.com.xml`,
    ],
  },
  {
    id: 'google',
    name: 'Google Workspace',
    kind: 'mailbox',
    mx: [/^aspmx\.l\.google\.com$/, /^alt\d+\.aspmx\.l\.google\.com$/, /\.googlemail\.com$/],
    spf: ['_spf.google.com'],
    servers: fixed({ host: 'smtp.gmail.com', port: 587, security: 'starttls' }, { host: 'smtp.gmail.com', port: 465, security: 'tls' }),
    sources: ['https://knowledge.workspace.google.com/admin/gmail/send-email-from-a-printer-scanner-or-app', `${ISPDB}googlemail.com.xml`],
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail',
    kind: 'mailbox',
    // ISPDB notes that yahoodns.net also serves AOL, whose users send through AOL's own host.
    mx: [/\.am0\.yahoodns\.net$/],
    servers: fixed(
      { host: 'smtp.mail.yahoo.com', port: 465, security: 'tls' },
      { host: 'smtp.mail.yahoo.com', port: 587, security: 'starttls' },
    ),
    sources: ['https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html', `${ISPDB}yahoo.com.xml`],
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    kind: 'mailbox',
    mx: [/\.mail\.icloud\.com$/],
    servers: fixed({ host: 'smtp.mail.me.com', port: 587, security: 'starttls' }),
    sources: ['https://support.apple.com/HT202304', `${ISPDB}me.com.xml`],
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    kind: 'mailbox',
    mx: [/\.messagingengine\.com$/],
    servers: fixed({ host: 'smtp.fastmail.com', port: 465, security: 'tls' }),
    sources: ['https://www.fastmail.com/help/technical/servernamesandports.html', `${ISPDB}messagingengine.com.xml`],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    kind: 'mailbox',
    mx: [/^mx\d*\.zoho\.com$/],
    servers: fixed({ host: 'smtp.zoho.com', port: 465, security: 'tls' }, { host: 'smtp.zoho.com', port: 587, security: 'starttls' }),
    sources: ['https://www.zoho.com/mail/help/zoho-smtp.html'],
  },
  {
    id: 'proton',
    name: 'Proton Mail',
    kind: 'mailbox',
    mx: [/(^|\.)protonmail\.ch$/],
    servers: fixed({ host: 'smtp.protonmail.ch', port: 587, security: 'starttls' }),
    noteKey: 'provider.proton',
    sources: ['https://proton.me/support/smtp-submission', 'https://gitlab.com/gitlab-org/omnibus-gitlab/-/issues/8079'],
  },
  {
    id: 'one.com',
    name: 'One.com',
    kind: 'mailbox',
    mx: [/\.one\.com$/],
    servers: fixed({ host: 'send.one.com', port: 465, security: 'tls' }),
    sources: [`${ISPDB}one.com.xml`],
  },
  {
    id: 'ovh',
    name: 'OVHcloud',
    kind: 'mailbox',
    mx: [/\.mail\.ovh\.net$/],
    servers: fixed({ host: 'ssl0.ovh.net', port: 465, security: 'tls' }),
    sources: ['http://gids.ovh.nl/EmailSmtpPop3Imap'],
  },
  {
    id: 'amazon-ses',
    name: 'Amazon SES',
    kind: 'esp',
    // Receiving through SES names the region (inbound-smtp.<region>.amazonaws.com); SPF does not.
    mx: [/^inbound-smtp\.([a-z0-9-]+)\.amazonaws\.com$/],
    spf: ['amazonses.com'],
    servers: (region) =>
      region
        ? [
            { host: `email-smtp.${region}.amazonaws.com`, port: 587, security: 'starttls' },
            { host: `email-smtp.${region}.amazonaws.com`, port: 465, security: 'tls' },
          ]
        : [],
    sources: ['https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html'],
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    kind: 'esp',
    mx: [/^mx[ab]\.mailgun\.org$/],
    spf: ['mailgun.org'],
    servers: fixed(
      { host: 'smtp.mailgun.org', port: 587, security: 'starttls' },
      { host: 'smtp.mailgun.org', port: 2525, security: 'starttls' },
    ),
    sources: [
      'https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailgun',
      'https://spreecommerce.org/docs/integrations/email/mailgun',
    ],
  },
  {
    id: 'mailgun-eu',
    name: 'Mailgun (EU)',
    kind: 'esp',
    mx: [/^mx[ab]\.eu\.mailgun\.org$/],
    spf: ['eu.mailgun.org'],
    servers: fixed(
      { host: 'smtp.eu.mailgun.org', port: 587, security: 'starttls' },
      { host: 'smtp.eu.mailgun.org', port: 2525, security: 'starttls' },
    ),
    sources: [
      'https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailgun',
      'https://spreecommerce.org/docs/integrations/email/mailgun',
    ],
  },
  {
    id: 'sendgrid',
    name: 'Twilio SendGrid',
    kind: 'esp',
    mx: [/^mx\.sendgrid\.net$/],
    spf: ['sendgrid.net'],
    servers: fixed(
      { host: 'smtp.sendgrid.net', port: 587, security: 'starttls' },
      { host: 'smtp.sendgrid.net', port: 465, security: 'tls' },
      { host: 'smtp.sendgrid.net', port: 2525, security: 'starttls' },
    ),
    sources: ['https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api'],
  },
];

/** The entry whose MX pattern matches `exchange`, with the region it captured. */
export function providerByMx(exchange: string): { entry: ProviderEntry; region?: string } | undefined {
  const name = exchange.toLowerCase().replace(/\.$/, '');
  for (const entry of PROVIDERS) {
    for (const pattern of entry.mx ?? []) {
      const m = pattern.exec(name);
      if (m) return { entry, ...(m[1] && /^[a-z]{2}-[a-z]+-\d+$/.test(m[1]) ? { region: m[1] } : {}) };
    }
  }
  return undefined;
}

/** The entry an SPF include/redirect target belongs to. */
export function providerBySpf(target: string): ProviderEntry | undefined {
  const name = target.toLowerCase().replace(/\.$/, '');
  return PROVIDERS.find((e) => e.spf?.includes(name));
}
