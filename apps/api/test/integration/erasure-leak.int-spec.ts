import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Keyring } from '../../src/common/crypto/keyring.js';
import { LEDGER_FILE } from '../../src/modules/erasure/erasure-ledger.service.js';
import { bootApp, capturingLogger, type InProcessApp } from '../utils/erasure-harness.js';
import { jobsAndMailEnv, TestSmtp, until } from '../utils/smtp.js';
import type { GqlClient } from '../utils/test-app.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * Issue 6, reliability.md R18: no CPR number, name or e-mail of a data subject at rest outside the
 * sealed identifier columns. Ten people are filed through GraphQL (one at a time, in bulk, with
 * and without the hyphen, one filed twice), looked up by CPR and e-mail, one revealed, bad input
 * refused (an invalid CPR, an invalid date next to a valid CPR); the requests are approved and the
 * notices delivered by the job system to a real SMTP server (one recipient first answers 451, so
 * a job fails and pg-boss keeps its error; one answers 550 and is reached at its fallback), both
 * recipients answer on the confirmation page, the requests complete and the identifiers are erased.
 * Then every column of every table (as pg_dump would show it, pg-boss's schema included), the
 * pg-boss job rows, the audit chain, the app's log (at trace level) and the ledger file are
 * searched for each CPR number (with and without hyphen), name, surname and e-mail: 0 hits. A
 * canary row proves the database scan finds what is there.
 */
const PEOPLE = 10;
const cprOf = (i: number) => `${String(10 + i).padStart(2, '0')}0487-${String(4711 + 37 * i)}`;
const FIRST = ['Ingrid', 'Halvor', 'Sunniva', 'Torbjorn', 'Ylva', 'Eskild', 'Ragnhild', 'Vermund', 'Oddny', 'Gunnleik'];
const SURNAME = 'Lekkasen';
const nameOf = (i: number) => `${FIRST[i]} ${SURNAME}`;
const emailOf = (i: number) => `${FIRST[i].toLowerCase()}.${SURNAME.toLowerCase()}@borger.example`;
/** Valid-looking but refused (day 32): the refusal must not echo it anywhere. */
const BAD_CPR = '320187-4455';
/** Refused for its date, not its CPR: the CPR must not reach the log with the error. */
const REFUSED_PERSON = { cpr: '150390-7331', name: `Afvist ${SURNAME}sdottir`, email: 'afvist.person@borger.example' };

const needles = (): string[] => {
  const out = [SURNAME.toLowerCase(), BAD_CPR, BAD_CPR.replace('-', ''), REFUSED_PERSON.cpr, REFUSED_PERSON.cpr.replace('-', ''), REFUSED_PERSON.name.toLowerCase(), REFUSED_PERSON.email];
  for (let i = 0; i < PEOPLE; i++) out.push(cprOf(i), cprOf(i).replace('-', ''), nameOf(i).toLowerCase(), emailOf(i), FIRST[i].toLowerCase() + ' ' + SURNAME.toLowerCase());
  return [...new Set(out)];
};
const findIn = (text: string): string[] => {
  const lower = text.toLowerCase();
  return needles().filter((n) => lower.includes(n));
};

const smtp = new TestSmtp();
const log = capturingLogger('trace');
const ledgerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-ledger-'));
const dbName = `t_${randomBytes(6).toString('hex')}`;
let app: InProcessApp;
let owner: pg.Client;
let vm: GqlClient;
let dpo: GqlClient;
const ids: string[] = [];
/** Delivery attempts refused with 451 at the first recipient (one, so that one job fails). */
let refusedOnce = 0;

const erasureMails = () => smtp.received.filter((m) => m.headers['x-tilsyn-erasure']);
const tokenIn = (text: string) => /\/erasure-answer\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;
const count = async (sql: string, params: unknown[] = []) => Number((await owner.query<{ n: number }>(sql, params)).rows[0].n);

interface Hit {
  place: string;
  needle: string;
}

/**
 * Reads every row of every base table outside the system schemas with every column as text (bytea
 * escaped), as a plain-text pg_dump would print it, and looks for the needles.
 */
async function scanDatabase(): Promise<{ tables: number; columns: number; textColumns: number; values: number; hits: Hit[] }> {
  const columns = (
    await owner.query<{ table_schema: string; table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg\\_toast%'
        ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
    )
  ).rows;
  const byTable = new Map<string, typeof columns>();
  for (const c of columns) byTable.set(`"${c.table_schema}"."${c.table_name}"`, [...(byTable.get(`"${c.table_schema}"."${c.table_name}"`) ?? []), c]);
  const hits: Hit[] = [];
  let values = 0;
  for (const [table, cols] of byTable) {
    const select = cols.map((c, k) => (c.data_type === 'bytea' ? `encode("${c.column_name}", 'escape') AS c${k}` : `"${c.column_name}"::text AS c${k}`)).join(', ');
    const rows = (await owner.query<Record<string, string | null>>({ text: `SELECT ${select} FROM ${table}`, rowMode: 'array' } as pg.QueryConfig)).rows as unknown as (string | null)[][];
    for (const row of rows) {
      row.forEach((value, k) => {
        if (value === null) return;
        values++;
        for (const needle of findIn(value)) hits.push({ place: `${table}.${cols[k].column_name}`, needle });
      });
    }
  }
  const textual = new Set(['text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'bytea', 'USER-DEFINED']);
  return { tables: byTable.size, columns: columns.length, textColumns: columns.filter((c) => textual.has(c.data_type)).length, values, hits };
}

beforeAll(async () => {
  await smtp.start();
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${inject('templateDatabase')}`);
  await admin.end();
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${dbName}`;
  owner = new pg.Client({ connectionString: url.toString() });
  await owner.connect();
  app = await bootApp(
    url.toString(),
    {
      ...jobsAndMailEnv(smtp.url),
      TILSYN_KEYRING: JSON.stringify(Keyring.generate()),
      TILSYN_LEDGER_DIR: ledgerDir,
    },
    { logger: log.logger },
  );
  [vm, dpo] = await Promise.all([app.as('VENDOR_MANAGER'), app.as('REVIEWER')]);
}, ceiling(60_000));

afterAll(async () => {
  await owner?.end().catch(() => undefined);
  await app?.close();
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  await smtp.stop();
  fs.rmSync(ledgerDir, { recursive: true, force: true });
});

describe('no CPR number, name or e-mail of a data subject at rest (R18)', () => {
  it('ten people filed, looked up, revealed, refused, approved, told (451, then 550 with fallback), answered and completed', async () => {
    const processor = async (name: string, fields: string) =>
      (await vm.ok<{ createProcessor: { id: string } }>(`mutation($name: String!) { createProcessor(name: $name, establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL, engagementRole: PROCESSOR, dataSubjectCategories: [DEBTORS], ${fields}) { id } }`, { name })).createProcessor.id;
    await processor('Lækage Print A/S', 'erasureChannel: EMAIL, erasureAddress: "slet@print.example"');
    await processor('Lækage Arkiv ApS', 'erasureChannel: EMAIL, erasureAddress: "gone@arkiv.example", fallbackContactEmail: "dpo@arkiv.example"');
    smtp.behaviour = {
      rcpt: (address) => {
        if (address === 'gone@arkiv.example') return 550;
        if (address === 'slet@print.example' && refusedOnce === 0) return ++refusedOnce && 451;
        return null;
      },
    };

    // Five one at a time (CPR with hyphen, e-mail and address), five in bulk (CPR without hyphen).
    const single = `mutation($cpr: String!, $name: String!, $email: String!, $ref: String!) { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [CONSENT_WITHDRAWN], dataSubjectCategory: DEBTORS, caseReference: $ref, receivedOn: "2026-11-20", cpr: $cpr, name: $name, email: $email, address: "Lækagevej 7, 8000 Aarhus C") { id } }`;
    for (let i = 0; i < 5; i++) ids.push((await vm.ok<{ fileErasureRequest: { id: string } }>(single, { cpr: cprOf(i), name: nameOf(i), email: emailOf(i), ref: `LEAK-${i}` })).fileErasureRequest.id);
    const bulk = Array.from({ length: 5 }, (_, k) => ({ source: 'RETENTION_EXPIRY', dataSubjectCategory: 'DEBTORS', caseReference: `LEAK-${5 + k}`, receivedOn: '2026-11-20', cpr: cprOf(5 + k).replace('-', ''), name: nameOf(5 + k), email: emailOf(5 + k).toUpperCase() }));
    ids.push(...(await vm.ok<{ fileErasureRequests: { ids: string[] } }>('mutation($r: [FileErasureRequestInput!]!) { fileErasureRequests(requests: $r) { ids } }', { r: bulk })).fileErasureRequests.ids);
    expect(new Set(ids).size).toBe(PEOPLE);
    // The first person again (a repeated request, recognised by its keyed hash).
    ids.push((await vm.ok<{ fileErasureRequest: { id: string } }>(single, { cpr: cprOf(0).replace('-', ''), name: nameOf(0), email: emailOf(0), ref: 'LEAK-0-again' })).fileErasureRequest.id);

    // Refused input: an impossible CPR in a bulk item; a valid CPR with an impossible date.
    const refused = await vm.post('mutation($r: [FileErasureRequestInput!]!) { fileErasureRequests(requests: $r) { ids } }', { r: [{ ...bulk[0], caseReference: 'LEAK-bad', cpr: BAD_CPR }] });
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    const refusedDate = await vm.post(single.replace('"2026-11-20"', '"2026-02-30"'), { cpr: REFUSED_PERSON.cpr, name: REFUSED_PERSON.name, email: REFUSED_PERSON.email, ref: 'LEAK-date' });
    expect(refusedDate.body.errors?.length).toBeGreaterThan(0);

    // Found by CPR (either form) and by e-mail (any case), through the keyed hashes.
    type Found = { allErasureRequests: { id: string }[] };
    const byCpr = await dpo.ok<Found>('query($c: String!) { allErasureRequests(filter: { cpr: $c }) { id } }', { c: cprOf(0) });
    expect(byCpr.allErasureRequests.map((r) => r.id).sort()).toEqual([ids[0], ids[PEOPLE]].sort());
    const byEmail = await dpo.ok<Found>('query($e: String!) { allErasureRequests(filter: { email: $e }) { id } }', { e: emailOf(7).toUpperCase() });
    expect(byEmail.allErasureRequests.map((r) => r.id)).toEqual([ids[7]]);
    // The identifiers are there, sealed: a reviewer may see them (audited).
    const revealed = await dpo.ok<{ revealErasureIdentifiers: { cpr: string; name: string; email: string } }>('mutation($id: ID!) { revealErasureIdentifiers(id: $id) { cpr name email } }', { id: ids[6] });
    expect(revealed.revealErasureIdentifiers).toMatchObject({ name: nameOf(6) });
    expect(revealed.revealErasureIdentifiers.cpr.replace('-', '')).toBe(cprOf(6).replace('-', ''));

    const approved = await dpo.ok<{ approveErasureRequests: { approved: number; notices: number } }>('mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved notices } }', { ids });
    expect(approved.approveErasureRequests).toEqual({ approved: PEOPLE + 1, notices: 2 * (PEOPLE + 1) });
    // Print: refused once with 451 (the job fails and is retried), then delivered. Arkiv: 550, then the fallback.
    const mails = await until(
      async () => erasureMails().filter((m) => m.to.includes('slet@print.example') || m.to.includes('dpo@arkiv.example')),
      (m) => m.length >= 2,
      30_000,
      'both digests delivered',
    );
    expect(refusedOnce).toBe(1);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['dpo@arkiv.example', 'slet@print.example']);
    for (const mail of mails) {
      const form = new FormData();
      form.set('all', 'CONFIRMED');
      const res = await fetch(`${app.url}/erasure-answer/${tokenIn(mail.text)}`, { method: 'POST', body: form, redirect: 'manual' });
      expect(res.status).toBe(303);
    }
    expect(await count(`SELECT count(*)::int AS n FROM erasure_request WHERE status = 'COMPLETED' AND identifiers_sealed IS NULL`)).toBe(PEOPLE + 1);
    // The ledger file written, the jobs finished (their rows, with the failed attempt's error, stay in pgboss.job).
    await until(() => count('SELECT count(*)::int AS n FROM erasure_ledger WHERE NOT mirrored'), (n) => n === 0, 30_000, 'ledger mirrored');
    await until(() => count(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'erasure-send' AND state < 'completed'`), (n) => n === 0, 30_000, 'send jobs finished');
  });

  it('the database scan finds a planted value (the scanner has teeth)', async () => {
    await owner.query(`CREATE TABLE public.leak_canary (note text, data jsonb, blob bytea)`);
    try {
      await owner.query(`INSERT INTO public.leak_canary VALUES ($1, $2, $3)`, ['nothing here', JSON.stringify({ who: nameOf(3) }), Buffer.from(`cpr ${cprOf(4).replace('-', '')}`)]);
      const scan = await scanDatabase();
      expect(scan.hits.map((h) => `${h.place}: ${h.needle}`).sort()).toEqual([`"public"."leak_canary".blob: ${cprOf(4).replace('-', '')}`, `"public"."leak_canary".data: ${nameOf(3).toLowerCase()}`, `"public"."leak_canary".data: ${SURNAME.toLowerCase()}`].sort());
    } finally {
      await owner.query('DROP TABLE public.leak_canary');
    }
  });

  it('every column of every table, pg-boss’s included: 0 hits', async () => {
    const scan = await scanDatabase();
    console.log(`R18 database scan: ${scan.tables} tables, ${scan.columns} columns (${scan.textColumns} text/json/bytea/array), ${scan.values} non-null values, ${needles().length} needles, ${scan.hits.length} hits`);
    expect(scan.tables).toBeGreaterThan(20);
    expect(scan.hits).toEqual([]);
  });

  it('pg-boss jobs and their errors: 0 hits', async () => {
    const jobs = (await owner.query<{ name: string; state: string; retry_count: number; data: string | null; output: string | null }>(`SELECT name, state::text, retry_count, data::text, output::text FROM pgboss.job`)).rows;
    const archived = (await owner.query<{ row: string }>(`SELECT a::text AS row FROM pgboss.archive a`)).rows;
    // There was something to look at: the erasure send jobs, one of them retried after the 451.
    expect(jobs.filter((j) => j.name === 'erasure-send').length).toBeGreaterThanOrEqual(2);
    expect(jobs.filter((j) => j.name === 'erasure-send' && j.retry_count > 0).length).toBeGreaterThanOrEqual(1);
    const text = [...jobs.map((j) => `${j.name} ${j.state} ${j.data} ${j.output}`), ...archived.map((a) => a.row)].join('\n');
    console.log(`R18 pg-boss: ${jobs.length} jobs, ${archived.length} archived, ${findIn(text).length} hits`);
    expect(findIn(text)).toEqual([]);
  });

  it('the audit chain (events and their details): 0 hits', async () => {
    const events = (await owner.query<{ row: string }>(`SELECT e::text || ' ' || coalesce(d.details::text, '') AS row FROM audit_event e LEFT JOIN audit_event_detail d ON d.event_id = e.id ORDER BY e.seq`)).rows;
    const actions = (await owner.query<{ action: string }>(`SELECT DISTINCT action FROM audit_event`)).rows.map((r) => r.action);
    // The filing, the reveal, the approval and the completion are all in it.
    expect(actions).toEqual(expect.arrayContaining(['erasure_request.file', 'erasure_request.approve_many', 'erasure_request.complete', 'erasure_notice.answer']));
    expect(actions.some((a) => /reveal|identifiers/.test(a))).toBe(true);
    const text = events.map((e) => e.row).join('\n');
    console.log(`R18 audit chain: ${events.length} events, ${findIn(text).length} hits`);
    expect(findIn(text)).toEqual([]);
  });

  it('the app log (trace level): 0 hits', () => {
    const text = log.lines();
    const lines = text.split('\n').filter(Boolean);
    // The log saw the work: requests, the jobs and the failed send.
    expect(lines.length).toBeGreaterThan(20);
    expect(text).toMatch(/job workers started/);
    console.log(`R18 app log: ${lines.length} lines, ${findIn(text).length} hits`);
    if (process.env.R18_PRINT_LOG) console.log(text);
    expect(findIn(text)).toEqual([]);
  });

  it('the ledger file: 0 hits', () => {
    const text = fs.readFileSync(path.join(ledgerDir, LEDGER_FILE), 'utf8');
    const lines = text.split('\n').filter(Boolean);
    // Decided, sent, settled and completed for each of the 11 requests.
    expect(lines.length).toBeGreaterThanOrEqual(4 * (PEOPLE + 1));
    console.log(`R18 ledger file: ${lines.length} lines, ${findIn(text).length} hits`);
    expect(findIn(text)).toEqual([]);
  });
});
