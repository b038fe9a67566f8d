import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@tilsyn/domain';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType('User', { description: 'A person who signs in to Tilsyn.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Sign-in e-mail (lower case).' })
  email: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'da or en: the language of the e-mails Tilsyn sends the user.' })
  locale: string;

  @Field({ description: 'False once deactivated: the user cannot sign in and has no sessions.' })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'Locked after repeated failed sign-ins until this time.' })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  @Field({ description: 'The user holds a password an administrator issued and must choose a new one.' })
  mustChangePassword: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateUser.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Only in the answer to createUser: the one-time password to hand over. Never stored in clear.' })
  temporaryPassword?: string | null;
}

@ObjectType('CurrentUser', { description: 'The signed-in user.' })
export class CurrentUserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'True until the user has replaced an administrator-issued password.' })
  mustChangePassword: boolean;
}

@ObjectType('PasswordReset', { description: 'A new one-time password, shown once.' })
export class PasswordResetModel {
  @Field()
  temporaryPassword: string;
}

@ObjectType('UserChoice', { description: 'A user as an option in a picker.' })
export class UserChoiceModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
