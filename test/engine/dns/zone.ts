/** The declarative zone the resolver tests ask the in-process test server about. */
import type { TestZone } from '../../helpers/dns-test-server.ts';

const SOA = {
  type: 'SOA',
  data: { mname: 'ns1.example.test', rname: 'hostmaster.example.test', serial: 7, minimum: 60 },
  ttl: 120,
} as const;

/** 40 strings of 200 octets: one TXT record far over the 1232-byte EDNS buffer. */
export const BIG_TXT = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(198)}`);

export const ZONE: TestZone = {
  'example.test': [
    SOA,
    { type: 'NS', data: 'ns1.example.test' },
    { type: 'A', data: '192.0.2.1', ttl: 30 },
    { type: 'MX', data: { preference: 10, exchange: 'MX1.Example.Test' } },
    { type: 'MX', data: { preference: 20, exchange: 'mx2.example.test' } },
    { type: 'TXT', data: ['v=spf1 ip4:192.0.2.0/24 ', 'include:_spf.example.test -all'] },
    { type: 'TXT', data: 'google-site-verification=abc' },
    { type: 'SPF', data: ['v=spf1 ', '-all'] },
  ],
  'ns1.example.test': [{ type: 'A', data: '127.0.0.1' }],
  'mx1.example.test': [
    { type: 'A', data: '192.0.2.10' },
    { type: 'AAAA', data: '2001:db8::10' },
  ],
  'mx2.example.test': [{ type: 'A', data: '192.0.2.20' }],
  'alias.example.test': [{ type: 'CNAME', data: 'chain.example.test' }],
  'chain.example.test': [{ type: 'CNAME', data: 'mx1.example.test' }],
  'dangling.example.test': [{ type: 'CNAME', data: 'nowhere.example.test' }],
  'loop1.example.test': [{ type: 'CNAME', data: 'loop2.example.test' }],
  'loop2.example.test': [{ type: 'CNAME', data: 'loop1.example.test' }],
  '_submission._tcp.example.test': [{ type: 'SRV', data: { priority: 0, weight: 1, port: 587, target: 'mail.example.test' } }],
  '_25._tcp.mx1.example.test': [{ type: 'TLSA', data: { usage: 3, selector: 1, matchingType: 1, certificate: 'ab'.repeat(32) } }],
  '10.2.0.192.in-addr.arpa': [{ type: 'PTR', data: 'mx1.example.test' }],
  'signed.example.test': [
    { type: 'DS', data: { keyTag: 12345, algorithm: 13, digestType: 2, digest: 'cd'.repeat(32) } },
    { type: 'DNSKEY', data: { flags: 257, algorithm: 13, key: Buffer.from('key-bytes').toString('base64') } },
  ],
  'big.example.test': [{ type: 'TXT', data: BIG_TXT }],
  'a.b.example.test': [{ type: 'A', data: '192.0.2.40' }],
  // Names the fault tests attach faults to; each has an answer so a fault is the only problem.
  ...Object.fromEntries(
    [
      'servfail',
      'refused',
      'formerr',
      'drop',
      'slow',
      'tc',
      'garbage',
      'cut',
      'loop',
      'rdlen',
      'wrongid',
      'wrongq',
      'other',
      'tcpclose',
      'tcpbig',
      'ad',
      'flaky',
    ].map((n) => [`${n}.example.test`, [{ type: 'A', data: '192.0.2.77' }]]),
  ),
};
