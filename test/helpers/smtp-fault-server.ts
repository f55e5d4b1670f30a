/**
 * A hostile (or merely odd) SMTP peer on loopback, on raw sockets so every byte is under the
 * test's control. `normal` is a small well-behaved server; each fault changes one thing:
 *
 * - `no-greeting`: accepts the connection and says nothing.
 * - `greeting-421`: says `421 4.3.2 Service not available` and closes.
 * - `greylist-rcpt`: answers every RCPT with `450 4.7.1 … Greylisted`.
 * - `tls-old-protocol`: offers STARTTLS, then speaks TLS 1.0 only (current clients refuse it).
 * - `tls-garbage`: offers STARTTLS, says 220, then sends plain text instead of a TLS handshake.
 * - `drop-in-data`: accepts the envelope and DATA, then drops the connection mid-message.
 * - `endless-line`: a greeting line that never ends (streamed until the client hangs up).
 * - `huge-reply`: a multi-megabyte multi-line reply to EHLO.
 * - `trickle`: sends its greeting one byte per `trickleMs` (default 1000 ms).
 *
 * Every session records the client's lines, so tests can assert what the client sent (and that
 * DATA never was). `makeTestPki` makes the certificates (a CA, leaves with chosen dates and names,
 * self-signed ones) with the openssl CLI.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';

export type Fault =
  | 'normal'
  | 'no-greeting'
  | 'greeting-421'
  | 'greylist-rcpt'
  | 'tls-old-protocol'
  | 'tls-garbage'
  | 'drop-in-data'
  | 'endless-line'
  | 'huge-reply'
  | 'trickle';

export interface FaultServerOptions {
  readonly fault: Fault;
  /** Key and certificate (PEM) for STARTTLS; without them STARTTLS is not offered. */
  readonly tls?: { readonly key: string; readonly cert: string };
  readonly hostname?: string;
  readonly trickleMs?: number;
  /** Size of the `huge-reply` in bytes (default 5 MiB). */
  readonly hugeBytes?: number;
  /** Extra EHLO keywords, e.g. `AUTH PLAIN LOGIN`. */
  readonly extensions?: readonly string[];
}

export interface FaultServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Lines the clients sent, in order, over all sessions. */
  readonly received: string[];
  /** Bytes the server wrote, over all sessions. */
  readonly bytesSent: () => number;
  readonly connections: () => number;
  close(): Promise<void>;
}

/** Writes `total` bytes made by `chunk(i)`, honouring backpressure, until done or the peer leaves. */
async function stream(socket: net.Socket, total: number, chunk: (i: number) => string, count: (n: number) => void): Promise<void> {
  let sent = 0;
  for (let i = 0; sent < total && !socket.destroyed; i++) {
    const c = chunk(i);
    sent += c.length;
    count(c.length);
    if (!socket.write(c)) {
      await new Promise<void>((resolve) => {
        socket.once('drain', resolve);
        socket.once('close', resolve);
      });
    }
  }
}

export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  const name = options.hostname ?? 'fault.test';
  const received: string[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let sent = 0;
  let connections = 0;

  const session = (plain: net.Socket): void => {
    let socket: net.Socket = plain;
    let buffer = '';
    let inData = false;
    const say = (line: string): void => {
      if (socket.destroyed) return;
      sent += line.length + 2;
      socket.write(`${line}\r\n`);
    };
    const ehlo = (): void => {
      if (options.fault === 'huge-reply') {
        const line = `250-${'X'.repeat(1020)}\r\n`;
        void stream(
          socket,
          options.hugeBytes ?? 5 * 1024 * 1024,
          () => line,
          (n) => (sent += n),
        ).then(() => say('250 OK'));
        return;
      }
      const ext = ['PIPELINING', 'SIZE 10240000', '8BITMIME', 'ENHANCEDSTATUSCODES', ...(options.extensions ?? [])];
      if (options.tls && !(socket instanceof tls.TLSSocket)) ext.push('STARTTLS');
      say(`250-${name}`);
      ext.forEach((e, i) => say(`250${i === ext.length - 1 ? ' ' : '-'}${e}`));
    };
    const command = (line: string): void => {
      received.push(line);
      if (inData) {
        if (options.fault === 'drop-in-data') {
          socket.destroy();
          return;
        }
        if (line === '.') {
          inData = false;
          say('250 2.0.0 Ok: queued as FAULT1234');
        }
        return;
      }
      const verb = line.split(/[ :]/u)[0]?.toUpperCase() ?? '';
      switch (verb) {
        case 'EHLO':
          ehlo();
          return;
        case 'HELO':
          say(`250 ${name}`);
          return;
        case 'STARTTLS':
          startTls();
          return;
        case 'MAIL':
          say('250 2.1.0 Ok');
          return;
        case 'RCPT':
          if (options.fault === 'greylist-rcpt') {
            const rcpt = /<([^>]*)>/u.exec(line)?.[1] ?? '';
            say(`450 4.7.1 <${rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.example/help.html`);
          } else say('250 2.1.5 Ok');
          return;
        case 'DATA':
          inData = true;
          say('354 End data with <CR><LF>.<CR><LF>');
          return;
        case 'RSET':
        case 'NOOP':
          say('250 2.0.0 Ok');
          return;
        case 'QUIT':
          say('221 2.0.0 Bye');
          socket.end();
          return;
        default:
          say('502 5.5.2 Error: command not recognized');
      }
    };
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('latin1');
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl).replace(/\r$/u, '');
        buffer = buffer.slice(nl + 1);
        command(line);
      }
    };
    const startTls = (): void => {
      if (!options.tls) {
        say('502 5.5.1 STARTTLS not available');
        return;
      }
      say('220 2.0.0 Ready to start TLS');
      plain.off('data', onData);
      if (options.fault === 'tls-garbage') {
        say('this is not a TLS handshake, just text');
        return;
      }
      const old = options.fault === 'tls-old-protocol';
      const secure = new tls.TLSSocket(plain, {
        isServer: true,
        key: options.tls.key,
        cert: options.tls.cert,
        ...(old ? { minVersion: 'TLSv1' as const, maxVersion: 'TLSv1' as const, ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
      });
      secure.on('error', () => secure.destroy());
      secure.on('data', onData);
      socket = secure;
    };

    connections++;
    sockets.add(plain);
    plain.on('close', () => sockets.delete(plain));
    plain.on('error', () => plain.destroy());
    plain.on('data', onData);
    switch (options.fault) {
      case 'no-greeting':
        return;
      case 'greeting-421':
        say(`421 4.3.2 ${name} Service not available, closing transmission channel`);
        plain.end();
        return;
      case 'endless-line':
        plain.write('220 ');
        void stream(
          plain,
          1024 * 1024 * 1024,
          () => 'x'.repeat(65536),
          (n) => (sent += n),
        );
        return;
      case 'trickle': {
        const text = `220 ${name} ESMTP slowly\r\n`;
        let i = 0;
        const timer = setInterval(() => {
          if (plain.destroyed || i >= text.length) {
            clearInterval(timer);
            timers.delete(timer);
            return;
          }
          sent++;
          plain.write(text[i++] ?? '');
        }, options.trickleMs ?? 1000);
        timers.add(timer);
        return;
      }
      default:
        say(`220 ${name} ESMTP Mailpath fault server`);
    }
  };

  const server = net.createServer(session);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    received,
    bytesSent: () => sent,
    connections: () => connections,
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A private test PKI made with the openssl CLI: one CA, and leaf certificates signed by it. */
export interface TestPki {
  readonly caCert: string;
  /** A leaf signed by the CA, for `cn` (and `sans`), valid between the given dates (openssl `YYYYMMDDHHMMSSZ`). */
  leaf(options: { cn: string; sans?: readonly string[]; start?: string; end?: string }): Promise<{ key: string; cert: string }>;
  /** A self-signed certificate for `cn`. */
  selfSigned(cn: string): Promise<{ key: string; cert: string }>;
  remove(): Promise<void>;
}

export async function makeTestPki(): Promise<TestPki> {
  const run = promisify(execFile);
  const dir = await mkdtemp('/tmp/mp-pki-');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    join(dir, 'ca.key'),
    '-out',
    join(dir, 'ca.pem'),
    '-days',
    '30',
    '-subj',
    '/O=Mailpath Test/CN=Mailpath Test CA',
  ]);
  await writeFile(join(dir, 'index.txt'), '');
  await writeFile(join(dir, 'serial'), '1000\n');
  // `openssl ca` is the one CLI path that takes explicit validity dates (for expired certificates).
  await writeFile(
    join(dir, 'ca.cnf'),
    [
      '[ ca ]',
      'default_ca = test_ca',
      '[ test_ca ]',
      `database = ${dir}/index.txt`,
      `new_certs_dir = ${dir}`,
      `serial = ${dir}/serial`,
      'default_md = sha256',
      'policy = any',
      'copy_extensions = copy',
      'unique_subject = no',
      'default_days = 30',
      '[ any ]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  let n = 0;
  return {
    caCert: await readFile(join(dir, 'ca.pem'), 'utf8'),
    leaf: async ({ cn, sans, start, end }) => {
      const base = join(dir, `leaf${++n}`);
      const san = (sans ?? [cn]).map((s) => `DNS:${s}`).join(',');
      await run('openssl', [
        'req',
        '-new',
        ...ec,
        '-keyout',
        `${base}.key`,
        '-out',
        `${base}.csr`,
        '-subj',
        `/CN=${cn}`,
        '-addext',
        `subjectAltName=${san}`,
      ]);
      await run('openssl', [
        'ca',
        '-batch',
        '-notext',
        '-config',
        join(dir, 'ca.cnf'),
        '-cert',
        join(dir, 'ca.pem'),
        '-keyfile',
        join(dir, 'ca.key'),
        '-in',
        `${base}.csr`,
        '-out',
        `${base}.pem`,
        ...(start ? ['-startdate', start] : []),
        ...(end ? ['-enddate', end] : []),
      ]);
      return { key: await readFile(`${base}.key`, 'utf8'), cert: await readFile(`${base}.pem`, 'utf8') };
    },
    selfSigned: async (cn) => {
      const base = join(dir, `self${++n}`);
      await run('openssl', [
        'req',
        '-x509',
        ...ec,
        '-keyout',
        `${base}.key`,
        '-out',
        `${base}.pem`,
        '-days',
        '30',
        '-subj',
        `/CN=${cn}`,
        '-addext',
        `subjectAltName=DNS:${cn}`,
      ]);
      return { key: await readFile(`${base}.key`, 'utf8'), cert: await readFile(`${base}.pem`, 'utf8') };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
