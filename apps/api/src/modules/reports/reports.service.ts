import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays,
  addMonths,
  buildControllerRecord,
  buildDpaGapReport,
  buildErasureReport,
  buildProcessorRecord,
  buildSupervisionReport,
  buildTransferRegister,
  copenhagenDate,
  isIsoDate,
  labelOf,
  PERIOD_REPORT_KINDS,
  REPORT_KINDS,
  type Clock,
  type CsvSeparator,
  type IsoDate,
  type ReportFormat,
  type ReportKind,
  type ReportRunKind,
  type Role,
} from '@tilsyn/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK, HEAVY_WORK } from '../../common/clock.js';
import type { HeavyWorkLimiter } from '../../common/heavy-work.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, type ListArgs } from '../../common/list-args.js';
import { AuditService } from '../audit/audit.service.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { endOfCopenhagenDay, readRegisterAsOf } from './register-as-of.js';
import { ReportFacts } from './report-facts.js';
import { controllerRecordReport, dpaGapReport, erasureReport, formatDate, processorRecordReport, REPORT_FILE_STEMS, supervisionReport, transferRegisterReport, type BuiltReport } from './report-documents.js';
import { ReportRunEntity } from './reports.entities.js';
import { renderCsv } from './render/csv.js';
import { renderPdf } from './render/pdf.js';
import type { ReportLocale } from './render/report-document.js';
import { buildInspectionPack, type InspectionPackFile } from './render/zip.js';
import { inspectionDocuments } from './inspection-documents.js';

export interface ReportRequest {
  kind: ReportKind;
  format: Exclude<ReportFormat, 'ZIP'>;
  locale: ReportLocale;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  separator?: CsvSeparator | null;
}

export interface ProducedFile {
  runId: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

/** Everything a report shows on its cover about the state it describes. */
interface ReportContext {
  asOf: IsoDate;
  period: { from: IsoDate; to: IsoDate } | null;
  /** The last audit event recorded by the end of the as-of day. */
  auditSeq: number | null;
  producedAt: Date;
  producer: { name: string; role: Role };
  organisation: string;
}

/** "Rasmus Revisor (Revisor (kun læse))": the producer in the report's language. */
function producedBy(ctx: ReportContext, locale: ReportLocale): string {
  return `${ctx.producer.name} (${labelOf('roles', ctx.producer.role, locale)})`;
}

const CONTENT_TYPES: Record<ReportFormat, string> = { PDF: 'application/pdf', CSV: 'text/csv; charset=utf-8', ZIP: 'application/zip' };

/**
 * The registers and reports a DPO hands to Datatilsynet (issue 7), on today's register or as it
 * was recorded on any past day, as PDF, CSV or one inspection pack. Every file produced is
 * audited and its SHA-256 kept, so a file handed over can later be shown to be unchanged.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(HEAVY_WORK) private readonly heavy: HeavyWorkLimiter,
    private readonly compliance: ComplianceService,
    private readonly audit: AuditService,
  ) {}

  private today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  /** The as-of day: today when not given; never after today (a report describes what was recorded). */
  private asOfDay(value: string | null | undefined, field = 'asOf'): IsoDate {
    if (value == null || value === '') return this.today();
    if (!isIsoDate(value)) throw DomainException.badInput(field, 'INVALID_DATE');
    if (value > this.today()) throw DomainException.badInput(field, 'IN_THE_FUTURE');
    return value;
  }

  /** A period report's period: `from`–`to`, by default the twelve months up to the as-of day. */
  private period(kind: ReportKind, asOf: IsoDate, from?: string | null, to?: string | null): { from: IsoDate; to: IsoDate } | null {
    if (!PERIOD_REPORT_KINDS.includes(kind)) return null;
    const end = to ? this.asOfDay(to, 'to') : asOf;
    if (from && !isIsoDate(from)) throw DomainException.badInput('from', 'INVALID_DATE');
    const start = from || addDays(addMonths(end, -12), 1);
    if (start > end) throw DomainException.badInput('from', 'INVALID_VALUE');
    return { from: start, to: end };
  }

  /** Runs `read` on the register as recorded at the end of `asOf` (live tables for today). */
  private async onRegister<T>(asOf: IsoDate, read: (facts: ReportFacts, cutoff: Date) => Promise<T>): Promise<T> {
    const cutoff = await endOfCopenhagenDay(this.dataSource, asOf);
    if (asOf >= this.today()) return read(new ReportFacts(this.dataSource.manager, this.compliance, asOf), cutoff);
    return readRegisterAsOf(this.dataSource, cutoff, (em) => read(new ReportFacts(em, this.compliance.on(em), asOf), cutoff));
  }

  /** The report's data, as plain objects (what the golden tests compare). */
  async reportData(kind: ReportKind, asOf: IsoDate, period: { from: IsoDate; to: IsoDate } | null): Promise<unknown> {
    return this.onRegister(asOf, (facts, cutoff) => this.dataOf(facts, cutoff, kind, period));
  }

  private async dataOf(facts: ReportFacts, cutoff: Date, kind: ReportKind, period: { from: IsoDate; to: IsoDate } | null): Promise<unknown> {
    switch (kind) {
      case 'ART30_CONTROLLER': {
        const [register, activities] = await Promise.all([facts.register(), facts.activities()]);
        return buildControllerRecord(register, activities);
      }
      case 'ART30_PROCESSOR': {
        const [register, clients] = await Promise.all([facts.register(), facts.clients()]);
        return buildProcessorRecord(register, clients);
      }
      case 'TRANSFER_REGISTER':
        return buildTransferRegister(facts.asOf, (await facts.register()).transferRows);
      case 'DPA_GAPS':
        return buildDpaGapReport(facts.asOf, await facts.dpaProcessors());
      case 'SUPERVISION':
        return buildSupervisionReport(period!.from, period!.to, await facts.supervisionReviews());
      case 'ERASURE':
        return buildErasureReport(period!.from, period!.to, await facts.erasureRequests(period!.from, period!.to, cutoff));
    }
  }

  private built(kind: ReportKind, data: unknown, locale: ReportLocale): BuiltReport {
    switch (kind) {
      case 'ART30_CONTROLLER':
        return controllerRecordReport(data as Parameters<typeof controllerRecordReport>[0], locale);
      case 'ART30_PROCESSOR':
        return processorRecordReport(data as Parameters<typeof processorRecordReport>[0], locale);
      case 'TRANSFER_REGISTER':
        return transferRegisterReport(data as Parameters<typeof transferRegisterReport>[0], locale);
      case 'DPA_GAPS':
        return dpaGapReport(data as Parameters<typeof dpaGapReport>[0], locale);
      case 'SUPERVISION':
        return supervisionReport(data as Parameters<typeof supervisionReport>[0], locale);
      case 'ERASURE':
        return erasureReport(data as Parameters<typeof erasureReport>[0], locale);
    }
  }

  private async context(meta: RequestMeta, asOf: IsoDate, period: ReportContext['period']): Promise<ReportContext> {
    const actor = requirePermission(meta, 'report.produce');
    const cutoff = await endOfCopenhagenDay(this.dataSource, asOf);
    const [head, settings] = await Promise.all([
      this.dataSource.query('SELECT seq FROM audit_event WHERE occurred_at < $1 ORDER BY seq DESC LIMIT 1', [cutoff]) as Promise<{ seq: string }[]>,
      this.dataSource.query('SELECT organisation_name FROM organisation_settings WHERE id = 1') as Promise<{ organisation_name: string }[]>,
    ]);
    return {
      asOf,
      period,
      auditSeq: head[0] ? Number(head[0].seq) : null,
      producedAt: this.clock.now(),
      producer: { name: actor.name, role: actor.role },
      organisation: settings[0]?.organisation_name || 'Tilsyn',
    };
  }

  private coverLines(ctx: ReportContext, locale: ReportLocale): string[] {
    const da = locale === 'da';
    const day = formatDate(ctx.asOf, locale);
    return [
      da
        ? `Registeret som det var registreret ved udgangen af ${day} (dansk tid)${ctx.auditSeq ? `, til og med revisionsloggens hændelse nr. ${ctx.auditSeq}` : ''}. Statusser er vurderet efter reglerne pr. samme dag.`
        : `The register as recorded at the end of ${day} (Danish time)${ctx.auditSeq ? `, up to audit event no. ${ctx.auditSeq}` : ''}. Statuses are assessed by the rules on that day.`,
      da ? 'Dannet af Tilsyn ud fra det levende register; filens SHA-256 er gemt, så den senere kan vises at være uændret.' : 'Produced by Tilsyn from the live register; the file’s SHA-256 is stored so it can later be shown to be unchanged.',
    ];
  }

  private async render(kind: ReportKind, format: 'PDF' | 'CSV', locale: ReportLocale, ctx: ReportContext, separator: CsvSeparator): Promise<Buffer> {
    return this.fileOf(this.built(kind, await this.reportData(kind, ctx.asOf, ctx.period), locale), format, locale, ctx, separator);
  }

  private async fileOf(built: BuiltReport, format: 'PDF' | 'CSV', locale: ReportLocale, ctx: ReportContext, separator: CsvSeparator): Promise<Buffer> {
    if (format === 'CSV') return renderCsv(built.table, { separator });
    return renderPdf({
      locale,
      title: built.title,
      organisation: ctx.organisation,
      asOf: ctx.asOf,
      period: ctx.period ?? undefined,
      producedAt: ctx.producedAt,
      producedBy: producedBy(ctx, locale),
      coverLines: this.coverLines(ctx, locale),
      orientation: built.orientation,
      tableOfContents: built.tableOfContents,
      sections: built.sections,
    });
  }

  private fileName(kind: ReportRunKind, locale: ReportLocale, asOf: IsoDate, period: ReportContext['period'], ext: string): string {
    const span = period ? `${period.from}_${period.to}` : asOf;
    return `${REPORT_FILE_STEMS[kind][locale]}-${span}.${ext}`;
  }

  /** One report as PDF or CSV; audited, with the file's hash stored. Heavy work: bounded (BUSY when the queue is full). */
  async produce(meta: RequestMeta, request: ReportRequest): Promise<ProducedFile> {
    requirePermission(meta, 'report.produce');
    return this.heavy.run(() => this.produceNow(meta, request));
  }

  private async produceNow(meta: RequestMeta, request: ReportRequest): Promise<ProducedFile> {
    if (!(REPORT_KINDS as readonly string[]).includes(request.kind)) throw DomainException.badInput('kind', 'INVALID_VALUE');
    if (request.format !== 'PDF' && request.format !== 'CSV') throw DomainException.badInput('format', 'INVALID_VALUE');
    if (request.locale !== 'da' && request.locale !== 'en') throw DomainException.badInput('lang', 'INVALID_VALUE');
    const separator = request.separator ?? ';';
    if (separator !== ';' && separator !== ',') throw DomainException.badInput('separator', 'INVALID_VALUE');
    const asOf = this.asOfDay(request.asOf);
    const period = this.period(request.kind, asOf, request.from, request.to);
    const ctx = await this.context(meta, period ? period.to : asOf, period);
    const content = await this.render(request.kind, request.format, request.locale, ctx, separator);
    const fileName = this.fileName(request.kind, request.locale, ctx.asOf, period, request.format === 'PDF' ? 'pdf' : 'csv');
    return this.record(meta, { kind: request.kind, format: request.format, locale: request.locale, separator: request.format === 'CSV' ? separator : null, ctx, fileName, content });
  }

  /**
   * The inspection pack: every report in both formats, the DPA documents and transfer evidence
   * on file on the day, the TIAs, the audit trail's verification, and a manifest with the SHA-256
   * of every file (verifiable with `sha256sum -c SHA256SUMS`).
   */
  async inspectionPack(meta: RequestMeta, args: { asOf?: string | null; locale: ReportLocale }): Promise<ProducedFile> {
    requirePermission(meta, 'report.produce');
    return this.heavy.run(() => this.inspectionPackNow(meta, args));
  }

  private async inspectionPackNow(meta: RequestMeta, args: { asOf?: string | null; locale: ReportLocale }): Promise<ProducedFile> {
    if (args.locale !== 'da' && args.locale !== 'en') throw DomainException.badInput('lang', 'INVALID_VALUE');
    const asOf = this.asOfDay(args.asOf);
    const ctx = await this.context(meta, asOf, null);
    const files: InspectionPackFile[] = [];
    const folder = args.locale === 'da' ? 'rapporter' : 'reports';
    // Every report from one reading of the register (one snapshot for a past day), each rendered twice.
    const reports = await this.onRegister(asOf, async (facts, cutoff) => {
      const out: { kind: ReportKind; period: ReportContext['period']; data: unknown }[] = [];
      for (const kind of REPORT_KINDS) {
        const period = this.period(kind, asOf);
        out.push({ kind, period, data: await this.dataOf(facts, cutoff, kind, period) });
      }
      return out;
    });
    for (const { kind, period, data } of reports) {
      const built = this.built(kind, data, args.locale);
      for (const format of ['PDF', 'CSV'] as const) {
        const content = await this.fileOf(built, format, args.locale, { ...ctx, period }, ';');
        files.push({ path: `${folder}/${this.fileName(kind, args.locale, asOf, period, format === 'PDF' ? 'pdf' : 'csv')}`, content });
      }
    }
    const cutoff = await endOfCopenhagenDay(this.dataSource, asOf);
    files.push(...(await inspectionDocuments(this.dataSource, cutoff, args.locale, { organisation: ctx.organisation, asOf, producedAt: ctx.producedAt, producedBy: producedBy(ctx, args.locale) })));
    const verification = await this.audit.verify();
    files.push({
      path: args.locale === 'da' ? 'revisionslog-verifikation.json' : 'audit-trail-verification.json',
      content: Buffer.from(JSON.stringify({ verifiedAt: this.clock.now().toISOString(), ...verification, lastEventOnAsOfDay: ctx.auditSeq }, null, 2) + '\n'),
    });
    const { zip } = buildInspectionPack(files, { organisation: ctx.organisation, asOf, producedAt: ctx.producedAt, producedBy: producedBy(ctx, args.locale), locale: args.locale });
    return this.record(meta, { kind: 'INSPECTION_PACK', format: 'ZIP', locale: args.locale, separator: null, ctx, fileName: this.fileName('INSPECTION_PACK', args.locale, asOf, null, 'zip'), content: zip });
  }

  private async record(meta: RequestMeta, run: { kind: ReportRunKind; format: ReportFormat; locale: ReportLocale; separator: CsvSeparator | null; ctx: ReportContext; fileName: string; content: Buffer }): Promise<ProducedFile> {
    const sha256 = createHash('sha256').update(run.content).digest('hex');
    const id = randomUUID();
    await this.dataSource.transaction(async (em: EntityManager) => {
      const event = await this.audit.record(em, meta, {
        action: 'report.produce',
        entityType: 'ReportRun',
        entityId: id,
        details: { kind: run.kind, format: run.format, locale: run.locale, asOf: run.ctx.asOf, period: run.ctx.period, sha256, bytes: run.content.length },
      });
      await em.insert(ReportRunEntity, {
        id,
        kind: run.kind,
        format: run.format,
        locale: run.locale,
        separator: run.separator,
        asOf: run.ctx.asOf,
        periodFrom: run.ctx.period?.from ?? null,
        periodTo: run.ctx.period?.to ?? null,
        actorType: meta.actor!.type,
        actorId: meta.actor!.id,
        producedAt: run.ctx.producedAt,
        fileName: run.fileName,
        bytes: run.content.length,
        sha256,
        auditSeq: run.ctx.auditSeq,
        auditEventId: event.id,
      });
    });
    return { runId: id, fileName: run.fileName, contentType: CONTENT_TYPES[run.format], content: run.content, sha256 };
  }

  async listRuns(meta: RequestMeta, args: ListArgs & { filter?: ReportRunFilter }): Promise<ReportRunEntity[]> {
    requirePermission(meta, 'report.produce');
    return applyListArgs(this.filtered(args.filter), args, { producedAt: 'r.producedAt', kind: 'r.kind', asOf: 'r.asOf' }, { field: 'producedAt', order: 'DESC' }).getMany();
  }

  async countRuns(meta: RequestMeta, filter?: ReportRunFilter): Promise<number> {
    requirePermission(meta, 'report.produce');
    return this.filtered(filter).getCount();
  }

  async findRun(meta: RequestMeta, id: string): Promise<ReportRunEntity | null> {
    requirePermission(meta, 'report.produce');
    return this.dataSource.getRepository(ReportRunEntity).findOneBy({ id });
  }

  private filtered(filter: ReportRunFilter = {}) {
    const qb = this.dataSource.getRepository(ReportRunEntity).createQueryBuilder('r');
    if (filter.ids) qb.andWhere('r.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.sha256) qb.andWhere('r.sha256 = :sha', { sha: filter.sha256.trim().toLowerCase() });
    return qb;
  }
}

export interface ReportRunFilter {
  ids?: string[];
  kind?: ReportRunKind;
  /** Which run produced a file with this hash: the check that a file handed over is unchanged. */
  sha256?: string;
}
