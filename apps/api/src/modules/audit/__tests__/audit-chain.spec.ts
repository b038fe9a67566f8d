import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, detailsHashOf, GENESIS_HASH, verifyRun, type StoredEvent } from '../audit-chain.js';

function chain(n: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let previousHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const details = { changes: { name: { before: `a${seq}`, after: `b${seq}` } } };
    const fields = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorType: 'USER',
      actorId: '00000000-0000-4000-8000-000000000001',
      action: 'processor.update',
      entityType: 'Processor',
      entityId: `p${seq}`,
      requestId: null,
      detailsHash: detailsHashOf(details),
    };
    const hash = chainHash(previousHash, fields);
    events.push({ ...fields, id: `e${seq}`, previousHash, hash, details, detailsErased: false });
    previousHash = hash;
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe('{"a":{"d":[2,{"y":null,"z":1}]},"b":1}');
  });
});

describe('verifyRun', () => {
  const genesis = { seq: 0, hash: GENESIS_HASH };

  it('accepts an intact chain', () => {
    expect(verifyRun(genesis, chain(20))).toBeUndefined();
  });

  it('accepts erased details', () => {
    const events = chain(5);
    events[2] = { ...events[2], details: null, detailsErased: true };
    expect(verifyRun(genesis, events)).toBeUndefined();
  });

  it.each<[string, (e: StoredEvent[]) => void, number, string]>([
    ['an edited action', (e) => (e[4].action = 'processor.delete'), 5, 'HASH_MISMATCH'],
    ['an edited time', (e) => (e[7].occurredAt = new Date(0)), 8, 'HASH_MISMATCH'],
    ['edited details', (e) => (e[3].details = { changes: {} }), 4, 'DETAILS_MISMATCH'],
    ['a deleted event', (e) => e.splice(6, 1), 7, 'SEQUENCE_GAP'],
    ['a deleted detail row', (e) => (e[9].details = undefined), 10, 'DETAILS_MISSING'],
    ['swapped events', (e) => ([e[2], e[3]] = [e[3], e[2]]), 3, 'SEQUENCE_GAP'],
    ['a recomputed own hash', (e) => { e[5].action = 'x'; e[5].hash = chainHash(e[5].previousHash, e[5]); }, 7, 'PREVIOUS_HASH_MISMATCH'],
  ])('finds %s', (_, tamper, seq, reason) => {
    const events = chain(12);
    tamper(events);
    expect(verifyRun(genesis, events)).toMatchObject({ seq, reason });
  });
});
