import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { DATA_CATEGORIES, DATA_SUBJECT_CATEGORIES, RECORD_LIMITS, type DataCategory, type DataSubjectCategory } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { DataCategoryEnum, DataSubjectCategoryEnum } from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('ClientEngagementFilter', { description: 'Filters of the list of client engagements.' })
export class ClientEngagementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these engagements.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free text over client name, registration number, contact and processing categories.' })
  @IsOptional()
  @max(200)
  q?: string;

  @Field({ nullable: true, description: 'True: in the record today (started, and not ended before today); false: not (yet or any more).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Engagements that use this sub-processor.' })
  @IsOptional()
  @IsUUID('all')
  processorId?: string;
}

@ArgsType()
export class ClientEngagementListArgs extends ListArgs {
  @Field(() => ClientEngagementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientEngagementFilter)
  filter?: ClientEngagementFilter;
}

@ArgsType()
export class CreateClientEngagementArgs {
  @Field({ description: 'Art. 30(2)(a): the controller we act for.' })
  @IsString()
  @max(RECORD_LIMITS.clientName)
  clientName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.clientRegistrationNumber)
  clientRegistrationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.clientContact)
  clientContact?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.clientDpoContact)
  clientDpoContact?: string | null;

  @Field({ description: 'Art. 30(2)(b): the categories of processing carried out for the client.' })
  @IsString()
  @max(RECORD_LIMITS.processingCategories)
  processingCategories: string;

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

  @Field(() => [ID], { nullable: true, description: 'Our sub-processors used for this client; each must exist.' })
  @IsOptional()
  @ArrayMaxSize(RECORD_LIMITS.processorIds)
  @IsUUID('all', { each: true })
  processorIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.transfersNote)
  transfersNote?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.securityMeasures)
  securityMeasures?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(RECORD_LIMITS.agreementReference)
  agreementReference?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before startedOn.' })
  @IsOptional()
  @MaxLength(10)
  endedOn?: string | null;
}

/** Every field of createClientEngagement, optional; plus the id and the version you read. */
@ArgsType()
export class UpdateClientEngagementArgs extends PartialType(CreateClientEngagementArgs, ArgsType) {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}
