import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { API_TOKEN_STATUSES, TOKEN_SCOPES, type ApiTokenStatus, type TokenScope } from '@tilsyn/domain';

export const TokenScopeEnum = Object.fromEntries(TOKEN_SCOPES.map((v) => [v, v])) as Record<TokenScope, TokenScope>;
export const ApiTokenStatusEnum = Object.fromEntries(API_TOKEN_STATUSES.map((v) => [v, v])) as Record<ApiTokenStatus, ApiTokenStatus>;

registerEnumType(TokenScopeEnum, {
  name: 'TokenScope',
  description: 'What an API token is for. It may do what its scope and its creator’s current role both allow, and never manage users or tokens.',
  valuesMap: {
    ERASURE_FILING: { description: 'The case system: file erasure requests and follow them (erasure.file, erasure.read).' },
    READ_ONLY: { description: 'Reporting tools: read the register and produce reports; never identifiers, users, tokens, mail or the audit trail.' },
  },
});
registerEnumType(ApiTokenStatusEnum, { name: 'ApiTokenStatus', description: 'ACTIVE until it expires or is revoked; derived, never stored.' });

@ObjectType('ApiToken', { description: 'A credential for a machine client, e.g. the case system.' })
export class ApiTokenModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the token is for.' })
  name: string;

  @Field(() => TokenScopeEnum, { description: 'What the token may do, within its creator’s current role.' })
  scope: TokenScope;

  @Field(() => ApiTokenStatusEnum, { description: 'ACTIVE, EXPIRED or REVOKED, now.' })
  status: ApiTokenStatus;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The user who created it; the token loses what this user loses.' })
  createdById: string | null;

  @Field({ description: 'From this instant the token is refused.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'The last call made with it (to the minute).' })
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
