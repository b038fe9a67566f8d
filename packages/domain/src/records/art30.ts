import type { IsoDate } from '../time/dates';
import type { DataCategory, DataSubjectCategory, EngagementRole, ServiceKind } from '../vocabulary/processors';
import type { TransferMechanism, TransferStatus } from '../vocabulary/transfers';
import type { DerogationGround } from '../transfers/assess-transfer';
import type { RetentionTrigger, RetentionUnit } from '../vocabulary/records';

/**
 * The records of processing activities (Art. 30), built from the live register on a date. Plain
 * data in, plain data out: the API renders it as PDF or CSV in Danish or English. Legal-facts
 * §2.11 lists the fields; each is named below by its letter.
 */

/** Art. 30(1)(a), 30(2)(a): who keeps the record. */
export interface OrganisationFacts {
  name: string;
  registrationNumber: string;
  address: string;
  email: string;
  phone: string;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  jointControllers: string;
  securityMeasures: string;
}

export interface RegisterProcessor {
  id: string;
  name: string;
  establishmentCountry: string;
  serviceKind: ServiceKind;
  /** Our relationship with it; null for a company we reach only through a chain. */
  engagementRole: EngagementRole | null;
}

export interface RegisterLink {
  processorId: string;
  subprocessorId: string;
}

/** A transfer as the records show it, with its status as assessed on the record's date. */
export interface RegisterTransfer {
  id: string;
  exporterProcessorId: string | null;
  importerProcessorId: string;
  destinationCountry: string;
  mechanism: TransferMechanism | null;
  sccModule: number | null;
  derogationGround: DerogationGround | null;
  derogationJustification: string | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  status: TransferStatus;
}

export interface RetentionRuleFacts {
  label: string;
  dataCategories: DataCategory[];
  period: number;
  unit: RetentionUnit;
  trigger: RetentionTrigger;
  legalReference: string | null;
}

export interface ActivityFacts {
  id: string;
  name: string;
  purposes: string;
  legalBasis: string | null;
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  processorIds: string[];
  otherRecipients: string | null;
  securityMeasures: string | null;
  endedOn: IsoDate | null;
  retention: RetentionRuleFacts[];
}

export interface ClientEngagementFacts {
  id: string;
  clientName: string;
  clientRegistrationNumber: string | null;
  clientContact: string | null;
  clientDpoContact: string | null;
  processingCategories: string;
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  processorIds: string[];
  transfersNote: string | null;
  securityMeasures: string | null;
  agreementReference: string | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
}

/** A recipient in the record: a processor we use, or one further down its chain. */
export interface RecordRecipient {
  processorId: string;
  name: string;
  country: string;
  serviceKind: ServiceKind;
  role: EngagementRole | null;
  /** The chain from the processor we use down to this one's parent; empty for a direct recipient. */
  via: string[];
}

export interface RecordTransfer {
  transferId: string;
  importer: string;
  exporter: string | null;
  country: string;
  mechanism: TransferMechanism | null;
  sccModule: number | null;
  derogationGround: DerogationGround | null;
  /**
   * Art. 30(1)(e) second half: for a transfer on the compelling-legitimate-interest ground of
   * Art. 49(1) second subparagraph, the suitable safeguards must be documented in the record.
   */
  safeguards: string | null;
  status: TransferStatus;
}

/** What the record lacks, for the DPO to put right before handing it over. */
export const RECORD_GAPS = ['PURPOSES_MISSING', 'DATA_CATEGORIES_MISSING', 'DATA_SUBJECTS_MISSING', 'RETENTION_MISSING', 'SECURITY_MEASURES_MISSING', 'SAFEGUARDS_MISSING', 'DPO_MISSING', 'CONTROLLER_CONTACT_MISSING'] as const;
export type RecordGap = (typeof RECORD_GAPS)[number];

export interface ControllerRecordEntry {
  id: string;
  name: string;
  /** (b) */
  purposes: string;
  legalBasis: string | null;
  /** (c) */
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  /** Art. 9 and 10 data and CPR numbers (databeskyttelsesloven §11), called out for the inspector. */
  sensitiveCategories: DataCategory[];
  /** (d) */
  recipients: RecordRecipient[];
  otherRecipients: string | null;
  /** (e) */
  transfers: RecordTransfer[];
  /** (f) */
  retention: RetentionRuleFacts[];
  /** (g): the activity's own measures; the organisation's general description applies to all. */
  securityMeasures: string | null;
  gaps: RecordGap[];
}

export interface ControllerRecord {
  asOf: IsoDate;
  controller: OrganisationFacts;
  activities: ControllerRecordEntry[];
  /** Gaps of the record as a whole (controller details). */
  gaps: RecordGap[];
}

export interface ProcessorRecordEntry {
  id: string;
  client: { name: string; registrationNumber: string | null; contact: string | null; dpoContact: string | null };
  agreementReference: string | null;
  startedOn: IsoDate | null;
  /** (b) */
  processingCategories: string;
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  /** Our sub-processors for this client (Art. 28(2), (4)). */
  subprocessors: RecordRecipient[];
  /** (c) */
  transfers: RecordTransfer[];
  transfersNote: string | null;
  /** (d) */
  securityMeasures: string | null;
  gaps: RecordGap[];
}

export interface ProcessorRecord {
  asOf: IsoDate;
  processor: OrganisationFacts;
  clients: ProcessorRecordEntry[];
  gaps: RecordGap[];
}

export const SENSITIVE_DATA_CATEGORIES: readonly DataCategory[] = ['HEALTH', 'CRIMINAL', 'CPR', 'SOCIAL'];

function inForceOn(startedOn: IsoDate | null, endedOn: IsoDate | null, asOf: IsoDate): boolean {
  return (!startedOn || startedOn <= asOf) && (!endedOn || endedOn >= asOf);
}

/**
 * The processors an activity uses and every processor below them, depth first, each once (the
 * shortest chain wins). EDPB Opinion 22/2024: the controller must know the whole chain.
 */
export function recipientsOf(processorIds: readonly string[], processors: ReadonlyMap<string, RegisterProcessor>, links: readonly RegisterLink[]): RecordRecipient[] {
  const children = new Map<string, string[]>();
  for (const l of links) children.set(l.processorId, [...(children.get(l.processorId) ?? []), l.subprocessorId]);
  // By name, so the record reads the same whatever order the database returned the links in.
  const nameOf = (id: string) => processors.get(id)?.name ?? id;
  for (const list of children.values()) list.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'da'));
  const out: RecordRecipient[] = [];
  const seen = new Set<string>();
  let level = processorIds.filter((id) => processors.has(id)).map((id) => ({ id, via: [] as string[] }));
  while (level.length > 0) {
    const next: { id: string; via: string[] }[] = [];
    for (const { id, via } of level) {
      if (seen.has(id)) continue;
      seen.add(id);
      const p = processors.get(id)!;
      out.push({ processorId: id, name: p.name, country: p.establishmentCountry, serviceKind: p.serviceKind, role: via.length ? 'PROCESSOR' : p.engagementRole, via });
      for (const child of children.get(id) ?? []) if (processors.has(child) && !seen.has(child)) next.push({ id: child, via: [...via, p.name] });
    }
    level = next;
  }
  return out;
}

/** The transfers to (or onward from) the given recipients that are in force on the date. */
export function transfersOf(recipients: readonly RecordRecipient[], transfers: readonly RegisterTransfer[], processors: ReadonlyMap<string, RegisterProcessor>, asOf: IsoDate): RecordTransfer[] {
  const ids = new Set(recipients.map((r) => r.processorId));
  return transfers
    .filter((t) => ids.has(t.importerProcessorId) && (t.exporterProcessorId === null || ids.has(t.exporterProcessorId)) && inForceOn(t.startedOn, t.endedOn, asOf))
    .filter((t) => t.status !== 'NOT_A_TRANSFER')
    .map((t) => ({
      transferId: t.id,
      importer: processors.get(t.importerProcessorId)?.name ?? t.importerProcessorId,
      exporter: t.exporterProcessorId ? (processors.get(t.exporterProcessorId)?.name ?? t.exporterProcessorId) : null,
      country: t.destinationCountry,
      mechanism: t.mechanism,
      sccModule: t.mechanism === 'SCC' ? t.sccModule : null,
      derogationGround: t.mechanism === 'DEROGATION' ? t.derogationGround : null,
      safeguards: t.mechanism === 'DEROGATION' && t.derogationGround === 'COMPELLING_LEGITIMATE_INTEREST' ? t.derogationJustification?.trim() || null : null,
      status: t.status,
    }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.importer.localeCompare(b.importer) || (a.exporter ?? '').localeCompare(b.exporter ?? '') || a.transferId.localeCompare(b.transferId));
}

function organisationGaps(org: OrganisationFacts): RecordGap[] {
  const gaps: RecordGap[] = [];
  if (!org.name.trim() || !(org.address.trim() || org.email.trim())) gaps.push('CONTROLLER_CONTACT_MISSING');
  if (!org.dpoName.trim() || !(org.dpoEmail.trim() || org.dpoPhone.trim())) gaps.push('DPO_MISSING');
  return gaps;
}

function transferGaps(transfers: readonly RecordTransfer[]): RecordGap[] {
  return transfers.some((t) => t.derogationGround === 'COMPELLING_LEGITIMATE_INTEREST' && !t.safeguards) ? ['SAFEGUARDS_MISSING'] : [];
}

export interface RegisterFacts {
  asOf: IsoDate;
  organisation: OrganisationFacts;
  processors: readonly RegisterProcessor[];
  links: readonly RegisterLink[];
  transfers: readonly RegisterTransfer[];
}

/** Art. 30(1): one entry per processing activity in force on the date, by name. */
export function buildControllerRecord(register: RegisterFacts, activities: readonly ActivityFacts[]): ControllerRecord {
  const byId = new Map(register.processors.map((p) => [p.id, p]));
  const general = register.organisation.securityMeasures.trim();
  const entries = activities
    .filter((a) => !a.endedOn || a.endedOn >= register.asOf)
    .map((a): ControllerRecordEntry => {
      const recipients = recipientsOf(a.processorIds, byId, register.links);
      const transfers = transfersOf(recipients, register.transfers, byId, register.asOf);
      const gaps: RecordGap[] = [];
      if (!a.purposes.trim()) gaps.push('PURPOSES_MISSING');
      if (a.dataCategories.length === 0) gaps.push('DATA_CATEGORIES_MISSING');
      if (a.dataSubjectCategories.length === 0) gaps.push('DATA_SUBJECTS_MISSING');
      // Art. 30(1)(f) asks for time limits "where possible"; a record without any is the first thing an inspector queries.
      if (a.retention.length === 0) gaps.push('RETENTION_MISSING');
      if (!general && !a.securityMeasures?.trim()) gaps.push('SECURITY_MEASURES_MISSING');
      gaps.push(...transferGaps(transfers));
      return {
        id: a.id,
        name: a.name,
        purposes: a.purposes,
        legalBasis: a.legalBasis,
        dataSubjectCategories: [...a.dataSubjectCategories],
        dataCategories: [...a.dataCategories],
        sensitiveCategories: a.dataCategories.filter((c) => SENSITIVE_DATA_CATEGORIES.includes(c)),
        recipients,
        otherRecipients: a.otherRecipients?.trim() || null,
        transfers,
        retention: [...a.retention].sort((x, y) => x.label.localeCompare(y.label)),
        securityMeasures: a.securityMeasures?.trim() || null,
        gaps,
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'da'));
  return { asOf: register.asOf, controller: register.organisation, activities: entries, gaps: organisationGaps(register.organisation) };
}

/** Art. 30(2): one entry per client we act for as processor on the date, by client name. */
export function buildProcessorRecord(register: RegisterFacts, clients: readonly ClientEngagementFacts[]): ProcessorRecord {
  const byId = new Map(register.processors.map((p) => [p.id, p]));
  const general = register.organisation.securityMeasures.trim();
  const entries = clients
    .filter((c) => inForceOn(c.startedOn, c.endedOn, register.asOf))
    .map((c): ProcessorRecordEntry => {
      const subprocessors = recipientsOf(c.processorIds, byId, register.links).map((r) => ({ ...r, role: 'PROCESSOR' as const }));
      const transfers = transfersOf(subprocessors, register.transfers, byId, register.asOf);
      const gaps: RecordGap[] = [];
      if (!c.processingCategories.trim()) gaps.push('PURPOSES_MISSING');
      if (c.dataCategories.length === 0) gaps.push('DATA_CATEGORIES_MISSING');
      if (!general && !c.securityMeasures?.trim()) gaps.push('SECURITY_MEASURES_MISSING');
      gaps.push(...transferGaps(transfers));
      return {
        id: c.id,
        client: { name: c.clientName, registrationNumber: c.clientRegistrationNumber, contact: c.clientContact, dpoContact: c.clientDpoContact },
        agreementReference: c.agreementReference,
        startedOn: c.startedOn,
        processingCategories: c.processingCategories,
        dataSubjectCategories: [...c.dataSubjectCategories],
        dataCategories: [...c.dataCategories],
        subprocessors,
        transfers,
        transfersNote: c.transfersNote?.trim() || null,
        securityMeasures: c.securityMeasures?.trim() || null,
        gaps,
      };
    })
    .sort((x, y) => x.client.name.localeCompare(y.client.name, 'da'));
  return { asOf: register.asOf, processor: register.organisation, clients: entries, gaps: organisationGaps(register.organisation) };
}
