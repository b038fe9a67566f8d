import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokenScopes1796686483652 } from '../../src/database/migrations/1796686483652-api-token-scopes.js';
import { UsersService } from '../../src/modules/users/users.service.js';
import { CREATE_PROCESSOR, GqlClient, START, TEST_PASSWORD, countRows, startTestApp, type GqlResponse, type TestApp } from '../utils/test-app.js';

/**
 * API tokens (security finding): a token holds a scope, not a role, never does more than its
 * creator's current role, can never mint a token, and expires. Over HTTP on a real PostgreSQL.
 */
let t: TestApp;
let admin: GqlClient;

const MINT = 'mutation($name: String!, $scope: TokenScope!, $expiresAt: String!) { createApiToken(name: $name, scope: $scope, expiresAt: $expiresAt) { token apiToken { id scope status expiresAt lastUsedAt createdById tokenPrefix } } }';
type Minted = { token: string; apiToken: { id: string; scope: string; status: string; expiresAt: string; lastUsedAt: string | null; createdById: string; tokenPrefix: string } };

async function mint(by: GqlClient, scope: 'ERASURE_FILING' | 'READ_ONLY', expiresAt = '2027-02-19'): Promise<Minted & { client: GqlClient }> {
  const made = (await by.ok<{ createApiToken: Minted }>(MINT, { name: `Maskine ${scope}`, scope, expiresAt })).createApiToken;
  return { ...made, client: new GqlClient(t.url, { authorization: `Bearer ${made.token}` }) };
}

const codeOf = (res: GqlResponse) => res.body.errors?.[0]?.extensions?.code;

const FILE_ONE = 'mutation($ref: String!) { fileErasureRequest(source: RETENTION_EXPIRY, caseReference: $ref, receivedOn: "2026-11-20", cpr: "010107-4001") { id status } }';
const FILE_MANY = 'mutation($r: [FileErasureRequestInput!]!) { fileErasureRequests(requests: $r) { created ids } }';

/** The reasons the guard wrote for this token's refusals, oldest first. */
async function deniedReasons(tokenId: string): Promise<string[]> {
  const res = await t.owner.query<{ reason: string }>(
    `SELECT d.details->>'reason' AS reason FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'access.denied' AND e.actor_id = $1 ORDER BY e.seq`,
    [tokenId],
  );
  return res.rows.map((r) => r.reason);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.as('ADMIN');
});
afterAll(() => t.close());

describe('scopes', () => {
  it('an ERASURE_FILING token files erasure requests and follows them, but may not create a processor', async () => {
    const { client, apiToken } = await mint(admin, 'ERASURE_FILING');
    const many = await client.ok<{ fileErasureRequests: { created: number; ids: string[] } }>(FILE_MANY, {
      r: [
        { source: 'RETENTION_EXPIRY', caseReference: 'INK-2019-0101', receivedOn: '2026-11-20', cpr: '010107-4001' },
        { source: 'RETENTION_EXPIRY', caseReference: 'INK-2019-0102', receivedOn: '2026-11-20', cpr: '020207-4002' },
      ],
    });
    expect(many.fileErasureRequests.created).toBe(2);
    const one = await client.ok<{ fileErasureRequest: { id: string; status: string } }>(FILE_ONE, { ref: 'INK-2019-0103' });
    expect(one.fileErasureRequest.status).toBe('RECEIVED');
    const followed = await client.ok<{ ErasureRequest: { id: string; status: string } }>('query($id: ID!) { ErasureRequest(id: $id) { id status } }', { id: many.fileErasureRequests.ids[0] });
    expect(followed.ErasureRequest.status).toBe('RECEIVED');

    const processorsBefore = await countRows(t.owner, 'processor');
    const refused = await client.post(CREATE_PROCESSOR, { name: 'Via token A/S', establishmentCountry: 'DK', serviceKind: 'OTHER' });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await countRows(t.owner, 'processor')).toBe(processorsBefore);
    expect(codeOf(await client.post('{ allProcessors { id } }'))).toBe('FORBIDDEN');
    expect(await deniedReasons(apiToken.id)).toEqual(['token_scope:processor.write', 'token_scope:processor.read']);
  });

  it('a READ_ONLY token lists processors, but may not reveal identifiers, list users, tokens, mail or the audit trail, or file', async () => {
    const filed = (await admin.ok<{ fileErasureRequest: { id: string } }>(FILE_ONE, { ref: 'INK-2019-0201' })).fileErasureRequest;
    await admin.ok(CREATE_PROCESSOR, { name: 'Rapportering ApS', establishmentCountry: 'DK', serviceKind: 'SAAS' });
    const { client, apiToken } = await mint(admin, 'READ_ONLY');
    const listed = await client.ok<{ allProcessors: { name: string }[] }>('{ allProcessors(perPage: 100) { name } }');
    expect(listed.allProcessors.map((p) => p.name)).toContain('Rapportering ApS');

    const reveal = await client.post('mutation($id: ID!) { revealErasureIdentifiers(id: $id) { cpr name email } }', { id: filed.id });
    expect(codeOf(reveal)).toBe('FORBIDDEN');
    expect(JSON.stringify(reveal.body)).not.toMatch(/010107|4001/);
    const viewed = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'erasure_request.identifiers_viewed' AND entity_id = $1`, [filed.id]);
    expect(viewed.rows[0].n).toBe(0);
    expect(codeOf(await client.post('{ allUsers { id email } }'))).toBe('FORBIDDEN');
    expect(codeOf(await client.post('{ allApiTokens { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await client.post('{ allSinkMails { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await client.post('{ allAuditEvents { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await client.post(FILE_ONE, { ref: 'INK-2019-0202' }))).toBe('FORBIDDEN');
    expect(await deniedReasons(apiToken.id)).toEqual([
      'token_scope:erasure.identifiers',
      'token_scope:user.read',
      'token_scope:apiToken.read',
      'token_scope:mail.read',
      'token_scope:audit.read',
      'token_scope:erasure.file',
    ]);
  });

  it('a READ_ONLY token reads a processor but not its history (audit data: who changed what), which staff see (a re-probe read it)', async () => {
    const created = (await admin.ok<{ createProcessor: { id: string } }>(CREATE_PROCESSOR, { name: 'Historik ApS', establishmentCountry: 'DK', serviceKind: 'SAAS' })).createProcessor;
    const { client } = await mint(admin, 'READ_ONLY');
    const query = 'query($id: ID!) { Processor(id: $id) { name history { action actorName changes } } }';
    const byToken = await client.ok<{ Processor: { name: string; history: unknown[] } }>(query, { id: created.id });
    expect(byToken.Processor.name).toBe('Historik ApS');
    expect(byToken.Processor.history).toEqual([]);
    const list = await client.ok<{ allProcessors: { history: unknown[] }[] }>('{ allProcessors(perPage: 5) { history { action } } }');
    expect(list.allProcessors.every((p) => p.history.length === 0)).toBe(true);
    const byStaff = await (await t.as('AUDITOR')).ok<{ Processor: { history: { action: string }[] } }>(query, { id: created.id });
    expect(byStaff.Processor.history.map((h) => h.action)).toContain('processor.create');
  });

  it('no token, not even one an administrator created, can create or revoke a token', async () => {
    for (const scope of ['ERASURE_FILING', 'READ_ONLY'] as const) {
      const { client, apiToken } = await mint(admin, scope);
      const before = await countRows(t.owner, 'api_token');
      const minted = await client.post(MINT, { name: 'Ny nøgle', scope: 'ERASURE_FILING', expiresAt: '2027-01-01' });
      expect(codeOf(minted)).toBe('FORBIDDEN');
      expect(minted.body.data?.createApiToken ?? null).toBeNull();
      expect(codeOf(await client.post('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: apiToken.id }))).toBe('FORBIDDEN');
      expect(await countRows(t.owner, 'api_token')).toBe(before);
      expect((await t.owner.query('SELECT revoked_at FROM api_token WHERE id = $1', [apiToken.id])).rows[0].revoked_at).toBeNull();
      expect(await deniedReasons(apiToken.id)).toEqual(['token_scope:apiToken.manage', 'token_scope:apiToken.manage']);
    }
  });
});

describe("the creator's current role", () => {
  it('a token whose creator is demoted to auditor can no longer file; once the creator is deactivated it is nobody', async () => {
    const users = t.tilsyn.app.get(UsersService);
    const second = await users.insertUser({ actor: undefined, requestId: '' }, { email: 'admin2@test.tilsyn.example', name: 'Second Admin', role: 'ADMIN', password: TEST_PASSWORD, mustChangePassword: false }, 'test.seed_user');
    const creator = new GqlClient(t.url);
    await creator.login('admin2@test.tilsyn.example');
    const { client, apiToken } = await mint(creator, 'ERASURE_FILING');
    expect(apiToken.createdById).toBe(second.id);
    expect(codeOf(await client.post(FILE_ONE, { ref: 'INK-2019-0301' }))).toBeUndefined();

    // Demoted behind the application's back: updateUser and deactivateUser of an administrator
    // fail today on their last-administrator check (SELECT count(*) … FOR UPDATE, users.service.ts).
    await t.owner.query(`UPDATE app_user SET role = 'AUDITOR' WHERE id = $1`, [second.id]);
    const before = await countRows(t.owner, 'erasure_request');
    expect(codeOf(await client.post(FILE_ONE, { ref: 'INK-2019-0302' }))).toBe('FORBIDDEN');
    expect(await countRows(t.owner, 'erasure_request')).toBe(before);
    expect(await deniedReasons(apiToken.id)).toEqual(['token_creator_role:erasure.file']);
    // What both the scope and the auditor allow still works.
    expect(codeOf(await client.post('{ allErasureRequests { id } }'))).toBeUndefined();

    await t.owner.query('UPDATE app_user SET active = false WHERE id = $1', [second.id]);
    const gone = await client.post('{ allErasureRequests { id } }');
    expect(codeOf(gone)).toBe('UNAUTHENTICATED');
    expect(gone.status).toBeLessThan(500);
  });
});

describe('expiry', () => {
  it('an expired token is nobody (UNAUTHENTICATED, never a 5xx), and the list says EXPIRED', async () => {
    const expiresAt = new Date(START.getTime() + 60_000).toISOString();
    const { client, apiToken } = await mint(admin, 'READ_ONLY', expiresAt);
    expect(apiToken.expiresAt).toBe(expiresAt);
    expect(codeOf(await client.post('{ allProcessors { id } }'))).toBeUndefined();
    try {
      t.clock.advance(60_000);
      const refused = await client.post('{ allProcessors { id } }');
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
      expect(refused.status).toBeLessThan(500);
      const filing = await client.post(FILE_ONE, { ref: 'INK-2019-0401' });
      expect(codeOf(filing)).toBe('UNAUTHENTICATED');
      const listed = await admin.ok<{ ApiToken: { status: string } }>('query($id: ID!) { ApiToken(id: $id) { status } }', { id: apiToken.id });
      expect(listed.ApiToken.status).toBe('EXPIRED');
    } finally {
      t.clock.set(START);
    }
  });

  it.each<[string, string, string, RegExp, RegExp]>([
    ['in the past', '2026-11-20', 'AT_LEAST', /^expiresAt skal være mindst 2026-11-21T09:00:00\.000Z\.$/, /^expiresAt must be at least 2026-11-21T09:00:00\.000Z\.$/],
    ['now', START.toISOString(), 'AT_LEAST', /^expiresAt skal være mindst/, /^expiresAt must be at least/],
    ['beyond the maximum of 365 days', '2027-11-21T09:00:00.001Z', 'AT_MOST', /^expiresAt må højst være 2027-11-21T09:00:00\.000Z\.$/, /^expiresAt must be at most 2027-11-21T09:00:00\.000Z\.$/],
    ['two years ahead', '2028-11-01', 'AT_MOST', /^expiresAt må højst være/, /^expiresAt must be at most/],
    ['not a date', 'next year', 'INVALID_DATE', /^expiresAt er ikke en gyldig dato/, /^expiresAt is not a valid date/],
  ])('refuses an expiry %s: BAD_USER_INPUT naming expiresAt in Danish and English, writing nothing', async (_, expiresAt, reason, da, en) => {
    const tokens = await countRows(t.owner, 'api_token');
    const created = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'api_token.create'`);
    const danish = await admin.post(MINT, { name: 'Sagssystem', scope: 'ERASURE_FILING', expiresAt });
    expect(danish.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt', reason });
    expect(danish.body.errors?.[0].message).toMatch(da);
    expect(danish.status).toBeLessThan(500);
    const english = await admin.post(MINT, { name: 'Sagssystem', scope: 'ERASURE_FILING', expiresAt }, { 'accept-language': 'en' });
    expect(english.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt', reason });
    expect(english.body.errors?.[0].message).toMatch(en);
    expect(await countRows(t.owner, 'api_token')).toBe(tokens);
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'api_token.create'`)).rows[0].n).toBe(created.rows[0].n);
  });

  it('accepts exactly the maximum, and a date as the start of that day in Danish time', async () => {
    const max = await mint(admin, 'READ_ONLY', '2027-11-21T09:00:00.000Z');
    expect(max.apiToken.expiresAt).toBe('2027-11-21T09:00:00.000Z');
    const date = await mint(admin, 'READ_ONLY', '2027-02-19');
    expect(date.apiToken.expiresAt).toBe('2027-02-18T23:00:00.000Z');
    expect(date.apiToken.status).toBe('ACTIVE');
  });
});

describe('the token record', () => {
  it('shows scope, expiry, creator and last use; lastUsedAt is set by a call', async () => {
    const { client, apiToken, token } = await mint(admin, 'ERASURE_FILING');
    expect(apiToken).toMatchObject({ scope: 'ERASURE_FILING', status: 'ACTIVE', expiresAt: '2027-02-18T23:00:00.000Z', lastUsedAt: null, createdById: t.users.ADMIN.id });
    await client.ok('{ allErasureRequests { id } }');
    const read = await admin.ok<{ ApiToken: { lastUsedAt: string | null } }>('query($id: ID!) { ApiToken(id: $id) { lastUsedAt } }', { id: apiToken.id });
    expect(read.ApiToken.lastUsedAt).toBe(START.toISOString());
    const list = await admin.ok<{ allApiTokens: { id: string; lastUsedAt: string | null }[] }>('{ allApiTokens(perPage: 100, sortField: "expiresAt", sortOrder: "ASC") { id lastUsedAt } }');
    expect(list.allApiTokens.find((x) => x.id === apiToken.id)?.lastUsedAt).toBe(START.toISOString());

    // Creation and revocation are audited with codes and instants, never the secret.
    await admin.ok('mutation($id: ID!) { revokeApiToken(id: $id) { status } }', { id: apiToken.id });
    const events = await t.owner.query<{ action: string; details: unknown }>(
      `SELECT e.action, d.details FROM audit_event e LEFT JOIN audit_event_detail d ON d.event_id = e.id WHERE e.entity_id = $1 AND e.action LIKE 'api_token.%' ORDER BY e.seq`,
      [apiToken.id],
    );
    expect(events.rows.map((r) => r.action)).toEqual(['api_token.create', 'api_token.revoke']);
    expect(events.rows[0].details).toEqual({ scope: 'ERASURE_FILING', expiresAt: '2027-02-18T23:00:00.000Z' });
    expect(JSON.stringify(events.rows)).not.toContain(token.slice(4, 10));
    const revoked = await admin.ok<{ ApiToken: { status: string } }>('query($id: ID!) { ApiToken(id: $id) { status } }', { id: apiToken.id });
    expect(revoked.ApiToken.status).toBe('REVOKED');
    expect(codeOf(await client.post('{ allErasureRequests { id } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('the migration', () => {
  it('gives existing tokens a scope from their role and an expiry 365 days after creation, and keeps the scope inside the vocabulary', async () => {
    const migration = new ApiTokenScopes1796686483652();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query('DELETE FROM api_token');
      await migration.down(runner);
      const made = '2026-06-01T10:00:00.000Z';
      for (const role of ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR']) {
        await runner.query(`INSERT INTO api_token (name, role, token_hash, token_prefix, created_by_id, created_at) VALUES ($1::text, $1::text, md5($1::text) || md5($1::text), 'tls_x', $2, $3)`, [role, t.users.ADMIN.id, made]);
      }
      await migration.up(runner);
      const rows = await runner.query(`SELECT name, scope, expires_at FROM api_token ORDER BY name`);
      expect(rows.map((r: { name: string; scope: string; expires_at: Date }) => [r.name, r.scope, r.expires_at.toISOString()])).toEqual([
        ['ADMIN', 'ERASURE_FILING', '2027-06-01T10:00:00.000Z'],
        ['AUDITOR', 'READ_ONLY', '2027-06-01T10:00:00.000Z'],
        ['REVIEWER', 'ERASURE_FILING', '2027-06-01T10:00:00.000Z'],
        ['VENDOR_MANAGER', 'ERASURE_FILING', '2027-06-01T10:00:00.000Z'],
      ]);
      await expect(runner.query(`UPDATE api_token SET scope = 'ADMIN'`)).rejects.toThrow(/api_token_scope_check/);
      await expect(runner.query(`UPDATE api_token SET expires_at = created_at + interval '366 days'`)).rejects.toThrow(/api_token_expires_at_check/);
    } finally {
      await runner.release();
    }
  });
});
