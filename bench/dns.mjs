// `npm run bench -- dns`: one full check-domain run (SPF include tree 3 deep, 30 blocklists, 12
// DKIM selectors, MX, DMARC, MTA-STS, DANE, DNSSEC, BIMI, reverse DNS) against the in-process DNS
// test server with 50 ms added to every answer. Prints the wall time, the critical path (the
// longest chain of dependent queries × 50 ms, measured by running each check alone on a cold
// cache), their ratio (target ≤ 1.25) and the peak RSS.
import { startDnsTestServer } from '../test/helpers/dns-test-server.ts';
import { createResolver } from '../electron/engine/dns/index.ts';
import { checkDomain } from '../electron/engine/checks/domain.ts';
import { checkMx } from '../electron/engine/checks/mx.ts';
import { checkDkim } from '../electron/engine/checks/dkim.ts';
import { checkDmarc } from '../electron/engine/checks/dmarc.ts';
import { checkMtaSts } from '../electron/engine/checks/mtasts.ts';
import { checkDane } from '../electron/engine/checks/dane.ts';
import { checkDnssec } from '../electron/engine/checks/dnssec.ts';
import { checkBimi } from '../electron/engine/checks/bimi.ts';
import { checkReverseDns } from '../electron/engine/checks/rdns.ts';
import { checkDnsLists } from '../electron/engine/checks/dnsbl/dnsbl.ts';
import { evaluateSpf } from '../electron/engine/checks/spf/index.ts';

const LATENCY = 50;
const D = 'bench.test';
const IP = '192.0.2.99';
const SELECTORS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 'selector1', 'google'];
const KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu4mR3i9b5I3XOOWQzc9RNV0SG5Ph7XkR9N1l8vYV3j0lH9Bv3Zc2xq8s9Qm5M8q3V0y2J3qv8QfGm3s6YkzB0x8l7b9tZr0yQpY1O8V3sW2mQy5n9u6x3n0mP8u1N4b3w5t2Xv7k0s9Q2m1c6p4r8z0y3l5j7h9g1f2e4d6c8b0a2Z4Y6X8W0V2U4T6S8R0Q2P4O6N8M0L2K4J6I8H0G2F4E6D8C0B2A4z6y8x0w2v4u6t8s0r2q4p6o8n0m2l4k6j8i0h2g4f6e8d0c2b4a6IDAQAB';
const SOA = { type: 'SOA', data: { mname: `ns.${D}`, rname: `h.${D}`, minimum: 300 } };

const zone = {
  [D]: [SOA, { type: 'MX', data: { preference: 10, exchange: `mx1.${D}` } }, { type: 'MX', data: { preference: 20, exchange: `mx2.${D}` } }, { type: 'TXT', data: `v=spf1 include:a.${D} include:b.${D} -all` }],
  [`a.${D}`]: [{ type: 'TXT', data: `v=spf1 include:a1.${D} ip4:198.51.100.0/28 -all` }],
  [`a1.${D}`]: [{ type: 'TXT', data: `v=spf1 include:a2.${D} ip4:198.51.100.16/28 -all` }],
  [`a2.${D}`]: [{ type: 'TXT', data: `v=spf1 ip4:192.0.2.96/29 -all` }],
  [`b.${D}`]: [{ type: 'TXT', data: `v=spf1 ip4:203.0.113.0/24 -all` }],
  [`mx1.${D}`]: [{ type: 'A', data: '192.0.2.25' }],
  [`mx2.${D}`]: [{ type: 'A', data: '192.0.2.26' }],
  [`_dmarc.${D}`]: [{ type: 'TXT', data: `v=DMARC1; p=reject; rua=mailto:dmarc@${D}` }],
  [`_mta-sts.${D}`]: [{ type: 'TXT', data: 'v=STSv1; id=20261124' }],
  [`_smtp._tls.${D}`]: [{ type: 'TXT', data: `v=TLSRPTv1; rua=mailto:tls@${D}` }],
  [`mta-sts.${D}`]: [{ type: 'A', data: '127.0.0.1' }],
  [`default._bimi.${D}`]: [{ type: 'TXT', data: `v=BIMI1; l=https://${D}/logo.svg` }],
  [`99.2.0.192.in-addr.arpa`]: [{ type: 'PTR', data: `out.${D}` }],
  [`out.${D}`]: [{ type: 'A', data: IP }],
  ...Object.fromEntries(SELECTORS.map((s) => [`${s}._domainkey.${D}`, [{ type: 'TXT', data: [`v=DKIM1; k=rsa; p=${KEY.slice(0, 200)}`, KEY.slice(200)] }]])),
};

const server = await startDnsTestServer({ zone, delayMs: LATENCY });
const resolver = () => createResolver({ servers: [server.address], timeoutMs: 3000, retries: 0 });
const fetch = () => Promise.resolve({ status: 200, text: `version: STSv1\nmode: enforce\nmx: *.${D}\nmax_age: 86400\n` });
const deps = () => ({ resolver: resolver(), lang: 'en', fetch });

let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const time = async (work) => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

// Warm up the JIT and module loading on a throwaway run (not measured).
await checkDomain({ domain: D, role: 'sender', ips: [IP], helo: `out.${D}`, dkimSelectors: SELECTORS }, deps());

const wall = await time(() => checkDomain({ domain: D, role: 'sender', ips: [IP], helo: `out.${D}`, dkimSelectors: SELECTORS, from: `anna@${D}` }, deps()));
const parts = {
  spf: () => evaluateSpf({ ip: IP, sender: `anna@${D}`, helo: `out.${D}`, domain: D }, deps()),
  mx: () => checkMx({ domain: D, role: 'sender' }, deps()),
  dkim: () => checkDkim({ domain: D, selectors: SELECTORS }, deps()),
  dmarc: () => checkDmarc({ domain: D, from: `anna@${D}` }, deps()),
  'mta-sts': () => checkMtaSts({ domain: D }, deps()),
  dane: () => checkDane({ domain: D }, deps()),
  dnssec: () => checkDnssec({ domain: D }, deps()),
  bimi: () => checkBimi({ domain: D }, deps()),
  rdns: () => checkReverseDns({ ip: IP, helo: `out.${D}` }, deps()),
  'dnsbl-ip': () => checkDnsLists(IP, deps()),
  'dnsbl-domain': () => checkDnsLists(D, deps()),
};
const alone = {};
for (const [name, work] of Object.entries(parts)) alone[name] = await time(work);
clearInterval(timer);
const [slowest, slowestMs] = Object.entries(alone).sort((a, b) => b[1] - a[1])[0];
const chain = Math.round(slowestMs / LATENCY);
const critical = chain * LATENCY;
const ratio = wall / critical;
console.log(`dns: check-domain with ${LATENCY} ms per answer — wall ${wall.toFixed(0)} ms, ${server.queries.length} queries in all runs`);
console.log(`dns: each check alone: ${Object.entries(alone).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')} ms`);
console.log(`dns: critical path ${chain} dependent queries × ${LATENCY} ms = ${critical} ms (${slowest}); ratio wall/critical ${ratio.toFixed(2)} — target ≤ 1.25: ${ratio <= 1.25 ? 'met' : 'NOT met'}`);
console.log(`dns: peak RSS ${(peak / 1048576).toFixed(0)} MiB`);
await server.close();
