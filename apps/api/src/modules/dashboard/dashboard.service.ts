import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assessAgreement, copenhagenDate, type ClauseAssessment, type Clock, type DpaGapCode, type IsoDate } from '@tilsyn/domain';
import { DataSource } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK, HEAVY_WORK } from '../../common/clock.js';
import { SharedResults, type HeavyWorkLimiter } from '../../common/heavy-work.js';
import { AgreementClauseEntity, AgreementEntity } from '../agreements/agreement.entity.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { endOfCopenhagenDay, readRegisterAsOf } from '../reports/register-as-of.js';
import { SupervisionService } from '../reviews/supervision.service.js';
import { TREND_MONTHS, agreementCells, countOpenFindings, processorCells, transferCells, trendDays } from './dashboard-counts.js';
import type { DashboardChartsModel, FindingsTrendPointModel } from './dashboard.model.js';

/** Past snapshots read together: three of the pool's ten connections. */
const SNAPSHOTS_AT_ONCE = 3;

type AssessedTransfers = Awaited<ReturnType<ComplianceService['assessTransfers']>>;

const transferFindings = (transfers: AssessedTransfers) => [...transfers.values()].map((t) => ({ importerProcessorId: t.loaded.entity.importerProcessorId, assessment: t.assessment }));

/**
 * The home page's charts. Today's counts come from the same rules and the same reads as the
 * lists they link to (processor status and risk level, transfer status, agreement status), so a
 * bar's number is the length of the list it opens. The findings trend reads the register as it was
 * recorded at each month's end (reports/register-as-of.ts): eleven past snapshots, each one
 * rolled-back transaction, plus today's live register.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(HEAVY_WORK) private readonly heavy: HeavyWorkLimiter,
    private readonly compliance: ComplianceService,
    private readonly supervision: SupervisionService,
  ) {}

  /** Concurrent callers on the same day share one computation (15 aliases cost one). */
  private readonly shared = new SharedResults<DashboardChartsModel>();

  /** Past month ends' points, valid for one version of register_history (see pastTrend). */
  private readonly pastPoints = new Map<IsoDate, FindingsTrendPointModel>();
  private pastVersion: string | null = null;

  async charts(meta: RequestMeta): Promise<DashboardChartsModel> {
    requirePermission(meta, 'processor.read');
    requirePermission(meta, 'transfer.read');
    requirePermission(meta, 'agreement.read');
    const today = copenhagenDate(this.clock.now());
    // Heavy work (eleven past snapshots): bounded with reports, shared by concurrent callers.
    return this.shared.run(today, () => this.heavy.run(() => this.compute(today)));
  }

  private async compute(today: IsoDate): Promise<DashboardChartsModel> {
    const days = trendDays(today);
    const [current, agreements] = await Promise.all([this.current(today), this.agreementStatuses(today)]);
    // After today's reads, not beside them: the snapshots' connections and the live reads' would
    // otherwise take most of the pool at once.
    const past = await this.pastTrend(days.slice(0, -1));
    return {
      asOf: today,
      processors: current.processors,
      transfers: current.transfers,
      agreements: agreementCells(agreements),
      findingsTrend: [...past, current.point],
    };
  }

  /** Today's register, live: processors by risk level and status, transfers by tool and status, and today's trend point. */
  private async current(today: IsoDate) {
    const ids = ((await this.dataSource.query('SELECT id FROM processor')) as { id: string }[]).map((r) => r.id);
    const graph = await this.compliance.loadGraph(ids);
    const assessments = this.compliance.assessGraph(graph, ids, today);
    const [risks, transfers] = await Promise.all([this.supervision.risks(ids, graph), this.compliance.assessTransfers(null, today)]);
    return {
      processors: processorCells(risks.map((r) => ({ level: r.level, status: assessments.get(r.processorId)?.status ?? 'COMPLIANT' }))),
      transfers: transferCells([...transfers.values()].map((t) => ({ mechanism: t.loaded.entity.mechanism, status: t.assessment.status }))),
      point: { day: today, ...countOpenFindings(assessments, transferFindings(transfers)), processors: ids.length },
    };
  }

  /** Every DPA version's status today, as the agreement list computes it (dates and checklist). */
  private async agreementStatuses(today: IsoDate) {
    const [agreements, clauses] = await Promise.all([this.dataSource.getRepository(AgreementEntity).find(), this.dataSource.getRepository(AgreementClauseEntity).find()]);
    const byAgreement = new Map<string, Partial<Record<DpaGapCode, ClauseAssessment>>>();
    for (const c of clauses) byAgreement.set(c.agreementId, { ...byAgreement.get(c.agreementId), [c.code]: c.assessment });
    return agreements.map((a) => assessAgreement({ ...a, clauses: byAgreement.get(a.id) ?? {} }, today).status);
  }

  /**
   * Open findings at the end of each past day, in the register as it was recorded by then. A day
   * before the first processor or transfer was recorded counts 0 without a snapshot. At most
   * SNAPSHOTS_AT_ONCE snapshots run together (each holds a pooled connection and its temporary
   * tables while it reads). A past day's point depends only on the history recorded before its
   * end, so points are kept until register_history gains a row (any change to the register, a
   * back-dated one included, adds one with a higher id).
   */
  private async pastTrend(days: readonly IsoDate[]): Promise<FindingsTrendPointModel[]> {
    const [state] = (await this.dataSource.query(
      `SELECT (SELECT max(id) FROM register_history)::text AS version,
              (SELECT min(recorded_at) FROM register_history WHERE table_name IN ('processor', 'transfer')) AS first`,
    )) as { version: string | null; first: Date | null }[];
    if (state.version !== this.pastVersion) {
      this.pastPoints.clear();
      this.pastVersion = state.version;
    }
    return mapLimited(days, SNAPSHOTS_AT_ONCE, async (day) => {
      const known = this.pastPoints.get(day);
      if (known) return known;
      const at = await endOfCopenhagenDay(this.dataSource, day);
      const point = !state.first || state.first >= at ? { day, blockers: 0, warnings: 0, processors: 0 } : await this.snapshotPoint(day, at);
      // Only this version's days are kept: twelve at most, the month ends move on once a month.
      if (this.pastVersion === state.version && this.pastPoints.size < 2 * TREND_MONTHS) this.pastPoints.set(day, point);
      return point;
    });
  }

  private snapshotPoint(day: IsoDate, at: Date): Promise<FindingsTrendPointModel> {
    return readRegisterAsOf(this.dataSource, at, async (em) => {
      const register = this.compliance.on(em);
      const processors = await register.assessAll(day);
      const transfers = await register.assessTransfers(null, day);
      return { day, ...countOpenFindings(processors, transferFindings(transfers)), processors: processors.size };
    });
  }
}

/** `fn` over `items`, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
