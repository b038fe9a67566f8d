import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';

@InputType('AuditEventFilter', { description: 'Filters of the audit log.' })
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these events.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free text over action, entity type and entity id.' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field({ nullable: true, description: 'Kind of record, e.g. Processor.' })
  @IsOptional()
  @MaxLength(100)
  entityType?: string;

  @Field({ nullable: true, description: 'Id of the record.' })
  @IsOptional()
  @MaxLength(100)
  entityId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. processor.update.' })
  @IsOptional()
  @MaxLength(100)
  action?: string;

  @Field({ nullable: true, description: 'User or token id.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}

@ArgsType()
export class AuditEventListArgs extends ListArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}
