import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { CLAUSE_ASSESSMENTS, CPR_DISCLOSURE_BASES, DATA_CATEGORIES, DPA_GAP_CODES, ENGAGEMENT_ROLES, SUBPROCESSOR_AUTHORISATIONS, type ClauseAssessment, type CprDisclosureBasis, type DataCategory, type DpaGapCode, type EngagementRole, type SubprocessorAuthorisation } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ClauseAssessmentEnum, ClauseCodeEnum, CprDisclosureBasisEnum, DataCategoryEnum, EngagementRoleEnum, SubprocessorAuthorisationEnum } from '../../../graphql/enums.js';

@InputType('ClauseAssessmentInput')
export class ClauseAssessmentInput {
  @Field(() => ClauseCodeEnum)
  @IsIn(DPA_GAP_CODES)
  code: DpaGapCode;

  @Field(() => ClauseAssessmentEnum)
  @IsIn(CLAUSE_ASSESSMENTS)
  assessment: ClauseAssessment;
}

@InputType('AgreementFactsInput', { description: 'The same facts a stored agreement holds, for a preview.' })
export class AgreementFactsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) signedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) endsOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) terminatedOn?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(120) reviewIntervalMonths?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) lastReviewedOn?: string | null;

  @Field(() => [ClauseAssessmentInput], { description: 'Items left out count as NOT_ASSESSED.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ClauseAssessmentInput)
  clauses: ClauseAssessmentInput[];
}

@ArgsType()
export class AssessAgreementArgs {
  @Field(() => AgreementFactsInput)
  @ValidateNested()
  @Type(() => AgreementFactsInput)
  input: AgreementFactsInput;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' })
  @IsOptional()
  @MaxLength(10)
  asOf?: string | null;
}

@InputType('SubprocessorLinkFactsInput', { description: 'The same facts a stored sub-processor link holds, for a preview.' })
export class SubprocessorLinkFactsInput {
  @Field(() => SubprocessorAuthorisationEnum) @IsIn(SUBPROCESSOR_AUTHORISATIONS) regime: SubprocessorAuthorisation;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) noticeDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) notifiedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) objectedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) approvedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) firstUsedOn?: string | null;
}

@ArgsType()
export class AssessSubprocessorLinkArgs {
  @Field(() => SubprocessorLinkFactsInput)
  @ValidateNested()
  @Type(() => SubprocessorLinkFactsInput)
  input: SubprocessorLinkFactsInput;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' })
  @IsOptional()
  @MaxLength(10)
  asOf?: string | null;
}

@ArgsType()
export class ComplianceArgs {
  @Field(() => String, { description: 'Processor id.' })
  @MaxLength(40)
  id: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' })
  @IsOptional()
  @MaxLength(10)
  asOf?: string | null;
}

@InputType('EngagementFactsInput')
export class EngagementFactsInput {
  @Field(() => EngagementRoleEnum) @IsIn(ENGAGEMENT_ROLES) role: EngagementRole;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) startedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) endedOn?: string | null;
  @Field(() => CprDisclosureBasisEnum, { nullable: true }) @IsOptional() @IsIn(CPR_DISCLOSURE_BASES) cprDisclosureBasis?: CprDisclosureBasis | null;
}

@InputType('AgreementVersionFactsInput')
export class AgreementVersionFactsInput extends AgreementFactsInput {
  @Field(() => String) @IsString() @MaxLength(100) id: string;
}

@InputType('SubprocessorLinkVersionFactsInput')
export class SubprocessorLinkVersionFactsInput extends SubprocessorLinkFactsInput {
  @Field(() => String) @IsString() @MaxLength(100) id: string;
}

@InputType('SubprocessorFactsInput')
export class SubprocessorFactsInput {
  @Field(() => SubprocessorLinkVersionFactsInput)
  @ValidateNested()
  @Type(() => SubprocessorLinkVersionFactsInput)
  link: SubprocessorLinkVersionFactsInput;

  @Field(() => ProcessorFactsInput)
  @ValidateNested()
  @Type(() => ProcessorFactsInput)
  // An intersection keeps TypeScript from emitting a design:type that refers to the class
  // before it is defined (the input type is recursive; ESM has no hoisting for classes).
  processor: ProcessorFactsInput & object;
}

@InputType('ProcessorFactsInput', { description: 'A processor and its chain as plain facts, for a preview of the roll-up.' })
export class ProcessorFactsInput {
  @Field(() => String) @IsString() @MaxLength(100) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) privacyContactName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(254) privacyContactEmail?: string | null;
  @Field(() => [DataCategoryEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsIn(DATA_CATEGORIES, { each: true }) dataCategories?: DataCategory[] | null;

  @Field(() => EngagementFactsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementFactsInput)
  engagement?: EngagementFactsInput | null;

  @Field(() => [AgreementVersionFactsInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgreementVersionFactsInput)
  agreements?: AgreementVersionFactsInput[] | null;

  @Field(() => [SubprocessorFactsInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SubprocessorFactsInput)
  subprocessors?: SubprocessorFactsInput[] | null;
}

@ArgsType()
export class AssessProcessorFactsArgs {
  @Field(() => ProcessorFactsInput)
  @ValidateNested()
  @Type(() => ProcessorFactsInput)
  input: ProcessorFactsInput;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' })
  @IsOptional()
  @MaxLength(10)
  asOf?: string | null;
}
