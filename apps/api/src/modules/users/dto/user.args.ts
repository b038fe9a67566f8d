import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ROLES, type Role } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { RoleEnum } from '../../../graphql/enums.js';

const max = (n: number) => MaxLength(n, { context: { max: n } });

@InputType('UserFilter')
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Free text over name and e-mail.' })
  @IsOptional()
  @max(200)
  q?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UserListArgs extends ListArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@ArgsType()
export class CreateUserArgs {
  @Field()
  @IsString()
  @max(254)
  email: string;

  @Field()
  @IsString()
  @max(200)
  name: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @max(200)
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'da or en: the language of the e-mails Tilsyn sends the user.' })
  @IsOptional()
  @IsIn(['da', 'en'])
  locale?: 'da' | 'en' | null;
}
