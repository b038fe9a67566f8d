import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { DATA_CATEGORIES, DATA_SUBJECT_CATEGORIES, RECORD_LIMITS, type DataCategory, type DataSubjectCategory } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { DataCategoryEnum, DataSubjectCategoryEnum } from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('ProcessingActivityFilter', { description: 'Filters of the list of processing activities.' })
export class ProcessingActivityFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these activities.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free text over name, purposes, legal basis and other recipients.' })
  @IsOptional()
  @max(200)
  q?: string;

  @Field({ nullable: true, description: 'True: in the record today (no end date, or ending today or later); false: ended before today.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Activities that use this processor.' })
  @IsOptional()
  @IsUUID('all')
  processorId?: string;
}

@ArgsType()
export class ProcessingActivityListArgs extends ListArgs {
  @Field(() => ProcessingActivityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProcessingActivityFilter)
  filter?: ProcessingActivityFilter;
}

@ArgsType()
export class CreateProcessingActivityArgs {
  @Field({ description: 'Name of the activity; unique.' })
  @IsString()
  @max(RECORD_LIMITS.name)
  name: string;

  @Field({ description: 'Art. 30(1)(b): the purposes.' })
  @IsString()
  @max(RECORD_LIMITS.purposes)
  purposes: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.legalBasis)
  legalBasis?: string | null;

  @Field(() => [DataSubjectCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIn(DATA_SUBJECT_CATEGORIES, { each: true })
  dataSubjectCategories?: DataSubjectCategory[] | null;

  @Field(() => [DataCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[] | null;

  @Field(() => [ID], { nullable: true, description: 'Processors of the register the activity uses; each must exist.' })
  @IsOptional()
  @ArrayMaxSize(RECORD_LIMITS.processorIds)
  @IsUUID('all', { each: true })
  processorIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.otherRecipients)
  otherRecipients?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.securityMeasures)
  securityMeasures?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.notes)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  endedOn?: string | null;
}

/** Every field of createProcessingActivity, optional; plus the id and the version you read. */
@ArgsType()
export class UpdateProcessingActivityArgs extends PartialType(CreateProcessingActivityArgs, ArgsType) {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}
