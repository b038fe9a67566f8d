import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, LOGGER } from '../../common/clock.js';
import type { AppConfig } from '../../config/config.js';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** Advisory lock key under which a starting process creates and updates the queues. */
const QUEUE_SETUP_LOCK = 7_146_002;

export interface QueueDefinition {
  name: string;
  options: Omit<PgBoss.Queue, 'name'>;
  /** Cron in Europe/Copenhagen time, if the queue runs on a schedule. */
  cron?: string;
  /** Also run once when a process starts: catches up a scheduled run missed while all were down. */
  runOnStart?: boolean;
  batchSize?: number;
  /** Workers in this process (pg-boss 10 has no concurrency option: one work() call each). */
  workers?: number;
  handler: (jobs: PgBoss.Job<Record<string, unknown>>[]) => Promise<void>;
}

/** pg-boss inside a TypeORM transaction: the job exists exactly when the caller's rows commit. */
export function transactionDb(em: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const runner = em.queryRunner;
      if (!runner) throw new Error('transactionDb needs an EntityManager from a transaction');
      const result = (await runner.query(text, values, true)) as { records: unknown[] };
      return { rows: result.records };
    },
  };
}

/**
 * The PostgreSQL-backed job system (pg-boss 10.4, the last line for Node 20; stack.md §3). Its
 * tables live in the `pgboss` schema, which pg-boss migrates itself. Several app processes may run
 * on one database: SKIP LOCKED hands each job to one worker, and the daily schedule is sent once.
 * Modules register their queues before the application boots; workers start after.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss: PgBoss | null = null;
  private readonly queues: QueueDefinition[] = [];
  private readonly workers = new Map<string, string[]>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  get enabled(): boolean {
    return this.config.jobs;
  }

  register(queue: QueueDefinition): void {
    this.queues.push(queue);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      application_name: 'tilsyn-jobs',
      max: 4,
      // Expired (dead-worker) jobs are found by maintenance; keep it close to the job expiry.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(this.config.reminders.expireInSeconds / 2))),
      monitorStateIntervalSeconds: 60,
    });
    boss.on('error', (error) => this.logJobSystemError(error));
    await boss.start();
    this.boss = boss;
    // Two processes starting together on a new database deadlock in pg-boss's create_queue (each
    // inserts a queue row and creates its partition table), and one of them fails to start: the
    // queues are set up under one advisory lock, held on a connection of its own, one process at a time.
    const setup = new pg.Client({ connectionString: this.databaseUrl, application_name: 'tilsyn-jobs-setup' });
    await setup.connect();
    try {
      await setup.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      for (const q of this.queues) {
        // pg-boss 10: a queue must exist before it is scheduled or sent to; update applies changed settings.
        await boss.createQueue(q.name, { ...q.options, name: q.name });
        await boss.updateQueue(q.name, { ...q.options, name: q.name });
        if (q.cron) await boss.schedule(q.name, q.cron, {}, { tz: 'Europe/Copenhagen' });
      }
    } finally {
      // Ending the session releases the lock.
      await setup.end().catch(() => undefined);
    }
    for (const q of this.queues) {
      const ids: string[] = [];
      for (let i = 0; i < (q.workers ?? 1); i++) {
        const worker = { id: '' };
        worker.id = await boss.work<Record<string, unknown>>(q.name, { batchSize: q.batchSize ?? 1, pollingIntervalSeconds: this.config.reminders.pollingIntervalSeconds }, async (jobs) => {
          await q.handler(jobs);
          // pg-boss waits a whole polling interval after every fetch; while there is work, fetch
          // again at once (a backlog after downtime drains at SMTP speed, not one mail per poll).
          if (jobs.length > 0 && worker.id) boss.notifyWorker(worker.id);
        });
        ids.push(worker.id);
      }
      this.workers.set(q.name, ids);
    }
    for (const q of this.queues) if (q.runOnStart) await boss.send(q.name, {}, { singletonKey: 'on-start', singletonSeconds: 60 });
    this.logger.info({ queues: this.queues.map((q) => q.name) }, 'job workers started');
  }

  /** Queues a job inside the caller's transaction; a fixed id makes the enqueue idempotent. */
  async sendInTransaction(em: EntityManager, queue: string, data: Record<string, unknown>, options: PgBoss.SendOptions = {}): Promise<string | null> {
    if (!this.boss) return null;
    return this.boss.send(queue, data, { ...options, db: transactionDb(em) });
  }

  async send(queue: string, data: Record<string, unknown>, options: PgBoss.SendOptions = {}): Promise<string | null> {
    if (!this.boss) return null;
    return this.boss.send(queue, data, options);
  }

  /** Wakes this process's worker for a queue now instead of at its next poll. */
  wake(queue: string): void {
    for (const id of this.workers.get(queue) ?? []) this.boss?.notifyWorker(id);
  }

  /**
   * pg-boss reports its pool's errors here. 57P01-57P03 mean the server is going away (a stop of
   * the embedded PostgreSQL — Ctrl-C reaches its process group too — or a restart): one warning,
   * the pool reconnects. Only the code and message are logged: the error carries the pg client.
   */
  private logJobSystemError(error: Error & { code?: string }): void {
    const facts = { code: error.code, message: error.message };
    if (error.code === '57P01' || error.code === '57P02' || error.code === '57P03') this.logger.warn(facts, 'job system: the database is shutting down or restarting');
    else this.logger.error({ err: { ...facts, stack: error.stack } }, 'job system error');
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: in-flight jobs finish (an SMTP send is bounded by its time-outs) before the pool closes.
    await boss?.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
