import type { FieldProblem } from '../processors/processor-input';
import { isWebAddress } from '../processors/processor-input';
import { addDays, isIsoDate, type IsoDate } from '../time/dates';
import { isCountryCode } from '../reference/countries';
import type { AdequacyCondition, AdequacyDecision, AdequacyScope } from '../reference/adequacy-decisions';
import type { DpfStatus } from '../vocabulary/processors';
import type { TransferMechanism, TransferStatus } from '../vocabulary/transfers';
import type { RecipientFacts } from './assess-transfer';

/** A transfer as it would be stored, for the checks a careful DPO expects before saving. */
export interface TransferInput {
  exporterProcessorId?: string | null;
  importerProcessorId?: string | null;
  frequency?: string | null;
  dataSubjectCount?: number | null;
  startedOn?: string | null;
  endedOn?: string | null;
  mechanism?: TransferMechanism | null;
  sccModule?: number | null;
  derogationGround?: string | null;
  bcrAuthority?: string | null;
  toolReference?: string | null;
}

/** The first problems of a whole transfer, each naming its field. */
export function transferInputProblems(t: TransferInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (t.startedOn && t.endedOn && t.endedOn < t.startedOn) problems.push({ field: 'endedOn', reason: 'OUT_OF_RANGE', params: { min: t.startedOn, max: '' } });
  if (t.exporterProcessorId && t.exporterProcessorId === t.importerProcessorId) problems.push({ field: 'exporterProcessorId', reason: 'INVALID_VALUE' });
  // Art. 49(1) second subparagraph speaks of a limited number of data subjects: record it.
  if (t.frequency === 'OCCASIONAL' && t.dataSubjectCount == null) problems.push({ field: 'dataSubjectCount', reason: 'REQUIRED' });
  if (t.mechanism === 'SCC' && !t.sccModule) problems.push({ field: 'sccModule', reason: 'REQUIRED' });
  if (t.mechanism === 'DEROGATION' && !t.derogationGround) problems.push({ field: 'derogationGround', reason: 'REQUIRED' });
  if (t.mechanism === 'BCR' && !t.bcrAuthority) problems.push({ field: 'bcrAuthority', reason: 'REQUIRED' });
  if ((t.mechanism === 'AD_HOC_CLAUSES' || t.mechanism === 'CODE_OF_CONDUCT' || t.mechanism === 'CERTIFICATION') && !t.toolReference) problems.push({ field: 'toolReference', reason: 'REQUIRED' });
  return problems;
}

const ORGANISATION = /^ORG:[A-Z0-9_]{2,20}$/;

export interface AdequacyDecisionInput {
  jurisdiction: string;
  instrument: string;
  adoptedOn?: string | null;
  validFrom: string;
  validUntil?: string | null;
  revokedOn?: string | null;
  scope: AdequacyScope;
  conditions?: AdequacyCondition[] | null;
  source: string;
  toVerify?: boolean | null;
  notes?: string | null;
}

/** An adequacy decision normalised, with its problems (each naming the field) if any. */
export function checkAdequacyDecision(raw: AdequacyDecisionInput): { value: AdequacyDecision & { notes: string | null }; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const jurisdiction = raw.jurisdiction.trim().toUpperCase();
  if (!isCountryCode(jurisdiction) && !ORGANISATION.test(jurisdiction)) problems.push({ field: 'jurisdiction', reason: 'UNKNOWN_COUNTRY' });
  const instrument = raw.instrument.trim();
  if (!instrument) problems.push({ field: 'instrument', reason: 'REQUIRED' });
  for (const field of ['adoptedOn', 'validFrom', 'validUntil', 'revokedOn'] as const) {
    if (raw[field] && !isIsoDate(raw[field])) problems.push({ field, reason: 'INVALID_DATE' });
  }
  if (!raw.validFrom) problems.push({ field: 'validFrom', reason: 'REQUIRED' });
  if (raw.validUntil && raw.validUntil < raw.validFrom) problems.push({ field: 'validUntil', reason: 'OUT_OF_RANGE', params: { min: raw.validFrom, max: '' } });
  if (raw.revokedOn && raw.revokedOn < raw.validFrom) problems.push({ field: 'revokedOn', reason: 'OUT_OF_RANGE', params: { min: raw.validFrom, max: '' } });
  const conditions = [...new Set(raw.conditions ?? [])];
  // A full decision covers every recipient; a partial one only those meeting its conditions (Art. 45(3)).
  if (raw.scope === 'FULL' && conditions.length > 0) problems.push({ field: 'conditions', reason: 'INVALID_VALUE' });
  if (raw.scope === 'PARTIAL' && conditions.length === 0) problems.push({ field: 'conditions', reason: 'REQUIRED' });
  const source = raw.source.trim();
  if (!source) problems.push({ field: 'source', reason: 'REQUIRED' });
  else if (!isWebAddress(source)) problems.push({ field: 'source', reason: 'INVALID_URL' });
  return {
    value: {
      jurisdiction,
      instrument,
      adoptedOn: raw.adoptedOn || null,
      validFrom: raw.validFrom,
      validUntil: raw.validUntil || null,
      revokedOn: raw.revokedOn || null,
      scope: raw.scope,
      conditions,
      source,
      toVerify: raw.toVerify ?? false,
      notes: raw.notes?.trim() || null,
    },
    problems,
  };
}

type Coverage = Pick<AdequacyDecision, 'jurisdiction' | 'validFrom' | 'validUntil' | 'revokedOn' | 'scope' | 'conditions'>;

/**
 * Whether an edit changes what a decision covers (jurisdiction, dates, scope, conditions), as
 * opposed to its notes, source or wording: only the former calls for re-evaluating TIAs.
 */
export function coverageChanged(before: Coverage | null | undefined, next: Coverage): boolean {
  if (!before) return true;
  return (
    before.jurisdiction !== next.jurisdiction ||
    before.validFrom !== next.validFrom ||
    before.validUntil !== next.validUntil ||
    before.revokedOn !== next.revokedOn ||
    before.scope !== next.scope ||
    [...before.conditions].sort().join() !== [...next.conditions].sort().join()
  );
}

/** The days a decision can start to matter: its start, the day after its end, its revocation. */
export function datesOfEffect(...decisions: (Pick<AdequacyDecision, 'validFrom' | 'validUntil' | 'revokedOn'> | null | undefined)[]): IsoDate[] {
  return decisions.flatMap((d) => (d ? [d.validFrom, d.validUntil ? addDays(d.validUntil, 1) : null, d.revokedOn].filter((x): x is IsoDate => !!x) : []));
}

/** The recipient attributes partial adequacy reads, from a processor as recorded (legal-facts §2.4). */
export function recipientFactsOf(p: {
  dpfStatus: DpfStatus;
  dpfCertifiedOn: IsoDate | null;
  dpfLapsedOn: IsoDate | null;
  dpfCheckedOn: IsoDate | null;
  subjectToPipeda: boolean;
  fscCreditInformation: boolean;
  publicAuthority: boolean;
  danishRealmAuthority: boolean;
}): RecipientFacts {
  return {
    // Marked ACTIVE without dates: certified throughout. INACTIVE with a certification date but no
    // lapse date: lapsed when the list was last checked.
    dpfActiveFrom: p.dpfCertifiedOn ?? (p.dpfStatus === 'ACTIVE' ? '0001-01-01' : null),
    dpfLapsedOn: p.dpfLapsedOn ?? (p.dpfStatus === 'INACTIVE' && p.dpfCertifiedOn ? p.dpfCheckedOn : null),
    subjectToPipeda: p.subjectToPipeda,
    fscCreditInformation: p.fscCreditInformation,
    publicAuthority: p.publicAuthority,
    danishRealmAuthority: p.danishRealmAuthority,
  };
}

const RANK: Record<TransferStatus, number> = { NOT_A_TRANSFER: 0, COMPLIANT: 1, AT_RISK: 2, NON_COMPLIANT: 3 };

/** The worse of two transfer statuses (for a country on the map, or a processor's transfers). */
export function worstTransferStatus(a: TransferStatus, b: TransferStatus): TransferStatus {
  return RANK[a] >= RANK[b] ? a : b;
}
