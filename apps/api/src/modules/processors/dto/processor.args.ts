import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DPF_STATUSES,
  ENGAGEMENT_ROLES,
  ERASURE_CHANNELS,
  PROCESSOR_LIFECYCLES,
  PROCESSOR_LIMITS,
  PROCESSOR_STATUSES,
  SERVICE_KINDS,
  type CprDisclosureBasis,
  type DataCategory,
  type DataSubjectCategory,
  type DpfStatus,
  type EngagementRole,
  type ErasureChannel,
  type ProcessorLifecycle,
  type ProcessorStatus,
  type ServiceKind,
} from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import {
  CprDisclosureBasisEnum,
  DataCategoryEnum,
  DataSubjectCategoryEnum,
  DpfStatusEnum,
  EngagementRoleEnum,
  ErasureChannelEnum,
  ProcessorFindingCodeEnum,
  ProcessorLifecycleEnum,
  ProcessorStatusEnum,
  ServiceKindEnum,
} from '../../../graphql/enums.js';
import { ProcessingLocationInput } from '../processing-location.model.js';

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

  @Field(() => [DataCategoryEnum], { nullable: true, description: 'Processors holding any of these kinds of data (e.g. CPR or HEALTH).' })
  @IsOptional()
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[];

  @Field({ nullable: true, description: 'Owner (user id).' })
  @IsOptional()
  @IsUUID('all')
  ownerId?: string;

  @Field(() => ProcessorStatusEnum, { nullable: true, description: 'Status today (with the whole chain).' })
  @IsOptional()
  @IsIn(PROCESSOR_STATUSES)
  status?: ProcessorStatus;

  @Field(() => ProcessorFindingCodeEnum, { nullable: true, description: 'Processors with this finding today, own or from the chain.' })
  @IsOptional()
  @IsIn(Object.keys(ProcessorFindingCodeEnum))
  findingCode?: string;

  @Field({ nullable: true, description: 'True: only processors we engage directly; false: only sub-processors.' })
  @IsOptional()
  @IsBoolean()
  engaged?: boolean;
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.address)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.fallbackContactName)
  fallbackContactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.fallbackContactEmail)
  fallbackContactEmail?: string | null;

  @Field(() => [DataCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[] | null;

  @Field(() => [DataSubjectCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIn(DATA_SUBJECT_CATEGORIES, { each: true })
  dataSubjectCategories?: DataSubjectCategory[] | null;

  @Field(() => [ProcessingLocationInput], { nullable: true, description: 'Replaces the whole list of processing locations.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProcessingLocationInput)
  processingLocations?: ProcessingLocationInput[] | null;

  @Field(() => DpfStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(DPF_STATUSES)
  dpfStatus?: DpfStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  dpfCheckedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'First day on the DPF list (YYYY-MM-DD).' })
  @IsOptional()
  @MaxLength(10)
  dpfCertifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The day the DPF certification lapsed (YYYY-MM-DD).' })
  @IsOptional()
  @MaxLength(10)
  dpfLapsedOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  subjectToPipeda?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  fscCreditInformation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  publicAuthority?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  danishRealmAuthority?: boolean | null;

  @Field(() => ErasureChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(ERASURE_CHANNELS)
  erasureChannel?: ErasureChannel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.erasureAddress)
  erasureAddress?: string | null;

  @Field(() => EngagementRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ENGAGEMENT_ROLES)
  engagementRole?: EngagementRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.engagementPurpose)
  engagementPurpose?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  engagementStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  engagementEnd?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  ownerId?: string | null;

  @Field(() => CprDisclosureBasisEnum, { nullable: true })
  @IsOptional()
  @IsIn(CPR_DISCLOSURE_BASES)
  cprDisclosureBasis?: CprDisclosureBasis | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @max(PROCESSOR_LIMITS.cprDisclosureJustification)
  cprDisclosureJustification?: string | null;

  @Field(() => Int, { nullable: true, description: "How many data subjects' data it holds under our engagement (a risk factor)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  dataSubjectCount?: number | null;
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
