import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { TIA_CONCLUSIONS, TIA_STATUSES, type TiaConclusion, type TiaStatus } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { TiaConclusionEnum, TiaStatusEnum } from '../../../graphql/enums.js';
import { GuaranteeAssessmentInput, SupplementaryMeasureInput } from '../tia.model.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('TiaFilter')
export class TiaFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field({ nullable: true }) @IsOptional() @IsUUID('all') transferId?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID('all') seriesId?: string;
  @Field(() => TiaStatusEnum, { nullable: true }) @IsOptional() @IsIn(TIA_STATUSES) status?: TiaStatus;
  @Field({ nullable: true }) @IsOptional() @max(2) destinationCountry?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID('all') importerProcessorId?: string;
  @Field({ nullable: true, description: 'Marked for re-evaluation.' }) @IsOptional() reevaluationRequested?: boolean;
}

@ArgsType()
export class TiaListArgs extends ListArgs {
  @Field(() => TiaFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TiaFilter) filter?: TiaFilter;
}

@ArgsType()
export class TiaContentArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @max(300) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(20000) circumstances?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) toolRelied?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(20000) lawsAndPractices?: string | null;
  @Field(() => [GuaranteeAssessmentInput], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => GuaranteeAssessmentInput) guarantees?: (GuaranteeAssessmentInput & object)[] | null;
  @Field(() => [SupplementaryMeasureInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SupplementaryMeasureInput) measures?: (SupplementaryMeasureInput & object)[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10000) proceduralSteps?: string | null;
  @Field(() => TiaConclusionEnum, { nullable: true }) @IsOptional() @IsIn(TIA_CONCLUSIONS) conclusion?: TiaConclusion | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10000) conclusionRationale?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months until re-evaluation (1–60).' }) @IsOptional() @IsInt() @Min(1) @Max(60) reevaluationMonths?: number | null;
}

@ArgsType()
export class CreateTiaArgs extends TiaContentArgs {
  @Field(() => [ID], { description: 'The transfers it covers: same destination country and importer.' }) @ArrayMinSize(1) @ArrayMaxSize(100) @IsUUID('all', { each: true }) transferIds: string[];
}

@ArgsType()
export class UpdateTiaArgs extends PartialType(TiaContentArgs, ArgsType) {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(100) @IsUUID('all', { each: true }) transferIds?: string[] | null;
}

@ArgsType()
export class TiaVersionArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class SendBackTiaArgs extends TiaVersionArgs {
  @Field({ description: "The reviewer's comments: what must change." }) @IsString() @max(10000) comment: string;
}
