import type { AdequacyCondition, AdequacyDecision } from '../reference/adequacy-decisions';
import { EEA_MEMBER_CODES } from '../reference/countries';
import type { FindingSeverity, GuaranteeRating, TransferFrequency, TransferFindingCode, TransferMechanism, TransferStatus, EssentialGuarantee } from '../vocabulary/transfers';
import type { CprDisclosureBasis, DataCategory, EngagementRole } from '../vocabulary/processors';
import { addDays, type IsoDate } from '../time/dates';

/** Art. 49(1) points and the compelling-legitimate-interest paragraph. */
export const DEROGATION_GROUNDS = ['A_CONSENT', 'B_CONTRACT', 'C_CONTRACT_IN_INTEREST', 'D_PUBLIC_INTEREST', 'E_LEGAL_CLAIMS', 'F_VITAL_INTERESTS', 'G_PUBLIC_REGISTER', 'COMPELLING_LEGITIMATE_INTEREST'] as const;
export type DerogationGround = (typeof DEROGATION_GROUNDS)[number];

/** Art. 46 tools: the ones that need a transfer impact assessment (Schrems II; EDPB Rec. 01/2020). */
export const ART46_MECHANISMS: readonly TransferMechanism[] = ['SCC', 'BCR', 'CODE_OF_CONDUCT', 'CERTIFICATION', 'AD_HOC_CLAUSES'];

export interface TiaFacts {
  approved: boolean;
  /** The day the reviewer approved it; the TIA stands from then (history). */
  approvedOn?: IsoDate | null;
  conclusion: 'EQUIVALENT' | 'NOT_EQUIVALENT' | null;
  guarantees: Partial<Record<EssentialGuarantee, GuaranteeRating>>;
  /** At least one supplementary measure judged effective against the identified risk. */
  effectiveMeasures: boolean;
  reevaluateOn: IsoDate | null;
  /** The reference data for its country changed after approval: it must be looked at again. */
  reevaluationRequested?: boolean;
}

export interface RecipientFacts {
  /** DPF: certified from, and lapsed on (inclusive end is the day before). */
  dpfActiveFrom?: IsoDate | null;
  dpfLapsedOn?: IsoDate | null;
  subjectToPipeda?: boolean;
  fscCreditInformation?: boolean;
  publicAuthority?: boolean;
  danishRealmAuthority?: boolean;
}

export interface TransferFacts {
  destinationCountry: string;
  /** Exporter's role: we (CONTROLLER) or a processor in the chain (PROCESSOR: an onward transfer). */
  exporterRole: 'CONTROLLER' | 'PROCESSOR';
  importerRole: EngagementRole;
  recipient: RecipientFacts;
  frequency: TransferFrequency;
  dataCategories: readonly DataCategory[];
  cprDisclosureBasis?: CprDisclosureBasis | null;
  mechanism: TransferMechanism | null;
  scc?: { module: 1 | 2 | 3 | 4; signedOn: IsoDate | null } | null;
  derogation?: { ground: DerogationGround; justification: string | null } | null;
  /** The one TIA in force (simple callers)… */
  tia?: TiaFacts | null;
  /** …or every version covering the transfer: the newest approved on asOf governs. */
  tias?: readonly TiaFacts[] | null;
  /** First day data went; with it the engine can list past periods without a valid tool. */
  startedOn?: IsoDate | null;
  endedOn?: IsoDate | null;
}

/** Organisation policy and reference data the engine reads besides the transfer itself. */
export interface TransferOptions {
  /**
   * The stricter practice some Danish agencies write into their policies: assess the four
   * guarantees for every third-country transfer whatever the tool. Default: only where the law
   * requires it (Art. 46 tools, Schrems II).
   */
  guaranteesForEveryTransfer?: boolean;
  /** EEA membership as reference data; defaults to EU-27 + IS, LI, NO. */
  eeaCountries?: ReadonlySet<string>;
}

export interface TransferPeriod {
  from: IsoDate;
  /** Last day without a tool; null: still without one on asOf. */
  to: IsoDate | null;
}

export interface TransferFinding {
  code: TransferFindingCode;
  severity: FindingSeverity;
  article: string;
  /** PERIOD_WITHOUT_VALID_MECHANISM: the past periods. */
  periods?: TransferPeriod[];
}

export interface TransferAssessment {
  status: TransferStatus;
  findings: TransferFinding[];
  /** The adequacy decision relied on, when one covers the transfer on asOf. */
  adequacy: AdequacyDecision | null;
  tiaRequired: boolean;
  /** The SCC module the roles call for (2021/914), for the form's hint. */
  expectedSccModule: 1 | 2 | 3 | 4;
}

export const TRANSFER_FINDING_ARTICLES: Record<TransferFindingCode, string> = {
  NO_TRANSFER_TOOL: 'Art. 44, 46',
  ADEQUACY_SCOPE_NOT_MET: 'Art. 45',
  DPF_CERT_INACTIVE: 'Art. 45; Decision (EU) 2023/1795',
  ADEQUACY_EXPIRED: 'Art. 45(3)',
  ADEQUACY_REVOKED: 'Art. 45(5)',
  SCC_MODULE_MISMATCH: 'Art. 46(2)(c); Decision (EU) 2021/914',
  SCC_NOT_SIGNED: 'Art. 46(2)(c)',
  TIA_MISSING: 'Art. 46(1); CJEU C-311/18 (Schrems II)',
  TIA_NOT_APPROVED: 'Art. 46(1); EDPB Rec. 01/2020',
  TIA_CONCLUDES_NOT_EQUIVALENT: 'Art. 46(1); EDPB Rec. 01/2020 step 6',
  EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES: 'EDPB Rec. 02/2020 and 01/2020 step 4',
  REVIEW_OVERDUE: 'EDPB Rec. 01/2020 step 6',
  DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER: 'Art. 49(1); EDPB Guidelines 2/2018',
  DEROGATION_JUSTIFICATION_MISSING: 'Art. 49(1); EDPB Guidelines 2/2018',
  ONWARD_TRANSFER_NO_TOOL: 'Art. 44',
  CPR_DISCLOSURE_BASIS_MISSING: 'Databeskyttelsesloven §11(2)',
  SPECIAL_CATEGORY_DATA: 'Art. 9, 10',
  PERIOD_WITHOUT_VALID_MECHANISM: 'Art. 44',
};

const DEFAULT_EEA: ReadonlySet<string> = new Set(EEA_MEMBER_CODES);

/** Where a finding rests on the organisation's own policy rather than on the GDPR. */
export const POLICY_ARTICLE = 'Organisation policy (beyond Art. 46)';

function finding(code: TransferFindingCode, severity: FindingSeverity): TransferFinding {
  return { code, severity, article: TRANSFER_FINDING_ARTICLES[code] };
}

/** SCC 2021/914 modules by roles: 1 C→C, 2 C→P, 3 P→P, 4 P→C. */
export function expectedSccModule(exporter: TransferFacts['exporterRole'], importer: EngagementRole): 1 | 2 | 3 | 4 {
  const importerIsProcessor = importer === 'PROCESSOR';
  if (exporter === 'CONTROLLER') return importerIsProcessor ? 2 : 1;
  return importerIsProcessor ? 3 : 4;
}

function meetsCondition(condition: AdequacyCondition, r: RecipientFacts, asOf: IsoDate): boolean {
  switch (condition) {
    case 'DPF_CERTIFIED':
      return !!r.dpfActiveFrom && r.dpfActiveFrom <= asOf && (!r.dpfLapsedOn || r.dpfLapsedOn > asOf);
    case 'SUBJECT_TO_PIPEDA':
      return !!r.subjectToPipeda;
    case 'NOT_FSC_CREDIT_INFORMATION':
      return !r.fscCreditInformation;
    case 'PRIVATE_SECTOR':
      return !r.publicAuthority;
    case 'NOT_DANISH_REALM_AUTHORITY':
      return !r.danishRealmAuthority;
  }
}

/** Whether a decision is in force on asOf: started, not past its end, not revoked (Art. 45(3), 45(5)). */
export function decisionInForce(d: AdequacyDecision, asOf: IsoDate): boolean {
  return d.validFrom <= asOf && (!d.validUntil || d.validUntil >= asOf) && (!d.revokedOn || d.revokedOn > asOf);
}

/** What adequacy gives this recipient in this country on asOf: the decision, or why not. */
export function adequacyFor(
  country: string,
  recipient: RecipientFacts,
  decisions: readonly AdequacyDecision[],
  asOf: IsoDate,
): { decision: AdequacyDecision | null; problem: TransferFindingCode | null } {
  const started = decisions.filter((d) => d.jurisdiction === country && d.validFrom <= asOf);
  const valid = started.filter((d) => decisionInForce(d, asOf));
  if (valid.length === 0) {
    if (started.some((d) => d.revokedOn && d.revokedOn <= asOf)) return { decision: null, problem: 'ADEQUACY_REVOKED' };
    if (started.some((d) => d.validUntil && d.validUntil < asOf)) return { decision: null, problem: 'ADEQUACY_EXPIRED' };
    return { decision: null, problem: 'NO_TRANSFER_TOOL' };
  }
  const decision = [...valid].sort((a, b) => a.validFrom.localeCompare(b.validFrom))[valid.length - 1];
  const unmet = decision.conditions.filter((c) => !meetsCondition(c, recipient, asOf));
  if (unmet.includes('DPF_CERTIFIED')) return { decision: null, problem: 'DPF_CERT_INACTIVE' };
  if (unmet.length > 0) return { decision: null, problem: 'ADEQUACY_SCOPE_NOT_MET' };
  return { decision, problem: null };
}

/** The TIA that governs on asOf: the newest approved by then, else a pending draft, else none. */
export function governingTia(t: Pick<TransferFacts, 'tia' | 'tias'>, asOf: IsoDate): TiaFacts | null {
  const all = t.tias ?? (t.tia ? [t.tia] : []);
  const approved = all.filter((x) => x.approved && (!x.approvedOn || x.approvedOn <= asOf));
  if (approved.length > 0) return [...approved].sort((a, b) => (a.approvedOn ?? '').localeCompare(b.approvedOn ?? ''))[approved.length - 1];
  return all.find((x) => !x.approved) ?? null;
}

function tiaFindings(tia: TiaFacts | null, asOf: IsoDate): TransferFinding[] {
  if (!tia) return [finding('TIA_MISSING', 'BLOCKER')];
  if (!tia.approved) return [finding('TIA_NOT_APPROVED', 'BLOCKER')];
  const out: TransferFinding[] = [];
  // EDPB Rec. 01/2020 step 6: if equivalence cannot be ensured the transfer must be suspended.
  if (tia.conclusion === 'NOT_EQUIVALENT') out.push(finding('TIA_CONCLUDES_NOT_EQUIVALENT', 'BLOCKER'));
  const notMet = Object.values(tia.guarantees).some((r) => r === 'NOT_MET');
  if (notMet && !tia.effectiveMeasures) out.push(finding('EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES', 'BLOCKER'));
  if ((tia.reevaluateOn && tia.reevaluateOn < asOf) || tia.reevaluationRequested) out.push(finding('REVIEW_OVERDUE', 'WARNING'));
  return out;
}

function statusOfFindings(findings: readonly TransferFinding[]): TransferStatus {
  return findings.some((f) => f.severity === 'BLOCKER') ? 'NON_COMPLIANT' : findings.some((f) => f.severity === 'WARNING') ? 'AT_RISK' : 'COMPLIANT';
}

function assessOn(t: TransferFacts, decisions: readonly AdequacyDecision[], asOf: IsoDate, options: TransferOptions): TransferAssessment {
  const expected = expectedSccModule(t.exporterRole, t.importerRole);
  if ((options.eeaCountries ?? DEFAULT_EEA).has(t.destinationCountry)) {
    return { status: 'NOT_A_TRANSFER', findings: [], adequacy: null, tiaRequired: false, expectedSccModule: expected };
  }
  const findings: TransferFinding[] = [];
  let adequacy: AdequacyDecision | null = null;

  // databeskyttelsesloven §11(2): CPR may be disclosed only on one of its grounds.
  if (t.dataCategories.includes('CPR') && !t.cprDisclosureBasis) findings.push(finding('CPR_DISCLOSURE_BASIS_MISSING', 'BLOCKER'));
  if (t.dataCategories.includes('HEALTH') || t.dataCategories.includes('CRIMINAL')) findings.push(finding('SPECIAL_CATEGORY_DATA', 'WARNING'));

  const lawRequiresTia = !!t.mechanism && ART46_MECHANISMS.includes(t.mechanism);
  const policyRequiresTia = !lawRequiresTia && !!t.mechanism && !!options.guaranteesForEveryTransfer;
  const tiaRequired = lawRequiresTia || policyRequiresTia;
  const noTool = () => findings.push(finding(t.exporterRole === 'PROCESSOR' ? 'ONWARD_TRANSFER_NO_TOOL' : 'NO_TRANSFER_TOOL', 'BLOCKER'));

  switch (t.mechanism) {
    case null:
      noTool();
      break;
    case 'ADEQUACY': {
      const result = adequacyFor(t.destinationCountry, t.recipient, decisions, asOf);
      if (result.problem === 'NO_TRANSFER_TOOL') noTool();
      else if (result.problem) findings.push(finding(result.problem, 'BLOCKER'));
      adequacy = result.decision;
      break;
    }
    case 'DEROGATION':
      // Art. 49 is for occasional, non-repetitive transfers, and only where strictly necessary.
      if (t.frequency === 'SYSTEMATIC') findings.push(finding('DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER', 'BLOCKER'));
      if (!t.derogation?.justification?.trim()) findings.push(finding('DEROGATION_JUSTIFICATION_MISSING', 'BLOCKER'));
      break;
    default:
      if (t.mechanism === 'SCC') {
        if (!t.scc?.signedOn || t.scc.signedOn > asOf) findings.push(finding('SCC_NOT_SIGNED', 'BLOCKER'));
        if (t.scc && t.scc.module !== expected) findings.push(finding('SCC_MODULE_MISMATCH', 'BLOCKER'));
      }
  }
  if (lawRequiresTia) findings.push(...tiaFindings(governingTia(t, asOf), asOf));
  // The organisation's stricter policy is not the law: a gap against it is a warning, citing the policy.
  if (policyRequiresTia) findings.push(...tiaFindings(governingTia(t, asOf), asOf).map((f) => ({ ...f, severity: 'WARNING' as const, article: POLICY_ARTICLE })));

  // Art. 45: a transfer the Commission's decision covers may take place whatever else was
  // recorded, so a failing recorded tool is no gap on a day adequacy covers the recipient.
  if (t.mechanism !== 'ADEQUACY' && findings.some(isToolBlocker)) {
    const covered = adequacyFor(t.destinationCountry, t.recipient, decisions, asOf).decision;
    if (covered) {
      const kept = findings.filter((f) => !isToolBlocker(f));
      return { status: statusOfFindings(kept), findings: kept, adequacy: covered, tiaRequired, expectedSccModule: expected };
    }
  }
  return { status: statusOfFindings(findings), findings, adequacy, tiaRequired, expectedSccModule: expected };
}

/** Blockers about the tool itself; the CPR basis is a separate question (§11), not a Chapter V gap. */
function isToolBlocker(f: TransferFinding): boolean {
  return f.severity === 'BLOCKER' && f.code !== 'CPR_DISCLOSURE_BASIS_MISSING';
}

function withoutValidTool(a: TransferAssessment): boolean {
  return a.findings.some(isToolBlocker);
}

/**
 * The periods from the transfer's start up to asOf on which no tool covered it (Art. 44). A day
 * is covered if the recorded tool was valid on it, or if an adequacy decision covered the
 * recipient anyway (Art. 45 needs no act of the exporter) — so a DPF lapse followed by SCCs
 * signed weeks later leaves exactly the weeks between.
 */
export function periodsWithoutValidMechanism(
  t: TransferFacts,
  decisions: readonly AdequacyDecision[],
  asOf: IsoDate,
  options: TransferOptions = {},
): TransferPeriod[] {
  if (!t.startedOn || t.startedOn > asOf) return [];
  const last = t.endedOn && t.endedOn < asOf ? t.endedOn : asOf;
  const changes = new Set<IsoDate>([t.startedOn]);
  const add = (d: IsoDate | null | undefined) => {
    if (d && d > t.startedOn! && d <= last) changes.add(d);
  };
  for (const d of decisions) {
    if (d.jurisdiction !== t.destinationCountry) continue;
    add(d.validFrom);
    add(d.validUntil ? addDays(d.validUntil, 1) : null);
    add(d.revokedOn);
  }
  add(t.recipient.dpfActiveFrom);
  add(t.recipient.dpfLapsedOn);
  add(t.scc?.signedOn);
  for (const tia of t.tias ?? (t.tia ? [t.tia] : [])) add(tia.approvedOn);
  const days = [...changes].sort();
  const periods: TransferPeriod[] = [];
  days.forEach((day, i) => {
    const gap = withoutValidTool(assessOn(t, decisions, day, options)) && !adequacyFor(t.destinationCountry, t.recipient, decisions, day).decision;
    const end = i + 1 < days.length ? addDays(days[i + 1], -1) : last;
    const open = periods[periods.length - 1];
    if (!gap) return;
    if (open && open.to && addDays(open.to, 1) === day) open.to = end;
    else periods.push({ from: day, to: end });
  });
  // A gap reaching asOf is the present, not history: the current findings already say so.
  for (const p of periods) if (p.to === asOf && last === asOf) p.to = null;
  return periods;
}

/**
 * Is this one hop lawful under Chapter V on `asOf`? Art. 44–49 as in legal-facts §2.3–2.6:
 * inside the EEA there is no transfer; a valid adequacy decision whose conditions the recipient
 * meets suffices; Art. 46 tools need an approved TIA concluding equivalence; derogations are for
 * occasional transfers with the necessity justified. With a start date, past periods without a
 * valid tool are listed as PERIOD_WITHOUT_VALID_MECHANISM (INFO: history, not today's status).
 */
export function assessTransfer(t: TransferFacts, decisions: readonly AdequacyDecision[], asOf: IsoDate, options: TransferOptions = {}): TransferAssessment {
  // Before its first day or after its last, no data moves on that date: there is no transfer to judge.
  if ((t.startedOn && asOf < t.startedOn) || (t.endedOn && asOf > t.endedOn)) {
    return { status: 'NOT_A_TRANSFER', findings: [], adequacy: null, tiaRequired: false, expectedSccModule: expectedSccModule(t.exporterRole, t.importerRole) };
  }
  const result = assessOn(t, decisions, asOf, options);
  if (result.status === 'NOT_A_TRANSFER') return result;
  const past = periodsWithoutValidMechanism(t, decisions, asOf, options).filter((p) => p.to !== null);
  if (past.length > 0) result.findings.push({ ...finding('PERIOD_WITHOUT_VALID_MECHANISM', 'INFO'), periods: past });
  return result;
}
