import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  ERASURE_ANSWERS,
  ERASURE_DECISIONS,
  ERASURE_GROUNDS,
  ERASURE_REFUSAL_BASES,
  ERASURE_SOURCES,
  type DataCategory,
  type DataSubjectCategory,
  type ErasureAnswer,
  type ErasureAnswerSource,
  type ErasureChannel,
  type ErasureDispatchKind,
  type ErasureDispatchStatus,
  type ErasureDecision,
  type ErasureGround,
  type ErasureNoticeStatus,
  type ErasureRecipientReason,
  type ErasureRefusalBasis,
  type ErasureRequestStatus,
  type ErasureSkipReason,
  type ErasureSource,
} from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../common/list-args.js';
import {
  DataCategoryEnum,
  DataSubjectCategoryEnum,
  ErasureAnswerEnum,
  ErasureAnswerSourceEnum,
  ErasureChannelEnum,
  ErasureDecisionEnum,
  ErasureDispatchKindEnum,
  ErasureDispatchStatusEnum,
  ErasureGroundEnum,
  ErasureNoticeStatusEnum,
  ErasureRecipientReasonEnum,
  ErasureRefusalBasisEnum,
  ErasureRequestStatusEnum,
  ErasureSkipReasonEnum,
  ErasureSourceEnum,
} from '../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@ObjectType('ErasureCaseRecipient', { description: 'A recipient the request itself names, with its own reference for the case.' })
export class ErasureCaseRecipientModel {
  @Field(() => ID) processorId: string;
  @Field(() => String, { nullable: true }) reference: string | null;
}

@InputType('ErasureCaseRecipientInput')
export class ErasureCaseRecipientInput {
  @Field(() => ID) @IsUUID('all') processorId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(200) reference?: string | null;
}

@ObjectType('ErasureExclusion', { description: 'A recipient a reviewer left out, and why (Art. 19).' })
export class ErasureExclusionModel {
  @Field(() => ID) processorId: string;
  @Field() reason: string;
}

@InputType('ErasureExclusionInput')
export class ErasureExclusionInput {
  @Field(() => ID) @IsUUID('all') processorId: string;
  @Field() @IsString() @max(2000) reason: string;
}

@ObjectType('ErasureNotice', { description: 'One recipient told of one erasure, and its answer. Sent is never done.' })
export class ErasureNoticeModel {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID) processorId: string;
  @Field() processorName: string;
  @Field(() => ErasureChannelEnum) channel: ErasureChannel;
  @Field({ description: 'PROCESSOR_INSTRUCTION (Art. 28(3)(a), (g)) or ART_19_NOTICE (a controller in its own right).' }) legalBasis: string;
  @Field(() => [ErasureRecipientReasonEnum]) reasons: ErasureRecipientReason[];
  @Field(() => String, { nullable: true }) recipientReference: string | null;
  @Field(() => ErasureNoticeStatusEnum) status: ErasureNoticeStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => String, { nullable: true }) erasedOn: string | null;
  @Field(() => String, { nullable: true }) answerNote: string | null;
  @Field(() => Boolean, { nullable: true }) passedToSubprocessors: boolean | null;
  @Field(() => String, { nullable: true }) exceptionReason: string | null;
  @Field({ description: 'Our case reference.' }) caseReference: string;
  @Field({ description: 'The day the recipient is asked to have erased by.' }) deadlineOn: string;
  @Field(() => Int) remindersSent: number;
  @Field(() => Date, { nullable: true }) escalatedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last send failed: the SMTP code or HTTP status.' }) lastError: string | null;
  @Field(() => ErasureAnswerSourceEnum, { nullable: true }) answerSource: ErasureAnswerSource | null;
  @Field(() => ID, { nullable: true }) recordedById: string | null;
  @Field(() => String, { nullable: true }) evidenceFileName: string | null;
  @Field(() => String, { nullable: true }) evidenceSha256: string | null;
  @Field(() => String, { nullable: true, description: 'REMINDER or ESCALATION while the notice waits for an answer; REVIEW_REFUSAL when a processor refused and a reviewer must follow it up.' }) nextAction: string | null;
  @Field(() => String, { nullable: true }) nextActionOn: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('ErasureRequest', { description: "An erasure request (Art. 17). The person's identifiers are never part of it: see revealErasureIdentifiers." })
export class ErasureRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ErasureSourceEnum) source: ErasureSource;
  @Field(() => [ErasureGroundEnum]) grounds: ErasureGround[];
  @Field(() => DataSubjectCategoryEnum) dataSubjectCategory: DataSubjectCategory;
  @Field() caseReference: string;
  @Field() receivedOn: string;
  @Field({ description: 'Art. 12(3): the day the person must have our answer.' }) deadlineOn: string;
  @Field(() => Int) extensionMonths: number;
  @Field(() => String, { nullable: true }) extensionReason: string | null;
  @Field({ description: 'The identifiers have been erased from Tilsyn too (only the keyed hashes remain).' }) identifiersErased: boolean;
  @Field(() => [ErasureCaseRecipientModel]) caseRecipients: ErasureCaseRecipientModel[];
  @Field(() => ErasureRequestStatusEnum) status: ErasureRequestStatus;
  @Field(() => ErasureDecisionEnum, { nullable: true }) decision: ErasureDecision | null;
  @Field(() => ErasureRefusalBasisEnum, { nullable: true }) refusalBasis: ErasureRefusalBasis | null;
  @Field(() => String, { nullable: true }) reasoning: string | null;
  @Field(() => [DataCategoryEnum]) eraseCategories: DataCategory[];
  @Field(() => [ErasureExclusionModel]) exclusions: ErasureExclusionModel[];
  @Field(() => ID, { nullable: true }) decidedById: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => [ErasureNoticeModel]) notices: ErasureNoticeModel[];
  @Field(() => Int, { description: 'Notices not yet answered, excepted or cancelled.' }) outstanding: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('ErasureIdentifiers', { description: "The person's identifiers in clear (erasure.identifiers; each viewing is audited)." })
export class ErasureIdentifiersModel {
  @Field(() => String, { nullable: true }) cpr: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
}

@ObjectType('ErasureRecipientPreviewItem')
export class ErasureRecipientPreviewItem {
  @Field(() => ID) processorId: string;
  @Field() name: string;
  @Field(() => [ErasureRecipientReasonEnum]) reasons: ErasureRecipientReason[];
  @Field(() => ErasureChannelEnum) channel: ErasureChannel;
  @Field() legalBasis: string;
  @Field({ description: 'The register does not say whose data it holds: told to be safe.' }) categoryNotRecorded: boolean;
  @Field(() => String, { nullable: true }) recipientReference: string | null;
}

@ObjectType('ErasureSkippedParty')
export class ErasureSkippedPartyModel {
  @Field(() => ID) processorId: string;
  @Field() name: string;
  @Field(() => ErasureSkipReasonEnum) reason: ErasureSkipReason;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('ErasureRecipientPreview', { description: 'Who would be told and why, and who not and why — before anything is sent.' })
export class ErasureRecipientPreviewModel {
  @Field(() => [ErasureRecipientPreviewItem]) recipients: ErasureRecipientPreviewItem[];
  @Field(() => [ErasureSkippedPartyModel]) skipped: ErasureSkippedPartyModel[];
}

@InputType('FileErasureRequestInput')
@ArgsType()
export class FileErasureRequestArgs {
  @Field(() => ErasureSourceEnum) @IsIn(ERASURE_SOURCES) source: ErasureSource;
  @Field(() => [ErasureGroundEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(6) @IsIn(ERASURE_GROUNDS, { each: true }) grounds?: ErasureGround[] | null;
  @Field(() => DataSubjectCategoryEnum, { nullable: true }) @IsOptional() @IsIn(DATA_SUBJECT_CATEGORIES) dataSubjectCategory?: DataSubjectCategory | null;
  @Field() @IsString() @max(200) caseReference: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() @max(10) receivedOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(20) cpr?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(320) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(500) address?: string | null;
  @Field(() => [ErasureCaseRecipientInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ErasureCaseRecipientInput) caseRecipients?: ErasureCaseRecipientInput[] | null;
  @Field(() => String, { nullable: true, description: 'A repeated call with the same key returns the first request and creates nothing.' })
  @IsOptional()
  @IsString()
  @max(200)
  idempotencyKey?: string | null;
}

@ArgsType()
export class DecideErasureRequestArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => ErasureDecisionEnum) @IsIn(ERASURE_DECISIONS) decision: ErasureDecision;
  @Field(() => ErasureRefusalBasisEnum, { nullable: true }) @IsOptional() @IsIn(ERASURE_REFUSAL_BASES) refusalBasis?: ErasureRefusalBasis | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(5000) reasoning?: string | null;
  @Field(() => [DataCategoryEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsIn(DATA_CATEGORIES, { each: true }) categories?: DataCategory[] | null;
  @Field(() => [ErasureExclusionInput], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ErasureExclusionInput) exclusions?: ErasureExclusionInput[] | null;
}

@InputType('ErasureRequestFilter')
export class ErasureRequestFilter {
  @Field(() => ErasureRequestStatusEnum, { nullable: true }) @IsOptional() status?: ErasureRequestStatus;
  @Field(() => String, { nullable: true, description: 'Finds the requests of a person by CPR number (compared by keyed hash, never stored in clear).' }) @IsOptional() @IsString() @max(20) cpr?: string;
  @Field(() => String, { nullable: true, description: 'Finds the requests of a person by e-mail (keyed hash).' }) @IsOptional() @IsString() @max(320) email?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(200) caseReference?: string;
}

@ArgsType()
export class ErasureRequestListArgs extends ListArgs {
  @Field(() => ErasureRequestFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ErasureRequestFilter) filter?: ErasureRequestFilter;
}

@ObjectType('ErasureDispatch', { description: 'One message to a recipient: a digest of notices, a reminder, or an escalation to the reviewers. The evidence of who was told when.' })
export class ErasureDispatchModel {
  @Field(() => ID) id: string;
  @Field(() => ID) processorId: string;
  @Field() processorName: string;
  @Field(() => ErasureDispatchKindEnum) kind: ErasureDispatchKind;
  @Field(() => ErasureChannelEnum) channel: ErasureChannel;
  @Field({ description: 'PRIMARY, FALLBACK (after a permanent failure) or REVIEWERS.' }) recipientKind: string;
  @Field(() => ErasureDispatchStatusEnum) status: ErasureDispatchStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Int, { nullable: true }) lastResponseCode: number | null;
  @Field({ description: 'The same on every attempt: a repeat after a crash is recognisable.' }) messageId: string;
  @Field(() => String, { nullable: true, description: 'The last day its confirmation link works.' }) expiresOn: string | null;
  @Field(() => Int) noticeCount: number;
  @Field(() => Date) createdAt: Date;
}


@ArgsType()
export class FileErasureRequestsArgs {
  @Field(() => [FileErasureRequestArgs], { description: 'Up to 5,000 requests (e.g. closed cases whose retention ran out); all are filed or none.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => FileErasureRequestArgs)
  requests: FileErasureRequestArgs[];
}

@ObjectType('FiledErasureRequests')
export class FiledErasureRequestsModel {
  @Field(() => [ID], { description: 'In the order given; a repeated idempotency key gives the request filed before.' }) ids: string[];
  @Field(() => Int) created: number;
}

@ArgsType()
export class ApproveErasureRequestsArgs {
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(10000) @IsUUID('all', { each: true }) ids: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(5000) reasoning?: string | null;
}

@ObjectType('ApprovedErasureRequests')
export class ApprovedErasureRequestsModel {
  @Field(() => Int) approved: number;
  @Field(() => Int) notices: number;
}

@ArgsType()
export class ErasureNoticeStepArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class ExtendErasureDeadlineArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => Int, { description: 'Months added to the one-month deadline in all: 1 or 2 (Art. 12(3)).' }) @IsInt() months: number;
  @Field({ description: 'Why the extension is necessary (complexity, number of requests); the person is told it with the reasons.' }) @IsString() @max(2000) reason: string;
}

@ArgsType()
export class SettleErasureNoticeArgs extends ErasureNoticeStepArgs {
  @Field({ description: 'Why (Art. 19: impossible or disproportionate; or why the notice is cancelled).' }) @IsString() @max(2000) reason: string;
}

@ArgsType()
export class RecordErasureAnswerArgs extends ErasureNoticeStepArgs {
  @Field(() => ErasureAnswerEnum) @IsIn(ERASURE_ANSWERS) answer: ErasureAnswer;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; for CONFIRMED (today when left out).' }) @IsOptional() @IsString() @max(10) erasedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @max(2000) note?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() passedToSubprocessors?: boolean | null;
}

@InputType('ErasureNoticeFilter')
export class ErasureNoticeFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') requestId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') processorId?: string;
  @Field(() => ErasureNoticeStatusEnum, { nullable: true }) @IsOptional() status?: ErasureNoticeStatus;
  @Field(() => ErasureChannelEnum, { nullable: true }) @IsOptional() channel?: ErasureChannel;
  @Field(() => Boolean, { nullable: true, description: 'Not yet answered, excepted or cancelled.' }) @IsOptional() outstanding?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The reviewers have been told.' }) @IsOptional() escalated?: boolean;
}

@ArgsType()
export class ErasureNoticeListArgs extends ListArgs {
  @Field(() => ErasureNoticeFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ErasureNoticeFilter) filter?: ErasureNoticeFilter;
}

@ObjectType('ErasureSettings', { description: 'How erasure notices are followed up.' })
export class ErasureSettingsModel {
  @Field({ description: 'Who we are, as notices name us.' }) organisationName: string;
  @Field(() => [Int]) reminderDays: number[];
  @Field(() => Int) escalateAfterDays: number;
  @Field(() => Int) linkGraceDays: number;
  @Field(() => Int) minimumAnswerDays: number;
  @Field(() => Int) version: number;
}

@ArgsType()
export class UpdateErasureSettingsArgs {
  @Field() @IsString() @max(200) organisationName: string;
  @Field(() => [Int]) @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(60, { each: true }) reminderDays: number[];
  @Field(() => Int) @IsInt() @Min(0) @Max(90) escalateAfterDays: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) linkGraceDays: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(90) minimumAnswerDays: number;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
