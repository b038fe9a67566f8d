/**
 * Apollo Client 3 turns a non-2xx answer into a bare network error and loses its body, so a
 * 400 or 401 from the API would arrive without `extensions.code`. When such an answer is a
 * GraphQL error document, hand it to Apollo as a normal GraphQL result instead.
 */
export function makeGraphqlFetch(baseFetch: typeof fetch = (...args) => fetch(...args)) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await baseFetch(input, init);
    if (response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    const text = await response.text();
    let hasErrors: boolean;
    try {
      const body: unknown = JSON.parse(text);
      hasErrors = typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
    } catch {
      hasErrors = false;
    }
    return new Response(text, {
      status: hasErrors ? 200 : response.status,
      statusText: hasErrors ? 'OK' : response.statusText,
      headers: response.headers,
    });
  };
}

export const graphqlFetch = makeGraphqlFetch();
