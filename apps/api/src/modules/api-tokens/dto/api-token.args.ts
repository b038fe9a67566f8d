import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ROLES, type Role } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { RoleEnum } from '../../../graphql/enums.js';

@InputType('ApiTokenFilter')
export class ApiTokenFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200, { context: { max: 200 } })
  q?: string;

  @Field({ nullable: true, description: 'True: only revoked tokens; false: only usable ones.' })
  @IsOptional()
  @IsBoolean()
  revoked?: boolean;
}

@ArgsType()
export class ApiTokenListArgs extends ListArgs {
  @Field(() => ApiTokenFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApiTokenFilter)
  filter?: ApiTokenFilter;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field()
  @IsString()
  @MaxLength(200, { context: { max: 200 } })
  name: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}
