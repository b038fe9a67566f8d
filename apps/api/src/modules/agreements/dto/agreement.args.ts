import { ArgsType, Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { AGREEMENT_STATUSES, AGREEMENT_TEMPLATES, CLAUSE_ASSESSMENTS, DPA_GAP_CODES, SUBPROCESSOR_AUTHORISATIONS, type AgreementStatus, type AgreementTemplate, type ClauseAssessment, type DpaGapCode, type SubprocessorAuthorisation } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { AgreementStatusEnum, AgreementTemplateEnum, ClauseAssessmentEnum, ClauseCodeEnum, SubprocessorAuthorisationEnum } from '../../../graphql/enums.js';

@InputType('AgreementFilter')
export class AgreementFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field({ nullable: true }) @IsOptional() @IsUUID('all') processorId?: string;
  @Field(() => AgreementStatusEnum, { nullable: true, description: 'Status today.' }) @IsOptional() @IsIn(AGREEMENT_STATUSES) status?: AgreementStatus;
}

@ArgsType()
export class AgreementListArgs extends ListArgs {
  @Field(() => AgreementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreementFilter)
  filter?: AgreementFilter;
}

@ArgsType()
export class CreateAgreementArgs {
  @Field(() => ID) @IsUUID('all') processorId: string;
  @Field(() => AgreementTemplateEnum) @IsIn(AGREEMENT_TEMPLATES) template: AgreementTemplate;
  @Field() @IsString() @MaxLength(300, { context: { max: 300 } }) title: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @IsOptional() @MaxLength(10) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @IsOptional() @MaxLength(10) endsOn?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months between reviews (default 12).' }) @IsOptional() @IsInt() @Min(1) @Max(120) reviewIntervalMonths?: number | null;
  @Field(() => SubprocessorAuthorisationEnum, { nullable: true }) @IsOptional() @IsIn(SUBPROCESSOR_AUTHORISATIONS) subprocessorRegime?: SubprocessorAuthorisation | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) subprocessorNoticeDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'Start from this earlier version: its checklist is copied, every row to be re-confirmed.' })
  @IsOptional()
  @IsUUID('all')
  copyAssessmentFrom?: string | null;
}

/** Draft details; a signed agreement only changes through sign/terminate/review. */
@ArgsType()
export class UpdateAgreementArgs extends PartialType(PickType(CreateAgreementArgs, ['template', 'title', 'effectiveFrom', 'endsOn', 'reviewIntervalMonths', 'subprocessorRegime', 'subprocessorNoticeDays'] as const, ArgsType), ArgsType) {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class AgreementDateArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() @MaxLength(10) on: string;
}

@ArgsType()
export class TerminateAgreementArgs extends AgreementDateArgs {
  @Field({ description: 'Why the agreement ends.' }) @IsString() @MaxLength(2000, { context: { max: 2000 } }) reason: string;
}

@ArgsType()
export class AssessClauseArgs {
  @Field(() => ID) @IsUUID('all') agreementId: string;
  @Field(() => ClauseCodeEnum) @IsIn(DPA_GAP_CODES) code: DpaGapCode;
  @Field(() => ClauseAssessmentEnum) @IsIn(CLAUSE_ASSESSMENTS) assessment: ClauseAssessment;
  @Field(() => String, { nullable: true, description: 'Section or page.' }) @IsOptional() @MaxLength(200, { context: { max: 200 } }) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000, { context: { max: 5000 } }) note?: string | null;
}
