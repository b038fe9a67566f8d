import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DEROGATION_GROUNDS,
  ENGAGEMENT_ROLES,
  TRANSFER_ACCESS_KINDS,
  TRANSFER_FINDING_CODES,
  TRANSFER_FREQUENCIES,
  TRANSFER_MECHANISMS,
  TRANSFER_STATUSES,
  type CprDisclosureBasis,
  type DataCategory,
  type DataSubjectCategory,
  type DerogationGround,
  type EngagementRole,
  type TransferAccessKind,
  type TransferFrequency,
  type TransferMechanism,
  type TransferStatus,
} from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import {
  CprDisclosureBasisEnum,
  DataCategoryEnum,
  DataSubjectCategoryEnum,
  DerogationGroundEnum,
  EngagementRoleEnum,
  TransferAccessKindEnum,
  TransferFindingCodeEnum,
  TransferFrequencyEnum,
  TransferMechanismEnum,
  TransferStatusEnum,
} from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('TransferFilter')
export class TransferFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field({ nullable: true, description: 'Purpose, importer or exporter name contains.' }) @IsOptional() @max(200) q?: string;
  @Field(() => TransferStatusEnum, { nullable: true, description: 'Status today.' }) @IsOptional() @IsIn(TRANSFER_STATUSES) status?: TransferStatus;
  @Field(() => TransferFindingCodeEnum, { nullable: true, description: 'Transfers with this finding today.' }) @IsOptional() @IsIn(TRANSFER_FINDING_CODES) findingCode?: string;
  @Field({ nullable: true }) @IsOptional() @max(2) destinationCountry?: string;
  @Field(() => TransferMechanismEnum, { nullable: true }) @IsOptional() @IsIn(TRANSFER_MECHANISMS) mechanism?: TransferMechanism;
  @Field({ nullable: true, description: 'True: tool not recorded yet.' }) @IsOptional() @IsBoolean() withoutMechanism?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsUUID('all') exporterProcessorId?: string;
  @Field({ nullable: true, description: 'True: we are the exporter; false: onward transfers only.' }) @IsOptional() @IsBoolean() exporterIsUs?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsUUID('all') importerProcessorId?: string;
  @Field({ nullable: true, description: 'Exporter or importer.' }) @IsOptional() @IsUUID('all') processorId?: string;
}

@ArgsType()
export class TransferListArgs extends ListArgs {
  @Field(() => TransferFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TransferFilter) filter?: TransferFilter;
}

/** Every field of a transfer as the user types it: shared by create, update and the stateless assessTransfer. */
@ArgsType()
export class TransferFieldsArgs {
  @Field(() => ID, { nullable: true, description: 'NULL: we export; a processor: an onward transfer.' }) @IsOptional() @IsUUID('all') exporterProcessorId?: string | null;
  @Field(() => ID) @IsUUID('all') importerProcessorId: string;
  @Field(() => EngagementRoleEnum, { nullable: true, description: "The importer's role in this relationship (default: its engagement role, else PROCESSOR)." }) @IsOptional() @IsIn(ENGAGEMENT_ROLES) importerRole?: EngagementRole | null;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) @IsString() @max(10) destinationCountry: string;
  @Field(() => TransferAccessKindEnum, { nullable: true }) @IsOptional() @IsIn(TRANSFER_ACCESS_KINDS) accessKind?: TransferAccessKind | null;
  @Field(() => [DataCategoryEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsIn(DATA_CATEGORIES, { each: true }) dataCategories?: DataCategory[] | null;
  @Field(() => [DataSubjectCategoryEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsIn(DATA_SUBJECT_CATEGORIES, { each: true }) dataSubjectCategories?: DataSubjectCategory[] | null;
  @Field(() => TransferFrequencyEnum, { nullable: true }) @IsOptional() @IsIn(TRANSFER_FREQUENCIES) frequency?: TransferFrequency | null;
  @Field(() => Int, { nullable: true, description: 'Occasional transfers: how many data subjects.' }) @IsOptional() @IsInt() @Min(0) @Max(100_000_000) dataSubjectCount?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(2000) purpose?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: first day data went.' }) @IsOptional() @max(10) startedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @IsOptional() @max(10) endedOn?: string | null;
  @Field(() => TransferMechanismEnum, { nullable: true, description: 'NULL: no tool yet.' }) @IsOptional() @IsIn(TRANSFER_MECHANISMS) mechanism?: TransferMechanism | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(4) sccModule?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10) sccSignedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() sccDocking?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) sccAnnexNotes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(200) bcrAuthority?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10) bcrApprovedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(500) toolReference?: string | null;
  @Field(() => DerogationGroundEnum, { nullable: true }) @IsOptional() @IsIn(DEROGATION_GROUNDS) derogationGround?: DerogationGround | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) derogationJustification?: string | null;
  @Field(() => CprDisclosureBasisEnum, { nullable: true }) @IsOptional() @IsIn(CPR_DISCLOSURE_BASES) cprDisclosureBasis?: CprDisclosureBasis | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) notes?: string | null;
}

@ArgsType()
export class CreateTransferArgs extends TransferFieldsArgs {}

@ArgsType()
export class UpdateTransferArgs extends PartialType(TransferFieldsArgs, ArgsType) {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class AssessTransferArgs extends TransferFieldsArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' }) @IsOptional() @max(10) asOf?: string | null;
  @Field(() => ID, { nullable: true, description: 'When editing a stored transfer: its TIAs count.' }) @IsOptional() @IsUUID('all') transferId?: string | null;
}

@ArgsType()
export class TransferAsOfArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' }) @IsOptional() @max(10) asOf?: string | null;
}
