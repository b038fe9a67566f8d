import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_PROCESSOR, startTestApp, UPDATE_PROCESSOR, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;
let auditor: GqlClient;
const VERIFY = '{ verifyAuditTrail { ok checkedEvents firstBrokenSeq firstBrokenId reason } }';
type V = { verifyAuditTrail: { ok: boolean; checkedEvents: number; firstBrokenSeq: number | null; reason: string | null } };

beforeAll(async () => {
  t = await startTestApp();
  vm = await t.as('VENDOR_MANAGER');
  auditor = await t.as('AUDITOR');
  for (let i = 0; i < 5; i++) {
    const p = await vm.ok<{ createProcessor: { id: string } }>(CREATE_PROCESSOR, { name: `Audit ${i} ApS`, establishmentCountry: 'DK', serviceKind: 'SAAS', privacyContactEmail: `kontakt${i}@audit.example` });
    await vm.ok(UPDATE_PROCESSOR, { id: p.createProcessor.id, version: 1, notes: `note ${i}` });
  }
});
afterAll(() => t.close());

/** Runs SQL as the database owner with the append-only trigger disabled: tampering behind the app's back. */
async function tamper(sql: string, params: unknown[] = []): Promise<void> {
  await t.owner.query('BEGIN');
  await t.owner.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
  await t.owner.query('ALTER TABLE audit_event_detail DISABLE TRIGGER audit_event_detail_erase_only');
  await t.owner.query(sql, params);
  await t.owner.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  await t.owner.query('ALTER TABLE audit_event_detail ENABLE TRIGGER audit_event_detail_erase_only');
  await t.owner.query('COMMIT');
}

describe('audit trail', () => {
  it('records every mutation with actor, action, entity, changed fields, time and request id', async () => {
    const res = await vm.post(CREATE_PROCESSOR, { name: 'Traced A/S', establishmentCountry: 'SE', serviceKind: 'PAYMENT' });
    const id = (res.body.data as { createProcessor: { id: string } }).createProcessor.id;
    const requestId = res.headers.get('x-request-id');
    const events = await auditor.ok<{ allAuditEvents: { action: string; actorId: string; actorName: string; entityType: string; requestId: string; changes: string; occurredAt: string }[] }>(
      `{ allAuditEvents(filter: { entityId: "${id}" }) { action actorId actorName entityType requestId changes occurredAt } }`,
    );
    expect(events.allAuditEvents).toHaveLength(1);
    expect(events.allAuditEvents[0]).toMatchObject({ action: 'processor.create', actorId: t.users.VENDOR_MANAGER.id, actorName: 'Test VENDOR_MANAGER', entityType: 'Processor', requestId, occurredAt: t.clock.now().toISOString() });
    expect(JSON.parse(events.allAuditEvents[0].changes).changes.establishmentCountry).toEqual({ before: null, after: 'SE' });
  });

  it('verifies an intact chain', async () => {
    const result = await auditor.ok<V>(VERIFY);
    expect(result.verifyAuditTrail).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(result.verifyAuditTrail.checkedEvents).toBeGreaterThan(10);
  });

  it('keeps personal data out of the chained columns', async () => {
    const rows = await t.owner.query('SELECT * FROM audit_event');
    expect(JSON.stringify(rows.rows)).not.toMatch(/@/);
    const details = await t.owner.query('SELECT details::text FROM audit_event_detail');
    expect(details.rows.map((r) => r.details).join('')).toMatch(/kontakt0@audit\.example/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(t.owner.query(`UPDATE audit_event SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.owner.query('DELETE FROM audit_event WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.owner.query('TRUNCATE audit_event CASCADE')).rejects.toThrow(/append-only/);
    await expect(t.owner.query(`UPDATE audit_event_detail SET details = '{}'::jsonb`)).rejects.toThrow(/only be erased/);
  });

  it('stays verifiable when a detail is erased (details removed, hash kept)', async () => {
    await t.owner.query(`UPDATE audit_event_detail SET details = NULL, erased_at = now() WHERE event_id = (SELECT id FROM audit_event WHERE seq = 3)`);
    expect((await auditor.ok<V>(VERIFY)).verifyAuditTrail.ok).toBe(true);
  });

  it.each([
    ['an edited action', `UPDATE audit_event SET action = 'processor.read' WHERE seq = 7`, 7, 'HASH_MISMATCH'],
    ['edited details', `UPDATE audit_event_detail SET details = '{"changes":{}}' WHERE event_id = (SELECT id FROM audit_event WHERE seq = 6)`, 6, 'DETAILS_MISMATCH'],
    ['a deleted event', `DELETE FROM audit_event_detail WHERE event_id = (SELECT id FROM audit_event WHERE seq = 9); DELETE FROM audit_event WHERE seq = 9`, 9, 'SEQUENCE_GAP'],
    ['a recomputed hash', `UPDATE audit_event SET entity_id = 'forged', hash = encode(sha256('x'::bytea), 'hex') WHERE seq = 5`, 5, 'HASH_MISMATCH'],
  ] as const)('finds %s and reports where the chain breaks', async (_, sql, seq, reason) => {
    const fresh = await startTestApp();
    try {
      const writer = await fresh.as('VENDOR_MANAGER');
      for (let i = 0; i < 4; i++) await writer.ok(CREATE_PROCESSOR, { name: `Chain ${i}`, establishmentCountry: 'DK', serviceKind: 'SAAS' });
      const reader = await fresh.as('AUDITOR');
      expect((await reader.ok<V>(VERIFY)).verifyAuditTrail.ok).toBe(true);
      await fresh.owner.query('BEGIN');
      await fresh.owner.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
      await fresh.owner.query('ALTER TABLE audit_event_detail DISABLE TRIGGER audit_event_detail_erase_only');
      await fresh.owner.query(sql);
      await fresh.owner.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
      await fresh.owner.query('ALTER TABLE audit_event_detail ENABLE TRIGGER audit_event_detail_erase_only');
      await fresh.owner.query('COMMIT');
      const result = await reader.ok<V>(VERIFY);
      expect(result.verifyAuditTrail).toMatchObject({ ok: false, firstBrokenSeq: seq, reason });
      expect(result.verifyAuditTrail.checkedEvents).toBe(seq - 1);
    } finally {
      await fresh.close();
    }
  });

  it('detects tampering with the shared chain too', async () => {
    await tamper(`UPDATE audit_event SET occurred_at = occurred_at - interval '1 day' WHERE seq = 4`);
    const result = await auditor.ok<V>(VERIFY);
    expect(result.verifyAuditTrail).toMatchObject({ ok: false, firstBrokenSeq: 4, reason: 'HASH_MISMATCH' });
  });
});
