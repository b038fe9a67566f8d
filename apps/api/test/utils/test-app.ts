import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FixedClock, ROLES, type Role } from '@tilsyn/domain';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp, type TilsynApp } from '../../src/bootstrap.js';
import { createLogger } from '../../src/common/logger.js';
import { Keyring } from '../../src/common/crypto/keyring.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { UsersService } from '../../src/modules/users/users.service.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const START = new Date('2026-11-21T09:00:00.000Z');

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A GraphQL client that keeps its session cookie, like a browser tab. */
export class GqlClient {
  cookie: string | undefined;
  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async post<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers, ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let body: GqlResponse<T>['body'];
    try {
      body = JSON.parse(text) as GqlResponse<T>['body'];
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: res.status, headers: res.headers, body };
  }

  /** data, or throws with the errors (for steps that must succeed). */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.post<T>(query, variables);
    if (res.body.errors?.length || !res.body.data) throw new Error(`GraphQL failed (${res.status}): ${JSON.stringify(res.body.errors)}`);
    return res.body.data;
  }

  async login(email: string, password = TEST_PASSWORD): Promise<GqlResponse> {
    return this.post('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id role } }', { e: email, p: password });
  }
}

export interface TestApp {
  url: string;
  clock: FixedClock;
  config: AppConfig;
  tilsyn: TilsynApp;
  dataSource: DataSource;
  databaseUrl: string;
  /** A superuser connection to the test database, to act "behind the application's back". */
  owner: pg.Client;
  users: Record<Role, { id: string; email: string }>;
  client(headers?: Record<string, string>): GqlClient;
  as(role: Role): Promise<GqlClient>;
  close(): Promise<void>;
}

/** Boots the whole app on a fresh copy of the migrated template database. */
export async function startTestApp(env: Record<string, string> = {}, options: { seedUsers?: boolean } = {}): Promise<TestApp> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const adminUrl = new URL(inject('adminDatabaseUrl'));
  const owner0 = new pg.Client({ connectionString: adminUrl.toString() });
  await owner0.connect();
  await owner0.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  await owner0.end();
  adminUrl.pathname = `/${name}`;
  const databaseUrl = adminUrl.toString();

  const clock = new FixedClock(START);
  // A fresh keyring per test app, in the environment (nothing written to a data directory).
  // Many clients from 127.0.0.1 in one test: the per-address limits are lifted unless a test sets them (hardening-limits.int-spec.ts does).
  const config = loadConfig({ TILSYN_MODE: 'demo', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', TILSYN_JOBS: 'false', ANONYMOUS_REQUESTS_PER_MINUTE: '1000000', SIGN_IN_ADDRESS_MAX_FAILURES: '10000', TILSYN_KEYRING: JSON.stringify(Keyring.generate()), TILSYN_LEDGER_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-ledger-')), ...env });
  const logger = createLogger(config.logLevel);
  const tilsyn = await createApp({ config, clock, logger, databaseUrl, sessionSecret: randomBytes(32).toString('hex') });
  await tilsyn.app.listen(0, '127.0.0.1');
  const port = (tilsyn.app.getHttpServer().address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const dataSource = tilsyn.app.get(DataSource);
  const owner = new pg.Client({ connectionString: databaseUrl });
  await owner.connect();

  const usersService = tilsyn.app.get(UsersService);
  const users = {} as Record<Role, { id: string; email: string }>;
  for (const role of options.seedUsers === false ? [] : ROLES) {
    const email = `${role.toLowerCase()}@test.tilsyn.example`;
    const user = await usersService.insertUser({ actor: undefined, requestId: '' }, { email, name: `Test ${role}`, role, password: TEST_PASSWORD, mustChangePassword: false }, 'test.seed_user');
    users[role] = { id: user.id, email };
  }

  return {
    url,
    clock,
    config,
    tilsyn,
    dataSource,
    databaseUrl,
    owner,
    users,
    client: (headers) => new GqlClient(url, headers),
    as: async (role) => {
      const client = new GqlClient(url);
      const res = await client.login(users[role].email);
      if (res.body.errors) throw new Error(`login as ${role} failed: ${JSON.stringify(res.body.errors)}`);
      return client;
    },
    close: async () => {
      await owner.end();
      await tilsyn.close();
      const cleanup = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export const PROCESSOR_FIELDS = 'id name registrationNumber establishmentCountry serviceKind privacyContactName privacyContactEmail website lifecycle notes version';

export const CREATE_PROCESSOR = `mutation Create($name: String!, $establishmentCountry: String!, $serviceKind: ServiceKind!, $privacyContactEmail: String, $website: String, $notes: String, $registrationNumber: String) {
  createProcessor(name: $name, establishmentCountry: $establishmentCountry, serviceKind: $serviceKind, privacyContactEmail: $privacyContactEmail, website: $website, notes: $notes, registrationNumber: $registrationNumber) { ${PROCESSOR_FIELDS} }
}`;

export const UPDATE_PROCESSOR = `mutation Update($id: ID!, $version: Int!, $name: String, $notes: String, $lifecycle: ProcessorLifecycle) {
  updateProcessor(id: $id, version: $version, name: $name, notes: $notes, lifecycle: $lifecycle) { ${PROCESSOR_FIELDS} }
}`;

export async function countRows(owner: pg.Client, table: string): Promise<number> {
  const res = await owner.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(res.rows[0].n);
}
