import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { probeRecipientMx, type MxProbeDeps, type MxProbeParams } from '../../../electron/engine/smtp/mx-probe.ts';
import { freePort, startPostfix, type PostfixServer } from '../../helpers/postfix.ts';
import { startFaultServer, type FaultServer } from '../../helpers/smtp-fault-server.ts';
import { ZoneResolver } from '../../helpers/zone-resolver.ts';
import { finding, ids } from './support.ts';

const LOOP = { A: ['127.0.0.1'] };

describe('smtp probeRecipientMx', () => {
  let pf: PostfixServer;
  let grey: FaultServer;
  let plain: FaultServer;
  let closed: number;
  let resolver: ZoneResolver;
  before(async () => {
    [pf, grey, plain, closed] = await Promise.all([
      startPostfix(),
      startFaultServer({ fault: 'greylist-rcpt' }),
      startFaultServer({ fault: 'normal' }),
      freePort(),
    ]);
    resolver = new ZoneResolver({
      'example.test': {
        MX: [
          { preference: 20, exchange: 'mx2.example.test' },
          { preference: 10, exchange: 'mx1.example.test' },
        ],
      },
      'mx1.example.test': LOOP,
      'mx2.example.test': LOOP,
      'grey.test': { MX: [{ preference: 10, exchange: 'mx.grey.test' }] },
      'mx.grey.test': LOOP,
      'nullmx.test': { MX: [{ preference: 0, exchange: '.' }] },
      'nomx.test': LOOP,
      'textonly.test': { TXT: ['v=spf1 -all'] },
      'broken.test': 'SERVFAIL',
      'ghost.test': { MX: [{ preference: 10, exchange: 'gone.ghost.test' }] },
      'blocked.test': {
        MX: [
          { preference: 10, exchange: 'mx1.blocked.test' },
          { preference: 20, exchange: 'mx2.blocked.test' },
        ],
      },
      'mx1.blocked.test': LOOP,
      'mx2.blocked.test': LOOP,
      'control.test': LOOP,
    });
  });
  after(async () => {
    await Promise.all([pf?.stop(), grey?.close(), plain?.close()]);
  });

  const probe = (p: Partial<MxProbeParams> & { recipient: string }, deps: Partial<MxProbeDeps> = {}) =>
    probeRecipientMx(
      { sender: 'alice@sender.test', timeoutMs: 3000, timeouts: { greeting: 3000 }, ...p },
      { lang: 'en', resolver, controlTarget: null, ...deps },
    );

  it('probes every MX by preference like a sending server, and never sends DATA', async () => {
    const r = await probe({ recipient: pf.mailboxAddress, port: pf.smtpPort, ca: pf.certPem });
    assert.equal(r.mx.outcome, 'mx');
    assert.deepEqual(
      r.hosts.map((h) => [h.host, h.preference, h.outcome]),
      [
        ['mx1.example.test', 10, 'accepted'],
        ['mx2.example.test', 20, 'accepted'],
      ],
    );
    const h = r.hosts[0];
    assert.equal(h?.greeting?.code, 220);
    assert.equal(h?.tls?.authorized, true);
    assert.equal(h?.tls?.nameMatches, false);
    assert.equal(finding(r.findings, 'tls.cert.name-mismatch').status, 'warning');
    assert.deepEqual(h?.recipient && [h.recipient.address, h.recipient.code], [pf.mailboxAddress, 250]);
    const ok = finding(r.findings, 'smtp.rcpt.ok');
    assert.equal(ok.check, 'smtp.mx');
    assert.equal(ok.subject, 'mx1.example.test');
    for (const host of r.hosts) {
      const sent = host.transcript.filter((l) => l.dir === 'c').map((l) => l.line.split(/[ :]/)[0]);
      assert.deepEqual(sent, ['EHLO', 'STARTTLS', 'EHLO', 'MAIL', 'RCPT', 'QUIT']);
    }
  });

  it('shows an unknown recipient at the MX as 550 5.1.1 for the recipient to sort out', async () => {
    const r = await probe({ recipient: `nobody@${pf.domain}`, port: pf.smtpPort, maxHosts: 1 });
    const f = finding(r.findings, 'smtp.rcpt.unknown');
    assert.equal(f.whoMustAct, 'recipient');
    assert.equal(r.hosts[0]?.recipient?.status, '5.1.1');
    assert.equal(r.hosts[0]?.outcome, 'rejected');
    // Opportunistic TLS at an MX: a self-signed certificate is a warning, not the end.
    assert.equal(finding(r.findings, 'tls.cert.self-signed').status, 'warning');
  });

  it('shows greylisting before anyone waits for a retry', async () => {
    const r = await probe({ recipient: 'bob@grey.test', port: grey.port });
    const f = finding(r.findings, 'smtp.rcpt.greylisted');
    assert.equal(f.status, 'warning');
    assert.equal(r.hosts[0]?.outcome, 'deferred');
    finding(r.findings, 'smtp.starttls.not-offered');
  });

  it('says a domain with a null MX accepts no mail, and connects nowhere', async () => {
    const r = await probe({ recipient: 'x@nullmx.test', port: plain.port });
    assert.equal(r.mx.outcome, 'null-mx');
    assert.equal(finding(r.findings, 'smtp.mx.null').whoMustAct, 'recipient');
    assert.deepEqual(r.hosts, []);
  });

  it('falls back to the domain’s own address when there is no MX (RFC 5321 §5.1)', async () => {
    const r = await probe({ recipient: 'x@nomx.test', port: plain.port });
    assert.equal(r.mx.outcome, 'implicit');
    finding(r.findings, 'smtp.mx.implicit');
    assert.deepEqual(
      r.hosts.map((h) => [h.host, h.implicit, h.outcome]),
      [['nomx.test', true, 'accepted']],
    );
  });

  it('tells a missing domain, a domain without mail, a failed lookup and an MX without address apart', async () => {
    assert.ok(ids((await probe({ recipient: 'x@nothere.test' })).findings).includes('smtp.mx.nxdomain'));
    assert.ok(ids((await probe({ recipient: 'x@textonly.test' })).findings).includes('smtp.mx.none'));
    const failed = await probe({ recipient: 'x@broken.test' });
    assert.equal(finding(failed.findings, 'smtp.mx.lookup-failed').params?.['outcome'], 'servfail');
    const ghost = await probe({ recipient: 'x@ghost.test', port: plain.port });
    finding(ghost.findings, 'smtp.mx.host-unresolvable');
    assert.equal(ghost.hosts[0]?.outcome, 'failed');
  });

  it('detects outbound port-25 blocking when every MX is unreachable but a control connection works', async () => {
    const r = await probe({ recipient: 'x@blocked.test', port: closed }, { controlTarget: { host: 'control.test', port: plain.port } });
    assert.equal(r.port25Blocked, true);
    assert.deepEqual(
      r.hosts.map((h) => h.outcome),
      ['unreachable', 'unreachable'],
    );
    const f = finding(r.findings, 'smtp.mx.port25-blocked');
    assert.equal(f.whoMustAct, 'sender-it');
    assert.equal(f.params?.['control'], `control.test:${plain.port}`);
    assert.equal(r.control?.reachable, true);
    // The per-MX connection failures are no longer blamed on the recipient's provider.
    assert.ok(r.findings.filter((x) => x.id === 'smtp.connect.refused').every((x) => x.status === 'info' && x.whoMustAct === 'sender-it'));
  });

  it('says the network itself is down when the control connection fails too', async () => {
    const r = await probe({ recipient: 'x@blocked.test', port: closed }, { controlTarget: { host: 'control.test', port: closed } });
    assert.equal(r.port25Blocked, false);
    finding(r.findings, 'smtp.mx.no-network');
  });

  it('refuses input that is not an address', async () => {
    const r = await probe({ recipient: 'not-an-address' });
    assert.equal(finding(r.findings, 'smtp.params.invalid').params?.['field'], 'recipient');
  });
});
