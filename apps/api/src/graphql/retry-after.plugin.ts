import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { ErrorCode } from '@tilsyn/domain';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/database-unavailable.js';
import { BUSY_RETRY_AFTER_SECONDS } from '../common/heavy-work.js';
import type { GqlContext } from './context.js';

/** Codes that say "not now, try again": the answer's HTTP status and Retry-After (seconds). */
export const TRY_AGAIN: Partial<Record<ErrorCode, { status: number; retryAfter: number }>> = {
  TOO_MANY_REQUESTS: { status: 429, retryAfter: 60 },
  BUSY: { status: 503, retryAfter: BUSY_RETRY_AFTER_SECONDS },
  SERVICE_UNAVAILABLE: { status: 503, retryAfter: DATABASE_RETRY_AFTER_SECONDS },
};

/**
 * A GraphQL answer that failed because the server is busy, the database unavailable or the caller
 * too fast is sent with that HTTP status and Retry-After (issue 15, items 3, 8, 11), so proxies,
 * load balancers and clients back off instead of retrying at once. The first such error decides.
 */
export function retryAfterPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            const tryAgain = typeof code === 'string' && Object.hasOwn(TRY_AGAIN, code) ? TRY_AGAIN[code as ErrorCode] : undefined;
            if (!tryAgain) continue;
            response.http.status = tryAgain.status;
            response.http.headers.set('retry-after', String(tryAgain.retryAfter));
            return;
          }
        },
      };
    },
  };
}
