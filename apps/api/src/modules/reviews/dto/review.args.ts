import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DUE_STATES,
  REMINDER_STATUSES,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  REVIEW_SUBJECT_TYPES,
  RISK_LEVELS,
  SUPERVISION_METHODS,
  type DueState,
  type ReminderStatus,
  type ReviewKind,
  type ReviewOutcome,
  type ReviewStatus,
  type ReviewSubjectType,
  type RiskLevel,
  type SupervisionMethod,
} from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { DueStateEnum, ReminderStatusEnum, ReviewKindEnum, ReviewOutcomeEnum, ReviewStatusEnum, ReviewSubjectTypeEnum, RiskLevelEnum, SupervisionMethodEnum } from '../../../graphql/enums.js';
import { ChecklistItemInput, FollowUpActionInput, ReviewFindingInput } from '../review.model.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType('ReviewFilter')
export class ReviewFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field(() => ReviewKindEnum, { nullable: true }) @IsOptional() @IsIn(REVIEW_KINDS) kind?: ReviewKind;
  @Field(() => ReviewStatusEnum, { nullable: true }) @IsOptional() @IsIn(REVIEW_STATUSES) status?: ReviewStatus;
  @Field({ nullable: true, description: 'Open (not completed) reviews only, or completed only.' }) @IsOptional() @IsBoolean() open?: boolean;
  @Field(() => DueStateEnum, { nullable: true, description: 'Due state today (open reviews).' }) @IsOptional() @IsIn(DUE_STATES) dueState?: DueState;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') processorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subjectId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string;
  @Field({ nullable: true, description: 'Due on or before this day.' }) @IsOptional() @Matches(ISO_DATE) dueBefore?: string;
  @Field({ nullable: true, description: 'Nobody is assigned (true), or somebody is (false).' }) @IsOptional() @IsBoolean() unassigned?: boolean;
  @Field({ nullable: true, description: 'Completed after this day (e.g. the last twelve months).' }) @IsOptional() @Matches(ISO_DATE) completedAfter?: string;
}

@ArgsType()
export class ReviewListArgs extends ListArgs {
  @Field(() => ReviewFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ReviewFilter) filter?: ReviewFilter;
}

@ArgsType()
export class CreateReviewArgs {
  @Field(() => ReviewKindEnum) @IsIn(REVIEW_KINDS) kind: ReviewKind;
  @Field(() => ReviewSubjectTypeEnum) @IsIn(REVIEW_SUBJECT_TYPES) subjectType: ReviewSubjectType;
  @Field(() => ID) @IsUUID('all') subjectId: string;
  @Field() @Matches(ISO_DATE) dueOn: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string | null;
  @Field(() => SupervisionMethodEnum, { nullable: true }) @IsOptional() @IsIn(SUPERVISION_METHODS) method?: SupervisionMethod | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60) intervalMonths?: number | null;
}

@ArgsType()
export class ReviewVersionArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class UpdateReviewArgs extends ReviewVersionArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') assigneeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ISO_DATE) dueOn?: string | null;
  @Field(() => SupervisionMethodEnum, { nullable: true }) @IsOptional() @IsIn(SUPERVISION_METHODS) method?: SupervisionMethod | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60) intervalMonths?: number | null;
  @Field(() => [ChecklistItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ChecklistItemInput) checklist?: ChecklistItemInput[] | null;
  @Field(() => [ReviewFindingInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ReviewFindingInput) findings?: ReviewFindingInput[] | null;
  @Field(() => [FollowUpActionInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => FollowUpActionInput) actions?: FollowUpActionInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(20000) summary?: string | null;
  @Field(() => ReviewOutcomeEnum, { nullable: true, description: "The author's proposed outcome; the approver confirms it." }) @IsOptional() @IsIn(REVIEW_OUTCOMES) outcome?: ReviewOutcome | null;
}

@ArgsType()
export class ApproveReviewArgs extends ReviewVersionArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @max(10000) comment?: string | null;
}

@ArgsType()
export class SendBackReviewArgs extends ReviewVersionArgs {
  @Field({ description: 'What must change.' }) @IsString() @max(10000) comment: string;
}

@InputType('ReminderFilter')
export class ReminderFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subjectId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') processorId?: string;
  @Field(() => ReminderStatusEnum, { nullable: true }) @IsOptional() @IsIn(REMINDER_STATUSES) status?: ReminderStatus;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() escalation?: boolean;
}

@ArgsType()
export class ReminderListArgs extends ListArgs {
  @Field(() => ReminderFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ReminderFilter) filter?: ReminderFilter;
}

@InputType('SinkMailFilter')
export class SinkMailFilter {
  @Field({ nullable: true, description: 'Recipient or subject contains.' }) @IsOptional() @IsString() @max(200) q?: string;
}

@ArgsType()
export class SinkMailListArgs extends ListArgs {
  @Field(() => SinkMailFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SinkMailFilter) filter?: SinkMailFilter;
}

@ArgsType()
export class OverrideRiskArgs {
  @Field(() => ID) @IsUUID('all') processorId: string;
  @Field(() => Int, { description: "The processor's version as read." }) @IsInt() @Min(1) version: number;
  @Field(() => RiskLevelEnum, { nullable: true, description: 'Null removes the override.' }) @IsOptional() @IsIn(RISK_LEVELS) level?: RiskLevel | null;
  @Field(() => String, { nullable: true, description: 'Required with a level.' }) @IsOptional() @max(2000) reason?: string | null;
}

@ArgsType()
export class UpdateCadenceArgs {
  @Field(() => RiskLevelEnum) @IsIn(RISK_LEVELS) riskLevel: RiskLevel;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [SupervisionMethodEnum]) @ArrayMinSize(1) @ArrayMaxSize(4) @IsIn(SUPERVISION_METHODS, { each: true }) methods: SupervisionMethod[];
  @Field(() => Int) @IsInt() @Min(1) @Max(60) intervalMonths: number;
  @Field() @IsBoolean() followUp: boolean;
}

@ArgsType()
export class UpdateReminderSettingsArgs {
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [Int]) @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(365, { each: true }) beforeDays: number[];
  @Field() @IsBoolean() onDueDay: boolean;
  @Field(() => Int, { description: '0 turns weekly overdue reminders off.' }) @IsInt() @Min(0) @Max(90) overdueEveryDays: number;
  @Field(() => Int, { description: '0 turns escalation off.' }) @IsInt() @Min(0) @Max(365) escalateAfterDays: number;
  @Field() @IsEmail({ require_tld: false }) @max(254) mailFrom: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) renewalWindowDays: number;
}

@ArgsType()
export class SetTestClockArgs {
  @Field({ description: 'The instant the clock shows from now on (ISO 8601).' }) @IsString() @max(40) at: string;
}
