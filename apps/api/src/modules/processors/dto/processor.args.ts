import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { PROCESSOR_LIFECYCLES, PROCESSOR_LIMITS, SERVICE_KINDS, type ProcessorLifecycle, type ServiceKind } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { ProcessorLifecycleEnum, ServiceKindEnum } from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('ProcessorFilter', { description: 'Filters of the processor list.' })
export class ProcessorFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these processors.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free text over name, registration number, contact and web site.' })
  @IsOptional()
  @max(200)
  q?: string;

  @Field({ nullable: true, description: 'Country of establishment.' })
  @IsOptional()
  @MaxLength(10)
  establishmentCountry?: string;

  @Field(() => ServiceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SERVICE_KINDS)
  serviceKind?: ServiceKind;

  @Field(() => ProcessorLifecycleEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROCESSOR_LIFECYCLES)
  lifecycle?: ProcessorLifecycle;
}

@ArgsType()
export class ProcessorListArgs extends ListArgs {
  @Field(() => ProcessorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProcessorFilter)
  filter?: ProcessorFilter;
}

@ArgsType()
export class CreateProcessorArgs {
  @Field({ description: 'Legal name.' })
  @IsString()
  @max(PROCESSOR_LIMITS.name)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.registrationNumber)
  registrationNumber?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @IsString()
  @MaxLength(10)
  establishmentCountry: string;

  @Field(() => ServiceKindEnum)
  @IsIn(SERVICE_KINDS)
  serviceKind: ServiceKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.privacyContactName)
  privacyContactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.privacyContactEmail)
  privacyContactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.website)
  website?: string | null;

  @Field(() => ProcessorLifecycleEnum, { nullable: true, description: 'Where the processor is in its life with us (ONBOARDING when left out at creation).' })
  @IsOptional()
  lifecycle?: ProcessorLifecycle | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.notes)
  notes?: string | null;
}

/** Every field of createProcessor, optional; plus the id and the version you read. */
@ArgsType()
export class UpdateProcessorArgs extends PartialType(CreateProcessorArgs, ArgsType) {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}
