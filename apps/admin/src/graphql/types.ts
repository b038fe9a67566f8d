import type {
  ChecklistAnswer,
  DueState,
  ReminderStatus,
  ReminderSubjectType,
  ReviewFindingSeverity,
  ReviewKind,
  ReviewOutcome,
  ReviewStatus,
  ReviewSubjectType,
  RiskLevel,
  SupervisionMethod,
  ErasureAnswerSource,
  ErasureDecision,
  ErasureDispatchKind,
  ErasureDispatchStatus,
  ErasureGround,
  ErasureNoticeStatus,
  ErasureRecipientReason,
  ErasureRefusalBasis,
  ErasureRequestStatus,
  ErasureSkipReason,
  ErasureSource,
  ErasureChannel,
  DataCategory,
  DataSubjectCategory,
  AgreementStatus,
  ClauseAssessment,
  DpaGapCode,
  EngagementRole,
  EssentialGuarantee,
  FindingSeverity,
  GuaranteeRating,
  MeasureKind,
  ProcessorStatus,
  SubprocessorAuthorisation,
  TiaConclusion,
  TiaStatus,
  TransferMechanism,
  TransferStatus,
  RetentionTrigger,
  RetentionUnit,
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
  /** A transfer finding: the recorded transfer, its destination and what would put it right. */
  transferId?: string | null;
  country?: string | null;
  remedy?: string | null;
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

/** Chapter V: transfers, their assessment, evidence and TIAs (operations.ts, sparse-fields.ts). */

export interface PeriodRecord {
  from: string;
  to?: string | null;
}

export interface TransferFindingRecord {
  code: string;
  severity: FindingSeverity;
  article: string;
  message?: string;
  messageDa: string;
  messageEn: string;
  remedy?: string;
  remedyDa: string;
  remedyEn: string;
  periods?: PeriodRecord[] | null;
}

export interface TransferAssessmentRecord {
  asOf: string;
  status: TransferStatus;
  findings: TransferFindingRecord[];
  periodsWithoutValidMechanism: PeriodRecord[];
  expectedSccModule: number;
  tiaRequired: boolean;
  adequacyDecisionId?: string | null;
  adequacyInstrument?: string | null;
}

export interface TransferDocumentRecord {
  id: string;
  transferId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedById?: string | null;
  uploadedByName?: string | null;
}

export interface GuaranteeRecord {
  guarantee: EssentialGuarantee;
  rating: GuaranteeRating;
  rationale?: string | null;
  sources?: string | null;
}

export interface MeasureRecord {
  kind: MeasureKind;
  description: string;
  effective: boolean;
}

export interface TiaRecord extends RaRecord {
  id: string;
  seriesId: string;
  versionNo: number;
  title: string;
  status: TiaStatus;
  destinationCountry: string;
  importerProcessorId: string;
  importerName: string;
  transferIds: string[];
  authorId?: string | null;
  authorName?: string | null;
  approvedById?: string | null;
  approvedByName?: string | null;
  approvedOn?: string | null;
  submittedAt?: string | null;
  reviewComment?: string | null;
  writerIds: string[];
  submissionGaps: string[];
  reevaluationMonths?: number | null;
  reevaluateOn?: string | null;
  reevaluationRequested: boolean;
  reevaluationReason?: string | null;
  circumstances?: string | null;
  toolRelied?: string | null;
  lawsAndPractices?: string | null;
  proceduralSteps?: string | null;
  conclusion?: TiaConclusion | null;
  conclusionRationale?: string | null;
  guarantees?: GuaranteeRecord[];
  measures?: MeasureRecord[];
  version: number;
}

export interface TransferRecord extends RaRecord {
  id: string;
  version: number;
  exporterProcessorId?: string | null;
  exporterName: string;
  importerProcessorId: string;
  importerName: string;
  importerRole: EngagementRole;
  destinationCountry: string;
  accessKind: string;
  frequency: string;
  mechanism?: TransferMechanism | null;
  status: TransferStatus;
  findingCodes: string[];
  dataCategories?: string[];
  dataSubjectCategories?: string[];
  startedOn?: string | null;
  endedOn?: string | null;
  sccModule?: number | null;
  sccSignedOn?: string | null;
  sccDocking?: boolean;
  sccAnnexNotes?: string | null;
  bcrAuthority?: string | null;
  bcrApprovedOn?: string | null;
  toolReference?: string | null;
  derogationGround?: string | null;
  derogationJustification?: string | null;
  assessment?: TransferAssessmentRecord | null;
  documents?: TransferDocumentRecord[];
  tias?: TiaRecord[];
  history?: HistoryEntryRecord[];
}

export interface HistoryEntryRecord {
  id: string;
  seq?: number;
  occurredAt?: string;
  actorName?: string | null;
  actorType?: string;
  action?: string;
  changes?: string | null;
}

export interface SuggestedTransferRecord {
  accessKind: string;
  description?: string | null;
  destinationCountry: string;
  exporterName: string;
  exporterProcessorId?: string | null;
  findingCode: string;
  importerName: string;
  importerProcessorId: string;
}

export interface TransferMapCountryRecord {
  country: string;
  name: string;
  transferCount: number;
  unrecordedCount: number;
  worstStatus: TransferStatus;
}

export interface TransferStatusChangeRecord {
  transferId: string;
  importerName: string;
  destinationCountry: string;
  before: TransferStatus;
  after: TransferStatus;
  findingsBefore: string[];
  findingsAfter: string[];
  /** The first day the change shows (today, or e.g. a revocation dated tomorrow). */
  effectiveOn: string;
}

export interface AdequacyDecisionRecord extends RaRecord {
  id: string;
  jurisdiction: string;
  jurisdictionName: string;
  instrument: string;
  adoptedOn?: string | null;
  validFrom: string;
  validUntil?: string | null;
  revokedOn?: string | null;
  scope: 'FULL' | 'PARTIAL';
  conditions: string[];
  source: string;
  notes?: string | null;
  toVerify: boolean;
  inForceToday: boolean;
  version: number;
}

export interface AdequacyDecisionChangeRecord {
  decision: AdequacyDecisionRecord;
  changedTransfers: TransferStatusChangeRecord[];
  tiasMarkedForReevaluation: number;
}

export interface CountryRecord extends RaRecord {
  id: string;
  code: string;
  name: string;
  nameDa: string;
  nameEn: string;
  eeaMember: boolean;
  adequacyToday: boolean;
  notes?: string | null;
  version: number;
}

export interface CountryChangeRecord {
  country: CountryRecord;
  changedTransfers: TransferStatusChangeRecord[];
  tiasMarkedForReevaluation: number;
}

export interface OrganisationSettingsRecord {
  id: string;
  guaranteesForEveryTransfer: boolean;
  version: number;
  changedTransfers: TransferStatusChangeRecord[];
}

/** Issue 7: the organisation's Art. 30(1)(a) details (organisationSettings, updateOrganisationDetails). */
export interface OrganisationDetailsRecord {
  organisationName: string;
  organisationRegistrationNumber: string;
  organisationAddress: string;
  organisationEmail: string;
  organisationPhone: string;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  jointControllers: string;
  securityMeasures: string;
  version: number;
}

/** Issue 7: a processor named in a record, as the record's `processors` field answers it. */
export interface RecordProcessorRecord {
  id: string;
  name: string;
}

/** Art. 30(1)(f): one retention rule of a processing activity. */
export interface RetentionRuleRecord extends RaRecord {
  id: string;
  activityId: string;
  label: string;
  dataCategories: DataCategory[];
  period: number;
  unit: RetentionUnit;
  trigger: RetentionTrigger;
  legalReference: string | null;
  version: number;
}

/** Art. 30(1): a processing activity, with its retention rules and processors on the detail pages. */
export interface ProcessingActivityRecord extends RaRecord {
  id: string;
  name: string;
  purposes: string;
  legalBasis: string | null;
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  processorIds: string[];
  otherRecipients: string | null;
  securityMeasures: string | null;
  notes: string | null;
  endedOn: string | null;
  version: number;
  updatedAt: string;
  retentionRules?: RetentionRuleRecord[];
  processors?: RecordProcessorRecord[];
}

/** Art. 30(2): a client we act for as processor. */
export interface ClientEngagementRecord extends RaRecord {
  id: string;
  clientName: string;
  processorIds: string[];
  startedOn: string | null;
  endedOn: string | null;
  version: number;
  processors?: RecordProcessorRecord[];
}

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  titleDa: string;
  titleEn: string;
  subjectType: string;
  subjectId?: string | null;
  createdAt: string;
  readAt?: string | null;
}

/** Issue 5: reviews, risk-based supervision, reminders and renewals (operations.ts, sparse-fields.ts). */

export interface ChecklistItemRecord {
  key: string;
  /** The question in the caller's language (the API localises it). */
  question: string;
  /** The answer that signals a problem and must be explained in the note ("yes" to incidents). */
  explainIf?: ChecklistAnswer;
  answer?: ChecklistAnswer | null;
  note?: string | null;
}

export interface ReviewFindingRecord {
  severity: ReviewFindingSeverity;
  description: string;
}

export interface FollowUpActionRecord {
  description: string;
  ownerId?: string | null;
  ownerName?: string | null;
  dueOn?: string | null;
  doneOn?: string | null;
}

export interface ReviewDocumentRecord {
  id: string;
  reviewId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface ReminderRecipientRecord {
  userId: string;
  email: string;
  locale: string;
}

export interface ReminderRecord extends RaRecord {
  id: string;
  subjectType: ReminderSubjectType;
  subjectId: string;
  processorId: string;
  processorName: string;
  thresholdKey: string;
  thresholdOn: string;
  dueOn: string;
  escalation: boolean;
  recipients?: ReminderRecipientRecord[];
  status: ReminderStatus;
  attempts: number;
  lastAttemptAt?: string | null;
  lastError?: string | null;
  lastResponseCode?: number | null;
  sentAt?: string | null;
  messageId?: string;
  createdAt?: string;
}

export interface ReviewRecord extends RaRecord {
  id: string;
  kind: ReviewKind;
  method?: SupervisionMethod | null;
  subjectType: ReviewSubjectType;
  subjectId: string;
  subjectLabel: string;
  processorId: string;
  processorName: string;
  status: ReviewStatus;
  dueOn: string;
  dueState?: DueState | null;
  assigneeId?: string | null;
  assigneeName?: string | null;
  intervalMonths?: number | null;
  outcome?: ReviewOutcome | null;
  summary?: string | null;
  reviewComment?: string | null;
  authorIds: string[];
  authorNames: string[];
  approvedById?: string | null;
  approvedByName?: string | null;
  completedOn?: string | null;
  createdOn?: string;
  nextDueOn?: string | null;
  nextReviewId?: string | null;
  previousReviewId?: string | null;
  submissionGaps: string[];
  checklist?: ChecklistItemRecord[];
  findings?: ReviewFindingRecord[];
  actions?: FollowUpActionRecord[];
  documents?: ReviewDocumentRecord[];
  reminders?: ReminderRecord[];
  version: number;
}

export interface RiskFactorRecord {
  factor: string;
  value: string;
  points: number;
}

export interface SupervisionCadenceRecord {
  riskLevel: RiskLevel;
  methods: SupervisionMethod[];
  intervalMonths: number;
  followUp: boolean;
  version: number;
}

export interface ProcessorRiskRecord {
  processorId: string;
  processorName: string;
  status: ProcessorStatus;
  computedLevel: RiskLevel;
  level: RiskLevel;
  score: number;
  factors: RiskFactorRecord[];
  override?: RiskLevel | null;
  overrideReason?: string | null;
  overrideByName?: string | null;
  overrideAt?: string | null;
  cadence: SupervisionCadenceRecord;
  supervisionDueOn?: string | null;
  supervisionReviewId?: string | null;
  version: number;
}

/** A processor and its level only (the dashboard's "by risk" links resolve a level to ids). */
export interface ProcessorRiskLevelRecord {
  processorId: string;
  level: RiskLevel;
}

export interface RenewalRecord {
  agreementId: string;
  processorId: string;
  processorName: string;
  title?: string | null;
  versionNo: number;
  endsOn?: string | null;
  reviewDueOn?: string | null;
  /** ENDS (end date within the window) or REVIEW_DUE (no end date; the yearly review is due). */
  reason: string;
  dueOn: string;
  daysLeft: number;
  dueState: DueState;
  openReviewId?: string | null;
  reminders: ReminderRecord[];
}

export interface LevelCountRecord {
  key: string;
  count: number;
}

export interface AssigneeLoadRecord {
  assigneeId?: string | null;
  name: string;
  dueSoon: number;
  overdue: number;
}

export interface DashboardRecord {
  asOf: string;
  reviewsDueSoon: number;
  reviewsOverdue: number;
  byAssignee: AssigneeLoadRecord[];
  dpasExpiring: number;
  dpasExpiringWithinDays: number;
  failedReminders: number;
  processorsByRisk: LevelCountRecord[];
  processorsByStatus: LevelCountRecord[];
  reviewsCompletedLastYear: number;
  /** Issue 6: requests awaiting a decision, notices nobody could be reached with, unanswered notices escalated to the reviewers. */
  erasureRequestsToDecide: number;
  erasureNoticesFailed: number;
  erasureNoticesEscalated: number;
}

/** Issue 7: the home page's charts. Every combination is listed, zero included. */
export interface DashboardChartsRecord {
  asOf: string;
  processors: { riskLevel: RiskLevel; status: ProcessorStatus; count: number }[];
  /** mechanism null: no tool recorded. */
  transfers: { mechanism: TransferMechanism | null; status: TransferStatus; count: number }[];
  agreements: { status: AgreementStatus; count: number }[];
  /** Oldest first: the end of each of the last eleven months, then today. */
  findingsTrend: { day: string; blockers: number; warnings: number; processors: number }[];
}

export interface ReminderSettingsRecord {
  beforeDays: number[];
  onDueDay: boolean;
  overdueEveryDays: number;
  escalateAfterDays: number;
  mailFrom: string;
  /** SMTP, DEMO_SINK or NONE. */
  mailTransport: string;
  renewalWindowDays: number;
  version: number;
}

export interface SinkMailRecord {
  id: string;
  receivedAt: string;
  mailFrom: string;
  recipients: string[];
  subject: string;
  body: string;
  messageId?: string | null;
}

/** Issue 6: erasure requests, their notices and the messages that carried them (operations.ts, sparse-fields.ts). */

export interface ErasureCaseRecipientRecord {
  processorId: string;
  reference?: string | null;
}

export interface ErasureExclusionRecord {
  processorId: string;
  reason: string;
}

export interface ErasureNoticeRecord extends RaRecord {
  id: string;
  requestId: string;
  processorId: string;
  processorName: string;
  caseReference: string;
  channel: ErasureChannel;
  /** PROCESSOR_INSTRUCTION or ART_19_NOTICE. */
  legalBasis: string;
  reasons: ErasureRecipientReason[];
  recipientReference?: string | null;
  status: ErasureNoticeStatus;
  attempts: number;
  deadlineOn: string;
  sentAt?: string | null;
  answeredAt?: string | null;
  answerSource?: ErasureAnswerSource | null;
  erasedOn?: string | null;
  answerNote?: string | null;
  passedToSubprocessors?: boolean | null;
  exceptionReason?: string | null;
  evidenceFileName?: string | null;
  evidenceSha256?: string | null;
  remindersSent: number;
  escalatedAt?: string | null;
  lastAttemptAt?: string | null;
  lastError?: string | null;
  /** REMINDER or ESCALATION while the notice waits for an answer. */
  nextAction?: string | null;
  nextActionOn?: string | null;
  createdAt?: string;
  version: number;
}

export interface ErasureDispatchRecord {
  id: string;
  processorId: string;
  processorName: string;
  kind: ErasureDispatchKind;
  channel: ErasureChannel;
  /** PRIMARY, FALLBACK or REVIEWERS. */
  recipientKind: string;
  status: ErasureDispatchStatus;
  attempts: number;
  sentAt?: string | null;
  messageId: string;
  expiresOn?: string | null;
  lastError?: string | null;
  lastResponseCode?: number | null;
  noticeCount: number;
  createdAt: string;
}

export interface ErasureRequestRecord extends RaRecord {
  id: string;
  source: ErasureSource;
  grounds: ErasureGround[];
  dataSubjectCategory: DataSubjectCategory;
  caseReference: string;
  receivedOn: string;
  deadlineOn: string;
  extensionMonths: number;
  extensionReason?: string | null;
  identifiersErased: boolean;
  status: ErasureRequestStatus;
  decision?: ErasureDecision | null;
  refusalBasis?: ErasureRefusalBasis | null;
  reasoning?: string | null;
  eraseCategories: DataCategory[];
  decidedById?: string | null;
  decidedAt?: string | null;
  completedAt?: string | null;
  outstanding: number;
  createdAt?: string;
  version: number;
  caseRecipients?: ErasureCaseRecipientRecord[];
  exclusions?: ErasureExclusionRecord[];
  notices?: ErasureNoticeRecord[];
  messages?: ErasureDispatchRecord[];
}

export interface ErasureIdentifiersRecord {
  cpr?: string | null;
  name?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface ErasureRecipientPreviewItemRecord {
  processorId: string;
  name: string;
  reasons: ErasureRecipientReason[];
  channel: ErasureChannel;
  legalBasis: string;
  categoryNotRecorded: boolean;
  recipientReference?: string | null;
}

export interface ErasureSkippedPartyRecord {
  processorId: string;
  name: string;
  reason: ErasureSkipReason;
  note?: string | null;
}

export interface ErasureRecipientPreviewRecord {
  recipients: ErasureRecipientPreviewItemRecord[];
  skipped: ErasureSkippedPartyRecord[];
}

export interface ErasureSettingsRecord {
  organisationName: string;
  reminderDays: number[];
  escalateAfterDays: number;
  linkGraceDays: number;
  minimumAnswerDays: number;
  version: number;
}
