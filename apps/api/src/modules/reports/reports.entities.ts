import { CSV_SEPARATORS, REPORT_FORMATS, REPORT_RUN_KINDS, type CsvSeparator, type ReportFormat, type ReportRunKind } from '@tilsyn/domain';
import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { inList } from '../../database/check.js';

const bigintNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * Every version of every row of the register, written by a trigger on each register table
 * (migration `reports-records-history`). It answers "what did the register say on 1 March":
 * the as-of reports read the last version of each row recorded before that day ended. The audit
 * chain says who changed what; this table holds the whole rows, so a report need not replay
 * field diffs (which are erasable and cover only the audited fields).
 *
 * `recorded_at` is the business clock (the database time plus the test clock's offset), so the
 * history and the app's dates agree in tests and simulations.
 */
@Entity('register_history')
@Check('register_history_operation_check', `"operation" IN ('I', 'U', 'D')`)
@Index('register_history_table_recorded_idx', ['tableName', 'recordedAt'])
@Index('register_history_row_idx', ['tableName', 'rowId', 'recordedAt'])
export class RegisterHistoryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'register_history_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 63 })
  tableName: string;

  /** The row's primary key as text (composite keys joined with '|'). */
  @Column({ type: 'text' })
  rowId: string;

  @Column({ type: 'char', length: 1 })
  operation: 'I' | 'U' | 'D';

  /** The whole row after the change; null for a deletion. */
  @Column({ type: 'jsonb', nullable: true })
  rowData: Record<string, unknown> | null;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}

/**
 * One produced report file: who produced which report for which date, and the SHA-256 of the
 * bytes handed out, so the file can later be shown to be the one produced (issue 7).
 */
@Entity('report_run')
@Check('report_run_kind_check', inList('kind', REPORT_RUN_KINDS))
@Check('report_run_format_check', inList('format', REPORT_FORMATS))
@Check('report_run_locale_check', `"locale" IN ('da', 'en')`)
@Check('report_run_separator_check', `"separator" IS NULL OR ${inList('separator', CSV_SEPARATORS)}`)
@Check('report_run_period_check', `"period_from" IS NULL OR "period_to" IS NULL OR "period_to" >= "period_from"`)
@Index('report_run_produced_at_idx', ['producedAt'])
@Index('report_run_sha256_idx', ['sha256'])
export class ReportRunEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'report_run_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: ReportRunKind;

  @Column({ type: 'text' })
  format: ReportFormat;

  @Column({ type: 'text' })
  locale: 'da' | 'en';

  @Column({ type: 'char', length: 1, nullable: true })
  separator: CsvSeparator | null;

  /** The day the report describes. */
  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  /** The user (or API token) who produced it. */
  @Column({ type: 'text' })
  actorType: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz' })
  producedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'int' })
  bytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The last audit event recorded by the end of the as-of day: the register state the report shows. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  auditSeq: number | null;

  /** The audit event that records this production. */
  @Column({ type: 'uuid' })
  auditEventId: string;
}
