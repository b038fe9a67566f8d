import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ADEQUACY_CONDITIONS, ADEQUACY_SCOPES, ORGANISATION_DETAILS_LIMITS, type AdequacyCondition, type AdequacyScope } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { AdequacyConditionEnum, AdequacyScopeEnum } from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('CountryFilter')
export class CountryFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(300) @IsString({ each: true }) @MaxLength(2, { each: true, context: { max: 2 } }) ids?: string[];
  @Field({ nullable: true, description: 'Code or name contains.' }) @IsOptional() @max(100) q?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() eeaMember?: boolean;
}

@ArgsType()
export class CountryListArgs extends ListArgs {
  @Field(() => CountryFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CountryFilter) filter?: CountryFilter;
}

@ArgsType()
export class CountryIdArgs {
  @Field(() => ID) @IsString() @max(2) id: string;
}

@ArgsType()
export class UpdateCountryArgs {
  @Field(() => ID) @IsString() @max(2) id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @max(200) nameDa?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(200) nameEn?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() eeaMember?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) notes?: string | null;
}

@InputType('AdequacyDecisionFilter')
export class AdequacyDecisionFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field({ nullable: true }) @IsOptional() @max(24) jurisdiction?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() toVerify?: boolean;
  @Field({ nullable: true, description: 'In force today.' }) @IsOptional() @IsBoolean() inForce?: boolean;
}

@ArgsType()
export class AdequacyDecisionListArgs extends ListArgs {
  @Field(() => AdequacyDecisionFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AdequacyDecisionFilter) filter?: AdequacyDecisionFilter;
}

@InputType('AdequacyDecisionInput')
export class AdequacyDecisionInput {
  @Field({ description: 'ISO 3166-1 alpha-2, or ORG:<KEY>.' }) @IsString() @max(24) jurisdiction: string;
  @Field() @IsString() @max(300) instrument: string;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10) adoptedOn?: string | null;
  @Field() @IsString() @max(10) validFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10) validUntil?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(10) revokedOn?: string | null;
  @Field(() => AdequacyScopeEnum) @IsIn(ADEQUACY_SCOPES) scope: AdequacyScope;
  @Field(() => [AdequacyConditionEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsIn(ADEQUACY_CONDITIONS, { each: true }) conditions?: AdequacyCondition[] | null;
  @Field() @IsString() @max(500) source: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() toVerify?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @max(5000) notes?: string | null;
}

@ArgsType()
export class CreateAdequacyDecisionArgs {
  @Field(() => AdequacyDecisionInput) @ValidateNested() @Type(() => AdequacyDecisionInput) input: AdequacyDecisionInput & object;
}

@ArgsType()
export class UpdateAdequacyDecisionArgs extends CreateAdequacyDecisionArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ArgsType()
export class PreviewAdequacyDecisionArgs extends CreateAdequacyDecisionArgs {
  @Field(() => ID, { nullable: true, description: 'The decision being edited; left out for a new one.' }) @IsOptional() @IsUUID('all') id?: string | null;
}

@ArgsType()
export class RevokeAdequacyDecisionArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ description: 'The decision stops covering transfers from this day (YYYY-MM-DD).' }) @IsString() @max(10) revokedOn: string;
}

@ArgsType()
export class UpdateOrganisationSettingsArgs {
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsBoolean() guaranteesForEveryTransfer: boolean;
}

/** Art. 30(1)(a): who keeps the records; every field is replaced (empty text clears it). */
@ArgsType()
export class UpdateOrganisationDetailsArgs {
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ description: 'The controller (required).' }) @IsString() @max(ORGANISATION_DETAILS_LIMITS.organisationName) organisationName: string;
  @Field({ description: 'CVR.' }) @IsString() @max(ORGANISATION_DETAILS_LIMITS.organisationRegistrationNumber) organisationRegistrationNumber: string;
  @Field() @IsString() @max(ORGANISATION_DETAILS_LIMITS.organisationAddress) organisationAddress: string;
  @Field({ description: 'An e-mail address, or empty.' }) @IsString() @max(ORGANISATION_DETAILS_LIMITS.organisationEmail) organisationEmail: string;
  @Field() @IsString() @max(ORGANISATION_DETAILS_LIMITS.organisationPhone) organisationPhone: string;
  @Field() @IsString() @max(ORGANISATION_DETAILS_LIMITS.dpoName) dpoName: string;
  @Field({ description: 'An e-mail address, or empty.' }) @IsString() @max(ORGANISATION_DETAILS_LIMITS.dpoEmail) dpoEmail: string;
  @Field() @IsString() @max(ORGANISATION_DETAILS_LIMITS.dpoPhone) dpoPhone: string;
  @Field({ description: 'Joint controllers (Art. 26) and an Art. 27 representative.' }) @IsString() @max(ORGANISATION_DETAILS_LIMITS.jointControllers) jointControllers: string;
  @Field({ description: 'The general description of the Art. 32(1) measures.' }) @IsString() @max(ORGANISATION_DETAILS_LIMITS.securityMeasures) securityMeasures: string;
}
