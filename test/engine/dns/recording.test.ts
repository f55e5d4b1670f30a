import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createRecorder,
  createReplayResolver,
  loadRecording,
  parseRecording,
  RECORDING_FORMAT,
  saveRecording,
  serializeRecording,
} from '../../../electron/engine/dns/recording.ts';
import { createResolver } from '../../../electron/engine/dns/resolver.ts';
import type { LookupResult, RRType } from '../../../electron/engine/dns/types.ts';
import type { DnsTestServer } from '../../helpers/dns-test-server.ts';
import { startDnsTestServer } from '../../helpers/dns-test-server.ts';
import { ZONE } from './zone.ts';

const QUESTIONS: [string, RRType][] = [
  ['example.test', 'MX'],
  ['example.test', 'TXT'],
  ['alias.example.test', 'A'],
  ['nope.example.test', 'A'],
  ['mx2.example.test', 'AAAA'],
  ['servfail.example.test', 'A'],
  ['_25._tcp.mx1.example.test', 'TLSA'],
  ['big.example.test', 'TXT'],
];

describe('recording', () => {
  let server: DnsTestServer;
  let dir: string;
  before(async () => {
    server = await startDnsTestServer({ zone: ZONE, faults: { 'servfail.example.test': { rcode: 'SERVFAIL' } } });
    dir = await mkdtemp(path.join(tmpdir(), 'mailpath-dns-rec-'));
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('createReplayResolver', () => {
    it('answers a recorded run offline exactly as it was answered, naming the server `replay`', async () => {
      const recorder = createRecorder({ servers: [`127.0.0.1:${server.port}`] });
      const live = createResolver({ servers: [server.address], recorder, retries: 0 });
      const original: LookupResult[] = [];
      for (const [name, type] of QUESTIONS) original.push(await live.lookup(name, type));
      await live.lookup('example.test', 'MX'); // a cache hit is not recorded twice
      assert.equal(recorder.recording().lookups.length, QUESTIONS.length);

      const file = path.join(dir, 'run.json');
      await saveRecording(file, recorder.recording());
      const loaded = await loadRecording(file);
      assert.ok(loaded.ok, loaded.ok ? '' : loaded.error);
      await server.close(); // nothing may reach the network from here on
      const replay = createReplayResolver(loaded.recording);
      for (const [i, [name, type]] of QUESTIONS.entries()) {
        const r = await replay.lookup(name.toUpperCase(), type);
        const o = original[i] as LookupResult;
        assert.deepEqual({ ...r, evidence: [] }, { ...o, evidence: [] });
        assert.deepEqual(
          r.evidence,
          o.evidence.map((e) => ({ ...e, server: 'replay' })),
        );
      }
      server = await startDnsTestServer({ zone: ZONE });
    });

    it('returns error "not in recording" for a question the run never asked', async () => {
      const replay = createReplayResolver(createRecorder().recording(), { clock: () => Date.parse('2025-05-05T05:05:05Z') });
      const r = await replay.lookup('unknown.example.test', 'MX');
      assert.deepEqual(r, {
        name: 'unknown.example.test',
        type: 'MX',
        outcome: 'error',
        records: [],
        cnames: [],
        ad: false,
        detail: 'not in recording',
        evidence: [
          {
            kind: 'dns',
            server: 'replay',
            name: 'unknown.example.test',
            type: 'MX',
            rcode: 'NOT-IN-RECORDING',
            answers: [],
            elapsedMs: 0,
            at: '2025-05-05T05:05:05.000Z',
          },
        ],
      });
    });

    it('replays repeated questions in the order they were answered, then repeats the last', async () => {
      const recorder = createRecorder();
      const base: LookupResult = { name: 'x.test', type: 'A', outcome: 'servfail', records: [], cnames: [], ad: false, evidence: [] };
      recorder.add(base);
      recorder.add({ ...base, outcome: 'ok', records: [{ name: 'x.test', ttl: 5, data: { type: 'A', address: '192.0.2.5' } }] });
      const replay = createReplayResolver(recorder.recording());
      const outcomes = [];
      for (let i = 0; i < 3; i++) outcomes.push((await replay.lookup('x.test', 'A')).outcome);
      assert.deepEqual(outcomes, ['servfail', 'ok', 'ok']);
    });
  });

  describe('parseRecording', () => {
    it('round-trips a recording through its JSON form', () => {
      const recorder = createRecorder({ servers: ['192.0.2.53:53'], clock: () => 0 });
      recorder.add({
        name: 'x.test',
        type: 'TXT',
        outcome: 'ok',
        records: [{ name: 'x.test', ttl: 1, data: { type: 'TXT', strings: ['a', 'b'], text: 'ab' } }],
        cnames: [],
        ad: true,
        evidence: [],
      });
      const parsed = parseRecording(serializeRecording(recorder.recording()));
      assert.deepEqual(parsed, { ok: true, recording: recorder.recording() });
      assert.equal(recorder.recording().createdAt, '1970-01-01T00:00:00.000Z');
    });

    it('refuses what is not a recording it can read, saying why', async () => {
      assert.match((parseRecording('{') as { error: string }).error, /^not JSON/u);
      assert.match((parseRecording('{"format":"har"}') as { error: string }).error, /not a Mailpath DNS recording/u);
      assert.equal(
        (parseRecording(JSON.stringify({ format: RECORDING_FORMAT, version: 2 })) as { error: string }).error,
        'unsupported recording version 2 (this Mailpath reads version 1)',
      );
      const bad = JSON.stringify({
        format: RECORDING_FORMAT,
        version: 1,
        createdAt: 'x',
        servers: [],
        lookups: [{ name: 'x', type: 'HINFO' }],
      });
      assert.match((parseRecording(bad) as { error: string }).error, /^invalid recording at lookups\.0\.type/u);
      const file = path.join(dir, 'bad.json');
      await writeFile(file, '[]');
      assert.equal((await loadRecording(file)).ok, false);
      assert.match(((await loadRecording(path.join(dir, 'missing.json'))) as { error: string }).error, /ENOENT/u);
    });
  });
});
