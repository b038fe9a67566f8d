import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { CLAUSE_ASSESSMENTS, DPA_GAP_CODES, SUBPROCESSOR_AUTHORISATIONS, type ClauseAssessment, type DpaGapCode, type SubprocessorAuthorisation } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ClauseAssessmentEnum, ClauseCodeEnum, SubprocessorAuthorisationEnum } from '../../../graphql/enums.js';

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
