import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardService } from '../../src/modules/dashboard/dashboard.service.js';
import { START, startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;
let dpo: GqlClient;
let auditor: GqlClient;

/**
 * Moves the business clock: the app's (today's date) and the database's, which dates each
 * recorded version of the register (register_history_now reads the test clock's offset), so a
 * change made "in January" is recorded in January.
 */
async function moveClockTo(at: Date) {
  t.clock.set(at);
  await t.owner.query('INSERT INTO test_clock (id, offset_ms) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET offset_ms = EXCLUDED.offset_ms', [at.getTime() - Date.now()]);
}

async function signIn() {
  [vm, dpo, auditor] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER'), t.as('AUDITOR')]);
}

beforeAll(async () => {
  t = await startTestApp();
  await moveClockTo(START);
  await signIn();
});
afterAll(() => t.close());

const CHARTS = `{ dashboardCharts {
  asOf
  processors { riskLevel status count }
  transfers { mechanism status count }
  agreements { status count }
  findingsTrend { day blockers warnings processors }
} }`;
type Charts = {
  asOf: string;
  processors: { riskLevel: string; status: string; count: number }[];
  transfers: { mechanism: string | null; status: string; count: number }[];
  agreements: { status: string; count: number }[];
  findingsTrend: { day: string; blockers: number; warnings: number; processors: number }[];
};

async function charts(client: GqlClient = auditor): Promise<Charts> {
  return (await client.ok<{ dashboardCharts: Charts }>(CHARTS)).dashboardCharts;
}

type P = { id: string; version: number };
async function processor(name: string, extra: Record<string, unknown> = {}): Promise<P> {
  return (
    await vm.ok<{ createProcessor: P }>(
      `mutation($name: String!, $establishmentCountry: String!, $address: String, $privacyContactName: String, $engagementRole: EngagementRole, $engagementStart: String, $processingLocations: [ProcessingLocationInput!]) {
        createProcessor(name: $name, establishmentCountry: $establishmentCountry, serviceKind: SAAS, address: $address, privacyContactName: $privacyContactName, engagementRole: $engagementRole, engagementStart: $engagementStart, processingLocations: $processingLocations) { id version } }`,
      { establishmentCountry: 'DK', address: 'Havnegade 1, 1058 København K', privacyContactName: 'DPO', ...extra, name },
    )
  ).createProcessor;
}

const nonZero = <T extends { count: number }>(cells: T[]) => cells.filter((c) => c.count > 0);

describe('dashboard charts', () => {
  let alfa: P;
  let beta: P;

  it('counts today\'s register by risk and status, tool and status, and DPA status, each bar the length of the list it opens', async () => {
    // Alfa: engaged, only a draft DPA (DPA_MISSING), and Beta below it without our authorisation.
    alfa = await processor('Alfa ApS', { engagementRole: 'PROCESSOR', engagementStart: '2025-01-01' });
    await vm.ok(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "Udkast") { id } }`, { p: alfa.id });
    // Beta: a US sub-processor storing data there; the transfer to it has no tool (NO_TRANSFER_TOOL).
    beta = await processor('Beta Inc', { establishmentCountry: 'US', processingLocations: [{ country: 'US', kind: 'STORAGE' }] });
    const link = await vm.ok<{ createSubprocessorLink: { findings: { code: string; severity: string }[] } }>(
      `mutation($p: ID!, $c: ID!) { createSubprocessorLink(processorId: $p, subprocessorId: $c, regime: SPECIFIC, firstUsedOn: "2026-10-01") { findings { code severity } } }`,
      { p: alfa.id, c: beta.id },
    );
    expect(link.createSubprocessorLink.findings).toEqual([{ code: 'UNAUTHORISED_SUBPROCESSOR', severity: 'BLOCKER' }]);
    await vm.ok(`mutation($i: ID!, $e: ID!) { createTransfer(importerProcessorId: $i, exporterProcessorId: $e, destinationCountry: "US", startedOn: "2026-10-01") { id } }`, { i: beta.id, e: alfa.id });
    // Gamma: no address or contact (CHAIN_IDENTITY_INCOMPLETE, a warning), a signed DPA without its checklist (INCOMPLETE; not engaged, so no finding).
    const gamma = await processor('Gamma A/S', { address: null, privacyContactName: null });
    const a = (await vm.ok<{ createAgreement: P }>(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "DPA") { id version } }`, { p: gamma.id })).createAgreement;
    await vm.ok(`mutation($id: ID!, $v: Int!) { signAgreement(id: $id, version: $v, on: "2026-11-01") { id } }`, { id: a.id, v: a.version });
    // Inside the EEA: not a transfer.
    await vm.ok(`mutation($i: ID!) { createTransfer(importerProcessorId: $i, destinationCountry: "DE", mechanism: ADEQUACY) { id } }`, { i: gamma.id });
    await dpo.ok(`mutation($p: ID!, $v: Int!) { overrideProcessorRisk(processorId: $p, version: $v, level: HIGH, reason: "Holder skyldneres CPR-numre") { level } }`, { p: alfa.id, v: alfa.version });

    const c = await charts();
    expect(c.asOf).toBe('2026-11-21');
    expect(c.processors).toHaveLength(4 * 3);
    const risks = (await auditor.ok<{ processorRisks: { processorId: string; level: string }[] }>('{ processorRisks { processorId level } }')).processorRisks;
    const levelOf = new Map(risks.map((r) => [r.processorId, r.level]));
    expect(levelOf.get(alfa.id)).toBe('HIGH');
    const LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    const STATUSES = ['COMPLIANT', 'AT_RISK', 'NON_COMPLIANT'];
    const expected = new Map<string, number>();
    for (const [id, status] of [[alfa.id, 'NON_COMPLIANT'], [beta.id, 'NON_COMPLIANT'], [gamma.id, 'AT_RISK']]) {
      const key = `${levelOf.get(id)}|${status}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const expectedCells = [...expected]
      .map(([key, count]) => ({ riskLevel: key.split('|')[0], status: key.split('|')[1], count }))
      .sort((x, y) => LEVELS.indexOf(x.riskLevel) - LEVELS.indexOf(y.riskLevel) || STATUSES.indexOf(x.status) - STATUSES.indexOf(y.status));
    expect(nonZero(c.processors)).toEqual(expectedCells);
    expect(nonZero(c.transfers)).toEqual([
      { mechanism: 'ADEQUACY', status: 'NOT_A_TRANSFER', count: 1 },
      { mechanism: null, status: 'NON_COMPLIANT', count: 1 },
    ]);
    expect(nonZero(c.agreements)).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'INCOMPLETE', count: 1 },
    ]);

    // Each number is what the list it links to counts.
    for (const cell of nonZero(c.processors)) {
      const ids = risks.filter((r) => r.level === cell.riskLevel).map((r) => r.processorId);
      const meta = await auditor.ok<{ _allProcessorsMeta: { count: number } }>(`query($f: ProcessorFilter) { _allProcessorsMeta(filter: $f) { count } }`, { f: { status: cell.status, ids } });
      expect(meta._allProcessorsMeta.count).toBe(cell.count);
    }
    for (const cell of nonZero(c.transfers)) {
      const f = cell.mechanism ? { mechanism: cell.mechanism, status: cell.status } : { withoutMechanism: true, status: cell.status };
      const meta = await auditor.ok<{ _allTransfersMeta: { count: number } }>(`query($f: TransferFilter) { _allTransfersMeta(filter: $f) { count } }`, { f });
      expect(meta._allTransfersMeta.count).toBe(cell.count);
    }
    for (const cell of nonZero(c.agreements)) {
      const meta = await auditor.ok<{ _allAgreementsMeta: { count: number } }>(`query($f: AgreementFilter) { _allAgreementsMeta(filter: $f) { count } }`, { f: { status: cell.status } });
      expect(meta._allAgreementsMeta.count).toBe(cell.count);
    }

    // Open findings, each once: Alfa's DPA_MISSING, the unauthorised link Alfa → Beta, and the
    // transfer's NO_TRANSFER_TOOL (also in Beta's own findings and in Alfa's roll-up: not again);
    // Gamma's identity warning (also in no roll-up: nobody engages it).
    const trend = c.findingsTrend;
    expect(trend.map((p) => p.day)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-21']);
    expect(trend.at(-1)).toEqual({ day: '2026-11-21', blockers: 3, warnings: 1, processors: 3 });
    // Nothing was recorded before November: the earlier months are empty.
    expect(trend.slice(0, -1).every((p) => p.blockers === 0 && p.warnings === 0 && p.processors === 0)).toBe(true);
  });

  it('shows a finding only from the month it was recorded in, reading each month end as it was recorded then', async () => {
    // In January, a new engaged processor with no DPA at all: one more blocker, recorded in January.
    await moveClockTo(new Date('2027-01-15T10:00:00Z'));
    await signIn();
    await processor('Delta ApS', { engagementRole: 'PROCESSOR', engagementStart: '2026-06-01' });

    // Bounded by construction, not by the clock: one past snapshot per month end at most, however long the history.
    const dashboard = t.tilsyn.app.get(DashboardService) as unknown as { snapshotPoint: (...args: unknown[]) => Promise<unknown> };
    const snapshotPoint = dashboard.snapshotPoint.bind(dashboard);
    let snapshots = 0;
    dashboard.snapshotPoint = (...args: unknown[]) => {
      snapshots++;
      return snapshotPoint(...args);
    };
    const c = await charts().finally(() => {
      dashboard.snapshotPoint = snapshotPoint;
    });
    expect(c.asOf).toBe('2027-01-15');
    const byDay = new Map(c.findingsTrend.map((p) => [p.day, p]));
    expect(c.findingsTrend).toHaveLength(12);
    expect(c.findingsTrend[0].day).toBe('2026-02-28');
    // October: nothing recorded yet, although Delta's engagement began in June (it was recorded in January).
    expect(byDay.get('2026-10-31')).toEqual({ day: '2026-10-31', blockers: 0, warnings: 0, processors: 0 });
    expect(byDay.get('2026-11-30')).toEqual({ day: '2026-11-30', blockers: 3, warnings: 1, processors: 3 });
    // The same register read on a later day can have a finding by date alone: Alfa's first
    // supervision, planned 30 days after it was recorded, is overdue by the end of December.
    const supervision = await auditor.ok<{ allReviews: { dueOn: string }[] }>(`query($p: ID!) { allReviews(filter: { processorId: $p, kind: SUPERVISION }) { dueOn } }`, { p: alfa.id });
    expect(supervision.allReviews).toEqual([{ dueOn: '2026-12-21' }]);
    expect(byDay.get('2026-12-31')).toEqual({ day: '2026-12-31', blockers: 3, warnings: 2, processors: 3 });
    // Delta's DPA_MISSING only from January, when it was recorded.
    expect(byDay.get('2027-01-15')).toEqual({ day: '2027-01-15', blockers: 4, warnings: 2, processors: 4 });
    // Bounded: twelve points however long the history, at most eleven of them read from a past snapshot.
    expect(snapshots).toBeLessThanOrEqual(11);
  });

  it('is readable by every signed-in role, and by nobody signed out', async () => {
    for (const role of ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR'] as const) {
      const client = await t.as(role);
      expect((await charts(client)).processors).toHaveLength(12);
    }
    const anonymous = await t.client().post(CHARTS);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
