/**
 * A real Postfix (Debian's) with Dovecot as its SASL backend, on loopback, for tests.
 *
 * Installs nothing (CI installs `postfix dovecot-core openssl`) and touches no system state: it
 * runs a private instance with `postfix -c DIR`, whose main.cf puts queue_directory,
 * data_directory, the log (`maillog_file`, through postlogd) and every map under one temporary
 * directory; Dovecot runs from its own config file with its own base_dir and state_dir there too.
 * /etc/postfix is only read for Postfix's compiled-in defaults (daemon_directory, postfix-files).
 * Nothing is chrooted, and `smtpd_peername_lookup = no` keeps smtpd from waiting on reverse DNS.
 *
 * What it serves (all on 127.0.0.1, free high ports):
 * - `smtpPort`: a port-25-style smtpd: no AUTH, STARTTLS offered, accepts mail for `domain` only
 *   (`554 5.7.1 Relay access denied` otherwise), unknown users get `550 5.1.1` (local_recipient_maps).
 * - `submissionPort`: STARTTLS required, SASL AUTH (PLAIN, LOGIN) through Dovecot, relays for
 *   signed-in users only.
 * - `submissionsPort`: the same with implicit TLS (port 465 style).
 * Mail for `bob@`, `alice@` and `postmaster@` the domain lands in `mail/<name>.mbox` (mbox files
 * written by local(8)). Mail to `*@bounce.test` bounces (5.1.1), to `*@defer.test` is deferred
 * (4.4.1), and any other domain fails with 5.4.4 — nothing ever leaves the machine.
 *
 * Set MAILPATH_KEEP_TEST_SERVERS=1 to keep the directory after stop() for a post-mortem.
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const BINARIES = ['/usr/sbin/postfix', '/usr/sbin/postconf', '/usr/sbin/dovecot', '/usr/bin/openssl'];

export interface PostfixOptions {
  /** The local test domain (default `example.test`). */
  readonly domain?: string;
  /** The server's name, in its greeting and certificate (default `mail.<domain>`). */
  readonly hostname?: string;
  /** The SASL user's password (default a fixed test password). The user is `alice@<domain>`. */
  readonly password?: string;
  /** Extra or overriding main.cf settings. */
  readonly mainCf?: Readonly<Record<string, string>>;
  /** Extra lines for the transport map (`domain transport:nexthop`). */
  readonly transports?: readonly string[];
  /** Certificate validity in days (default 30). */
  readonly certDays?: number;
}

export interface PostfixServer {
  readonly dir: string;
  readonly host: '127.0.0.1';
  readonly domain: string;
  readonly hostname: string;
  readonly smtpPort: number;
  readonly submissionPort: number;
  readonly submissionsPort: number;
  /** SASL user name (a full address). */
  readonly user: string;
  readonly password: string;
  /** The mailbox that receives test mail. */
  readonly mailboxAddress: string;
  /** The self-signed certificate, PEM. */
  readonly certPem: string;
  readonly certFile: string;
  readonly logFile: string;
  /** Path of the mbox file of `local` (bob, alice, postmaster). */
  mailboxFile(local?: string): string;
  /** Contents of a mailbox ('' while empty). */
  readMailbox(local?: string): Promise<string>;
  /** Waits until the mailbox contains `needle`; returns the whole mailbox. */
  waitForMail(needle: string, options?: { local?: string; timeoutMs?: number }): Promise<string>;
  readLog(): Promise<string>;
  /** Waits until the log matches `pattern`; returns the whole log. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Changes main.cf settings and reloads. */
  postconf(settings: Readonly<Record<string, string>>): Promise<void>;
  stop(): Promise<void>;
}

/** Fails with a clear message when a binary is missing: the test must fail, not skip. */
export function requirePostfixBinaries(): void {
  const missing = BINARIES.filter((b) => !existsSync(b));
  if (missing.length > 0) {
    throw new Error(`Postfix test server needs ${missing.join(', ')}: apt-get install -y postfix dovecot-core openssl`);
  }
}

/** A free TCP port on loopback (bound, read, released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Runs a command that leaves a daemon behind. Its output goes to a file, not a pipe: the daemon
 * inherits the descriptors, and a pipe would stay open (and the wait would hang) until it exits.
 */
async function daemon(command: string, args: readonly string[], outFile: string): Promise<void> {
  const fd = openSync(outFile, 'a');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['ignore', fd, fd] });
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${String(code)}`);
  } finally {
    closeSync(fd);
  }
}

async function uidGid(user: string): Promise<{ uid: number; gid: number }> {
  const [u, g] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
  return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readOr(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

function mainCf(o: { dir: string; domain: string; hostname: string }, extra: Readonly<Record<string, string>>): string {
  const { dir } = o;
  const settings: Record<string, string> = {
    compatibility_level: '3.6',
    queue_directory: `${dir}/queue`,
    data_directory: `${dir}/data`,
    mail_owner: 'postfix',
    myhostname: o.hostname,
    mydomain: o.domain,
    myorigin: '$mydomain',
    mydestination: o.domain,
    inet_interfaces: '127.0.0.1',
    inet_protocols: 'ipv4',
    // Loopback is not "our network": relaying must need AUTH, as on a real server.
    mynetworks: '192.0.2.1/32',
    smtpd_relay_restrictions: 'permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination',
    smtpd_peername_lookup: 'no',
    smtpd_banner: '$myhostname ESMTP Postfix (Mailpath test)',
    relayhost: '',
    maillog_file: `${dir}/maillog`,
    maillog_file_prefixes: dir,
    alias_maps: `texthash:${dir}/conf/aliases`,
    alias_database: '',
    local_recipient_maps: '$alias_maps',
    transport_maps: `texthash:${dir}/conf/transport`,
    default_transport: 'error:5.4.4 outbound mail is disabled in the Mailpath test server',
    smtp_dns_support_level: 'disabled',
    biff: 'no',
    append_dot_mydomain: 'no',
    readme_directory: 'no',
    smtpd_tls_cert_file: `${dir}/cert.pem`,
    smtpd_tls_key_file: `${dir}/key.pem`,
    smtpd_tls_security_level: 'may',
    smtpd_tls_auth_only: 'yes',
    smtpd_sasl_type: 'dovecot',
    smtpd_sasl_path: `${dir}/auth`,
    ...extra,
  };
  return `${Object.entries(settings)
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n')}\n`;
}

function masterCf(p: { smtp: number; submission: number; submissions: number }): string {
  const sasl = [
    '  -o smtpd_sasl_auth_enable=yes',
    '  -o smtpd_client_restrictions=',
    '  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject',
    '  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject',
  ];
  return [
    `127.0.0.1:${p.smtp} inet n - n - - smtpd`,
    `127.0.0.1:${p.submission} inet n - n - - smtpd`,
    '  -o syslog_name=postfix/submission',
    '  -o smtpd_tls_security_level=encrypt',
    ...sasl,
    `127.0.0.1:${p.submissions} inet n - n - - smtpd`,
    '  -o syslog_name=postfix/submissions',
    '  -o smtpd_tls_wrappermode=yes',
    ...sasl,
    'pickup unix n - n 60 1 pickup',
    'cleanup unix n - n - 0 cleanup',
    'qmgr unix n - n 300 1 qmgr',
    'tlsmgr unix - - n 1000? 1 tlsmgr',
    'rewrite unix - - n - - trivial-rewrite',
    'bounce unix - - n - 0 bounce',
    'defer unix - - n - 0 bounce',
    'trace unix - - n - 0 bounce',
    'verify unix - - n - 1 verify',
    'flush unix n - n 1000? 0 flush',
    'proxymap unix - - n - - proxymap',
    'proxywrite unix - - n - 1 proxymap',
    'smtp unix - - n - - smtp',
    'relay unix - - n - - smtp',
    'showq unix n - n - - showq',
    'error unix - - n - - error',
    'retry unix - - n - - error',
    'discard unix - - n - - discard',
    'local unix - n n - - local',
    'lmtp unix - - n - - lmtp',
    'anvil unix - - n - 1 anvil',
    'scache unix - - n - 1 scache',
    'postlog unix-dgram n - n - 1 postlogd',
    '',
  ].join('\n');
}

function dovecotConf(dir: string, instance: string): string {
  return [
    `instance_name = ${instance}`,
    'protocols =',
    'listen = 127.0.0.1',
    `base_dir = ${dir}/dv/run`,
    `state_dir = ${dir}/dv/state`,
    `log_path = ${dir}/dv/dovecot.log`,
    'auth_mechanisms = plain login',
    'auth_failure_delay = 0',
    'ssl = no',
    'passdb {',
    '  driver = passwd-file',
    `  args = scheme=PLAIN username_format=%u ${dir}/dv/users`,
    '}',
    'userdb {',
    '  driver = static',
    '  args = uid=nobody gid=nogroup home=/nonexistent',
    '}',
    // No brute-force penalty: tests fail sign-ins on purpose and must not wait 2–15 s afterwards.
    'service anvil {',
    '  unix_listener anvil-auth-penalty {',
    '    mode = 0',
    '  }',
    '}',
    'service auth {',
    `  unix_listener ${dir}/auth {`,
    '    mode = 0666',
    '  }',
    '}',
    '',
  ].join('\n');
}

export async function startPostfix(options: PostfixOptions = {}): Promise<PostfixServer> {
  requirePostfixBinaries();
  const domain = options.domain ?? 'example.test';
  const hostname = options.hostname ?? `mail.${domain}`;
  const password = options.password ?? 'Test-Passw0rd-7c1f';
  const user = `alice@${domain}`;
  // Short path: Dovecot's and Postfix's unix sockets must fit in 108 bytes.
  const dir = await mkdtemp('/tmp/mp-pf-');
  await chmod(dir, 0o755);
  const conf = join(dir, 'conf');
  for (const sub of ['conf', 'queue', 'data', 'mail', 'dv', 'dv/run', 'dv/state']) await mkdir(join(dir, sub), { recursive: true });
  const postfixIds = await uidGid('postfix');
  const nobody = await uidGid('nobody');
  await chown(join(dir, 'data'), postfixIds.uid, postfixIds.gid);
  await chown(join(dir, 'mail'), nobody.uid, nobody.gid);

  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
    '-days',
    String(options.certDays ?? 30),
    '-subj',
    `/CN=${hostname}`,
    '-addext',
    `subjectAltName=DNS:${hostname}`,
  ]);
  await chmod(join(dir, 'key.pem'), 0o600);

  const [smtp, submission, submissions] = [await freePort(), await freePort(), await freePort()];
  await writeFile(join(conf, 'main.cf'), mainCf({ dir, domain, hostname }, options.mainCf ?? {}));
  await writeFile(join(conf, 'master.cf'), masterCf({ smtp, submission, submissions }));
  // texthash alias maps use "key value"; local(8) writes to a file target as default_privs (nobody).
  await writeFile(join(conf, 'aliases'), ['bob', 'alice', 'postmaster'].map((n) => `${n} ${dir}/mail/${n}.mbox`).join('\n') + '\n');
  await writeFile(
    join(conf, 'transport'),
    [
      'bounce.test error:5.1.1 user unknown (Mailpath test bounce)',
      'defer.test retry:4.4.1 connection timed out (Mailpath test deferral)',
      ...(options.transports ?? []),
    ].join('\n') + '\n',
  );
  await writeFile(join(dir, 'dv', 'users'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const dovecotFile = join(dir, 'dv', 'dovecot.conf');
  await writeFile(dovecotFile, dovecotConf(dir, `mp-${smtp}`));

  const diagnostics = async (): Promise<string> =>
    ['commands.log', 'maillog', 'dv/dovecot.log'].reduce(
      async (acc, f) => `${await acc}\n--- ${f} ---\n${await readOr(join(dir, f))}`,
      Promise.resolve(''),
    );
  const stopAll = async (): Promise<void> => {
    await daemon('postfix', ['-c', conf, 'stop'], join(dir, 'commands.log')).catch(() => undefined);
    const pid = (await readOr(join(dir, 'dv', 'run', 'master.pid'))).trim();
    if (/^\d+$/u.test(pid)) {
      try {
        process.kill(Number(pid), 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const masterPid = (await readOr(join(dir, 'queue', 'pid', 'master.pid'))).trim();
    await until('Postfix and Dovecot to exit', 10_000, async () => {
      const alive = [masterPid, pid]
        .filter((p) => /^\d+$/u.test(p))
        .some((p) => {
          try {
            process.kill(Number(p), 0);
            return true;
          } catch {
            return false;
          }
        });
      return alive ? undefined : true;
    }).catch(() => undefined);
  };

  try {
    await daemon('dovecot', ['-c', dovecotFile], join(dir, 'commands.log'));
    await until('the Dovecot auth socket', 10_000, async () => (existsSync(join(dir, 'auth')) ? true : undefined));
    await daemon('postfix', ['-c', conf, 'start'], join(dir, 'commands.log'));
    await until('Postfix to listen', 15_000, async () =>
      (await listening(smtp)) && (await listening(submission)) && (await listening(submissions)) ? true : undefined,
    );
  } catch (err) {
    const detail = await diagnostics();
    await stopAll();
    throw new Error(`Postfix test server did not start: ${(err as Error).message}${detail}`);
  }

  const mailboxFile = (local = 'bob'): string => join(dir, 'mail', `${local}.mbox`);
  const logFile = join(dir, 'maillog');
  let stopped = false;
  return {
    dir,
    host: '127.0.0.1',
    domain,
    hostname,
    smtpPort: smtp,
    submissionPort: submission,
    submissionsPort: submissions,
    user,
    password,
    mailboxAddress: `bob@${domain}`,
    certPem: await readFile(join(dir, 'cert.pem'), 'utf8'),
    certFile: join(dir, 'cert.pem'),
    logFile,
    mailboxFile,
    readMailbox: (local = 'bob') => readOr(mailboxFile(local)),
    waitForMail: (needle, o = {}) =>
      until(`mail containing ${needle}`, o.timeoutMs ?? 15_000, async () => {
        const box = await readOr(mailboxFile(o.local));
        return box.includes(needle) ? box : undefined;
      }),
    readLog: () => readOr(logFile),
    waitForLog: (pattern, timeoutMs = 15_000) =>
      until(`log matching ${pattern}`, timeoutMs, async () => {
        const log = await readOr(logFile);
        return pattern.test(log) ? log : undefined;
      }),
    postconf: async (settings) => {
      await run('postconf', ['-c', conf, '-e', ...Object.entries(settings).map(([k, v]) => `${k}=${v}`)]);
      await daemon('postfix', ['-c', conf, 'reload'], join(dir, 'commands.log'));
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopAll();
      if (process.env['MAILPATH_KEEP_TEST_SERVERS'] !== '1') await rm(dir, { recursive: true, force: true });
    },
  };
}
