import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, startTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ME = '{ me { id role mustChangePassword } }';
const MINUTE = 60_000;

async function auditCount(action: string, entityId?: string): Promise<number> {
  const res = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2)`, [action, entityId ?? null]);
  return res.rows[0].n;
}

describe('sign-in', () => {
  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await new GqlClient(t.url).login('nobody@test.tilsyn.example', 'whatever whatever');
    const wrong = await new GqlClient(t.url).login(t.users.REVIEWER.email, 'whatever whatever');
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(await auditCount('auth.sign_in_failed')).toBeGreaterThanOrEqual(2);
  });

  it('issues a new session id at sign-in, and sign-out ends the session on the server', async () => {
    const client = new GqlClient(t.url);
    await client.login(t.users.REVIEWER.email);
    const first = client.cookie!;
    await client.login(t.users.AUDITOR.email);
    expect(client.cookie).not.toBe(first);
    const stale = new GqlClient(t.url);
    stale.cookie = first;
    expect((await stale.ok<{ me: null }>(ME)).me).toBeNull();

    const copy = new GqlClient(t.url);
    copy.cookie = client.cookie;
    await client.ok('mutation { logout }');
    expect((await copy.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('sets an httpOnly, SameSite=Strict cookie', async () => {
    const res = await new GqlClient(t.url).login(t.users.REVIEWER.email);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('locks the account after 5 failed sign-ins, logs and audits the lock, and unlocks after the period', async () => {
    const { id, email } = t.users.REVIEWER;
    const client = new GqlClient(t.url);
    for (let i = 0; i < 5; i++) expect((await client.login(email, 'wrong password')).body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(await auditCount('auth.account_locked', id)).toBe(1);
    const locked = await client.login(email, TEST_PASSWORD);
    expect(locked.body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    t.clock.advance(14 * MINUTE);
    expect((await client.login(email, TEST_PASSWORD)).body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    t.clock.advance(2 * MINUTE);
    expect((await client.login(email, TEST_PASSWORD)).body.errors).toBeUndefined();
  });
});

describe('session timeouts', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const client = await t.as('VENDOR_MANAGER');
    t.clock.advance(29 * MINUTE);
    expect((await client.ok<{ me: { role: string } }>(ME)).me.role).toBe('VENDOR_MANAGER');
    t.clock.advance(29 * MINUTE);
    expect((await client.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    t.clock.advance(31 * MINUTE);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect((await client.post('{ allProcessors { id } }')).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends an active session after 8 hours', async () => {
    const client = await t.as('VENDOR_MANAGER');
    for (let i = 0; i < 24; i++) {
      t.clock.advance(20 * MINUTE);
      expect((await client.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    }
    t.clock.advance(1 * MINUTE);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('signs in again with the ended session\'s cookie still in the browser', async () => {
    const client = await t.as('REVIEWER');
    t.clock.advance(31 * MINUTE);
    // The request that finds the session ended also carries the new sign-in: no 500, a new session.
    const again = await client.login(t.users.REVIEWER.email);
    expect(again.body.errors).toBeUndefined();
    expect((await client.ok<{ me: { role: string } }>(ME)).me.role).toBe('REVIEWER');
  });
});

describe('administering users', () => {
  it('creates a user with a one-time password that must be replaced before anything else', async () => {
    const admin = await t.as('ADMIN');
    const created = await admin.ok<{ createUser: { id: string; temporaryPassword: string; mustChangePassword: boolean } }>(
      'mutation { createUser(email: "Ny.Bruger@Test.Tilsyn.Example", name: "Ny Bruger", role: VENDOR_MANAGER) { id temporaryPassword mustChangePassword email } }',
    );
    expect(created.createUser.temporaryPassword).toHaveLength(20);
    const stored = await t.owner.query('SELECT email, password_hash FROM app_user WHERE id = $1', [created.createUser.id]);
    expect(stored.rows[0].email).toBe('ny.bruger@test.tilsyn.example');
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const listed = await admin.ok<{ User: { temporaryPassword: string | null } }>(`query { User(id: "${created.createUser.id}") { temporaryPassword } }`);
    expect(listed.User.temporaryPassword).toBeNull();

    const user = new GqlClient(t.url);
    await user.login('ny.bruger@test.tilsyn.example', created.createUser.temporaryPassword);
    expect((await user.ok<{ me: { mustChangePassword: boolean } }>(ME)).me.mustChangePassword).toBe(true);
    expect((await user.post('{ allProcessors { id } }')).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const short = await user.post('mutation($c: String!) { changeOwnPassword(currentPassword: $c, newPassword: "short") }', { c: created.createUser.temporaryPassword });
    expect(short.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_SHORT' });
    await user.ok('mutation($c: String!) { changeOwnPassword(currentPassword: $c, newPassword: "my own long password") }', { c: created.createUser.temporaryPassword });
    expect((await user.ok<{ allProcessors: unknown[] }>('{ allProcessors { id } }')).allProcessors).toBeInstanceOf(Array);
  });

  it('ends every session of a deactivated user, and refuses the sign-in', async () => {
    const admin = await t.as('ADMIN');
    const created = await admin.ok<{ createUser: { id: string; temporaryPassword: string } }>('mutation { createUser(email: "leaving@test.tilsyn.example", name: "Leaving", role: AUDITOR) { id temporaryPassword } }');
    const tabs = [new GqlClient(t.url), new GqlClient(t.url)];
    for (const tab of tabs) await tab.login('leaving@test.tilsyn.example', created.createUser.temporaryPassword);
    expect((await tabs[0].ok<{ me: unknown }>(ME)).me).not.toBeNull();
    await admin.ok(`mutation { deactivateUser(id: "${created.createUser.id}") { active } }`);
    for (const tab of tabs) expect((await tab.ok<{ me: unknown }>(ME)).me).toBeNull();
    const again = await new GqlClient(t.url).login('leaving@test.tilsyn.example', created.createUser.temporaryPassword);
    expect(again.body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const sessions = await t.owner.query(`SELECT count(*)::int AS n FROM user_session WHERE sess->>'userId' = $1`, [created.createUser.id]);
    expect(sessions.rows[0].n).toBe(0);
  });

  it('ends the sessions of a user whose role changes', async () => {
    const admin = await t.as('ADMIN');
    const created = await admin.ok<{ createUser: { id: string; temporaryPassword: string; version: number } }>('mutation { createUser(email: "mover@test.tilsyn.example", name: "Mover", role: REVIEWER) { id temporaryPassword version } }');
    const tab = new GqlClient(t.url);
    await tab.login('mover@test.tilsyn.example', created.createUser.temporaryPassword);
    await admin.ok(`mutation { updateUser(id: "${created.createUser.id}", version: 1, role: AUDITOR) { role } }`);
    expect((await tab.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('keeps the last active administrator', async () => {
    const admin = await t.as('ADMIN');
    const self = await admin.post(`mutation { deactivateUser(id: "${t.users.ADMIN.id}") { id } }`);
    expect(self.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWN_ACCOUNT' });
  });

  it('resets a password: a new one-time password, old sessions end', async () => {
    const admin = await t.as('ADMIN');
    const tab = await t.as('AUDITOR');
    const reset = await admin.ok<{ resetUserPassword: { temporaryPassword: string } }>(`mutation { resetUserPassword(id: "${t.users.AUDITOR.id}") { temporaryPassword } }`);
    expect((await tab.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect((await new GqlClient(t.url).login(t.users.AUDITOR.email)).body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const fresh = new GqlClient(t.url);
    await fresh.login(t.users.AUDITOR.email, reset.resetUserPassword.temporaryPassword);
    expect((await fresh.ok<{ me: { mustChangePassword: boolean } }>(ME)).me.mustChangePassword).toBe(true);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, act within their scope, record last use, and stop working when revoked', async () => {
    const admin = await t.as('ADMIN');
    const made = await admin.ok<{ createApiToken: { token: string; apiToken: { id: string; tokenPrefix: string } } }>(
      'mutation { createApiToken(name: "Sagssystem", scope: ERASURE_FILING, expiresAt: "2027-02-19") { token apiToken { id tokenPrefix } } }',
    );
    const { token, apiToken } = made.createApiToken;
    expect(token.startsWith(apiToken.tokenPrefix)).toBe(true);
    const row = await t.owner.query('SELECT * FROM api_token WHERE id = $1', [apiToken.id]);
    expect(JSON.stringify(row.rows[0])).not.toContain(token);

    const machine = new GqlClient(t.url, { authorization: `Bearer ${token}` });
    const filed = await machine.ok<{ fileErasureRequest: { id: string } }>(
      'mutation { fileErasureRequest(source: RETENTION_EXPIRY, caseReference: "INK-2019-0042", receivedOn: "2026-11-21", cpr: "010107-4001") { id } }',
    );
    const event = await t.owner.query(`SELECT actor_type, actor_id FROM audit_event WHERE entity_id = $1 AND action = 'erasure_request.file'`, [filed.fileErasureRequest.id]);
    expect(event.rows[0]).toEqual({ actor_type: 'TOKEN', actor_id: apiToken.id });
    const used = await admin.ok<{ ApiToken: { lastUsedAt: string } }>(`query { ApiToken(id: "${apiToken.id}") { lastUsedAt } }`);
    expect(used.ApiToken.lastUsedAt).not.toBeNull();

    expect((await machine.post('{ allUsers { id } }')).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await admin.ok(`mutation { revokeApiToken(id: "${apiToken.id}") { revokedAt } }`);
    expect((await machine.post('{ allErasureRequests { id } }')).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bogus = new GqlClient(t.url, { authorization: 'Bearer tls_not-a-real-token' });
    expect((await bogus.post('{ allProcessors { id } }')).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('first administrator in production', () => {
  it('prints a one-time setup link when there are no users, which works once', async () => {
    const prod = await startTestApp({ TILSYN_MODE: 'production', SESSION_SECRET: 'x'.repeat(40) }, { seedUsers: false });
    try {
      const { AuthService } = await import('../../src/modules/auth/auth.service.js');
      const auth = prod.tilsyn.app.get(AuthService);
      const { setupUrl } = await auth.prepareFirstAdministrator();
      const token = new URL(setupUrl!.replace('#/setup', 'setup')).searchParams.get('token')!;
      const anon = new GqlClient(prod.url);
      expect((await anon.ok<{ setupRequired: boolean }>('{ setupRequired }')).setupRequired).toBe(true);
      const setup = 'mutation($t: String!) { completeSetup(token: $t, email: "first@agency.example", name: "First Admin", password: "a long first password") { role } }';
      expect((await anon.ok<{ completeSetup: { role: string } }>(setup, { t: token })).completeSetup.role).toBe('ADMIN');
      expect((await anon.ok<{ allUsers: unknown[] }>('{ allUsers { id } }')).allUsers).toHaveLength(1);
      const replay = await new GqlClient(prod.url).post(setup, { t: token });
      expect(replay.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SETUP_TOKEN' });
      expect((await anon.post('{ __schema { types { name } } }')).body.errors).toBeDefined();
    } finally {
      await prod.close();
    }
  });
});
