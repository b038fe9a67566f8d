import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  ERASURE_DECISIONS,
  ERASURE_GROUNDS,
  ERASURE_REFUSAL_BASES,
  ERASURE_SOURCES,
  type DataCategory,
  type DataSubjectCategory,
  type ErasureChannel,
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
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../common/list-args.js';
import {
  DataCategoryEnum,
  DataSubjectCategoryEnum,
  ErasureChannelEnum,
  ErasureDecisionEnum,
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
