import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HIDDEN, hideAuthInText, redactJson, redactReport } from '../../../electron/engine/report/redact.ts';
import { extractEmbeddedReport, renderHtml } from '../../../electron/engine/report/html.ts';
import { renderText } from '../../../electron/engine/report/text.ts';
import { buildReport } from '../../../electron/engine/report/build.ts';
import type { Report } from '../../../electron/engine/model/report.ts';
import { ENV, MESSAGE_ID, NOW, PASSWORD, PLAIN, QUEUE_ID, USER, b64, sampleCase, sampleFindings, sampleReport } from './sample.ts';

const ALL = { localParts: true, internalHosts: true, internalIps: true } as const;
/** Every form the password could take on the wire or in a file. */
const SECRET_FORMS = [PASSWORD, b64(PASSWORD), PLAIN, b64(`${USER}\u0000${USER}\u0000${PASSWORD}`), PASSWORD.slice(0, 9), PASSWORD.slice(-8)];

function outputs(report: Report, masked?: typeof ALL): Record<string, string> {
  const html = renderHtml(report, 'en', masked ? { masked } : {});
  return { html, text: renderText(report, 'en', masked ? { masked } : {}), json: JSON.stringify(report), embedded: JSON.stringify(extractEmbeddedReport(html)) };
}

describe('report', () => {
  describe('redactReport', () => {
    it('removes the password from the HTML, the text and the JSON even when nobody named it', () => {
      // The sample stores an AUTH PLAIN and an AUTH LOGIN exchange in clear, a `password` field and a log line with password=.
      for (const [name, out] of Object.entries(outputs(sampleReport('en')))) {
        for (const form of SECRET_FORMS) assert.ok(!out.includes(form), `${name} contains ${form}`);
        assert.ok(out.includes(HIDDEN), `${name} says credentials were hidden`);
      }
    });

    it('removes a named secret and its base64 forms from anywhere, free text included', () => {
      const c = { ...sampleCase(), notes: `Anna's password is ${PASSWORD}, base64 ${b64(PASSWORD)}` };
      const report = buildReport({ case: c, findings: sampleFindings(), steps: [], environment: ENV, lang: 'en', now: NOW, redact: { secrets: [PASSWORD], users: [USER] } });
      for (const [name, out] of Object.entries(outputs(report))) for (const form of SECRET_FORMS) assert.ok(!out.includes(form), `${name} contains ${form}`);
      assert.match(report.case.notes, /password is \[credentials hidden\], base64 \[credentials hidden\]/);
    });

    it('hides a short secret only where it is the whole value, so words are not mangled', () => {
      const { value } = redactJson({ pin: 'ab1', text: 'cab1 ab1' }, { secrets: ['ab1'] });
      assert.deepEqual(value, { pin: HIDDEN, text: 'cab1 ab1' });
    });

    it('blanks fields named like passwords and keeps everything else', () => {
      const { value } = redactJson({ auth: { user: 'u', password: 'p4ss', apiKey: 'k3y', passwordPolicy: 7 }, steps: ['a'] });
      assert.deepEqual(value, { auth: { user: 'u', password: HIDDEN, apiKey: HIDDEN, passwordPolicy: 7 }, steps: ['a'] });
    });

    it('changes nothing but credentials when no masking is asked for', () => {
      const report = sampleReport('en');
      assert.equal(report.case.sender, USER);
      assert.deepEqual(report.case.facts.queueIds, [QUEUE_ID]);
      assert.equal(redactReport(report).case.notes, report.case.notes);
    });
  });

  describe('hideAuthInText', () => {
    it('hides an AUTH initial response in a log or pasted line', () => {
      assert.equal(hideAuthInText(`2026-11-20 C: AUTH PLAIN ${PLAIN}`), `2026-11-20 C: AUTH PLAIN ${HIDDEN}`);
      assert.equal(hideAuthInText(`> AUTH XOAUTH2 dXNlcj1hbm5hAWF1dGg9QmVhcmVyIHRva2Vu\n< 235 ok`), `> AUTH XOAUTH2 ${HIDDEN}\n< 235 ok`);
    });

    it('hides the answers to 334 challenges in a pasted conversation, and only those', () => {
      const pasted = ['C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', `C: ${b64(USER)}`, 'S: 334 UGFzc3dvcmQ6', `C: ${b64(PASSWORD)}`, 'S: 235 2.7.0 ok', 'C: MAIL FROM:<a@b.example>', 'C: RSET'].join('\n');
      assert.equal(hideAuthInText(pasted), ['C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', `C: ${HIDDEN}`, 'S: 334 UGFzc3dvcmQ6', `C: ${HIDDEN}`, 'S: 235 2.7.0 ok', 'C: MAIL FROM:<a@b.example>', 'C: RSET'].join('\n'));
    });

    it('leaves capability lists and prose about mechanisms alone', () => {
      for (const s of ['250-AUTH PLAIN LOGIN', '250 AUTH LOGIN PLAIN CRAM-MD5', 'The server offers AUTH PLAIN LOGIN', 'AUTH PLAIN failed: 535 5.7.8 bad credentials']) {
        assert.equal(hideAuthInText(s), s);
      }
    });

    it('hides password= values, JSON password pairs and URL passwords', () => {
      assert.equal(hideAuthInText('login failed user=anna password=hunter&22;x from=x'), `login failed user=anna password=${HIDDEN} from=x`);
      assert.equal(hideAuthInText(`password=${HIDDEN} pass='a b'`), `password=${HIDDEN} pass=${HIDDEN}`);
      assert.equal(hideAuthInText('{"user":"a","password":"x\\"y"}'), `{"user":"a","password":"${HIDDEN}"}`);
      assert.equal(hideAuthInText('smtps://anna:s3cret@smtp.firma.se:465'), `smtps://anna:${HIDDEN}@smtp.firma.se:465`);
    });
  });

  describe('masking', () => {
    const masked = sampleReport('en', { mask: ALL });
    const out = outputs(masked, ALL);

    it('leaves no local part, internal name or private IP in any output', () => {
      for (const [name, text] of Object.entries(out)) {
        for (const leak of ['anna.berg', 'ola.nordmann', 'kari@', '10.20.0.', '192.168.1.23', 'laptop-anna', 'exch01', 'EXCH01', 'firma.lan']) {
          assert.ok(!text.includes(leak), `${name} leaks ${leak}`);
        }
      }
    });

    it('gives the same placeholder to the same value everywhere: fields, evidence, transcript, step data', () => {
      assert.equal(masked.case.sender, 'user1@firma.se');
      assert.deepEqual(masked.case.recipients, ['user2@kund.no', 'user3@kund.no']);
      const json = out['json'] ?? '';
      assert.ok(json.includes('MAIL FROM:<user1@firma.se>'), 'transcript');
      assert.ok(json.includes('to=<user2@kund.no>'), 'log evidence');
      assert.ok(json.includes('"from":"user1@firma.se"'), 'log trace data');
      assert.ok(json.includes('550 5.1.1 <user2@kund.no>: Recipient address rejected'), 'error text');
      assert.ok(json.includes('"server":"ip1:53"') || json.includes('"server":"ip2:53"'), 'DNS server asked');
      const resolver = masked.environment.resolver;
      assert.match(resolver, /^ip\d+:53$/);
      assert.ok(json.split(`"server":"${resolver}"`).length > 2, 'the resolver and the DNS evidence name the same server the same way');
      const hop = /"from":\{"text":"(host\d+\.internal) \((host\d+\.internal) \[(ip\d+)\]\)","helo":"\1","rdns":"\2","ip":"\3"\}/.exec(json);
      assert.ok(hop, 'a hop keeps its structure with placeholders');
      assert.ok(json.includes(`client=${hop[2]}[${hop[3]}]`), 'the log line names the same host and IP as the header');
      assert.ok((out['html'] ?? '').includes(`client=${hop[2]}[${hop[3]}]`));
      assert.deepEqual(JSON.parse(out['embedded'] ?? ''), JSON.parse(json), 'the embedded JSON is the masked report');
    });

    it('keeps what support needs: domains, Message-ID, queue ID, public IPs and hosts, role mailboxes', () => {
      assert.equal(masked.case.facts.messageId, MESSAGE_ID);
      assert.deepEqual(masked.case.facts.queueIds, [QUEUE_ID]);
      assert.equal(masked.case.facts.sendingIp, '198.51.100.7');
      assert.equal(masked.case.facts.outgoingServer, 'smtp.firma.se:587');
      assert.equal(masked.case.provider.supportAddress, 'support@kund-hosting.no');
      assert.ok((out['text'] ?? '').includes('mx.kund.no[203.0.113.25]:25'));
    });

    it('says in the report what was masked', () => {
      assert.match(out['html'] ?? '', /<p class="masked">Masked before sharing: local parts of e-mail addresses, internal host names, private IP addresses\./);
      assert.match(out['text'] ?? '', /^Masked before sharing: local parts of e-mail addresses, internal host names,$/m);
    });

    it('masks only what was asked for', () => {
      const ipsOnly = sampleReport('en', { mask: { internalIps: true } });
      assert.equal(ipsOnly.case.sender, USER);
      assert.match(ipsOnly.case.notes, /laptop-anna\.firma\.lan, ip\d+\)/);
    });

    it('is stable: masking a masked report changes nothing', () => {
      assert.deepEqual(redactReport(masked, { mask: ALL }), masked);
    });
  });
});
