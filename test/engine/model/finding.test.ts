import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { worstStatus } from '../../../electron/engine/model/finding.ts';
import { makeFinding } from '../../../electron/engine/i18n/index.ts';

describe('finding', () => {
  it('worstStatus ranks error above warning', () => {
    const w = makeFinding('sv', { id: 'case.incomplete', check: 'case', status: 'warning', whoMustAct: 'sender-it', params: { fields: 'x' } });
    assert.equal(w.title, 'Ärendet saknar x');
    assert.equal(worstStatus([w, { ...w, status: 'error' }]), 'error');
  });
});
