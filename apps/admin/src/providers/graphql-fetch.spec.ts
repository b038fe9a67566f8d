import { describe, expect, it } from 'vitest';
import { makeGraphqlFetch } from './graphql-fetch';

const answer = (status: number, body: string, type = 'application/json') =>
  makeGraphqlFetch(async () => new Response(body, { status, headers: { 'content-type': type } }));

describe('graphqlFetch', () => {
  it('passes successful answers through', async () => {
    const res = await answer(200, '{"data":{"me":null}}')('/graphql');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });

  it('hands a 4xx GraphQL error document to Apollo as a GraphQL result, body intact', async () => {
    const body = '{"errors":[{"message":"x","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}';
    const res = await answer(400, body)('/graphql');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(body);
  });

  it('keeps the status of answers that are not GraphQL errors', async () => {
    expect((await answer(413, 'Payload Too Large', 'text/plain')('/graphql')).status).toBe(413);
    expect((await answer(502, '{"error":"INTERNAL_SERVER_ERROR"}')('/graphql')).status).toBe(502);
    expect((await answer(400, 'not json at all')('/graphql')).status).toBe(400);
  });
});
