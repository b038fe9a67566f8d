import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CHECKLIST_ANSWERS,
  REVIEW_FINDING_SEVERITIES,
  type ChecklistAnswer,
  type DueState,
  type ReminderStatus,
  type ReminderSubjectType,
  type ReviewFindingSeverity,
  type ReviewKind,
  type ReviewOutcome,
  type ReviewStatus,
  type ReviewSubjectType,
  type RiskLevel,
  type SupervisionMethod,
} from '@tilsyn/domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  ChecklistAnswerEnum,
  DueStateEnum,
  ProcessorStatusEnum,
  ReminderStatusEnum,
  ReminderSubjectTypeEnum,
  ReviewFindingSeverityEnum,
  ReviewKindEnum,
  ReviewOutcomeEnum,
  ReviewStatusEnum,
  ReviewSubjectTypeEnum,
  RiskLevelEnum,
  SupervisionMethodEnum,
} from '../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('ChecklistItem', { description: 'One question of the review checklist, with its answer.' })
export class ChecklistItemModel {
  @Field() key: string;
  @Field({ description: "The question in the caller's language." }) question: string;
  @Field(() => ChecklistAnswerEnum, { description: 'The answer that signals a problem and must be explained in the note.' }) explainIf: ChecklistAnswer;
  @Field(() => ChecklistAnswerEnum, { nullable: true }) answer: ChecklistAnswer | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@InputType('ChecklistItemInput')
export class ChecklistItemInput {
  @Field() @IsString() @max(64) key: string;
  @Field(() => ChecklistAnswerEnum, { nullable: true }) @IsOptional() @IsIn(CHECKLIST_ANSWERS) answer?: ChecklistAnswer | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) note?: string | null;
}

@ObjectType('ReviewFinding', { description: 'Something the review found, with its severity.' })
export class ReviewFindingModel {
  @Field(() => ReviewFindingSeverityEnum) severity: ReviewFindingSeverity;
  @Field() description: string;
}

@InputType('ReviewFindingInput')
export class ReviewFindingInput {
  @Field(() => ReviewFindingSeverityEnum) @IsIn(REVIEW_FINDING_SEVERITIES) severity: ReviewFindingSeverity;
  @Field() @IsString() @max(5000) description: string;
}

@ObjectType('FollowUpAction', { description: 'A follow-up action with its owner and due date.' })
export class FollowUpActionModel {
  @Field() description: string;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field(() => String, { nullable: true }) doneOn: string | null;
}

@InputType('FollowUpActionInput')
export class FollowUpActionInput {
  @Field() @IsString() @max(2000) description: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ISO_DATE) dueOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ISO_DATE) doneOn?: string | null;
}

@ObjectType('ReviewDocument', { description: 'Evidence attached to a review (PDF or DOCX).' })
export class ReviewDocumentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) reviewId: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() sha256: string;
  @Field() uploadedAt: Date;
}

@ObjectType('ReminderRecipient')
export class ReminderRecipientModel {
  @Field(() => ID) userId: string;
  @Field({ description: 'A staff member (never a data subject).' }) email: string;
  @Field() locale: string;
}

@ObjectType('Reminder', { description: 'One reminder per subject, due date and threshold: sent at most once, with its delivery record.' })
export class ReminderModel {
  @Field(() => ID) id: string;
  @Field(() => ReminderSubjectTypeEnum) subjectType: ReminderSubjectType;
  @Field(() => ID) subjectId: string;
  @Field(() => ID) processorId: string;
  @Field() processorName: string;
  @Field() dueOn: string;
  @Field({ description: 'BEFORE_30, BEFORE_7, DUE, OVERDUE_7, OVERDUE_14, …, ESCALATE_14.' }) thresholdKey: string;
  @Field() thresholdOn: string;
  @Field() escalation: boolean;
  @Field(() => [ReminderRecipientModel]) recipients: ReminderRecipientModel[];
  @Field(() => ReminderStatusEnum) status: ReminderStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Int, { nullable: true }) lastResponseCode: number | null;
  @Field() messageId: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastAttemptAt: Date | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

@ObjectType('Review', { description: 'A review of a processor, DPA, transfer or TIA, with four eyes; frozen once completed.' })
export class ReviewModel {
  @Field(() => ID) id: string;
  @Field(() => ReviewKindEnum) kind: ReviewKind;
  @Field(() => SupervisionMethodEnum, { nullable: true }) method: SupervisionMethod | null;
  @Field(() => ReviewSubjectTypeEnum) subjectType: ReviewSubjectType;
  @Field(() => ID) subjectId: string;
  @Field({ description: 'What is reviewed, in words (a processor, a DPA version, a transfer).' }) subjectLabel: string;
  @Field(() => ID) processorId: string;
  @Field() processorName: string;
  @Field(() => ReviewStatusEnum) status: ReviewStatus;
  @Field() dueOn: string;
  @Field(() => DueStateEnum, { nullable: true, description: 'Null once completed.' }) dueState: DueState | null;
  @Field() createdOn: string;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => String, { nullable: true }) assigneeName: string | null;
  @Field(() => Int, { nullable: true, description: 'Months after completion that the next review falls due (completion-anchored).' }) intervalMonths: number | null;
  @Field(() => [ChecklistItemModel]) checklist: ChecklistItemModel[];
  @Field(() => [ReviewFindingModel]) findings: ReviewFindingModel[];
  @Field(() => [FollowUpActionModel]) actions: FollowUpActionModel[];
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => ReviewOutcomeEnum, { nullable: true }) outcome: ReviewOutcome | null;
  @Field(() => [ID]) authorIds: string[];
  @Field(() => [String]) authorNames: string[];
  @Field(() => ID, { nullable: true }) approvedById: string | null;
  @Field(() => String, { nullable: true }) approvedByName: string | null;
  @Field(() => String, { nullable: true }) reviewComment: string | null;
  @Field(() => String, { nullable: true }) completedOn: string | null;
  @Field(() => ID, { nullable: true }) previousReviewId: string | null;
  @Field(() => ID, { nullable: true }) nextReviewId: string | null;
  @Field(() => String, { nullable: true, description: 'Due date of the next review scheduled on completion.' }) nextDueOn: string | null;
  @Field(() => [String], { description: 'What is still missing before it can be submitted (field paths).' }) submissionGaps: string[];
  @Field(() => [ReviewDocumentModel]) documents: ReviewDocumentModel[];
  @Field(() => [ReminderModel]) reminders: ReminderModel[];
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('RiskFactor')
export class RiskFactorModel {
  @Field({ description: 'DATA_CATEGORY, DATA_SUBJECTS, THIRD_COUNTRY, TRANSFER_STATUS, CHAIN_DEPTH or SERVICE_KIND.' }) factor: string;
  @Field() value: string;
  @Field(() => Int) points: number;
}

@ObjectType('SupervisionCadence', { description: 'How and how often a processor of a risk level is supervised.' })
export class SupervisionCadenceModel {
  @Field(() => RiskLevelEnum) riskLevel: RiskLevel;
  @Field(() => [SupervisionMethodEnum]) methods: SupervisionMethod[];
  @Field(() => Int) intervalMonths: number;
  @Field() followUp: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('ProcessorRisk', { description: "A processor's risk level with its breakdown, any override, and the supervision it calls for." })
export class ProcessorRiskModel {
  @Field(() => ID) processorId: string;
  @Field() processorName: string;
  @Field(() => ProcessorStatusEnum) status: string;
  @Field(() => RiskLevelEnum) computedLevel: RiskLevel;
  @Field(() => Int) score: number;
  @Field(() => [RiskFactorModel]) factors: RiskFactorModel[];
  @Field(() => RiskLevelEnum, { nullable: true }) override: RiskLevel | null;
  @Field(() => String, { nullable: true }) overrideReason: string | null;
  @Field(() => String, { nullable: true }) overrideByName: string | null;
  @Field(() => Date, { nullable: true }) overrideAt: Date | null;
  @Field(() => RiskLevelEnum, { description: 'The override if any, else the computed level.' }) level: RiskLevel;
  @Field(() => SupervisionCadenceModel) cadence: SupervisionCadenceModel;
  @Field(() => String, { nullable: true }) supervisionDueOn: string | null;
  @Field(() => ID, { nullable: true }) supervisionReviewId: string | null;
  @Field(() => Int, { description: "The processor's version (for the override's optimistic lock)." }) version: number;
}

@ObjectType('Renewal', { description: 'A DPA whose end date approaches, or whose yearly review is due.' })
export class RenewalModel {
  @Field(() => ID) agreementId: string;
  @Field(() => ID) processorId: string;
  @Field() processorName: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => Int) versionNo: number;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field(() => String, { nullable: true }) reviewDueOn: string | null;
  @Field({ description: 'ENDS (end date within the window) or REVIEW_DUE (no end date; the yearly review is due).' }) reason: string;
  @Field() dueOn: string;
  @Field(() => Int) daysLeft: number;
  @Field(() => DueStateEnum) dueState: DueState;
  @Field(() => ID, { nullable: true }) openReviewId: string | null;
  @Field(() => [ReminderModel]) reminders: ReminderModel[];
}

@ObjectType('AssigneeLoad')
export class AssigneeLoadModel {
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field() name: string;
  @Field(() => Int) dueSoon: number;
  @Field(() => Int) overdue: number;
}

@ObjectType('LevelCount')
export class LevelCountModel {
  @Field() key: string;
  @Field(() => Int) count: number;
}

@ObjectType('Dashboard', { description: 'What needs action this week; each count links to a filtered list.' })
export class DashboardModel {
  @Field() asOf: string;
  @Field(() => Int) reviewsDueSoon: number;
  @Field(() => Int) reviewsOverdue: number;
  @Field(() => [AssigneeLoadModel]) byAssignee: AssigneeLoadModel[];
  @Field(() => Int, { description: 'DPAs that have ended without renewal or end within the renewal window (dpasExpiringWithinDays): the renewals page\'s "ends" rows.' }) dpasExpiring: number;
  @Field(() => Int, { description: 'The renewal window in days (a reminder setting, 90 by default).' }) dpasExpiringWithinDays: number;
  @Field(() => [LevelCountModel]) processorsByRisk: LevelCountModel[];
  @Field(() => [LevelCountModel]) processorsByStatus: LevelCountModel[];
  @Field(() => Int) failedReminders: number;
  @Field(() => Int, { description: 'Reviews completed in the last 12 months.' }) reviewsCompletedLastYear: number;
  @Field(() => Int, { description: 'Erasure requests waiting for a decision (status RECEIVED).' }) erasureRequestsToDecide: number;
  @Field(() => Int, { description: 'Erasure notices that could not be delivered to anyone (status FAILED): the notice list filtered by that status.' }) erasureNoticesFailed: number;
  @Field(() => Int, { description: 'Unanswered erasure notices the reviewers have been told of (escalated and outstanding).' }) erasureNoticesEscalated: number;
}

@ObjectType('ReminderSettings', { description: 'When reminders go out, and the sender.' })
export class ReminderSettingsModel {
  @Field(() => [Int]) beforeDays: number[];
  @Field() onDueDay: boolean;
  @Field(() => Int) overdueEveryDays: number;
  @Field(() => Int) escalateAfterDays: number;
  @Field() mailFrom: string;
  @Field(() => Int) renewalWindowDays: number;
  @Field({ description: 'Whether mail leaves through SMTP_URL or the demo sink.' }) mailTransport: string;
  @Field(() => Int) version: number;
}

@ObjectType('SinkMail', { description: 'A message the demo SMTP sink received.' })
export class SinkMailModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) messageId: string | null;
  @Field() mailFrom: string;
  @Field(() => [String]) recipients: string[];
  @Field() subject: string;
  @Field() body: string;
  @Field() receivedAt: Date;
}
