import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { TOKEN_MAX_LIFETIME_DAYS, TOKEN_SCOPES, type TokenScope } from '@tilsyn/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListArgs } from '../../../common/list-args.js';
import { TokenScopeEnum } from '../api-token.model.js';

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

  @Field(() => TokenScopeEnum, { description: 'What the token is for; it never does more than your role allows.' })
  @IsIn(TOKEN_SCOPES)
  scope: TokenScope;

  @Field({
    description:
      `When the token stops working: an instant with its offset (2027-03-01T08:00:00Z) or a date (2027-03-01: the start of that day, Danish time). After now and at most ${TOKEN_MAX_LIFETIME_DAYS} days ahead.`,
  })
  @IsString()
  @MaxLength(40, { context: { max: 40 } })
  expiresAt: string;
}
