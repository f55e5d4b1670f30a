import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { analyzeHeaders } from '../../../electron/engine/offline/headers/index.ts';
import { traceLogs } from '../../../electron/engine/offline/logs/index.ts';
import { newCase, type Case } from '../../../electron/engine/model/case.ts';
import { buildReport } from '../../../electron/engine/report/build.ts';
import { timeline } from '../../../electron/engine/report/timeline.ts';
import { ENV, NOW } from './sample.ts';

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url);

function reportWith(results: Case['results'], patch: Partial<Case> = {}) {
  const c: Case = { ...newCase('t', NOW, 'Europe/Stockholm'), ...patch, results };
  return buildReport({ case: c, findings: [], steps: [], environment: ENV, lang: 'en', now: NOW });
}

describe('report', () => {
  describe('timeline', () => {
    it('turns every dated hop of a real header analysis into an event, oldest first', async () => {
      const analysis = analyzeHeaders(await readFile(fixture('headers/postfix-amavis-lmtp.eml')), 'en');
      const dated = analysis.hops.filter((h) => h.time);
      assert.ok(dated.length >= 2, 'the fixture has dated hops');
      const events = timeline(reportWith({ 'offline.headers': { at: NOW.toISOString(), ms: 1, findings: [], data: JSON.parse(JSON.stringify(analysis)) } }), 'en');
      const hops = events.filter((e) => e.text.includes('received the message from'));
      assert.equal(hops.length, dated.length);
      assert.deepEqual(hops.map((e) => Date.parse(e.at)), dated.map((h) => Date.parse(h.time?.utc ?? '')).sort((a, b) => a - b));
      assert.ok(hops.every((e) => e.source === 'offline.headers'));
      assert.match(hops[0]?.text ?? '', /^smtp\.example\.se received the message from \[192\.168\.1\.23\] \[198\.51\.100\.23\]$/);
      assert.ok(hops[0]?.details.includes('with ESMTPSA'));
    });

    it('turns a real log trace into queueing and per-recipient events with relay and reply', async () => {
      const trace = await traceLogs([fixture('logs/postfix/rfc3339.log').pathname], { timeZone: 'Europe/Stockholm' });
      const m = trace.messages.find((x) => x.id === '4QmTkR1sT2zJ8Lp');
      assert.ok(m, 'the fixture has the message');
      const events = timeline(reportWith({ 'offline.logs': { at: NOW.toISOString(), ms: 1, findings: [], data: JSON.parse(JSON.stringify(trace)) } }), 'en');
      const bounced = events.find((e) => e.text === 'ole@firma.example: bounced (4QmTkR1sT2zJ8Lp)');
      assert.ok(bounced, events.map((e) => e.text).join('\n'));
      assert.equal(new Date(bounced.ms).toISOString(), '2026-03-02T09:15:03.250Z');
      assert.ok(bounced.details.some((d) => d.startsWith('relay=firma-example.mail.protection.outlook.com[52.101.73.2]:25')));
      assert.ok(bounced.details.some((d) => d.includes('550 5.7.606 Access denied')));
      if (m.received) assert.ok(events.some((e) => e.text === 'Accepted into the queue as 4QmTkR1sT2zJ8Lp'));
    });

    it('starts from the time the sender gave, in its zone', () => {
      const events = timeline(reportWith({}, { sentAt: '2026-07-01T09:30', timeZone: 'America/New_York' }), 'sv');
      assert.deepEqual(events.map((e) => [e.text, new Date(e.ms).toISOString(), e.source]), [['Skickat, enligt avsändaren', '2026-07-01T13:30:00.000Z', 'case']]);
    });

    it('adds the bounce’s last attempt and the Date header, and drops duplicates', () => {
      const bounce = { results: [{ deliveries: [{ recipient: 'a@b.example', action: 'failed', lastAttemptDate: 'Mon, 2 Mar 2026 10:00:00 +0100' }] }] };
      const events = timeline(
        reportWith({
          b1: { at: '', ms: 0, findings: [], data: bounce },
          b2: { at: '', ms: 0, findings: [], data: bounce },
          h: { at: '', ms: 0, findings: [], data: { hops: [], dateUtc: '2026-03-02T08:59:00Z', date: 'Mon, 2 Mar 2026 09:59:00 +0100' } },
        }),
        'en',
      );
      assert.deepEqual(
        events.map((e) => e.text),
        ["Date header (set by the sender's mail program)", 'a@b.example: failed (according to the bounce)'],
      );
    });
  });
});
