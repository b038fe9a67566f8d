import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPORT_KINDS, PERIOD_REPORT_KINDS } from '@tilsyn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, seedDemoData } from '../../src/database/seeds/demo-data.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { ReportsService } from '../../src/modules/reports/reports.service.js';
import { verifyInspectionPack } from '../../src/modules/reports/render/zip.js';
import { UsersService } from '../../src/modules/users/users.service.js';
import { startTestApp, UPDATE_PROCESSOR, type GqlClient, type TestApp } from '../utils/test-app.js';
import { unzipSync } from 'fflate';

/**
 * Issue 7: the reports of the demo register on fixed dates (golden files of the report data, not
 * of the PDF bytes), the register as of a day before a change, CSV safety, the PDF as pages, the
 * inspection pack's manifest, and who may produce what (audited, hash stored).
 */
let t: TestApp;
let auditor: GqlClient;
let reports: ReportsService;
const PASSWORD = 'demo password for the test';
const GOLDEN_DIR = path.join(import.meta.dirname, '..', 'golden');
const TODAY = '2026-11-21';
const EARLIER = '2026-06-01';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Ids are random per run: drop them, so the golden file holds only what a reader sees. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => !(k === 'id' || k.endsWith('Id') || (typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v))))
        .map(([k, v]) => [k, withoutIds(v)]),
    );
  }
  return typeof value === 'string' ? value.replace(UUID, '<id>') : value;
}

async function download(client: GqlClient, urlPath: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(`${t.url}${urlPath}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

function tool(name: string): string {
  try {
    execFileSync('which', [name]);
    return name;
  } catch {
    throw new Error(`${name} is missing: install Debian's poppler-utils (apt-get install -y poppler-utils), a prerequisite of the tests like Chromium`);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.dataSource, t.clock, t.tilsyn.app.get(AuditService), t.tilsyn.app.get(UsersService), Object.fromEntries(DEMO_USERS.map((u) => [u.email, PASSWORD])));
  reports = t.tilsyn.app.get(ReportsService);
  auditor = await t.as('AUDITOR');
});
afterAll(() => t.close());

describe('golden report data of the demo register', () => {
  const cases = REPORT_KINDS.flatMap((kind) => [TODAY, EARLIER].map((asOf) => ({ kind, asOf })));
  it.each(cases)('$kind as of $asOf', async ({ kind, asOf }) => {
    const period = PERIOD_REPORT_KINDS.includes(kind) ? { from: '2026-01-01', to: asOf } : null;
    const data = withoutIds(await reports.reportData(kind, asOf, period));
    const file = path.join(GOLDEN_DIR, `report-${kind.toLowerCase()}-${asOf}.json`);
    const text = JSON.stringify(data, null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
      if (process.env.CI) throw new Error(`golden file ${path.basename(file)} is missing: run the test with UPDATE_GOLDEN=1 and review it`);
      fs.mkdirSync(GOLDEN_DIR, { recursive: true });
      fs.writeFileSync(file, text);
    }
    expect(text).toBe(fs.readFileSync(file, 'utf8'));
  });

  it('the earlier date shows the register as it was: the US cloud on the Data Privacy Framework, call recordings kept 90 days', async () => {
    const before = (await reports.reportData('TRANSFER_REGISTER', EARLIER, null)) as { rows: { importer: string; mechanism: string }[] };
    const now = (await reports.reportData('TRANSFER_REGISTER', TODAY, null)) as { rows: { importer: string; mechanism: string }[] };
    const us = (r: typeof now) => r.rows.find((x) => x.importer === 'Pinewood Cloud Services Inc.')?.mechanism;
    expect([us(before), us(now)]).toEqual(['ADEQUACY', 'SCC']);
    const record = (await reports.reportData('ART30_CONTROLLER', EARLIER, null)) as { activities: { name: string; retention: { period: number }[] }[] };
    expect(record.activities.find((a) => a.name === 'Optagelse af telefonsamtaler')?.retention[0].period).toBe(90);
    // The credit-bureau activity was recorded 60 days before today: not yet in June.
    expect(record.activities.map((a) => a.name)).not.toContain('Indberetning til kreditoplysningsbureau');
  });
});

describe('as of a date before a change', () => {
  it('shows the old state; today shows the new one', async () => {
    const vendor = await t.as('VENDOR_MANAGER');
    const { allProcessors } = await vendor.ok<{ allProcessors: { id: string; version: number }[] }>('{ allProcessors(filter: { q: "Telefonhuset" }) { id version } }');
    await vendor.ok(UPDATE_PROCESSOR, { id: allProcessors[0].id, version: allProcessors[0].version, name: 'Telefonhuset Nord A/S' });
    const yesterday = '2026-11-20';
    const names = async (asOf: string) => ((await reports.reportData('ART30_CONTROLLER', asOf, null)) as { activities: { recipients: { name: string }[] }[] }).activities.flatMap((a) => a.recipients.map((r) => r.name));
    // The change is recorded at the database's time, which is never before the test clock's day.
    expect(await names(yesterday)).toContain('Telefonhuset Nord ApS');
    expect(await names(yesterday)).not.toContain('Telefonhuset Nord A/S');
    expect(await names(TODAY)).toContain('Telefonhuset Nord A/S');
    await vendor.ok(UPDATE_PROCESSOR, { id: allProcessors[0].id, version: allProcessors[0].version + 1, name: 'Telefonhuset Nord ApS' });
  });
});

describe('CSV', () => {
  it('neutralises formulas in every cell and keeps Danish letters', async () => {
    const vendor = await t.as('VENDOR_MANAGER');
    const { allProcessors } = await vendor.ok<{ allProcessors: { id: string; version: number }[] }>('{ allProcessors(filter: { q: "Kvist" }) { id version } }');
    await vendor.ok(UPDATE_PROCESSOR, { id: allProcessors[0].id, version: allProcessors[0].version, name: '=HYPERLINK("http://evil.example","Kvist")' });
    for (const sep of [';', ','] as const) {
      const res = await download(auditor, `/api/reports/dpa-gaps?format=csv&lang=da&sep=${encodeURIComponent(sep)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(res.body.toString('utf8').slice(1), { delimiter: sep }) as string[][];
      const cells = rows.flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(cells.some((c) => c.startsWith(`'=HYPERLINK("http://evil.example","Kvist")`))).toBe(true);
      expect(rows[0]).toContain('Databehandler');
      expect(cells.some((c) => c.includes('Nordlys Hosting A/S (Danmark)') || c.includes('Fjordsoft ApS'))).toBe(true);
    }
    const back = await vendor.ok<{ allProcessors: { id: string; version: number }[] }>('{ allProcessors(filter: { q: "evil" }) { id version } }');
    await vendor.ok(UPDATE_PROCESSOR, { id: back.allProcessors[0].id, version: back.allProcessors[0].version, name: 'Kvist Print & Kuvertering ApS' });
  });

  it('Danish letters survive the round trip through the Art. 30 record', async () => {
    const res = await download(auditor, '/api/reports/art30-controller?format=csv&lang=da');
    const rows = parse(res.body.toString('utf8').slice(1), { delimiter: ';' }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(['Behandlingsaktivitet', 'Bogføring og regnskab', 'Hjemmeside og selvbetjening', 'Indberetning til kreditoplysningsbureau', 'Inddrivelse af fordringer', 'Optagelse af telefonsamtaler']);
    expect(rows[4].join(' ')).toContain('Kalaallit Inkasso ApS (Inkassobureau (underleverandør), Grønland');
  });
});

describe('PDF', () => {
  it('the Art. 30 record renders to pages: as many as the PDF says, the first not blank, the cover in Danish', async () => {
    const res = await download(auditor, `/api/reports/art30-controller?format=pdf&lang=da&asOf=${EARLIER}`);
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-pdf-'));
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, res.body);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(tool('pdfinfo'), [file]).toString())![1]);
    execFileSync(tool('pdftoppm'), ['-r', '30', '-gray', file, path.join(dir, 'page')]);
    const images = fs.readdirSync(dir).filter((f) => f.startsWith('page'));
    expect(images).toHaveLength(pages);
    // Cover, contents, the controller and one page per activity (four on that day).
    expect(pages).toBeGreaterThanOrEqual(6);
    const first = fs.readFileSync(path.join(dir, images.sort()[0]));
    // A PGM's pixels follow its three-line header; a printed cover has a few hundred dark ones at 30 dpi.
    const [, width, height] = /P5\s+(\d+)\s+(\d+)/.exec(first.toString('latin1', 0, 40))!;
    const pixels = first.subarray(first.length - Number(width) * Number(height));
    expect(pixels.filter((b) => b < 128).length).toBeGreaterThan(100);
    const text = execFileSync(tool('pdftotext'), ['-layout', file, '-']).toString();
    expect(text).toContain('Inkasso Danmark A/S (demo)');
    expect(text).toContain('Fortegnelse over behandlingsaktiviteter');
    expect(text).toContain('Slettefrister');
    expect(text).toContain('90 dage efter optagelsen');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('inspection pack', () => {
  it('holds every report in both formats, the TIAs and the audit verification, and its manifest verifies', async () => {
    const res = await download(auditor, `/api/reports/inspection-pack?lang=en&asOf=${TODAY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const verification = verifyInspectionPack(res.body);
    expect(verification).toMatchObject({ ok: true, problems: [] });
    const names = Object.keys(unzipSync(new Uint8Array(res.body))).sort();
    expect(names.filter((n) => n.startsWith('reports/'))).toHaveLength(REPORT_KINDS.length * 2);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'SHA256SUMS', 'README.txt', 'transfer-impact-assessments.pdf', 'audit-trail-verification.json']));
    const audit = JSON.parse(Buffer.from(unzipSync(new Uint8Array(res.body))['audit-trail-verification.json']).toString()) as { ok: boolean };
    expect(audit.ok).toBe(true);
    const sha = createHash('sha256').update(res.body).digest('hex');
    expect(res.headers.get('x-content-sha256')).toBe(sha);
    const { allReportRuns } = await auditor.ok<{ allReportRuns: { kind: string; format: string; asOf: string; producedByName: string }[] }>(`{ allReportRuns(filter: { sha256: "${sha}" }) { kind format asOf producedByName } }`);
    expect(allReportRuns).toEqual([{ kind: 'INSPECTION_PACK', format: 'ZIP', asOf: TODAY, producedByName: 'Test AUDITOR' }]);
  });
});

describe('who may produce reports', () => {
  it.each(['AUDITOR', 'REVIEWER', 'VENDOR_MANAGER', 'ADMIN'] as const)('%s may, and it is audited with the file hash', async (role) => {
    const client = await t.as(role);
    const res = await download(client, `/api/reports/transfers?format=pdf&lang=en&asOf=${EARLIER}`);
    expect(res.status).toBe(200);
    const sha = createHash('sha256').update(res.body).digest('hex');
    const runs = await t.owner.query('SELECT r.kind, r.as_of::text, r.actor_id, e.action, d.details FROM report_run r JOIN audit_event e ON e.id = r.audit_event_id JOIN audit_event_detail d ON d.event_id = e.id WHERE r.sha256 = $1', [sha]);
    expect(runs.rows).toHaveLength(1);
    expect(runs.rows[0]).toMatchObject({ kind: 'TRANSFER_REGISTER', as_of: EARLIER, actor_id: t.users[role].id, action: 'report.produce' });
    expect(runs.rows[0].details).toMatchObject({ kind: 'TRANSFER_REGISTER', format: 'PDF', locale: 'en', asOf: EARLIER, sha256: sha });
  });

  it('nobody signed out; a bad date names the field and writes nothing', async () => {
    const before = Number((await t.owner.query('SELECT count(*) FROM report_run')).rows[0].count);
    expect((await download(t.client(), '/api/reports/transfers')).status).toBe(401);
    const future = await download(auditor, '/api/reports/transfers?asOf=2099-01-01');
    expect(future.status).toBe(400);
    expect(JSON.parse(future.body.toString())).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'asOf', reason: 'IN_THE_FUTURE' } }] });
    const garbage = await download(auditor, '/api/reports/supervision?from=yesterday');
    expect(JSON.parse(garbage.body.toString())).toMatchObject({ errors: [{ extensions: { field: 'from', reason: 'INVALID_DATE' } }] });
    expect((await download(auditor, '/api/reports/transfers?format=docx')).status).toBe(400);
    expect((await download(auditor, '/api/reports/unknown')).status).toBe(404);
    expect(Number((await t.owner.query('SELECT count(*) FROM report_run')).rows[0].count)).toBe(before);
  });
});

describe('the erasure report', () => {
  it('counts requests without any identity of the person', async () => {
    const dpo = await t.as('REVIEWER');
    await dpo.ok(`mutation { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [NO_LONGER_NECESSARY], caseReference: "SAG-4711", receivedOn: "${TODAY}", cpr: "010190-1234", name: "Jens Hansen", email: "jens.hansen@example.org") { id } }`);
    for (const format of ['pdf', 'csv']) {
      const res = await download(auditor, `/api/reports/erasure?format=${format}&lang=da&from=2026-11-01&to=${TODAY}`);
      expect(res.status).toBe(200);
      const text = format === 'csv' ? res.body.toString('utf8') : execFileSync(tool('pdftotext'), ['-', '-'], { input: res.body }).toString();
      for (const secret of ['0101901234', '010190-1234', 'Jens Hansen', 'jens.hansen', 'SAG-4711']) expect(text).not.toContain(secret);
    }
    const csv = (await download(auditor, `/api/reports/erasure?format=csv&lang=en&from=2026-11-01&to=${TODAY}`)).body.toString('utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});
