import type { AdequacyCondition, AdequacyDecision } from '../reference/adequacy-decisions';
import { isEeaCountry } from '../reference/countries';
import type { FindingSeverity, GuaranteeRating, TransferFrequency, TransferFindingCode, TransferMechanism, TransferStatus, EssentialGuarantee } from '../vocabulary/transfers';
import type { CprDisclosureBasis, DataCategory, EngagementRole } from '../vocabulary/processors';
import type { IsoDate } from '../time/dates';

/** Art. 49(1) points and the compelling-legitimate-interest paragraph. */
export const DEROGATION_GROUNDS = ['A_CONSENT', 'B_CONTRACT', 'C_CONTRACT_IN_INTEREST', 'D_PUBLIC_INTEREST', 'E_LEGAL_CLAIMS', 'F_VITAL_INTERESTS', 'G_PUBLIC_REGISTER', 'COMPELLING_LEGITIMATE_INTEREST'] as const;
export type DerogationGround = (typeof DEROGATION_GROUNDS)[number];

/** Art. 46 tools: the ones that need a transfer impact assessment (Schrems II; EDPB Rec. 01/2020). */
export const ART46_MECHANISMS: readonly TransferMechanism[] = ['SCC', 'BCR', 'CODE_OF_CONDUCT', 'CERTIFICATION', 'AD_HOC_CLAUSES'];

export interface TiaFacts {
  approved: boolean;
  conclusion: 'EQUIVALENT' | 'NOT_EQUIVALENT' | null;
  guarantees: Partial<Record<EssentialGuarantee, GuaranteeRating>>;
  /** At least one supplementary measure judged effective against the identified risk. */
  effectiveMeasures: boolean;
  reevaluateOn: IsoDate | null;
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
  tia?: TiaFacts | null;
}

export interface TransferFinding {
  code: TransferFindingCode;
  severity: FindingSeverity;
  article: string;
}

export interface TransferAssessment {
  status: TransferStatus;
  findings: TransferFinding[];
  /** The adequacy decision relied on, when one covers the transfer on asOf. */
  adequacy: AdequacyDecision | null;
  tiaRequired: boolean;
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

/**
 * Is this one hop lawful under Chapter V on `asOf`? Art. 44–49 as in legal-facts §2.3–2.6:
 * inside the EEA there is no transfer; a valid adequacy decision whose conditions the recipient
 * meets suffices; Art. 46 tools need an approved TIA concluding equivalence; derogations are for
 * occasional transfers with the necessity justified.
 */
export function assessTransfer(t: TransferFacts, decisions: readonly AdequacyDecision[], asOf: IsoDate): TransferAssessment {
  if (isEeaCountry(t.destinationCountry)) return { status: 'NOT_A_TRANSFER', findings: [], adequacy: null, tiaRequired: false };
  const findings: TransferFinding[] = [];
  let adequacy: AdequacyDecision | null = null;

  if (t.dataCategories.includes('CPR') && !t.cprDisclosureBasis) findings.push(finding('CPR_DISCLOSURE_BASIS_MISSING', 'BLOCKER'));
  if (t.dataCategories.includes('HEALTH') || t.dataCategories.includes('CRIMINAL')) findings.push(finding('SPECIAL_CATEGORY_DATA', 'WARNING'));

  const tiaRequired = !!t.mechanism && ART46_MECHANISMS.includes(t.mechanism);
  const noTool = () => findings.push(finding(t.exporterRole === 'PROCESSOR' ? 'ONWARD_TRANSFER_NO_TOOL' : 'NO_TRANSFER_TOOL', 'BLOCKER'));

  switch (t.mechanism) {
    case null:
      noTool();
      break;
    case 'ADEQUACY': {
      const forCountry = decisions.filter((d) => d.jurisdiction === t.destinationCountry && d.validFrom <= asOf);
      const valid = forCountry.filter((d) => (!d.validUntil || d.validUntil >= asOf) && (!d.revokedOn || d.revokedOn > asOf));
      if (valid.length === 0) {
        if (forCountry.some((d) => d.revokedOn && d.revokedOn <= asOf)) findings.push(finding('ADEQUACY_REVOKED', 'BLOCKER'));
        else if (forCountry.some((d) => d.validUntil && d.validUntil < asOf)) findings.push(finding('ADEQUACY_EXPIRED', 'BLOCKER'));
        else noTool();
        break;
      }
      const decision = valid[valid.length - 1];
      const unmet = decision.conditions.filter((c) => !meetsCondition(c, t.recipient, asOf));
      if (unmet.includes('DPF_CERTIFIED')) findings.push(finding('DPF_CERT_INACTIVE', 'BLOCKER'));
      else if (unmet.length > 0) findings.push(finding('ADEQUACY_SCOPE_NOT_MET', 'BLOCKER'));
      else adequacy = decision;
      break;
    }
    case 'DEROGATION':
      if (t.frequency === 'SYSTEMATIC') findings.push(finding('DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER', 'BLOCKER'));
      if (!t.derogation?.justification?.trim()) findings.push(finding('DEROGATION_JUSTIFICATION_MISSING', 'BLOCKER'));
      break;
    default: {
      if (t.mechanism === 'SCC') {
        if (!t.scc?.signedOn || t.scc.signedOn > asOf) findings.push(finding('SCC_NOT_SIGNED', 'BLOCKER'));
        if (t.scc && t.scc.module !== expectedSccModule(t.exporterRole, t.importerRole)) findings.push(finding('SCC_MODULE_MISMATCH', 'BLOCKER'));
      }
      const tia = t.tia;
      if (!tia) findings.push(finding('TIA_MISSING', 'BLOCKER'));
      else if (!tia.approved) findings.push(finding('TIA_NOT_APPROVED', 'BLOCKER'));
      else {
        if (tia.conclusion === 'NOT_EQUIVALENT') findings.push(finding('TIA_CONCLUDES_NOT_EQUIVALENT', 'BLOCKER'));
        const notMet = Object.values(tia.guarantees).some((r) => r === 'NOT_MET');
        if (notMet && !tia.effectiveMeasures) findings.push(finding('EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES', 'BLOCKER'));
        if (tia.reevaluateOn && tia.reevaluateOn < asOf) findings.push(finding('REVIEW_OVERDUE', 'WARNING'));
      }
    }
  }

  const status: TransferStatus = findings.some((f) => f.severity === 'BLOCKER') ? 'NON_COMPLIANT' : findings.some((f) => f.severity === 'WARNING') ? 'AT_RISK' : 'COMPLIANT';
  return { status, findings, adequacy, tiaRequired };
}
