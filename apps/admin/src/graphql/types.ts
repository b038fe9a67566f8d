import type {
  AgreementStatus,
  ClauseAssessment,
  DpaGapCode,
  FindingSeverity,
  ProcessorStatus,
  SubprocessorAuthorisation,
} from '@tilsyn/domain';
import type { RaRecord } from 'react-admin';

/** The shapes the custom operations (operations.ts) and the embedded relations (sparse-fields.ts) answer with. */

export interface UserChoice {
  id: string;
  name: string;
}

export interface FindingRecord {
  code: string;
  severity: FindingSeverity;
  article: string;
  message: string;
  messageDa: string;
  messageEn: string;
  path: string[];
  pathNames: string[];
  processorId: string;
  processorName: string;
  gaps?: DpaGapCode[] | null;
  agreementId?: string | null;
  linkId?: string | null;
}

export interface ComplianceRecord {
  asOf: string;
  status: ProcessorStatus;
  own: FindingRecord[];
  below: FindingRecord[];
}

export interface ChainNodeRecord {
  processorId: string;
  name: string;
  establishmentCountry: string;
  parentProcessorId: string | null;
  linkId: string | null;
  depth: number;
  path: string[];
  pathNames: string[];
  status: ProcessorStatus;
  findings: FindingRecord[];
}

export interface LinkFindingRecord {
  code: string;
  severity: FindingSeverity;
}

export interface SubprocessorLinkRecord extends RaRecord {
  id: string;
  processorId: string;
  subprocessorId: string;
  regime: SubprocessorAuthorisation;
  noticeDays?: number | null;
  notifiedOn?: string | null;
  firstUsedOn?: string | null;
  approvedOn?: string | null;
  objectedOn?: string | null;
  objectionReason?: string | null;
  authorised: boolean;
  authorisedFrom?: string | null;
  objectionDeadline?: string | null;
  version: number;
  findings: LinkFindingRecord[];
}

export interface AgreementClauseRecord {
  code: DpaGapCode;
  article: string;
  titleDa: string;
  titleEn: string;
  explanationDa: string;
  explanationEn: string;
  assessment: ClauseAssessment;
  location?: string | null;
  note?: string | null;
  assessedAt?: string | null;
  assessedById?: string | null;
  needsReconfirmation: boolean;
}

export interface AgreementDocumentRecord {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface AgreementRecord extends RaRecord {
  id: string;
  processorId: string;
  versionNo: number;
  previousVersionId?: string | null;
  title: string;
  template: string;
  status: AgreementStatus;
  gaps: DpaGapCode[];
  inForce: boolean;
  signedOn?: string | null;
  effectiveFrom?: string | null;
  endsOn?: string | null;
  terminatedOn?: string | null;
  terminationReason?: string | null;
  reviewIntervalMonths?: number | null;
  lastReviewedOn?: string | null;
  reviewDueOn?: string | null;
  reviewOverdue: boolean;
  subprocessorRegime?: SubprocessorAuthorisation | null;
  subprocessorNoticeDays?: number | null;
  version: number;
  clauses?: AgreementClauseRecord[];
  document?: AgreementDocumentRecord | null;
}

export interface ProcessorRecord extends RaRecord {
  id: string;
  name: string;
  version: number;
  lifecycle: string;
  engagementRole?: string | null;
  dataCategories?: string[];
  compliance?: Partial<ComplianceRecord> | null;
  agreements?: AgreementRecord[];
  subprocessorLinks?: SubprocessorLinkRecord[];
  engagedBy?: SubprocessorLinkRecord[];
}
