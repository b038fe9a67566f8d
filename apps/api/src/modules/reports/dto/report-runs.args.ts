import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { REPORT_RUN_KINDS, type ReportRunKind } from '@tilsyn/domain';
import { ListArgs } from '../../../common/list-args.js';
import { ReportRunKindEnum } from '../../../graphql/enums.js';

@InputType('ReportRunFilter', { description: 'Filters of the produced reports.' })
export class ReportRunFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => ReportRunKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(REPORT_RUN_KINDS)
  kind?: ReportRunKind;

  @Field({ nullable: true, description: 'The SHA-256 of a file: which run produced it (is it unchanged?).' })
  @IsOptional()
  @Matches(/^\s*[0-9a-fA-F]{64}\s*$/)
  sha256?: string;
}

@ArgsType()
export class ReportRunListArgs extends ListArgs {
  @Field(() => ReportRunFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportRunFilter)
  filter?: ReportRunFilter;
}
