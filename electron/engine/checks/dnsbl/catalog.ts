/**
 * The DNS list catalogue: well-known block- and allowlists, what their answers mean, and where to
 * ask for delisting. Data, not code: a test checks every entry is complete.
 *
 * Sources: each list operator's own usage page (the `info` URL of each entry). Lists that need a
 * paid key (Abusix, Invaluement) or that have shut down (SORBS, 2024) are left out on purpose: a
 * dead list either answers nothing or, worse, "listed" for every address.
 */

export type ListKind = 'ip' | 'domain';
export type ListType = 'block' | 'allow' | 'mixed';
/** How much a listing hurts delivery: `major` lists are used by large receivers. */
export type ListWeight = 'major' | 'minor';

export interface DnsList {
  /** Display name. */
  readonly name: string;
  /** The zone queried. */
  readonly zone: string;
  readonly kind: ListKind;
  readonly type: ListType;
  readonly weight: ListWeight;
  /** Whether the list answers for IPv6 addresses (nibble format, RFC 5782 §2.4). */
  readonly ipv6: boolean;
  /** Answer address → meaning. Addresses not listed here fall back to `defaultMeaning`. */
  readonly codes: Readonly<Record<string, string>>;
  readonly defaultMeaning: string;
  /** Bit meanings for lists that OR categories into the last octet (SURBL, URIBL). */
  readonly bits?: Readonly<Record<number, string>>;
  /** Answers that mean "you may not query from here", not "listed". */
  readonly refusal: Readonly<Record<string, string>>;
  /** The list's own lookup/delisting page. */
  readonly delist: string;
  /** Where the codes were documented. */
  readonly info: string;
}

const SPAMHAUS_REFUSAL = {
  '127.255.255.252': 'the query was malformed (typing error in the DNSBL name)',
  '127.255.255.254': 'queries through public or open resolvers are refused',
  '127.255.255.255': 'too many queries from this resolver',
};

const simple = (name: string, zone: string, delist: string, extra: Partial<DnsList> = {}): DnsList => ({
  name,
  zone,
  kind: 'ip',
  type: 'block',
  weight: 'minor',
  ipv6: false,
  codes: { '127.0.0.2': 'listed' },
  defaultMeaning: 'listed',
  refusal: {},
  delist,
  info: delist,
  ...extra,
});

export const DNS_LISTS: readonly DnsList[] = [
  {
    name: 'Spamhaus ZEN',
    zone: 'zen.spamhaus.org',
    kind: 'ip',
    type: 'block',
    weight: 'major',
    ipv6: true,
    codes: {
      '127.0.0.2': 'SBL: a known spam source or spam operation',
      '127.0.0.3': 'SBL CSS: snowshoe spam or low-reputation sending',
      '127.0.0.4': 'XBL: a compromised machine (malware, open proxy, botnet)',
      '127.0.0.5': 'XBL: a compromised machine',
      '127.0.0.6': 'XBL: a compromised machine',
      '127.0.0.7': 'XBL: a compromised machine',
      '127.0.0.9': 'SBL DROP: a hijacked or criminal network',
      '127.0.0.10': 'PBL (ISP): an end-user address that should not send mail directly',
      '127.0.0.11': 'PBL (Spamhaus): an end-user address that should not send mail directly',
    },
    defaultMeaning: 'listed',
    refusal: SPAMHAUS_REFUSAL,
    delist: 'https://check.spamhaus.org/',
    info: 'https://docs.spamhaus.com/datasets/docs/source/40-real-world-usage/PublicMirrors/MTAs/020-Postfix.html',
  },
  simple('SpamCop', 'bl.spamcop.net', 'https://www.spamcop.net/bl.shtml', { weight: 'major' }),
  simple('Barracuda Reputation Block List', 'b.barracudacentral.org', 'https://www.barracudacentral.org/rbl/removal-request', { weight: 'major' }),
  simple('UCEPROTECT level 1', 'dnsbl-1.uceprotect.net', 'https://www.uceprotect.net/en/rblcheck.php', {
    codes: { '127.0.0.2': 'this single address sent spam to UCEPROTECT traps' },
  }),
  simple('UCEPROTECT level 2', 'dnsbl-2.uceprotect.net', 'https://www.uceprotect.net/en/rblcheck.php', {
    codes: { '127.0.0.2': 'the surrounding network range sent spam (collateral listing)' },
  }),
  simple('UCEPROTECT level 3', 'dnsbl-3.uceprotect.net', 'https://www.uceprotect.net/en/rblcheck.php', {
    codes: { '127.0.0.2': 'the whole provider (ASN) sent spam (collateral listing)' },
  }),
  simple('Passive Spam Block List (PSBL)', 'psbl.surriel.com', 'https://psbl.org/'),
  {
    ...simple('Mailspike blocklist', 'bl.mailspike.net', 'https://mailspike.org/anubis/lookup.html'),
    codes: {
      '127.0.0.2': 'listed: spam source',
      '127.0.0.10': 'worst reputation',
      '127.0.0.11': 'very bad reputation',
      '127.0.0.12': 'bad reputation',
      '127.0.0.13': 'suspicious reputation',
      '127.0.0.14': 'neutral-to-bad reputation',
    },
  },
  {
    ...simple('SpamRATS', 'all.spamrats.com', 'https://www.spamrats.com/removal.php'),
    codes: {
      '127.0.0.36': 'RATS-Dyna: a dynamic or residential address sending mail',
      '127.0.0.37': 'RATS-NoPtr: no reverse DNS (PTR) for the address',
      '127.0.0.38': 'RATS-Spam: spam seen from the address',
      '127.0.0.43': 'RATS-Auth: brute-force authentication attempts seen',
    },
  },
  {
    ...simple('DroneBL', 'dnsbl.dronebl.org', 'https://dronebl.org/lookup'),
    codes: {
      '127.0.0.3': 'IRC drone',
      '127.0.0.5': 'bottler',
      '127.0.0.6': 'unknown spambot or drone',
      '127.0.0.7': 'DDoS drone',
      '127.0.0.8': 'open SOCKS proxy',
      '127.0.0.9': 'open HTTP proxy',
      '127.0.0.10': 'proxy chain',
      '127.0.0.11': 'web page proxy',
      '127.0.0.12': 'open DNS resolver',
      '127.0.0.13': 'brute-force attacker',
      '127.0.0.14': 'open Wingate proxy',
      '127.0.0.15': 'compromised router or gateway',
      '127.0.0.16': 'autorooting worm',
      '127.0.0.17': 'automatically determined botnet address',
      '127.0.0.18': 'DNS/MX type hostname detected on IRC',
      '127.0.0.19': 'abused VPN service',
    },
  },
  simple('Nordspam', 'bl.nordspam.com', 'https://www.nordspam.com/'),
  simple('Suomispam', 'bl.suomispam.net', 'https://suomispam.net/'),
  simple('blocklist.de', 'bl.blocklist.de', 'https://www.blocklist.de/en/delistform.html', {
    codes: { '127.0.0.2': 'attacks (mail, SSH, brute force) reported from the address' },
  }),
  simple('JustSpam', 'dnsbl.justspam.org', 'http://www.justspam.org/'),
  simple('0spam', 'bl.0spam.org', 'https://0spam.org/'),
  simple('GBUdb Truncate', 'truncate.gbudb.net', 'https://www.gbudb.com/truncate/'),
  simple('iX manitu', 'ix.dnsbl.manitu.net', 'https://www.dnsbl.manitu.net/'),
  simple('Backscatterer', 'ips.backscatterer.org', 'https://www.backscatterer.org/', {
    codes: { '127.0.0.2': 'sends backscatter (bounces or auto-replies to forged senders)' },
  }),
  simple('LashBack UBL', 'ubl.unsubscore.com', 'https://blacklist.lashback.com/', {
    codes: { '127.0.0.2': 'sends to addresses that asked to unsubscribe' },
  }),
  simple('s5h.net', 'all.s5h.net', 'https://www.s5h.net/'),
  simple('WPBL', 'db.wpbl.info', 'https://www.wpbl.info/'),
  simple('Anonmails', 'spam.dnsbl.anonmails.de', 'https://anonmails.de/dnsbl.php'),
  simple('InterServer', 'rbl.interserver.net', 'https://rbl.interserver.net/'),
  {
    ...simple('JunkEmailFilter Hostkarma', 'hostkarma.junkemailfilter.com', 'https://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists'),
    type: 'mixed',
    codes: {
      '127.0.0.1': 'allowlisted: a trusted sender',
      '127.0.0.2': 'blocklisted: a spam source',
      '127.0.0.3': 'yellow: sends both good mail and spam',
      '127.0.0.4': 'brown: mostly spam',
      '127.0.0.5': 'no blocklist entry',
    },
  },
  {
    name: 'DNSWL.org',
    zone: 'list.dnswl.org',
    kind: 'ip',
    type: 'allow',
    weight: 'minor',
    ipv6: true,
    codes: {},
    defaultMeaning: 'allowlisted',
    refusal: { '127.0.0.255': 'too many queries from this resolver (register for access)' },
    delist: 'https://www.dnswl.org/',
    info: 'https://www.dnswl.org/?page_id=15',
  },
  {
    name: 'Mailspike allowlist',
    zone: 'wl.mailspike.net',
    kind: 'ip',
    type: 'allow',
    weight: 'minor',
    ipv6: false,
    codes: {
      '127.0.0.16': 'neutral-to-good reputation',
      '127.0.0.17': 'good reputation',
      '127.0.0.18': 'very good reputation',
      '127.0.0.19': 'excellent reputation',
      '127.0.0.20': 'excellent reputation',
    },
    defaultMeaning: 'allowlisted',
    refusal: {},
    delist: 'https://mailspike.org/',
    info: 'https://mailspike.org/usage.html',
  },
  {
    name: 'Spamhaus DBL',
    zone: 'dbl.spamhaus.org',
    kind: 'domain',
    type: 'block',
    weight: 'major',
    ipv6: false,
    codes: {
      '127.0.1.2': 'spam domain',
      '127.0.1.4': 'phishing domain',
      '127.0.1.5': 'malware domain',
      '127.0.1.6': 'botnet command-and-control domain',
      '127.0.1.102': 'abused legitimate domain used in spam',
      '127.0.1.103': 'abused redirector or URL shortener',
      '127.0.1.104': 'abused legitimate domain used in phishing',
      '127.0.1.105': 'abused legitimate domain used for malware',
      '127.0.1.106': 'abused legitimate domain used for botnet control',
    },
    defaultMeaning: 'listed',
    refusal: { ...SPAMHAUS_REFUSAL, '127.0.1.255': 'IP addresses may not be queried in the DBL' },
    delist: 'https://check.spamhaus.org/',
    info: 'https://www.spamhaus.org/faqs/domain-blocklist/',
  },
  {
    name: 'SURBL multi',
    zone: 'multi.surbl.org',
    kind: 'domain',
    type: 'block',
    weight: 'major',
    ipv6: false,
    codes: {},
    bits: { 8: 'phishing', 16: 'malware', 64: 'abuse (spam)', 128: 'cracked site' },
    defaultMeaning: 'listed',
    refusal: { '127.0.0.1': 'queries from this resolver are blocked (use your own resolver)' },
    delist: 'https://www.surbl.org/surbl-analysis',
    info: 'https://www.surbl.org/lists',
  },
  {
    name: 'URIBL multi',
    zone: 'multi.uribl.com',
    kind: 'domain',
    type: 'block',
    weight: 'minor',
    ipv6: false,
    codes: {},
    bits: { 2: 'black: spam domain', 4: 'grey: bulk-mail domain', 8: 'red: domain in new spam' },
    defaultMeaning: 'listed',
    refusal: { '127.0.0.1': 'queries from this resolver are refused (public resolver or too many queries)' },
    delist: 'https://admin.uribl.com/',
    info: 'https://uribl.com/about.shtml',
  },
  simple('Nordspam domain list', 'dbl.nordspam.com', 'https://www.nordspam.com/', { kind: 'domain' }),
];
