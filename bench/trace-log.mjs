/**
 * `node bench/trace-log.mjs`: the trace-log benchmark (issue 5, section 5).
 *
 * 1. Writes a 1 GiB classic-syslog Postfix log into bench/tmp/ (once; reused while its recipe is
 *    unchanged): submissions through smtpd (mostly SASL) and pickup, cleanup/qmgr bookkeeping,
 *    deliveries (sent, greylisted then retried, bounced with the NDR delivered locally, expired
 *    after retries), NOQUEUE rejects and the noise a real mail.log carries (dovecot, opendkim,
 *    disconnects, TLS warnings). Lines interleave in time order and cross New Year. One recipient
 *    (TARGET) is planted with a known story, so the run checks its answer as well as its speed.
 * 2. Times `LC_ALL=C grep -F TARGET` and `traceLogs(file, { to: TARGET })` over the same file in
 *    the same run, alternating, several rounds, with the file in the page cache; grep's output is
 *    piped and counted (with stdout on /dev/null GNU grep would stop at the first match).
 * 3. Prints both times, the throughput ratio and Mailpath's peak RSS against the targets
 *    (at least 40 % of grep's throughput, at most 200 MB).
 *
 * traceLogs runs in a child process (this file with --child) so its RSS is its own; the time
 * reported is the traceLogs call itself, the child's whole run (Node start-up and loading the
 * TypeScript sources by type stripping) is printed beside it.
 * Options: --rounds=N (default 5), --size=BYTES (default 1 GiB), --regenerate. The verdict uses
 * medians; the best round of each and the machine's load average are printed beside them.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadavg } from 'node:os';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Bump when the generator changes, so an old file is rewritten. */
const RECIPE = 'postfix-v3';

const TARGET = 'karin.lindqvist@kundbolaget.se';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'anna',
  'erik',
  'lars',
  'karin',
  'maria',
  'johan',
  'eva',
  'per',
  'lena',
  'nils',
  'sara',
  'ola',
  'ingrid',
  'kari',
  'bjorn',
  'elin',
];
const LAST = ['andersson', 'johansson', 'karlsson', 'nilsson', 'hansen', 'olsen', 'berg', 'dahl', 'lund', 'strand', 'holm', 'vik'];
const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'yahoo.com',
  'telia.com',
  'online.no',
  'icloud.com',
  'bredband.net',
  'firma.se',
  'bygg-ab.se',
  'regnskap.no',
  'kommune.no',
];
const MX = {
  'gmail.com': ['gmail-smtp-in.l.google.com', '142.250.102.27'],
  'outlook.com': ['outlook-com.olc.protection.outlook.com', '52.101.68.14'],
  'hotmail.com': ['hotmail-com.olc.protection.outlook.com', '52.101.8.44'],
  'yahoo.com': ['mta7.am0.yahoodns.net', '67.195.204.77'],
  'telia.com': ['mx1.telia.com', '81.236.63.162'],
  'online.no': ['mx.online.no', '148.122.161.30'],
  'icloud.com': ['mx01.mail.icloud.com', '17.57.154.6'],
  'bredband.net': ['mx.bredband.net', '195.54.106.120'],
  'firma.se': ['firma-se.mail.protection.outlook.com', '52.101.73.2'],
  'bygg-ab.se': ['mx.bygg-ab.se', '185.12.44.9'],
  'regnskap.no': ['aspmx.l.google.com', '142.250.150.26'],
  'kommune.no': ['mx1.kommune.no', '193.156.10.5'],
  'kundbolaget.se': ['mx1.kundbolaget.se', '203.0.113.25'],
};
const SENT_REPLY = {
  'gmail.com': (r) =>
    `250 2.0.0 OK  ${1735000000 + Math.floor(r() * 9e6)} a${Math.floor(r() * 1e9).toString(36)}si.${Math.floor(r() * 99)} - gsmtp`,
  'outlook.com': () =>
    '250 2.6.0 <msg> [InternalId=1236950581340, Hostname=AM9PR0401MB8102.eurprd04.prod.outlook.com] 10422 bytes in 0.064, 158.438 KB/sec Queued mail for delivery',
  default: (r) =>
    `250 2.0.0 Ok: queued as ${Math.floor(r() * 0xffffffffff)
      .toString(16)
      .toUpperCase()}`,
};

function generate(path, { targetBytes = 1024 ** 3, seed = 20261124, onProgress } = {}) {
  const r = rng(seed);
  const fd = openSync(path, 'w');
  let buf = '';
  let bytes = 0;
  let messages = 0;
  let lines = 0;
  const flush = (force) => {
    if (buf.length > 8 * 1024 * 1024 || (force && buf.length > 0)) {
      bytes += writeSync(fd, buf);
      buf = '';
      onProgress?.(bytes);
    }
  };
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const usedQids = new Set();
  const qid = () => {
    for (;;) {
      const id =
        Math.floor(r() * 0xfffffffff)
          .toString(16)
          .toUpperCase()
          .padStart(9, '0') + '0123456789ABCDEF'[Math.floor(r() * 16)];
      if (!usedQids.has(id)) {
        usedQids.add(id);
        if (usedQids.size > 200000) usedQids.clear();
        return id;
      }
    }
  };
  const user = () => `${pick(FIRST)}.${pick(LAST)}${r() < 0.3 ? Math.floor(r() * 90 + 10) : ''}`;
  const senderDomains = ['exempel.se', 'foretaget.se', 'bedrift.no'];
  // Time runs from Dec 31, 06:00 through New Year; ~11 messages per second.
  let t = Date.UTC(2025, 11, 31, 6, 0, 0);
  const stamp = (ms) => {
    const d = new Date(ms);
    const day = String(d.getUTCDate()).padStart(2, ' ');
    const hh = String(d.getUTCHours()).padStart(2, '0');
    const mm = String(d.getUTCMinutes()).padStart(2, '0');
    const ss = String(d.getUTCSeconds()).padStart(2, '0');
    return `${MONTHS[d.getUTCMonth()]} ${day} ${hh}:${mm}:${ss} mail1`;
  };
  const pid = () => 1000 + Math.floor(r() * 60000);
  // Future events (retries, expiries) wait in a small time-ordered queue.
  const pending = [];
  const later = (at, fn) => {
    pending.push({ at, fn });
    pending.sort((a, b) => a.at - b.at);
  };
  // Lines wait in a min-heap by time so that messages interleave as they do in a real log.
  const heap = [];
  let seq = 0;
  const less = (a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const emit = (ms, text) => {
    const item = { at: ms, seq: seq++, text };
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const popUntil = (limit) => {
    while (heap.length > 0 && heap[0].at <= limit) {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length > 0) {
        heap[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r2 = l + 1;
          let m = i;
          if (l < heap.length && less(heap[l], heap[m])) m = l;
          if (r2 < heap.length && less(heap[r2], heap[m])) m = r2;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m], heap[i]];
          i = m;
        }
      }
      buf += `${stamp(top.at)} ${top.text}\n`;
      lines++;
    }
  };
  const delivery = (ms, id, rcpt, status, extra = {}) => {
    const dom = rcpt.slice(rcpt.indexOf('@') + 1);
    const [mx, ip] = MX[dom] ?? ['mx.' + dom, '198.51.100.' + Math.floor(r() * 250)];
    const total = extra.delay ?? 0.3 + r() * 2;
    const a = (r() * 0.2).toFixed(2);
    const c = (r() * 0.3).toFixed(2);
    const d = Math.max(0, total - a - c).toFixed(2);
    const relay = status === 'deferred' && extra.timeout ? 'none' : `${mx}[${ip}]:25`;
    let text;
    if (status === 'sent') text = (SENT_REPLY[dom] ?? SENT_REPLY.default)(r);
    else if (status === 'bounced')
      text = `host ${mx}[${ip}] said: 550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`;
    else if (extra.timeout) text = `connect to ${mx}[${ip}]:25: Connection timed out`;
    else text = `host ${mx}[${ip}] said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command)`;
    const dsn = status === 'sent' ? '2.0.0' : status === 'bounced' ? '5.1.1' : extra.timeout ? '4.4.1' : '4.7.1';
    emit(
      ms,
      `postfix/smtp[${pid()}]: ${id}: to=<${rcpt}>, relay=${relay}, delay=${total.toFixed(total < 10 ? 1 : 0)}, delays=${a}/${(r() * 0.05).toFixed(2)}/${c}/${d}, dsn=${dsn}, status=${status} (${text})`,
    );
  };
  const bounceNotice = (ms, id, sender) => {
    const nid = qid();
    emit(ms, `postfix/cleanup[${pid()}]: ${nid}: message-id=<${Math.floor(ms / 1000)}-${nid}@mail1.exempel.se>`);
    emit(ms, `postfix/bounce[${pid()}]: ${id}: sender non-delivery notification: ${nid}`);
    emit(ms, `postfix/qmgr[812]: ${nid}: from=<>, size=${3000 + Math.floor(r() * 4000)}, nrcpt=1 (queue active)`);
    emit(
      ms,
      `postfix/virtual[${pid()}]: ${nid}: to=<${sender}>, relay=virtual, delay=0.01, delays=0/0/0/0.01, dsn=2.0.0, status=sent (delivered to maildir)`,
    );
    emit(ms, `postfix/qmgr[812]: ${nid}: removed`);
  };
  const message = (ms, rcpts, plan) => {
    const id = qid();
    const sender = `${user()}@${pick(senderDomains)}`;
    if (r() < 0.75) {
      const ip = `10.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}`;
      emit(ms, `postfix/submission/smtpd[${pid()}]: ${id}: client=unknown[${ip}], sasl_method=PLAIN, sasl_username=${sender}`);
    } else {
      emit(ms, `postfix/pickup[${pid()}]: ${id}: uid=33 from=<${sender}>`);
    }
    emit(
      ms,
      `postfix/cleanup[${pid()}]: ${id}: message-id=<${Math.floor(r() * 1e12).toString(36)}@${sender.slice(sender.indexOf('@') + 1)}>`,
    );
    if (r() < 0.2) emit(ms, `opendkim[611]: ${id}: DKIM-Signature field added (s=mail, d=${sender.slice(sender.indexOf('@') + 1)})`);
    emit(ms, `postfix/qmgr[812]: ${id}: from=<${sender}>, size=${800 + Math.floor(r() * 60000)}, nrcpt=${rcpts.length} (queue active)`);
    let open = rcpts.length;
    let lastAt = ms;
    // qmgr removes the queue file after the last recipient's outcome, whichever came last.
    const done = (at) => {
      open--;
      lastAt = Math.max(lastAt, at);
      if (open === 0) emit(lastAt + 1, `postfix/qmgr[812]: ${id}: removed`);
    };
    for (const rcpt of rcpts) {
      const fate =
        plan ??
        (() => {
          const x = r();
          return x < 0.9 ? 'sent' : x < 0.96 ? 'retry' : x < 0.995 ? 'bounced' : 'expire';
        })();
      const at = ms + 300 + Math.floor(r() * 1500);
      if (fate === 'sent') {
        delivery(at, id, rcpt, 'sent');
        done(at);
      } else if (fate === 'bounced') {
        delivery(at, id, rcpt, 'bounced');
        bounceNotice(at, id, sender);
        done(at);
      } else if (fate === 'retry') {
        delivery(at, id, rcpt, 'deferred', { timeout: r() < 0.5 });
        const retryAt = at + 300000 + Math.floor(r() * 1800000);
        later(retryAt, (now) => {
          delivery(now, id, rcpt, 'sent', { delay: (now - ms) / 1000 });
          done(now);
        });
      } else {
        delivery(at, id, rcpt, 'deferred', { timeout: true });
        let n = 0;
        const retry = (now) => {
          n++;
          if (n < 6) {
            delivery(now, id, rcpt, 'deferred', { timeout: true, delay: (now - ms) / 1000 });
            later(now + 1800000 * n, retry);
          } else {
            emit(now, `postfix/qmgr[812]: ${id}: from=<${sender}>, status=expired, returned to sender`);
            bounceNotice(now, id, sender);
            done(now);
          }
        };
        later(at + 600000, retry);
      }
    }
  };
  // The planted recipient's story: a few deliveries, one greylisted then delivered, one bounce.
  const plantEvery = Math.floor(targetBytes / 430 / 40);
  const plantPlan = ['sent', 'sent', 'retry', 'sent', 'bounced', 'sent'];
  let planted = 0;
  while (bytes + buf.length < targetBytes) {
    t += Math.floor(r() * 180);
    while (pending.length > 0 && pending[0].at <= t) pending.shift().fn(t);
    popUntil(t - 2000);
    messages++;
    if (messages % plantEvery === 0) {
      message(t, [TARGET], plantPlan[planted++ % plantPlan.length]);
    } else {
      const n = r() < 0.85 ? 1 : r() < 0.8 ? 2 : 3;
      const rcpts = [];
      for (let i = 0; i < n; i++) rcpts.push(`${user()}@${pick(DOMAINS)}`);
      message(t, rcpts);
    }
    const x = r();
    if (x < 0.05)
      emit(
        t,
        `postfix/submission/smtpd[${pid()}]: NOQUEUE: reject: RCPT from unknown[10.9.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}]: 554 5.7.1 <${user()}@${pick(DOMAINS)}>: Relay access denied; from=<${user()}@${pick(senderDomains)}> to=<${user()}@${pick(DOMAINS)}> proto=ESMTP helo=<[10.9.0.1]>`,
      );
    else if (x < 0.1)
      emit(
        t,
        `dovecot: imap-login: Login: user=<${user()}@${pick(senderDomains)}>, method=PLAIN, rip=10.1.2.${Math.floor(r() * 250)}, lip=10.0.0.5, mpid=${pid()}, TLS, session=<${Math.floor(r() * 1e12).toString(36)}>`,
      );
    else if (x < 0.12)
      emit(
        t,
        `postfix/smtpd[${pid()}]: disconnect from unknown[10.2.3.${Math.floor(r() * 250)}] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8`,
      );
    else if (x < 0.125)
      emit(
        t,
        `postfix/smtp[${pid()}]: warning: TLS library problem: error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:650:`,
      );
    flush(false);
  }
  popUntil(Infinity);
  flush(true);
  closeSync(fd);
  // The file's mtime anchors the year of a syslog timestamp without one.
  utimesSync(path, new Date(t), new Date(t));
  return { bytes, messages, lines, planted, lastTime: new Date(t).toISOString() };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/u, '').split('=');
    return [k, v ?? true];
  }),
);

async function child(file, needle) {
  const { traceLogs } = await import(pathToFileURL(join(root, 'electron/engine/offline/logs/index.ts')).href);
  const t0 = performance.now();
  const r = await traceLogs([file], { to: needle, timeZone: 'UTC' });
  const ms = performance.now() - t0;
  const statuses = {};
  for (const m of r.messages)
    for (const x of m.recipients) if (x.address.toLowerCase() === needle) statuses[x.status] = (statuses[x.status] ?? 0) + 1;
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssKiB: process.resourceUsage().maxRSS,
      messages: r.messages.length,
      statuses,
      linesRead: r.linesRead,
      bytesRead: r.bytesRead,
      findings: r.findings.length,
    }),
  );
}

function ensureLog(file, size) {
  const meta = `${file}.json`;
  const want = JSON.stringify({ recipe: RECIPE, size });
  if (!args.regenerate && existsSync(file) && existsSync(meta) && readFileSync(meta, 'utf8').startsWith(want.slice(0, -1))) {
    return JSON.parse(readFileSync(meta, 'utf8'));
  }
  process.stdout.write(`trace-log: writing a ${(size / 2 ** 30).toFixed(2)} GiB Postfix log to ${file} …\n`);
  const t0 = performance.now();
  const stats = generate(file, { targetBytes: size });
  const info = { recipe: RECIPE, size, ...stats, generatedInSeconds: Math.round((performance.now() - t0) / 1000) };
  writeFileSync(meta, JSON.stringify(info));
  return info;
}

/** Reads the file once so both contenders find it in the page cache. */
function warm(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(8 << 20);
  while (readSync(fd, buf, 0, buf.length, null) > 0);
  closeSync(fd);
}

function timeGrep(file, needle) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn('grep', ['-F', '--', needle, file], { env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    let lines = 0;
    p.stdout.on('data', (d) => {
      bytes += d.length;
      for (const b of d) if (b === 10) lines++;
    });
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 || code === 1 ? resolve({ ms: performance.now() - t0, lines, bytes }) : reject(new Error(`grep exited ${code}`)),
    );
  });
}

function timeMailpath(file, needle) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, needle], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`trace-log child failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), processMs: performance.now() - t0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (args.child) return child(process.argv[3], process.argv[4]);
  const size = Number(args.size ?? 2 ** 30);
  const rounds = Number(args.rounds ?? 5);
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const file = join(root, 'bench', 'tmp', `postfix-${Math.round(size / 2 ** 20)}m.log`);
  const info = ensureLog(file, size);
  const mib = statSync(file).size / 2 ** 20;
  console.log(
    `trace-log: ${file}: ${mib.toFixed(0)} MiB, ${info.lines.toLocaleString('en')} lines, ${info.messages.toLocaleString('en')} messages, ${info.planted} planted for ${TARGET}`,
  );
  warm(file);
  const grep = [];
  const mp = [];
  for (let i = 0; i < rounds; i++) {
    grep.push(await timeGrep(file, TARGET));
    mp.push(timeMailpath(file, TARGET));
  }
  const g = median(grep.map((x) => x.ms));
  const m = median(mp.map((x) => x.ms));
  const rss = Math.max(...mp.map((x) => x.maxRssKiB)) / 1024;
  const ratio = g / m;
  const best = Math.min(...grep.map((x) => x.ms)) / Math.min(...mp.map((x) => x.ms));
  const last = mp.at(-1);
  const ok = last.messages === info.planted && last.linesRead === info.lines;
  console.log(
    `trace-log: grep -F        median ${g.toFixed(0)} ms (${grep.map((x) => x.ms.toFixed(0)).join(', ')}) = ${(mib / (g / 1000)).toFixed(0)} MiB/s, ${grep[0].lines} lines`,
  );
  console.log(
    `trace-log: traceLogs --to median ${m.toFixed(0)} ms (${mp.map((x) => x.ms.toFixed(0)).join(', ')}) = ${(mib / (m / 1000)).toFixed(0)} MiB/s; whole process ${median(mp.map((x) => x.processMs)).toFixed(0)} ms`,
  );
  console.log(
    `trace-log: answer: ${last.messages} messages for ${TARGET} ${JSON.stringify(last.statuses)}, ${last.linesRead.toLocaleString('en')} lines read — ${ok ? 'as planted' : `EXPECTED ${info.planted} messages and ${info.lines} lines`}`,
  );
  console.log(
    `trace-log: best rounds: grep ${Math.min(...grep.map((x) => x.ms)).toFixed(0)} ms, traceLogs ${Math.min(...mp.map((x) => x.ms)).toFixed(0)} ms = ${(best * 100).toFixed(0)} %; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `trace-log: throughput ${(ratio * 100).toFixed(0)} % of grep's (target ≥ 40 %: ${ratio >= 0.4 ? 'met' : 'NOT met'}); peak RSS ${rss.toFixed(0)} MB (target ≤ 200 MB: ${rss <= 200 ? 'met' : 'NOT met'})`,
  );
  if (!ok) process.exitCode = 1;
}

await main();
