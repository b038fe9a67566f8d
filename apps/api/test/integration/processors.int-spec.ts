import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessorEntity } from '../../src/modules/processors/processor.entity.js';
import { countRows, CREATE_PROCESSOR, PROCESSOR_FIELDS, startTestApp, UPDATE_PROCESSOR, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  vm = await t.as('VENDOR_MANAGER');
});
afterAll(() => t.close());

async function create(name: string, extra: Record<string, unknown> = {}) {
  const data = await vm.ok<{ createProcessor: { id: string; version: number } }>(CREATE_PROCESSOR, { name, establishmentCountry: 'DK', serviceKind: 'SAAS', ...extra });
  return data.createProcessor;
}

describe('processor CRUD through GraphQL', () => {
  it('creates, reads, updates and deletes, auditing each step with the changed fields', async () => {
    const created = await create('Fjordsoft ApS', { privacyContactEmail: 'DPO@Fjordsoft.Example', website: 'https://fjordsoft.example', notes: '  ' });
    expect(created).toMatchObject({ name: 'Fjordsoft ApS', version: 1, lifecycle: 'ONBOARDING', privacyContactEmail: 'dpo@fjordsoft.example', notes: null });

    const read = await vm.ok<{ Processor: { name: string } }>(`query($id: ID!) { Processor(id: $id) { ${PROCESSOR_FIELDS} } }`, { id: created.id });
    expect(read.Processor.name).toBe('Fjordsoft ApS');

    const updated = await vm.ok<{ updateProcessor: { version: number; lifecycle: string; notes: string } }>(UPDATE_PROCESSOR, { id: created.id, version: 1, lifecycle: 'ACTIVE', notes: 'Sagssystem' });
    expect(updated.updateProcessor).toMatchObject({ version: 2, lifecycle: 'ACTIVE', notes: 'Sagssystem' });

    const history = await vm.ok<{ Processor: { history: { action: string; actorName: string; changes: string }[] } }>(
      `query($id: ID!) { Processor(id: $id) { history { action actorName changes } } }`,
      { id: created.id },
    );
    expect(history.Processor.history.map((h) => h.action)).toEqual(['processor.create', 'processor.update']);
    expect(history.Processor.history[1].actorName).toBe('Test VENDOR_MANAGER');
    expect(JSON.parse(history.Processor.history[1].changes).changes).toEqual({
      lifecycle: { before: 'ONBOARDING', after: 'ACTIVE' },
      notes: { before: null, after: 'Sagssystem' },
    });

    const admin = await t.as('ADMIN');
    const deleted = await admin.ok<{ deleteProcessor: { id: string } }>('mutation($id: ID!) { deleteProcessor(id: $id) { id name } }', { id: created.id });
    expect(deleted.deleteProcessor.id).toBe(created.id);
    const gone = await vm.post(`query($id: ID!) { Processor(id: $id) { id } }`, { id: created.id });
    expect(gone.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists with paging, sorting, filters and free-text search in the react-admin grammar', async () => {
    for (const [name, country, serviceKind] of [
      ['Aarhus Print A/S', 'DK', 'PRINT_AND_MAIL'],
      ['Baltic Collect UAB', 'LT', 'SUB_COLLECTION_AGENCY'],
      ['Zeta Cloud Inc.', 'US', 'IT_HOSTING'],
      ['Øresund Data ApS', 'DK', 'IT_HOSTING'],
    ] as const) {
      await create(name, { establishmentCountry: country, serviceKind });
    }
    const list = `query($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ProcessorFilter) {
      items: allProcessors(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { name establishmentCountry }
      total: _allProcessorsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`;
    type L = { items: { name: string }[]; total: { count: number } };

    const page0 = await vm.ok<L>(list, { page: 0, perPage: 2, sortField: 'name', sortOrder: 'DESC' });
    expect(page0.items.map((p) => p.name)).toEqual(['Øresund Data ApS', 'Zeta Cloud Inc.']);
    const page1 = await vm.ok<L>(list, { page: 1, perPage: 2, sortField: 'name', sortOrder: 'DESC' });
    expect(page1.items.map((p) => p.name)).toEqual(['Baltic Collect UAB', 'Aarhus Print A/S']);
    expect(page1.total.count).toBe(4);

    const idsOnly = await vm.ok<{ allProcessors: { id: string }[] }>('{ allProcessors(sortField: "establishmentCountry", sortOrder: "DESC", perPage: 2) { id } }');
    expect(idsOnly.allProcessors).toHaveLength(2);

    const search = await vm.ok<L>(list, { filter: { q: 'COLLECT' } });
    expect(search.items.map((p) => p.name)).toEqual(['Baltic Collect UAB']);
    const wildcard = await vm.ok<L>(list, { filter: { q: '%' } });
    expect(wildcard.total.count).toBe(0);
    const danishHosting = await vm.ok<L>(list, { filter: { establishmentCountry: 'DK', serviceKind: 'IT_HOSTING' } });
    expect(danishHosting.items.map((p) => p.name)).toEqual(['Øresund Data ApS']);
  });
  it('returns the change log from mutations and lists, batched for the whole page', async () => {
    const made = await vm.ok<{ createProcessor: { id: string; history: { action: string }[] } }>(
      'mutation { createProcessor(name: "Historik ApS", establishmentCountry: "NO", serviceKind: LEGAL) { id history { action } } }',
    );
    expect(made.createProcessor.history.map((h) => h.action)).toEqual(['processor.create']);
    const updated = await vm.ok<{ updateProcessor: { history: { action: string }[] } }>(
      `mutation { updateProcessor(id: "${made.createProcessor.id}", version: 1, notes: "n") { history { action } } }`,
    );
    expect(updated.updateProcessor.history.map((h) => h.action)).toEqual(['processor.create', 'processor.update']);
    const listed = await vm.ok<{ allProcessors: { name: string; history: unknown[] }[] }>(
      '{ allProcessors(perPage: 100) { name ...H } } fragment H on Processor { history { id } }',
    );
    expect(listed.allProcessors.find((p) => p.name === 'Historik ApS')?.history).toHaveLength(2);
  });
});

describe('bad input gets a clear error naming the field, and nothing is written', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['unknown country', { establishmentCountry: 'XX' }, 'establishmentCountry', 'UNKNOWN_COUNTRY'],
    ['malformed e-mail', { privacyContactEmail: 'not-an-email' }, 'privacyContactEmail', 'INVALID_EMAIL'],
    ['javascript: web site', { website: 'javascript:alert(1)' }, 'website', 'INVALID_URL'],
    ['over-long name', { name: 'x'.repeat(201) }, 'name', 'TOO_LONG'],
    ['over-long notes', { notes: 'n'.repeat(5001) }, 'notes', 'TOO_LONG'],
    ['blank name', { name: '   ' }, 'name', 'REQUIRED'],
  ];
  it.each(cases)('%s', async (_, patch, field, reason) => {
    const before = await countRows(t.owner, 'processor');
    const auditBefore = await countRows(t.owner, 'audit_event');
    const res = await vm.post(CREATE_PROCESSOR, { name: 'Ok ApS', establishmentCountry: 'DK', serviceKind: 'SAAS', ...patch }, { 'accept-language': 'en' });
    const error = res.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(error?.message).toContain(field);
    expect(await countRows(t.owner, 'processor')).toBe(before);
    expect(await countRows(t.owner, 'audit_event')).toBe(auditBefore);
  });

  it('answers in Danish by default and in English on request', async () => {
    const da = await vm.post(CREATE_PROCESSOR, { name: 'Ok', establishmentCountry: 'DK', serviceKind: 'SAAS', privacyContactEmail: 'nope' });
    const en = await vm.post(CREATE_PROCESSOR, { name: 'Ok', establishmentCountry: 'DK', serviceKind: 'SAAS', privacyContactEmail: 'nope' }, { 'accept-language': 'en-GB' });
    expect(da.body.errors?.[0].message).toBe('privacyContactEmail er ikke en gyldig e-mailadresse.');
    expect(en.body.errors?.[0].message).toBe('privacyContactEmail is not a valid e-mail address.');
  });

  it('refuses an unknown enum value with 400 naming the variable', async () => {
    const res = await vm.post(CREATE_PROCESSOR, { name: 'Ok', establishmentCountry: 'DK', serviceKind: 'SPACESHIP' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceKind' });
    expect(res.body.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it.each([
    [{ perPage: 101 }, 'perPage', 'OUT_OF_RANGE'],
    [{ perPage: 1_000_000 }, 'perPage', 'OUT_OF_RANGE'],
    [{ page: -1 }, 'page', 'OUT_OF_RANGE'],
    [{ sortField: 'password_hash' }, 'sortField', 'UNKNOWN_SORT_FIELD'],
    [{ sortField: 'name; DROP TABLE processor' }, 'sortField', 'UNKNOWN_SORT_FIELD'],
    [{ sortOrder: 'SIDEWAYS' }, 'sortOrder', 'INVALID_VALUE'],
  ])('refuses list arguments %j', async (args, field, reason) => {
    const res = await vm.post('query($page: Int, $perPage: Int, $sortField: String, $sortOrder: String) { allProcessors(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { id } }', args);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });

  it('refuses unknown input fields (no mass assignment)', async () => {
    const res = await vm.post('mutation { createProcessor(name: "A", establishmentCountry: "DK", serviceKind: SAAS, version: 7) { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses malformed GraphQL with 400 and no internals', async () => {
    const res = await vm.post('mutation { createProcessor(name: "A" ');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/node_modules|at .*\.js|SELECT|stack/i);
  });

  it('refuses a 10 MB body with 413 and writes nothing', async () => {
    const before = await countRows(t.owner, 'processor');
    const res = await vm.post(CREATE_PROCESSOR, { name: 'Big', establishmentCountry: 'DK', serviceKind: 'SAAS', notes: 'x'.repeat(10 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await countRows(t.owner, 'processor')).toBe(before);
  });
});

describe('concurrent edits', () => {
  it('gives the second save of the same version CONFLICT, not a lost update', async () => {
    const p = await create('Conflict A/S');
    const other = await t.as('ADMIN');
    const first = await vm.post(UPDATE_PROCESSOR, { id: p.id, version: 1, notes: 'first' });
    const second = await other.post(UPDATE_PROCESSOR, { id: p.id, version: 1, notes: 'second' }, { 'accept-language': 'en' });
    expect(first.body.errors).toBeUndefined();
    expect(second.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(second.body.errors?.[0].message).toMatch(/someone else changed/i);
    const row = await t.owner.query('SELECT notes, version FROM processor WHERE id = $1', [p.id]);
    expect(row.rows[0]).toEqual({ notes: 'first', version: 2 });
  });

  it('lets exactly one of eight simultaneous saves win each round', async () => {
    const p = await create('Race A/S');
    const clients = await Promise.all(Array.from({ length: 8 }, () => t.as('VENDOR_MANAGER')));
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all(clients.map((c, i) => c.post(UPDATE_PROCESSOR, { id: p.id, version: round, notes: `round ${round} client ${i}` })));
      const winners = results.filter((r) => !r.body.errors);
      const conflicts = results.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT');
      expect(winners).toHaveLength(1);
      expect(conflicts).toHaveLength(7);
    }
    const row = await t.owner.query('SELECT version FROM processor WHERE id = $1', [p.id]);
    expect(row.rows[0].version).toBe(6);
  });

  it('control: a naive read-then-save with TypeORM loses an update (why the UPDATE names the version)', async () => {
    const p = await create('Naive A/S');
    const repo = t.dataSource.getRepository(ProcessorEntity);
    const a = await repo.findOneByOrFail({ id: p.id });
    const b = await repo.findOneByOrFail({ id: p.id });
    a.notes = 'from a';
    await repo.save(a);
    b.name = 'Renamed by b';
    await repo.save(b);
    const row = await t.owner.query('SELECT notes, name FROM processor WHERE id = $1', [p.id]);
    expect(row.rows[0].notes).toBeNull();
  });
});
