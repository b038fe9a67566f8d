import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';

/**
 * A PostgreSQL server to make throwaway databases on: DATABASE_URL's server when set (CI runs
 * against PostgreSQL 15 this way), otherwise an ephemeral embedded cluster in the temp dir.
 */
export interface ScratchServer {
  /** URL of a new, empty database (optionally copied from a template database). */
  createDatabase(name: string, template?: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  adminUrl: string;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function startScratchServer(logger: Logger, databaseUrl = process.env.DATABASE_URL): Promise<ScratchServer> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let adminUrl: string;
  if (databaseUrl) {
    adminUrl = withDatabase(databaseUrl, 'postgres');
  } else {
    const port = 20000 + Math.floor(Math.random() * 20000);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `tilsyn-scratch-${process.pid}-${randomBytes(4).toString('hex')}`),
      port,
      logger,
      ephemeral: true,
    });
    adminUrl = embedded.url('postgres');
  }
  const admin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  const safe = (name: string) => {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
    return name;
  };
  return {
    adminUrl,
    createDatabase: async (name, template) => {
      await admin((c) => c.query(`CREATE DATABASE ${safe(name)}${template ? ` TEMPLATE ${safe(template)}` : ''}`));
      return withDatabase(adminUrl, name);
    },
    dropDatabase: async (name) => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${safe(name)} WITH (FORCE)`));
    },
    stop: async () => {
      await embedded?.stop();
    },
  };
}
