/**
 * An in-process DNS server for tests: UDP and TCP on the same loopback port (port 0 → a free one),
 * answering from a declarative zone with fault injection per name and type. It shares no code with
 * the resolver under test (only dns-packet), so it is an independent peer.
 *
 * Usage:
 * ```ts
 * const server = await startDnsTestServer({
 *   zone: {
 *     'example.test': [
 *       { type: 'SOA', data: { mname: 'ns1.example.test', rname: 'hostmaster.example.test', minimum: 300 } },
 *       { type: 'MX', data: { preference: 10, exchange: 'mx.example.test' } },
 *       { type: 'TXT', data: ['v=spf1 ip4:192.0.2.0/24 ', '-all'] },   // one record, two strings
 *     ],
 *     'mx.example.test': [{ type: 'A', data: '192.0.2.10' }],
 *     'alias.example.test': [{ type: 'CNAME', data: 'mx.example.test' }],
 *     '*.wild.example.test': [{ type: 'A', data: '192.0.2.99' }],
 *   },
 *   faults: { 'slow.example.test': { delayMs: 300 }, 'big.example.test/TXT': { truncate: true } },
 *   delayMs: 50,                    // added to every answer (the benchmark's latency)
 * });
 * const resolver = createResolver({ servers: [server.address] });
 * …
 * await server.close();
 * ```
 *
 * Zone semantics (like an authoritative server that also knows every zone, so it can stand in for
 * a recursive resolver): owner names are case-insensitive, without the trailing dot. A name with
 * records of the asked type answers them; a CNAME is followed inside the zone map (up to 8 links;
 * `chaseCnames: false` stops at the first CNAME, as an authoritative server does for out-of-zone
 * targets); a name with no records but with descendants is an empty non-terminal (NODATA); a
 * wildcard `*.parent` answers names that do not exist under `parent`; anything else is NXDOMAIN.
 * Negative answers carry the closest enclosing SOA in the authority section (RFC 2308). UDP replies
 * larger than the client's EDNS buffer (512 without EDNS) are sent truncated with TC=1.
 *
 * Faults are keyed `name` or `name/TYPE`; the key `*`, and `*` followed by `/TYPE`, apply to every
 * name. The most specific key wins: name and type, name, any name and type, any name. See `Fault`
 * (dns-test-zone.ts) for each kind.
 *
 * Observability: `queries` lists every query received (name, type, transport, RD, DO);
 * `inFlight`/`maxInFlight` count queries received and not yet answered (delays included), which is
 * how tests check the resolver's concurrency bound.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket from 'dns-packet';
import type { Packet } from 'dns-packet';
import type { Fault, TestFaults, TestRecord, TestZone } from './dns-test-zone.ts';
import { lower, malform, resolveInZone } from './dns-test-zone.ts';

export type { Fault, TestFaults, TestRecord, TestZone } from './dns-test-zone.ts';

export interface ReceivedQuery {
  readonly name: string;
  readonly type: string;
  readonly transport: 'udp' | 'tcp';
  readonly id: number;
  /** RD bit of the query. */
  readonly rd: boolean;
  /** DO bit of the query's OPT record; undefined when the query had no OPT. */
  readonly do: boolean | undefined;
  /** EDNS UDP payload size the client offered; undefined without OPT. */
  readonly udpPayloadSize: number | undefined;
  /** Key of the fault applied, if any. */
  readonly fault: string | undefined;
}

export interface DnsTestServerOptions {
  readonly zone: TestZone;
  readonly faults?: TestFaults;
  /** Added to every answer (ms). */
  readonly delayMs?: number;
  /** Loopback address to bind (default 127.0.0.1). */
  readonly host?: '127.0.0.1' | '::1';
  /** AA flag (default true). */
  readonly authoritative?: boolean;
  /** RA flag (default true). */
  readonly recursionAvailable?: boolean;
  /** AD flag on every NOERROR/NXDOMAIN answer (default false). */
  readonly authenticData?: boolean;
  /** Follow CNAMEs inside the zone map (default true). */
  readonly chaseCnames?: boolean;
}

export interface DnsTestServer {
  readonly host: string;
  readonly port: number;
  /** `{ host, port }`, the shape `createResolver({ servers })` takes. */
  readonly address: { readonly host: string; readonly port: number };
  readonly queries: readonly ReceivedQuery[];
  /** Queries received and not yet answered or dropped. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Open TCP connections. */
  readonly tcpConnections: number;
  setZone(zone: TestZone): void;
  setFaults(faults: TestFaults): void;
  setDelay(ms: number): void;
  /** Clears `queries`, `maxInFlight` and the `times` counters. */
  resetStats(): void;
  close(): Promise<void>;
}

export async function startDnsTestServer(options: DnsTestServerOptions): Promise<DnsTestServer> {
  const host = options.host ?? '127.0.0.1';
  let zone = new Map<string, readonly TestRecord[]>();
  let faults: TestFaults = {};
  let delayMs = options.delayMs ?? 0;
  const used = new Map<string, number>();
  const queries: ReceivedQuery[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<net.Socket>();
  let inFlight = 0;
  let maxInFlight = 0;

  const setZone = (z: TestZone): void => {
    zone = new Map(Object.entries(z).map(([k, v]) => [lower(k), v]));
  };
  setZone(options.zone);
  faults = options.faults ?? {};

  const faultFor = (name: string, type: string, transport: 'udp' | 'tcp'): { key: string; fault: Fault } | undefined => {
    for (const key of [`${name}/${type}`, name, `*/${type}`, '*']) {
      const fault = faults[key];
      if (!fault || (fault.transport && fault.transport !== transport)) continue;
      const count = used.get(key) ?? 0;
      if (fault.times !== undefined && count >= fault.times) continue;
      used.set(key, count + 1);
      return { key, fault };
    }
    return undefined;
  };

  const later = (ms: number, fn: () => void): void => {
    if (ms <= 0) {
      fn();
      return;
    }
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  /** The reply bytes for a query, or undefined to stay silent. */
  const respond = (
    query: Packet & { flags?: number },
    transport: 'udp' | 'tcp',
    fault: Fault | undefined,
  ): { bytes: Buffer; fromOther: boolean }[] | 'drop' | 'close' => {
    const q = query.questions?.[0];
    const name = lower(q?.name ?? '');
    const type = String(q?.type ?? 'A');
    const opt = query.additionals?.find((a) => a.type === 'OPT') as { udpPayloadSize?: number } | undefined;
    const base: Packet = {
      type: 'response',
      id: query.id ?? 0,
      flags:
        ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) |
        (options.authoritative === false ? 0 : dnsPacket.AUTHORITATIVE_ANSWER) |
        (options.recursionAvailable === false ? 0 : dnsPacket.RECURSION_AVAILABLE),
      questions: q ? [{ name, type: q.type, class: 'IN' }] : [],
      additionals: opt
        ? [{ type: 'OPT', name: '.', udpPayloadSize: 1232, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }]
        : [],
    };
    if (fault?.drop) return 'drop';
    if (transport === 'tcp' && fault?.tcp === 'close') return 'close';
    const rcodeBits: Record<string, number> = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5, YXDOMAIN: 6 };
    let packet: Packet;
    if (fault?.noEdns && opt) {
      packet = { ...base, additionals: [], flags: (base.flags ?? 0) | 1 };
    } else if (fault?.rcode) {
      packet = { ...base, flags: (base.flags ?? 0) | (rcodeBits[fault.rcode] ?? 2) };
    } else {
      const r = resolveInZone(zone, name, type, options.chaseCnames !== false);
      const ad = (options.authenticData || fault?.ad) && (r.rcode === 'NOERROR' || r.rcode === 'NXDOMAIN') ? dnsPacket.AUTHENTIC_DATA : 0;
      packet = { ...base, flags: (base.flags ?? 0) | (rcodeBits[r.rcode] ?? 0) | ad, answers: r.answers, authorities: r.authorities };
    }
    let bytes = dnsPacket.encode(packet);
    const limit = opt ? Math.max(512, opt.udpPayloadSize ?? 512) : 512;
    if (transport === 'udp' && (fault?.truncate || bytes.length > limit)) {
      bytes = dnsPacket.encode({ ...packet, answers: [], authorities: [], flags: (packet.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE });
    }
    if (fault?.malformed) bytes = malform(bytes, fault.malformed, query);
    // Bogus replies first (each from the right socket unless `otherSocket`), then the genuine one.
    const out: { bytes: Buffer; fromOther: boolean }[] = [];
    if (fault?.wrongId) {
      const wrong = Buffer.from(bytes);
      wrong.writeUInt16BE(((query.id ?? 0) + 1) & 0xffff, 0);
      out.push({ bytes: wrong, fromOther: false });
    }
    if (fault?.wrongQuestion) {
      out.push({
        bytes: dnsPacket.encode({ ...packet, questions: [{ name: 'wrong.invalid', type: q?.type ?? 'A', class: 'IN' }] }),
        fromOther: false,
      });
    }
    if (fault?.otherSocket && transport === 'udp') out.push({ bytes, fromOther: true });
    if (out.length === 0 || fault?.thenAnswer) out.push({ bytes, fromOther: false });
    return out;
  };

  const handle = (
    raw: Buffer,
    transport: 'udp' | 'tcp',
    send: (b: Buffer, fromOther: boolean, fault: Fault | undefined) => void,
    close: () => void,
  ): void => {
    let query: ReturnType<typeof dnsPacket.decode>;
    try {
      query = dnsPacket.decode(raw);
    } catch {
      return; // not a DNS query: ignore, like a real server would
    }
    const q = query.questions?.[0];
    const name = lower(q?.name ?? '');
    const type = String(q?.type ?? '');
    const opt = query.additionals?.find((a) => a.type === 'OPT') as { udpPayloadSize: number; flag_do: boolean } | undefined;
    const applied = faultFor(name, type, transport);
    const fault = applied?.fault;
    queries.push({
      name,
      type,
      transport,
      id: query.id ?? 0,
      rd: query.flag_rd,
      do: opt?.flag_do,
      udpPayloadSize: opt?.udpPayloadSize,
      fault: applied?.key,
    });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    later(delayMs + (fault?.delayMs ?? 0), () => {
      inFlight -= 1;
      const reply = respond(query, transport, fault);
      if (reply === 'drop') return;
      if (reply === 'close') {
        close();
        return;
      }
      for (const r of reply) send(r.bytes, r.fromOther, fault);
    });
  };

  const udpType = host === '::1' ? 'udp6' : 'udp4';
  const other = dgram.createSocket(udpType);
  other.on('error', () => undefined);

  const makeUdp = (): dgram.Socket => {
    const udp = dgram.createSocket(udpType);
    udp.on('error', () => undefined);
    udp.on('message', (msg, rinfo) => {
      handle(
        msg,
        'udp',
        (b, fromOther) => (fromOther ? other : udp).send(b, rinfo.port, rinfo.address),
        () => undefined,
      );
    });
    return udp;
  };

  const makeTcp = (): net.Server => {
    const tcp = net.createServer();
    tcp.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      let pending = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 2) {
          const len = pending.readUInt16BE(0);
          if (pending.length < 2 + len) return;
          const msg = Buffer.from(pending.subarray(2, 2 + len));
          pending = pending.subarray(2 + len);
          handle(
            msg,
            'tcp',
            (b, _fromOther, fault) => {
              if (socket.destroyed) return;
              const prefix = Buffer.alloc(2);
              prefix.writeUInt16BE(fault?.tcp === 'oversize-length' ? 0xffff : b.length);
              socket.write(Buffer.concat([prefix, b]));
            },
            () => socket.destroy(),
          );
        }
      });
    });
    return tcp;
  };

  // UDP and TCP on the same port: bind UDP to port 0, then TCP to that port; retry on a clash.
  let udp: dgram.Socket | undefined;
  let tcp: net.Server | undefined;
  let port = 0;
  for (let attempt = 0; udp === undefined; attempt++) {
    const u = makeUdp();
    await new Promise<void>((resolve, reject) => {
      u.once('error', reject);
      u.bind(0, host, () => {
        u.off('error', reject);
        resolve();
      });
    });
    const t = makeTcp();
    const p = u.address().port;
    const ok = await new Promise<boolean>((resolve) => {
      t.once('error', () => resolve(false));
      t.listen(p, host, () => resolve(true));
    });
    if (ok) {
      udp = u;
      tcp = t;
      port = p;
    } else {
      await new Promise<void>((r) => u.close(() => r()));
      if (attempt >= 20) throw new Error('dns-test-server: no free port for UDP and TCP together');
    }
  }
  const udpSocket = udp;
  const tcpServer = tcp as net.Server;
  await new Promise<void>((resolve) => other.bind(0, host, () => resolve()));

  return {
    host,
    port,
    address: { host, port },
    get queries() {
      return queries;
    },
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get tcpConnections() {
      return sockets.size;
    },
    setZone,
    setFaults(f) {
      faults = f;
      used.clear();
    },
    setDelay(ms) {
      delayMs = ms;
    },
    resetStats() {
      queries.length = 0;
      maxInFlight = inFlight;
      used.clear();
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await Promise.all([
        new Promise<void>((r) => udpSocket.close(() => r())),
        new Promise<void>((r) => other.close(() => r())),
        new Promise<void>((r) => tcpServer.close(() => r())),
      ]);
    },
  };
}
