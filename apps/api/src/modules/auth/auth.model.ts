import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254, { context: { max: 254 } })
  email: string;

  @Field()
  @IsString()
  @MaxLength(256, { context: { max: 256 } })
  password: string;
}

@ArgsType()
export class ChangeOwnPasswordArgs {
  @Field()
  @IsString()
  @MaxLength(256, { context: { max: 256 } })
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(256, { context: { max: 256 } })
  newPassword: string;
}

@ArgsType()
export class CompleteSetupArgs {
  @Field({ description: 'The token from the setup link printed at the first production start.' })
  @IsString()
  @MaxLength(100)
  token: string;

  @Field()
  @IsString()
  @MaxLength(254, { context: { max: 254 } })
  email: string;

  @Field()
  @IsString()
  @MaxLength(200, { context: { max: 200 } })
  name: string;

  @Field()
  @IsString()
  @MaxLength(256, { context: { max: 256 } })
  password: string;
}
