import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { SUBPROCESSOR_AUTHORISATIONS, type SubprocessorAuthorisation } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { SubprocessorAuthorisationEnum } from '../../../graphql/enums.js';

@InputType('SubprocessorLinkFilter')
export class SubprocessorLinkFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids?: string[];
  @Field({ nullable: true, description: 'Links of this processor (its sub-processors).' }) @IsOptional() @IsUUID('all') processorId?: string;
  @Field({ nullable: true, description: 'Links to this sub-processor (who engaged it).' }) @IsOptional() @IsUUID('all') subprocessorId?: string;
}

@ArgsType()
export class SubprocessorLinkListArgs extends ListArgs {
  @Field(() => SubprocessorLinkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubprocessorLinkFilter)
  filter?: SubprocessorLinkFilter;
}

@ArgsType()
export class CreateSubprocessorLinkArgs {
  @Field(() => ID, { description: 'The processor that engaged the sub-processor.' }) @IsUUID('all') processorId: string;
  @Field(() => ID) @IsUUID('all') subprocessorId: string;
  @Field(() => SubprocessorAuthorisationEnum) @IsIn(SUBPROCESSOR_AUTHORISATIONS) regime: SubprocessorAuthorisation;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) noticeDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) notifiedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) firstUsedOn?: string | null;
}

@ArgsType()
export class UpdateSubprocessorLinkArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => SubprocessorAuthorisationEnum, { nullable: true }) @IsOptional() @IsIn(SUBPROCESSOR_AUTHORISATIONS) regime?: SubprocessorAuthorisation | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) noticeDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) notifiedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10) firstUsedOn?: string | null;
}

@ArgsType()
export class DecideSubprocessorArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ description: 'YYYY-MM-DD.' }) @IsString() @MaxLength(10) on: string;
}

@ArgsType()
export class ObjectToSubprocessorArgs extends DecideSubprocessorArgs {
  @Field({ description: 'Why we object.' }) @IsString() @MaxLength(2000, { context: { max: 2000 } }) reason: string;
}
