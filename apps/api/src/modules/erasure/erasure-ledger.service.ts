import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErasureLedgerEvent } from '@tilsyn/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, LOGGER } from '../../common/clock.js';
import type { AppConfig } from '../../config/config.js';
import { outstandingNoticeSql } from './notice-sql.js';

/** One line of the ledger file: ids, keyed hashes, statuses — never a CPR number, a name or an address. */
export interface LedgerEntry {
  id: string;
  requestId: string;
  event: ErasureLedgerEvent;
  cprHash: string | null;
  emailHash: string | null;
  caseReferenceHash: string | null;
  details: Record<string, unknown>;
  at: string;
  /** The writing order within the database that wrote it (ties of `at` inside one transaction). */
  seq: number;
}

export interface ReplayResult {
  entries: number;
  requestsRestored: number;
  requestsErasedAgain: number;
  noticesMarkedSent: number;
  noticesSettled: number;
}

const LEDGER_LOCK = 0x7e1ed6e5;
export const LEDGER_FILE = 'erasure-ledger.jsonl';

/**
 * The erasure ledger (issue 6; reliability.md R19). Rows are written in the same transaction as
 * the erasure they record, then appended to a file outside the database (one JSON line each,
 * fsynced) and flagged as mirrored. After a database restore, `replay` re-applies the file:
 * requests erased since the backup are erased again, and notices already sent or answered are not
 * sent again — the agencies promise that a restore does not bring erased people back.
 */
@Injectable()
export class ErasureLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get file(): string {
    return path.join(this.config.ledgerDir, LEDGER_FILE);
  }

  /** Writes ledger rows for many requests in the caller's transaction (one INSERT). */
  async write(em: EntityManager, event: ErasureLedgerEvent, rows: readonly { requestId: string; details: Record<string, unknown> }[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO erasure_ledger (request_id, event, cpr_hash, email_hash, case_reference_hash, details, at)
       SELECT x.request_id, $1, r.cpr_hash, r.email_hash, r.case_reference_hash, x.details, $2
         FROM jsonb_to_recordset($3::jsonb) AS x(request_id uuid, details jsonb)
         JOIN erasure_request r ON r.id = x.request_id`,
      [event, at, JSON.stringify(rows.map((r) => ({ request_id: r.requestId, details: r.details })))],
    );
  }

  /**
   * Appends unmirrored rows to the file, oldest first, and flags them. One process at a time (an
   * advisory lock); a crash between the append and the flag repeats lines, which replay ignores.
   */
  async mirror(): Promise<number> {
    let written = 0;
    await this.dataSource.transaction(async (em) => {
      const [{ locked }] = (await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [LEDGER_LOCK])) as { locked: boolean }[];
      if (!locked) return;
      for (;;) {
        const rows = (await em.query(
          `SELECT id, seq, request_id, event, cpr_hash, email_hash, case_reference_hash, details, at FROM erasure_ledger WHERE NOT mirrored ORDER BY at, seq LIMIT 5000`,
        )) as { id: string; seq: string; request_id: string; event: ErasureLedgerEvent; cpr_hash: string | null; email_hash: string | null; case_reference_hash: string | null; details: Record<string, unknown>; at: Date }[];
        if (rows.length === 0) break;
        const lines = rows.map((r) =>
          JSON.stringify({ id: r.id, requestId: r.request_id, event: r.event, cprHash: r.cpr_hash, emailHash: r.email_hash, caseReferenceHash: r.case_reference_hash, details: r.details, at: r.at.toISOString(), seq: Number(r.seq) } satisfies LedgerEntry),
        );
        fs.mkdirSync(this.config.ledgerDir, { recursive: true, mode: 0o700 });
        const fd = fs.openSync(this.file, 'a', 0o600);
        try {
          fs.writeSync(fd, lines.join('\n') + '\n');
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        await em.query('UPDATE erasure_ledger SET mirrored = true WHERE id = ANY($1::uuid[])', [rows.map((r) => r.id)]);
        written += rows.length;
      }
    });
    return written;
  }

  private mirroring: Promise<void> | null = null;
  private again = false;

  /**
   * Mirrors after a commit without failing the caller; calls that arrive while a mirror runs are
   * merged into one more run (not one fsync per digest). The sweeper catches up what this misses.
   */
  mirrorSoon(): void {
    if (this.mirroring) {
      this.again = true;
      return;
    }
    this.mirroring = (async () => {
      do {
        this.again = false;
        await this.mirror().catch((error: Error) => this.logger.warn({ err: { message: error.message } }, 'erasure ledger: mirroring deferred'));
      } while (this.again);
    })().finally(() => {
      this.mirroring = null;
    });
  }

  static readFile(file: string): LedgerEntry[] {
    if (!fs.existsSync(file)) return [];
    const seen = new Set<string>();
    const out: LedgerEntry[] = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as LedgerEntry;
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      out.push(entry);
    }
    return out.sort((a, b) => a.at.localeCompare(b.at) || (a.seq ?? 0) - (b.seq ?? 0));
  }

  /**
   * Re-applies the ledger to a restored database, idempotently: a second replay changes nothing.
   * Run with the application stopped (`npm run erasure:replay`).
   */
  async replay(entries: readonly LedgerEntry[]): Promise<ReplayResult> {
    const result: ReplayResult = { entries: entries.length, requestsRestored: 0, requestsErasedAgain: 0, noticesMarkedSent: 0, noticesSettled: 0 };
    await this.dataSource.transaction(async (em) => {
      for (const e of entries) {
        const d = e.details as Record<string, never>;
        if (e.event === 'DECIDED') {
          const r = d as unknown as { status: string; decision: string; source: string; dataSubjectCategory: string; receivedOn: string; deadlineOn: string; decidedAt: string; notices: { id: string; processorId: string; channel: string; legalBasis: string; reasons: string[]; deadlineOn: string; recipientReference: string | null }[] };
          // A request filed after the backup comes back without identifiers: only its hashes and ids.
          const inserted = (await em.query(
            `INSERT INTO erasure_request (id, source, data_subject_category, case_reference, received_on, deadline_on, cpr_hash, email_hash, status, decision, decided_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $11) ON CONFLICT (id) DO NOTHING RETURNING id`,
            [e.requestId, r.source, r.dataSubjectCategory, `ledger:${(e.caseReferenceHash ?? '').slice(-12)}`, r.receivedOn, r.deadlineOn, e.cprHash, e.emailHash, r.status, r.decision, r.decidedAt],
          )) as unknown[];
          if (inserted.length) result.requestsRestored++;
          await em.query(`UPDATE erasure_request SET status = $2, decision = $3, decided_at = $4, updated_at = now(), version = version + 1 WHERE id = $1 AND status = 'RECEIVED'`, [e.requestId, r.status, r.decision, r.decidedAt]);
          if (r.notices.length) {
            await em.query(
              `INSERT INTO erasure_notice (id, request_id, processor_id, channel, legal_basis, reasons, recipient_reference, deadline_on, status, created_at, updated_at)
               SELECT n.id, $1, n.processor_id, n.channel, n.legal_basis, n.reasons, n.recipient_reference, n.deadline_on, 'QUEUED', $2, $2
                 FROM jsonb_to_recordset($3::jsonb) AS n(id uuid, processor_id uuid, channel text, legal_basis text, reasons text[], recipient_reference text, deadline_on date)
                WHERE EXISTS (SELECT 1 FROM processor p WHERE p.id = n.processor_id)
               ON CONFLICT DO NOTHING`,
              [e.requestId, e.at, JSON.stringify(r.notices.map((n) => ({ id: n.id, processor_id: n.processorId, channel: n.channel, legal_basis: n.legalBasis, reasons: n.reasons, recipient_reference: n.recipientReference, deadline_on: n.deadlineOn })))],
            );
          }
        } else if (e.event === 'NOTICE_SENT') {
          const ids = (d as unknown as { noticeIds: string[] }).noticeIds;
          const changed = (await em.query(`UPDATE erasure_notice SET status = 'SENT', sent_at = COALESCE(sent_at, $2), updated_at = now() WHERE id = ANY($1::uuid[]) AND status IN ('QUEUED', 'SENDING', 'BOUNCED') RETURNING id`, [ids, e.at])) as [unknown[], number];
          result.noticesMarkedSent += changed[1] ?? 0;
        } else if (e.event === 'NOTICE_SETTLED') {
          const n = d as unknown as { noticeId: string; status: string; answerSource: string | null; erasedOn: string | null };
          const changed = (await em.query(
            `UPDATE erasure_notice SET status = $2, answer_source = $3, erased_on = $4, answered_at = $5, updated_at = now(), version = version + 1
              WHERE id = $1 AND ${outstandingNoticeSql()} RETURNING id`,
            [n.noticeId, n.status, n.answerSource, n.erasedOn, e.at],
          )) as [unknown[], number];
          result.noticesSettled += changed[1] ?? 0;
        } else if (e.event === 'COMPLETED') {
          const changed = (await em.query(
            `UPDATE erasure_request SET status = 'COMPLETED', completed_at = COALESCE(completed_at, $2), identifiers_sealed = NULL, updated_at = now(), version = version + 1
              WHERE id = $1 AND (status <> 'COMPLETED' OR identifiers_sealed IS NOT NULL) RETURNING id`,
            [e.requestId, e.at],
          )) as [unknown[], number];
          result.requestsErasedAgain += changed[1] ?? 0;
        }
        await em.query(
          `INSERT INTO erasure_ledger (id, request_id, event, cpr_hash, email_hash, case_reference_hash, details, at, mirrored) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true) ON CONFLICT (id) DO NOTHING`,
          [e.id, e.requestId, e.event, e.cprHash, e.emailHash, e.caseReferenceHash, JSON.stringify(e.details), e.at],
        );
      }
    });
    return result;
  }
}
