import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@tilsyn/domain';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType('ApiToken', { description: 'A credential for a machine client, e.g. the case system.' })
export class ApiTokenModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the token is for.' })
  name: string;

  @Field(() => RoleEnum, { description: 'The token acts with this role.' })
  role: Role;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set once revoked; a revoked token is refused.' })
  revokedAt: Date | null;

  @Field({ description: 'First characters of the token, to tell tokens apart.' })
  tokenPrefix: string;
}

@ObjectType('ApiTokenCreated', { description: 'A new token: the secret is shown this once and never again.' })
export class ApiTokenCreatedModel {
  @Field(() => ApiTokenModel)
  apiToken: ApiTokenModel;

  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;
}
