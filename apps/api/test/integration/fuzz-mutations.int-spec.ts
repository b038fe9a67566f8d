import { inputErrorMessage, INPUT_REASONS, type InputReason, type Locale } from '@tilsyn/domain';
import fc from 'fast-check';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isScalarType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillerFor, MISSING_ID, rootFields, type RootField } from '../utils/schema-walk.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

/**
 * A property-based fuzz of every mutation's input, generated from schema.gql: nulls for required
 * arguments, wrong types, 100,000-character strings, impossible dates, numbers out of every range,
 * ids that are not UUIDs, empty and 10,000-element lists, unknown enum values — as variables and as
 * inline literals, signed in as ADMIN. Nothing may answer INTERNAL_SERVER_ERROR or 5xx, and a
 * refused mutation must leave every table as it was (nothing half-written).
 */

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
/** Cases per mutation (each has at least one bad value). */
const CASES = 12;
const HUGE = 'x'.repeat(100_000);

/**
 * What a refused mutation may still write, by design, and so is left out of the comparison:
 * - user_session: the session store (express-session) touches and prunes sessions on any request;
 * - the sign-in throttle's rows, and audit events (with their audit_event_detail row) that record a
 *   refusal itself (access.denied, auth.sign_in_failed, auth.account_locked, access.rate_limited):
 *   a refused call leaves its evidence on purpose. Their `….repeated` totals too: repeats of an
 *   anonymous refusal are counted and written once a minute by a timer, whenever it fires.
 *   Every other audit event still counts.
 */
const IGNORED_TABLES = new Set(['user_session', 'sign_in_throttle']);
const IGNORED_AUDIT_ACTIONS = ['access.denied', 'auth.sign_in_failed', 'auth.account_locked', 'access.rate_limited', 'auth.sign_in_throttled'].flatMap((a) => [a, `${a}.repeated`]);

let t: TestApp;
let admin: GqlClient;
let tables: string[] = [];
const findings: string[] = [];
const perMutation = new Map<string, { cases: number; refused: Map<string, number>; succeeded: number; compared: number }>();
const ignoredTablesSeen = new Set<string>();
let requests = 0;
let literalCases = 0;
let relogins = 0;
const started = Date.now();

beforeAll(async () => {
  t = await startTestApp({ SIGN_IN_ADDRESS_MAX_FAILURES: '10000' });
  admin = await t.as('ADMIN');
  const res = await t.owner.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
  tables = res.rows.map((r) => r.table_name);
}, 120_000);

afterAll(async () => {
  const refusedTotal = new Map<string, number>();
  let cases = 0;
  let succeeded = 0;
  let compared = 0;
  for (const m of perMutation.values()) {
    cases += m.cases;
    succeeded += m.succeeded;
    compared += m.compared;
    for (const [c, n] of m.refused) refusedTotal.set(c, (refusedTotal.get(c) ?? 0) + n);
  }
  console.log(
    [
      `Mutation fuzz (seed ${SEED}): ${cases} cases over ${perMutation.size} mutations in ${requests} requests (${literalCases} as inline literals) in ${Math.round((Date.now() - started) / 1000)} s, as ADMIN`,
      `  refused: ${[...refusedTotal].sort(([, a], [, b]) => b - a).map(([c, n]) => `${c} ${n}`).join(', ')}; accepted (legitimately, not compared): ${succeeded}`,
      `  row counts of ${tables.length - IGNORED_TABLES.size} public tables compared before/after ${compared} refused cases (ignored: ${[...IGNORED_TABLES].join(', ')}; audit events ${IGNORED_AUDIT_ACTIONS.join(', ')}); ignored tables that did change: ${[...ignoredTablesSeen].join(', ') || 'none'}`,
      `  re-sign-ins needed: ${relogins}`,
      `  got through (findings): ${findings.length}`,
      ...findings.slice(0, 60).map((f) => `    ✗ ${f}`),
      '  per mutation (cases: refused codes / accepted):',
      ...[...perMutation].map(([name, m]) => `    ${name}: ${m.cases}: ${[...m.refused].map(([c, n]) => `${c} ${n}`).join(', ') || '-'}${m.succeeded ? ` / accepted ${m.succeeded}` : ''}`),
    ].join('\n'),
  );
  await t?.close();
});

/** count(*) of every public table; audit events without the refusal records. */
async function rowCounts(): Promise<Map<string, number>> {
  const parts = tables.map((name) =>
    name === 'audit_event'
      ? `SELECT 'audit_event' AS t, count(*)::int AS n FROM audit_event WHERE action <> ALL($1::text[])`
      : name === 'audit_event_detail'
        ? `SELECT 'audit_event_detail' AS t, count(*)::int AS n FROM audit_event_detail d JOIN audit_event e ON e.id = d.event_id WHERE e.action <> ALL($1::text[])`
        : `SELECT '${name}' AS t, count(*)::int AS n FROM "${name}"`,
  );
  const res = await t.owner.query<{ t: string; n: number }>(parts.join(' UNION ALL '), [IGNORED_AUDIT_ACTIONS]);
  return new Map(res.rows.map((r) => [r.t, r.n]));
}

const OMIT = Symbol('omit');
type Value = unknown;

/** Arguments that hold a date, by their name (dueOn, receivedOn, validFrom, at …). */
const DATE_NAME = /(On|At|Date|From|Until|Before|After)$|^(at|asOf)$/;
const BAD_DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '2026-1-1', '26-01-01', '2026-02-30T00:00:00Z', '9999-99-99', '0000-00-00', 'infinity', '-infinity', 'epoch', 'today'];

/** Bad values for one input type (nested input objects to depth 2). */
function badValue(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<Value> {
  const options: fc.Arbitrary<Value>[] = [fc.constant(null)];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const element = nullable.ofType;
    options.push(
      fc.constant([]),
      fc.constant(Array.from({ length: 10_000 }, () => fillerFor(name, element))),
      fc.constant([null]),
      fc.array(badValue(element, name, depth + 1), { minLength: 1, maxLength: 3 }),
      badValue(element, name, depth + 1),
    );
  } else if (isInputObjectType(nullable)) {
    options.push(fc.constant({}), fc.constant({ unknownField: 1 }), fc.constant('not an object'), fc.constant([{}]));
    if (depth < 2) {
      const fields = Object.values(nullable.getFields());
      options.push(fc.record(Object.fromEntries(fields.map((f) => [f.name, fc.oneof(badValue(f.type, f.name, depth + 1), fc.constant(fillerFor(f.name, f.type, `${nullable.name}.${f.name}`)))])), { requiredKeys: [] }));
    }
  } else if (isEnumType(nullable)) {
    const first = nullable.getValues()[0].name;
    options.push(fc.constant('NOT_A_VALUE'), fc.constant(''), fc.constant(first.toLowerCase()), fc.constant(1), fc.constant(`${first} `));
  } else if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
      case 'Float':
        options.push(fc.constantFrom(2 ** 31, -1, -(2 ** 31) - 1, 0, 1.5, 'NaN', '12', 1e21, Number.MAX_SAFE_INTEGER + 2, -0.0001, true));
        break;
      case 'Boolean':
        options.push(fc.constantFrom('true', 0, 1, 'yes', []));
        break;
      case 'ID':
        options.push(fc.constantFrom('not-a-uuid', '', 42, '00000000-0000-0000-0000-000000000000', 'DK', `{${MISSING_ID}}`, MISSING_ID.replaceAll('-', ''), 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', `${MISSING_ID} `, '\u0000', '\ud800', HUGE));
        break;
      case 'DateTime':
        options.push(fc.constantFrom('2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', 'yesterday', 0, '', '2026-11-20T25:61:61Z'));
        break;
      case 'JSONObject':
        options.push(fc.constantFrom([], 'x', 1, { a: { b: { c: '\u0000' } } }));
        break;
      default:
        options.push(
          fc.constantFrom(123, true, { a: 1 }, ['x'], HUGE, '', '   ', 'NaN', '\u0000', '\ud800', '😀'.repeat(300)),
          fc.constantFrom(...BAD_DATES),
          fc.string({ unit: 'binary', maxLength: 40 }),
        );
    }
  }
  return fc.oneof(...options);
}

/** A GraphQL literal for a value of a type (for the inline-literal cases). */
function literal(value: Value, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  const nullable = type && getNullableType(type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, nullable && isListType(nullable) ? nullable.ofType : type)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')} }`;
  }
  if (typeof value === 'string') return type && isEnumType(getNamedType(type)) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return String(value);
}

interface MutationCase {
  args: Record<string, Value>;
  literal: boolean;
}

/** Cases for one mutation: one argument always bad, the others bad, valid or left out. */
function casesFor(field: RootField): fc.Arbitrary<MutationCase> {
  const args = field.args;
  if (args.length === 0) {
    // Nothing to fuzz but the shape: an argument the mutation does not have is refused before it runs.
    return fc.record({ args: fc.dictionary(fc.constantFrom('x', 'id', 'input', 'version'), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { minKeys: 1, maxKeys: 2 }), literal: fc.boolean() });
  }
  const each = args.map((a) =>
    fc.oneof(
      { weight: 3, arbitrary: badValue(a.type, a.name) },
      { weight: 2, arbitrary: fc.constant(fillerFor(a.name, a.type, `Mutation.${field.name}.${a.name}`)) },
      { weight: 1, arbitrary: fc.constant<Value>(OMIT) },
    ),
  );
  return fc.record({ target: fc.nat({ max: args.length - 1 }), values: fc.tuple(...each), bad: fc.tuple(...args.map((a) => badValue(a.type, a.name))), literal: fc.nat({ max: 3 }).map((n) => n === 0) }).map(({ target, values, bad, literal: asLiteral }) => {
    const out: Record<string, Value> = {};
    args.forEach((a, i) => {
      const v = i === target ? bad[i] : values[i];
      if (v !== OMIT) out[a.name] = v;
    });
    return { args: out, literal: asLiteral };
  });
}

function operationOf(field: RootField, c: MutationCase): { query: string; variables: Record<string, Value> } {
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const known = new Map(field.args.map((a) => [a.name, a.type]));
  const entries = Object.entries(c.args);
  if (c.literal || entries.some(([k]) => !known.has(k))) {
    const passed = entries.map(([k, v]) => `${k}: ${literal(v, known.get(k))}`);
    return { query: `mutation { m: ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`, variables: {} };
  }
  const defs = entries.map(([k]) => `$${k}: ${String(known.get(k))}`);
  const passed = entries.map(([k]) => `${k}: $${k}`);
  return { query: `mutation M${defs.length ? `(${defs.join(', ')})` : ''} { m: ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`, variables: Object.fromEntries(entries) };
}

let localeToggle = 0;

async function runCase(field: RootField, c: MutationCase): Promise<void> {
  const stats = perMutation.get(field.name)!;
  stats.cases++;
  if (c.literal) literalCases++;
  const op = operationOf(field, c);
  const where = `${field.name} ${JSON.stringify(c.args).slice(0, 160)}${c.literal ? ' (literal)' : ''}`;
  const before = await rowCounts();
  const locale: Locale = localeToggle++ % 2 === 0 ? 'da' : 'en';
  let res = await admin.post<{ m?: unknown }>(op.query, op.variables, { 'accept-language': locale });
  requests++;
  if (res.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
    // A case ended the session (it should not: every case is refused or harmless); sign in again and repeat it.
    relogins++;
    findings.push(`${where}: the ADMIN session ended`);
    admin = await t.as('ADMIN');
    res = await admin.post<{ m?: unknown }>(op.query, op.variables, { 'accept-language': locale });
    requests++;
  }
  if (res.status >= 500) findings.push(`${where}: HTTP ${res.status}`);
  const error = res.body.errors?.[0];
  if (!error) {
    stats.succeeded++;
    // Accepted is fine, unless it took a date that does not exist (it would be stored shifted or broken).
    for (const [name, value] of Object.entries(c.args)) {
      if (typeof value === 'string' && BAD_DATES.includes(value) && DATE_NAME.test(name)) findings.push(`${where}: accepted the impossible date ${value} for ${name}`);
    }
    return;
  }
  const code = String(error.extensions?.code ?? 'NO_CODE');
  stats.refused.set(code, (stats.refused.get(code) ?? 0) + 1);
  if (code === 'INTERNAL_SERVER_ERROR' || code === 'NO_CODE') findings.push(`${where}: ${code}`);
  const ext = error.extensions ?? {};
  if (code === 'BAD_USER_INPUT' && typeof ext.field === 'string' && (INPUT_REASONS as readonly string[]).includes(String(ext.reason))) {
    const expected = inputErrorMessage(ext.reason as InputReason, ext.field, locale, (ext.params ?? {}) as Record<string, string | number>);
    if (error.message !== expected) findings.push(`${where}: message ${JSON.stringify(error.message)} is not the ${locale} text ${JSON.stringify(expected)}`);
  }
  if (res.body.data?.m !== undefined && res.body.data?.m !== null) {
    stats.succeeded++;
    return;
  }
  stats.compared++;
  const after = await rowCounts();
  for (const [table, n] of after) {
    if (before.get(table) === n) continue;
    if (IGNORED_TABLES.has(table)) ignoredTablesSeen.add(table);
    else findings.push(`${where}: refused with ${code} but ${table} went from ${before.get(table)} to ${n} rows`);
  }
}

describe('mutation fuzz: every mutation, generated from schema.gql, as ADMIN', () => {
  it(`${CASES} cases per mutation: never INTERNAL_SERVER_ERROR or 5xx, nothing half-written`, async () => {
    const mutations = rootFields('Mutation');
    for (const [i, field] of mutations.entries()) {
      perMutation.set(field.name, { cases: 0, refused: new Map(), succeeded: 0, compared: 0 });
      await fc.assert(
        fc.asyncProperty(casesFor(field), async (c) => {
          await runCase(field, c);
          return true;
        }),
        { numRuns: CASES, seed: SEED + i },
      );
    }
    expect(findings).toEqual([]);
  }, 900_000);

  it.each<[string, string, Record<string, unknown>, string, InputReason]>([
    ['a non-UUID id (deleteReviewDocument)', 'mutation($id: ID!) { deleteReviewDocument(id: $id) { id } }', { id: 'not-a-uuid' }, 'id', 'INVALID_ID'],
    ['a non-UUID id (retryReminder)', 'mutation($id: ID!) { retryReminder(id: $id) { id } }', { id: "1' OR '1'='1" }, 'id', 'INVALID_ID'],
    ['a non-UUID id (revealErasureIdentifiers)', 'mutation($id: ID!) { revealErasureIdentifiers(id: $id) { cpr } }', { id: '42' }, 'id', 'INVALID_ID'],
    ['a non-UUID id (rotateErasureWebhookSecret)', 'mutation($p: ID!) { rotateErasureWebhookSecret(processorId: $p) }', { p: '' }, 'processorId', 'INVALID_ID'],
    ['a non-UUID id inline', `mutation { deleteProcessor(id: "x") { id } }`, {}, 'id', 'INVALID_ID'],
    ['a NUL in a string argument', 'mutation($n: String!) { createProcessor(name: $n, establishmentCountry: "DK", serviceKind: SAAS) { id } }', { n: 'Nul\u0000 ApS' }, 'name', 'INVALID_CHARACTER'],
    ['a NUL in an inline literal', 'mutation { createProcessor(name: "Ok ApS", notes: "a\\u0000b", establishmentCountry: "DK", serviceKind: SAAS) { id } }', {}, 'notes', 'INVALID_CHARACTER'],
    ['a lone surrogate in a string argument', 'mutation($n: String) { createProcessor(name: "Ok ApS", establishmentCountry: "DK", serviceKind: SAAS, notes: $n) { id } }', { n: 'x\ud800y' }, 'notes', 'INVALID_CHARACTER'],
    ['a NUL in a list filter', 'query($q: String) { allProcessors(filter: { q: $q }) { id } }', { q: '\u0000' }, 'filter.q', 'INVALID_CHARACTER'],
    ['a lone surrogate in a nested input', 'mutation($r: [ErasureCaseRecipientInput!]) { fileErasureRequest(source: DATA_SUBJECT_REQUEST, caseReference: "INK-1", receivedOn: "2026-11-20", cpr: "010170-1234", caseRecipients: $r) { id } }', { r: [{ processorId: MISSING_ID, reference: '\udc00' }] }, 'caseRecipients.reference', 'INVALID_CHARACTER'],
    ['a uuid typed as String reaching PostgreSQL', 'query($id: String!) { processorCompliance(id: $id) { __typename } }', { id: 'abc' }, 'id', 'INVALID_ID'],
  ])('issue 15 item 7 stays fixed: %s → BAD_USER_INPUT naming the field, Danish and English, nothing written', async (_, query, variables, field, reason) => {
    const before = await rowCounts();
    for (const locale of ['da', 'en'] as const) {
      const res = await admin.post(query, variables, { 'accept-language': locale });
      expect(res.status).toBe(res.body.data === undefined ? 400 : 200);
      expect(res.body.errors?.[0]).toMatchObject({ message: inputErrorMessage(reason, field, locale), extensions: { code: 'BAD_USER_INPUT', field, reason } });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('the process still serves afterwards', async () => {
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    expect((await admin.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(t.users.ADMIN.id);
    expect(Object.keys({})).toEqual([]);
  });
});
