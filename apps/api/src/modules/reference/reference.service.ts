import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assessTransfer, checkAdequacyDecision, copenhagenDate, coverageChanged, datesOfEffect, countryName, decisionInForce, isEmailAddress, type AdequacyDecision, type Clock, type IsoDate, type Locale } from '@tilsyn/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { requireIsoDates } from '../../common/dates.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { ComplianceService, decisionFacts, type LoadedTransfer, type TransferContext } from '../compliance/compliance.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import type { AdequacyDecisionFilter, AdequacyDecisionInput, AdequacyDecisionListArgs, CountryFilter, CountryListArgs, UpdateCountryArgs, UpdateOrganisationDetailsArgs } from './dto/reference.args.js';
import { AdequacyDecisionEntity, CountryEntity, OrganisationSettingsEntity } from './reference.entities.js';
import type { AdequacyDecisionChangeModel, AdequacyDecisionModel, CountryChangeModel, CountryModel, OrganisationSettingsModel, TransferStatusChangeModel } from './reference.model.js';

/** The organisation's Art. 30(1)(a) details (updateOrganisationDetails). */
const ORGANISATION_DETAILS_FIELDS = [
  'organisationName',
  'organisationRegistrationNumber',
  'organisationAddress',
  'organisationEmail',
  'organisationPhone',
  'dpoName',
  'dpoEmail',
  'dpoPhone',
  'jointControllers',
  'securityMeasures',
] as const satisfies readonly (keyof OrganisationSettingsEntity)[];

const DECISION_FIELDS = ['jurisdiction', 'instrument', 'adoptedOn', 'validFrom', 'validUntil', 'revokedOn', 'scope', 'conditions', 'source', 'toVerify', 'notes'] as const;

/** An adequacy decision checked in the domain, refused on its first problem naming the field. */
function checkDecision(raw: AdequacyDecisionInput): ReturnType<typeof checkAdequacyDecision>['value'] {
  const { value, problems } = checkAdequacyDecision(raw);
  if (problems[0]) throw DomainException.badInput(problems[0].field, problems[0].reason, problems[0].params);
  return value;
}

export function jurisdictionName(code: string, locale: Locale): string {
  if (code === 'ORG:EPO') return locale === 'da' ? 'Den Europæiske Patentorganisation' : 'European Patent Organisation';
  return code.startsWith('ORG:') ? code.slice(4) : countryName(code, locale);
}

/**
 * Reference data the rules read: countries with EEA membership, adequacy decisions and the
 * organisation's policy. Every change re-evaluates the transfers it touches, lists them, marks
 * approved TIAs for the country for re-evaluation and tells the owners (design.md §3).
 */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly compliance: ComplianceService,
    private readonly notifications: NotificationsService,
  ) {}

  private today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  decisionModel(d: AdequacyDecisionEntity, locale: Locale): AdequacyDecisionModel {
    return { ...d, jurisdictionName: jurisdictionName(d.jurisdiction, locale), inForceToday: decisionInForce(decisionFacts(d), this.today()) };
  }

  private async countryModels(rows: CountryEntity[], locale: Locale): Promise<CountryModel[]> {
    const today = this.today();
    const decisions = await this.dataSource.getRepository(AdequacyDecisionEntity).find();
    const covered = new Set(decisions.filter((d) => decisionInForce(decisionFacts(d), today)).map((d) => d.jurisdiction));
    return rows.map((c) => ({ ...c, id: c.code, name: locale === 'en' ? c.nameEn : c.nameDa, adequacyToday: covered.has(c.code) }));
  }

  // Countries

  async listCountries(meta: RequestMeta, args: CountryListArgs): Promise<CountryModel[]> {
    requirePermission(meta, 'reference.read');
    const sortable = { code: 'c.code', nameDa: 'c.nameDa', nameEn: 'c.nameEn', name: meta.locale === 'en' ? 'c.nameEn' : 'c.nameDa', eeaMember: 'c.eeaMember' };
    const rows = await applyListArgs(this.countriesWhere(args.filter), args, sortable, { field: 'code', order: 'ASC' }, 'code').getMany();
    return this.countryModels(rows, meta.locale);
  }

  async countCountries(meta: RequestMeta, filter?: CountryFilter): Promise<number> {
    requirePermission(meta, 'reference.read');
    return this.countriesWhere(filter).getCount();
  }

  async getCountry(meta: RequestMeta, code: string): Promise<CountryModel> {
    requirePermission(meta, 'reference.read');
    const row = await this.dataSource.getRepository(CountryEntity).findOneBy({ code: code.toUpperCase() });
    if (!row) throw DomainException.notFound('Country');
    return (await this.countryModels([row], meta.locale))[0];
  }

  private countriesWhere(filter: CountryFilter = {}) {
    const qb = this.dataSource.getRepository(CountryEntity).createQueryBuilder('c');
    if (filter.ids) qb.andWhere('c.code IN (:...ids)', { ids: filter.ids.length ? filter.ids.map((i) => i.toUpperCase()) : [''] });
    if (filter.eeaMember !== undefined) qb.andWhere('c.eeaMember = :eea', { eea: filter.eeaMember });
    if (filter.q?.trim()) qb.andWhere("(c.code ILIKE :q ESCAPE '\\' OR c.nameDa ILIKE :q ESCAPE '\\' OR c.nameEn ILIKE :q ESCAPE '\\')", { q: likePattern(filter.q.trim()) });
    return qb;
  }

  async updateCountry(meta: RequestMeta, args: UpdateCountryArgs): Promise<CountryChangeModel> {
    requirePermission(meta, 'reference.write');
    const code = args.id.toUpperCase();
    for (const key of ['nameDa', 'nameEn', 'eeaMember'] as const) if (args[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    for (const key of ['nameDa', 'nameEn'] as const) if (typeof args[key] === 'string' && !args[key]!.trim()) throw DomainException.badInput(key, 'REQUIRED');
    const before = await this.dataSource.getRepository(CountryEntity).findOneBy({ code });
    if (!before) throw DomainException.notFound('Country');
    const patch: Partial<CountryEntity> = {};
    if (args.nameDa !== undefined) patch.nameDa = args.nameDa!.trim();
    if (args.nameEn !== undefined) patch.nameEn = args.nameEn!.trim();
    if (args.eeaMember !== undefined) patch.eeaMember = args.eeaMember!;
    if (args.notes !== undefined) patch.notes = args.notes?.trim() || null;
    const ctx = await this.compliance.transferContext();
    const eea = new Set(ctx.transferOptions!.eeaCountries);
    if (patch.eeaMember === true) eea.add(code);
    if (patch.eeaMember === false) eea.delete(code);
    const after: DecisionContext = { ...ctx, transferOptions: { ...ctx.transferOptions, eeaCountries: eea } };
    const eeaChanged = patch.eeaMember !== undefined && patch.eeaMember !== before.eeaMember;
    return this.dataSource.transaction(async (em) => {
      const result = await this.reevaluate(em, meta, ctx, after, eeaChanged ? code : null, [], {
        kind: 'COUNTRY_CHANGE',
        subjectType: 'Country',
        subjectId: null,
        title: (n) => ({ da: `EØS-status for ${before.nameDa} ændret: ${transfersChanged(n).da}`, en: `EEA status of ${before.nameEn} changed: ${transfersChanged(n).en}` }),
      });
      await em
        .createQueryBuilder()
        .update(CountryEntity)
        .set({ ...patch, updatedAt: this.clock.now(), version: () => 'version + 1' })
        .where('code = :code AND version = :version', { code, version: args.version })
        .execute()
        .then((r) => {
          if (r.affected !== 1) throw DomainException.conflict('Country');
        });
      await this.audit.record(em, meta, {
        action: 'country.update',
        entityType: 'Country',
        entityId: null,
        details: { code, changes: diff(before, { ...before, ...patch }, ['nameDa', 'nameEn', 'eeaMember', 'notes']), changedTransfers: result.changes.map((c) => ({ id: c.transferId, before: c.before, after: c.after })), tiasMarked: result.tiasMarked },
      });
      const saved = await em.getRepository(CountryEntity).findOneByOrFail({ code });
      return { country: { ...saved, id: saved.code, name: meta.locale === 'en' ? saved.nameEn : saved.nameDa, adequacyToday: ctx.decisions.some((d) => d.jurisdiction === code && decisionInForce(d, this.today())) }, changedTransfers: result.changes, tiasMarkedForReevaluation: result.tiasMarked };
    });
  }

  // Adequacy decisions

  async listDecisions(meta: RequestMeta, args: AdequacyDecisionListArgs): Promise<AdequacyDecisionModel[]> {
    requirePermission(meta, 'reference.read');
    const rows = await applyListArgs(this.decisionsWhere(args.filter), args, { jurisdiction: 'd.jurisdiction', validFrom: 'd.validFrom', validUntil: 'd.validUntil', instrument: 'd.instrument', updatedAt: 'd.updatedAt' }, { field: 'jurisdiction', order: 'ASC' }).getMany();
    return rows.map((r) => this.decisionModel(r, meta.locale));
  }

  async countDecisions(meta: RequestMeta, filter?: AdequacyDecisionFilter): Promise<number> {
    requirePermission(meta, 'reference.read');
    return this.decisionsWhere(filter).getCount();
  }

  async getDecision(meta: RequestMeta, id: string): Promise<AdequacyDecisionModel> {
    requirePermission(meta, 'reference.read');
    const row = await this.dataSource.getRepository(AdequacyDecisionEntity).findOneBy({ id });
    if (!row) throw DomainException.notFound('AdequacyDecision');
    return this.decisionModel(row, meta.locale);
  }

  private decisionsWhere(filter: AdequacyDecisionFilter = {}) {
    const qb = this.dataSource.getRepository(AdequacyDecisionEntity).createQueryBuilder('d');
    if (filter.ids) qb.andWhere('d.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.jurisdiction) qb.andWhere('d.jurisdiction = :j', { j: filter.jurisdiction.toUpperCase() });
    if (filter.toVerify !== undefined) qb.andWhere('d.toVerify = :v', { v: filter.toVerify });
    if (filter.inForce !== undefined) {
      const today = this.today();
      const inForce = 'd.validFrom <= :today AND (d.validUntil IS NULL OR d.validUntil >= :today) AND (d.revokedOn IS NULL OR d.revokedOn > :today)';
      qb.andWhere(filter.inForce ? `(${inForce})` : `NOT (${inForce})`, { today });
    }
    return qb;
  }

  /** The transfers whose status or findings would change if this decision were saved; writes nothing. */
  async previewDecision(meta: RequestMeta, id: string | null, input: AdequacyDecisionInput): Promise<TransferStatusChangeModel[]> {
    requirePermission(meta, 'reference.write');
    const next = checkDecision(input);
    const ctx = await this.compliance.transferContext();
    if (id && !ctx.decisions.some((d) => d.id === id)) throw DomainException.notFound('AdequacyDecision');
    const current = ctx.decisions.find((d) => d.id === id);
    const after = { ...ctx, decisions: replaceDecision(ctx.decisions, id, next) };
    const { changes } = await this.changesBetween(ctx, after, datesOfEffect(next, current), coverageChanged(current, next) ? [...new Set([next.jurisdiction, current?.jurisdiction].filter((c): c is string => !!c))] : []);
    return changes;
  }

  async createDecision(meta: RequestMeta, input: AdequacyDecisionInput): Promise<AdequacyDecisionChangeModel> {
    requirePermission(meta, 'reference.write');
    const next = checkDecision(input);
    return this.saveDecision(meta, null, null, next, 'adequacy_decision.create');
  }

  async updateDecision(meta: RequestMeta, id: string, version: number, input: AdequacyDecisionInput): Promise<AdequacyDecisionChangeModel> {
    requirePermission(meta, 'reference.write');
    return this.saveDecision(meta, id, version, checkDecision(input), 'adequacy_decision.update');
  }

  /** Art. 45(5): the Commission repeals or suspends a decision; it stops covering from that day. */
  async revokeDecision(meta: RequestMeta, id: string, version: number, revokedOn: string): Promise<AdequacyDecisionChangeModel> {
    requirePermission(meta, 'reference.write');
    requireIsoDates({ revokedOn }, ['revokedOn']);
    const current = await this.dataSource.getRepository(AdequacyDecisionEntity).findOneBy({ id });
    if (!current) throw DomainException.notFound('AdequacyDecision');
    if (current.revokedOn) throw DomainException.badInput('revokedOn', 'INVALID_STATE', { state: 'REVOKED' });
    const next = checkDecision({ ...current, revokedOn });
    return this.saveDecision(meta, id, version, next, 'adequacy_decision.revoke');
  }

  private async saveDecision(meta: RequestMeta, id: string | null, version: number | null, next: ReturnType<typeof checkDecision>, action: string): Promise<AdequacyDecisionChangeModel> {
    const ctx = await this.compliance.transferContext();
    if (id && !ctx.decisions.some((d) => d.id === id)) throw DomainException.notFound('AdequacyDecision');
    const after = { ...ctx, decisions: replaceDecision(ctx.decisions, id, next) };
    const now = this.clock.now();
    const name = { da: jurisdictionName(next.jurisdiction, 'da'), en: jurisdictionName(next.jurisdiction, 'en') };
    return this.dataSource.transaction(async (em) => {
      let saved: AdequacyDecisionEntity;
      let before: AdequacyDecisionEntity | null = null;
      if (id) {
        before = await em.getRepository(AdequacyDecisionEntity).findOneByOrFail({ id });
        await updateVersioned(em, AdequacyDecisionEntity, id, version!, next, now, 'AdequacyDecision');
        saved = await em.getRepository(AdequacyDecisionEntity).findOneByOrFail({ id });
      } else {
        saved = await em.save(em.create(AdequacyDecisionEntity, { ...next, version: 1, createdAt: now, updatedAt: now }));
      }
      // Only a change of what the decision covers (dates, scope, conditions) calls for re-evaluating TIAs; a note does not.
      const countries = coverageChanged(before, next) ? [...new Set([next.jurisdiction, before?.jurisdiction].filter((c): c is string => !!c))] : [];
      const result = await this.reevaluate(em, meta, ctx, after, countries, datesOfEffect(next, before), {
        kind: 'ADEQUACY_CHANGE',
        subjectType: 'AdequacyDecision',
        subjectId: saved.id,
        title: (n) => ({ da: `Tilstrækkelighedsafgørelse for ${name.da} ændret: ${transfersChanged(n).da}`, en: `Adequacy decision for ${name.en} changed: ${transfersChanged(n).en}` }),
      });
      await this.audit.record(em, meta, {
        action,
        entityType: 'AdequacyDecision',
        entityId: saved.id,
        details: { changes: diff(before, saved, [...DECISION_FIELDS]), changedTransfers: result.changes.map((c) => ({ id: c.transferId, before: c.before, after: c.after })), tiasMarked: result.tiasMarked },
      });
      return { decision: this.decisionModel(saved, meta.locale), changedTransfers: result.changes, tiasMarkedForReevaluation: result.tiasMarked };
    });
  }

  // Organisation settings

  async getSettings(meta: RequestMeta): Promise<OrganisationSettingsModel> {
    requirePermission(meta, 'reference.read');
    const row = await this.dataSource.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
    return { ...row, id: String(row.id), changedTransfers: [] };
  }

  async updateSettings(meta: RequestMeta, version: number, guaranteesForEveryTransfer: boolean): Promise<OrganisationSettingsModel> {
    requirePermission(meta, 'reference.write');
    const ctx = await this.compliance.transferContext();
    const after: DecisionContext = { ...ctx, transferOptions: { ...ctx.transferOptions, guaranteesForEveryTransfer } };
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      const r = await em
        .createQueryBuilder()
        .update(OrganisationSettingsEntity)
        .set({ guaranteesForEveryTransfer, updatedAt: this.clock.now(), version: () => 'version + 1' })
        .where('id = 1 AND version = :version', { version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('OrganisationSettings');
      const result = await this.reevaluate(em, meta, ctx, after, [], [], {
        kind: 'POLICY_CHANGE',
        subjectType: 'OrganisationSettings',
        subjectId: null,
        title: (n) => ({ da: `Organisationens overførselspolitik ændret: ${transfersChanged(n).da}`, en: `The organisation's transfer policy changed: ${transfersChanged(n).en}` }),
      });
      await this.audit.record(em, meta, {
        action: 'settings.update',
        entityType: 'OrganisationSettings',
        entityId: null,
        details: { changes: diff(before, { ...before, guaranteesForEveryTransfer }, ['guaranteesForEveryTransfer']), changedTransfers: result.changes.map((c) => ({ id: c.transferId, before: c.before, after: c.after })) },
      });
      const saved = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      return { ...saved, id: String(saved.id), changedTransfers: result.changes };
    });
  }

  /**
   * Art. 30(1)(a): who keeps the records — the controller's name and contact details, the DPO,
   * joint controllers or a representative — and the general Art. 32(1) measures both records
   * refer to. Kept by the DPO (records.write); nothing to re-evaluate, so no notifications.
   */
  async updateDetails(meta: RequestMeta, args: UpdateOrganisationDetailsArgs): Promise<OrganisationSettingsModel> {
    requirePermission(meta, 'records.write');
    const { version, ...raw } = args;
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as Omit<UpdateOrganisationDetailsArgs, 'version'>;
    if (!values.organisationName) throw DomainException.badInput('organisationName', 'REQUIRED');
    for (const field of ['organisationEmail', 'dpoEmail'] as const) {
      values[field] = values[field].toLowerCase();
      if (values[field] && !isEmailAddress(values[field])) throw DomainException.badInput(field, 'INVALID_EMAIL');
    }
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      const r = await em
        .createQueryBuilder()
        .update(OrganisationSettingsEntity)
        .set({ ...values, updatedAt: this.clock.now(), version: () => 'version + 1' })
        .where('id = 1 AND version = :version', { version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('OrganisationSettings');
      await this.audit.record(em, meta, {
        action: 'organisation_details.update',
        entityType: 'OrganisationSettings',
        entityId: null,
        details: { changes: diff(before, { ...before, ...values }, [...ORGANISATION_DETAILS_FIELDS]) },
      });
      const saved = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      return { ...saved, id: String(saved.id), changedTransfers: [] };
    });
  }

  /**
   * The transfers whose assessment today differs between two contexts, each with the importer's
   * name, and the loaded transfers (for their owners).
   */
  private async changesBetween(before: DecisionContext, after: DecisionContext, dates: readonly IsoDate[] = [], markCountries: readonly string[] = []): Promise<{ changes: TransferStatusChangeModel[]; loaded: Map<string, LoadedTransfer> }> {
    const today = this.today();
    // Today and every day the changed decision names (its start, the day after its end, its
    // revocation): a revocation dated tomorrow, or an end moved into the past, shows from its day.
    const days = [...new Set([today, ...dates])].sort();
    const loaded = await this.compliance.loadTransfers();
    const importerIds = [...new Set([...loaded.values()].map((t) => t.entity.importerProcessorId))];
    const names = new Map((importerIds.length ? ((await this.dataSource.query('SELECT id, name FROM processor WHERE id = ANY($1::uuid[])', [importerIds])) as { id: string; name: string }[]) : []).map((r) => [r.id, r.name]));
    const changes: TransferStatusChangeModel[] = [];
    for (const [id, t] of loaded) {
      // Approved TIAs for a country whose reference data changes are marked for re-evaluation.
      const afterFacts = markCountries.includes(t.entity.destinationCountry) ? { ...t.facts, tias: (t.facts.tias ?? []).map((x) => (x.approved ? { ...x, reevaluationRequested: true } : x)) } : t.facts;
      for (const day of days) {
        const a = assessTransfer(t.facts, before.decisions, day, before.transferOptions);
        const b = assessTransfer(afterFacts, after.decisions, day, after.transferOptions);
        const codesA = a.findings.map((f) => f.code);
        const codesB = b.findings.map((f) => f.code);
        if (a.status === b.status && codesA.join() === codesB.join()) continue;
        changes.push({ transferId: id, importerName: names.get(t.entity.importerProcessorId) ?? '', destinationCountry: t.entity.destinationCountry, before: a.status, after: b.status, findingsBefore: codesA, findingsAfter: codesB, effectiveOn: day });
        break;
      }
    }
    changes.sort((x, y) => x.destinationCountry.localeCompare(y.destinationCountry) || x.importerName.localeCompare(y.importerName));
    return { changes, loaded };
  }

  /**
   * After a reference-data change: the changed transfers, approved TIAs for the countries marked
   * for re-evaluation, and a notice to each owner of a changed transfer and author of a marked TIA.
   */
  private async reevaluate(
    em: EntityManager,
    meta: RequestMeta,
    before: DecisionContext,
    after: DecisionContext,
    countries: string | readonly string[] | null,
    laterDates: readonly IsoDate[],
    notice: { kind: string; subjectType: string; subjectId: string | null; title: (n: number) => { da: string; en: string } },
  ): Promise<{ changes: TransferStatusChangeModel[]; tiasMarked: number }> {
    const codes = countries === null ? [] : typeof countries === 'string' ? [countries] : [...countries];
    const { changes, loaded } = await this.changesBetween(before, after, laterDates, codes);
    const marked = codes.length
      ? ((await em.query(
          `UPDATE tia SET reevaluation_requested = true, reevaluation_reason = $2, updated_at = $3
            WHERE status = 'APPROVED' AND destination_country = ANY($1::text[]) RETURNING id, author_id`,
          [codes, notice.kind, this.clock.now()],
        )) as [{ id: string; author_id: string | null }[], number])[0]
      : [];
    const importerIds = [...new Set(changes.map((c) => loaded.get(c.transferId)!.entity.importerProcessorId))];
    const importerOwners = new Map(
      importerIds.length ? (await em.getRepository(ProcessorEntity).find({ where: importerIds.map((id) => ({ id })), select: { id: true, ownerId: true } })).map((p) => [p.id, p.ownerId]) : [],
    );
    const owners = changes.map((c) => {
      const t = loaded.get(c.transferId)!.entity;
      return t.ownerId ?? importerOwners.get(t.importerProcessorId) ?? null;
    });
    const recipients = [...owners, ...marked.map((m) => m.author_id)];
    if (changes.length > 0 || marked.length > 0) {
      const title = notice.title(changes.length);
      await this.notifications.notify(em, recipients.length ? recipients : [meta.actor?.type === 'USER' ? meta.actor.id : null], {
        kind: notice.kind,
        subjectType: notice.subjectType,
        subjectId: notice.subjectId,
        titleDa: title.da,
        titleEn: title.en,
        details: { countries: codes, transfers: changes.map((c) => ({ id: c.transferId, before: c.before, after: c.after, effectiveOn: c.effectiveOn })), tiasMarked: marked.map((m) => m.id) },
      });
    }
    return { changes, tiasMarked: marked.length };
  }
}

type DecisionContext = TransferContext;

function replaceDecision(decisions: readonly (AdequacyDecision & { id: string })[], id: string | null, next: AdequacyDecision): (AdequacyDecision & { id: string })[] {
  const rest = decisions.filter((d) => d.id !== id);
  return [...rest, { ...next, id: id ?? 'new' }];
}


/** "1 overførsel har …" / "3 overførsler har …": the count with the noun in the right number. */
function transfersChanged(n: number): { da: string; en: string } {
  return n === 1 ? { da: '1 overførsel har fået ny status', en: '1 transfer changed status' } : { da: `${n} overførsler har fået ny status`, en: `${n} transfers changed status` };
}

