import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { DATA_CATEGORIES, RECORD_LIMITS, RETENTION_TRIGGERS, RETENTION_UNITS, type DataCategory, type RetentionTrigger, type RetentionUnit } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { DataCategoryEnum, RetentionTriggerEnum, RetentionUnitEnum } from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });
const { min: PERIOD_MIN, max: PERIOD_MAX } = RECORD_LIMITS.retentionPeriod;

@InputType('RetentionRuleFilter', { description: 'Filters of the list of retention rules.' })
export class RetentionRuleFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these rules.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'The rules of this processing activity.' })
  @IsOptional()
  @IsUUID('all')
  activityId?: string;
}

@ArgsType()
export class RetentionRuleListArgs extends ListArgs {
  @Field(() => RetentionRuleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RetentionRuleFilter)
  filter?: RetentionRuleFilter;
}

/** The fields of a rule, without the activity it belongs to (set once, at creation). */
@ArgsType()
export class RetentionRuleFieldsArgs {
  @Field({ description: 'What the rule covers, in our own words ("Sagsdata").' })
  @IsString()
  @max(RECORD_LIMITS.label)
  label: string;

  @Field(() => [DataCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories?: DataCategory[] | null;

  @Field(() => Int, { description: `How many units, ${PERIOD_MIN} to ${PERIOD_MAX}.` })
  @IsInt()
  @Min(PERIOD_MIN)
  @Max(PERIOD_MAX)
  period: number;

  @Field(() => RetentionUnitEnum)
  @IsIn(RETENTION_UNITS)
  unit: RetentionUnit;

  @Field(() => RetentionTriggerEnum)
  @IsIn(RETENTION_TRIGGERS)
  trigger: RetentionTrigger;

  @Field(() => String, { nullable: true, description: 'Where the period comes from (forældelsesloven §3, bogføringsloven §10, own policy).' })
  @IsOptional()
  @max(RECORD_LIMITS.legalReference)
  legalReference?: string | null;
}

@ArgsType()
export class CreateRetentionRuleArgs extends RetentionRuleFieldsArgs {
  @Field(() => ID, { description: 'The processing activity the rule belongs to.' })
  @IsUUID('all')
  activityId: string;
}

/** Every field of the rule, optional; plus the id and the version you read. */
@ArgsType()
export class UpdateRetentionRuleArgs extends PartialType(RetentionRuleFieldsArgs, ArgsType) {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}
