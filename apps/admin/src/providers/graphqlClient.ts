import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { withoutTypename } from '../graphql/variables';
import { graphqlFetch } from './graphql-fetch';
import { i18nProvider } from './i18nProvider';

/**
 * The API answers names and sentences (country names, "us", notification titles) in the language
 * of Accept-Language: send the one chosen in the app rather than the browser's.
 */
const inChosenLanguage: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('Accept-Language', i18nProvider.getLocale());
  return graphqlFetch(input, { ...init, headers });
};

/**
 * One client for the whole app. The session is an httpOnly cookie on the same origin; nothing
 * is cached by Apollo (react-admin keeps its own cache, and temporary passwords and tokens must
 * not linger in a second one).
 */
export const graphqlClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: inChosenLanguage }),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
  },
});

export async function runQuery<T>(query: DocumentNode, variables?: Record<string, unknown>): Promise<T> {
  const result = await graphqlClient.query<T>({ query, variables, fetchPolicy: 'no-cache' });
  return withoutTypename(result.data);
}

export async function runMutation<T>(mutation: DocumentNode, variables?: Record<string, unknown>): Promise<T> {
  const result = await graphqlClient.mutate<T>({ mutation, variables, fetchPolicy: 'no-cache' });
  if (result.data == null) throw new Error('Empty GraphQL answer');
  return withoutTypename(result.data);
}
