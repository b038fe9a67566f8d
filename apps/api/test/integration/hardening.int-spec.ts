import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdlOf } from '../../src/graphql/print-schema.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;
beforeAll(async () => {
  t = await startTestApp();
  vm = await t.as('VENDOR_MANAGER');
});
afterAll(() => t.close());

describe('GraphQL hardening', () => {
  it('refuses queries deeper than the limit with 400', async () => {
    expect((await vm.post('{ allProcessors { history { id } } }')).status).toBe(200);
    const tooDeep = `query { ${'a: __type(name: "Processor") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }'} }`;
    const res = await vm.post(tooDeep);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses more than 15 aliases with 400', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await vm.post(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses queries over the cost limit with 400 QUERY_TOO_COMPLEX', async () => {
    const fields = 'id name registrationNumber establishmentCountry serviceKind privacyContactName privacyContactEmail website lifecycle notes history { id action occurredAt actorName changes }';
    const aliases = Array.from({ length: 5 }, (_, i) => `p${i}: allProcessors(perPage: 100) { ${fields} }`).join(' ');
    const res = await vm.post(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('blocks CSRF-style simple requests', async () => {
    const textPlain = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: vm.cookie! }, body: JSON.stringify({ query: 'mutation { logout }' }) });
    expect(textPlain.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: vm.cookie! }, body: 'query=mutation%7Blogout%7D' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie: vm.cookie! } });
    expect(get.status).toBe(400);
    expect((await vm.ok<{ me: unknown }>('{ me { id } }')).me).not.toBeNull();
  });

  it('hides schema suggestions and internals in errors', async () => {
    const res = await vm.post('{ allProcesors { id } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean|allProcessors|stack|node_modules/);
  });

  it('sends security headers and no-store on the API', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' });
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the health endpoints', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', signIn: 'ok', migrations: 'applied' });
  });

  it('keeps the committed schema.gql equal to the schema the app serves', async () => {
    const introspection = await vm.ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
    const served = sdlOf(buildClientSchema(introspection));
    const committed = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(served).toBe(committed);
  });
});
