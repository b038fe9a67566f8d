import { describe, expect, it } from 'vitest';
import { describeApiError, fieldLabel, parseApiError } from './api-errors';
import { makeTranslate } from '../i18n/test-translate';
import { da } from '../i18n/da';
import { en } from '../i18n/en';

const tDa = makeTranslate(da);
const tEn = makeTranslate(en);

const apolloError = (...errors: { message?: string; extensions?: Record<string, unknown> }[]) => ({
  message: errors[0]?.message ?? 'error',
  graphQLErrors: errors,
  networkError: null,
});
/** ra-data-graphql rethrows an ApolloError as HttpError(message, 200, apolloError). */
const raWrapped = (apollo: object) => ({ message: 'x', status: 200, body: apollo });

describe('parseApiError', () => {
  it('reads code, field, reason and params of BAD_USER_INPUT', () => {
    const parsed = parseApiError(
      raWrapped(
        apolloError({
          message: 'name is too long',
          extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'TOO_LONG', params: { max: 200 } },
        }),
      ),
    );
    expect(parsed).toEqual({
      code: 'BAD_USER_INPUT',
      httpStatus: null,
      fields: [{ field: 'name', reason: 'TOO_LONG', params: { max: 200 } }],
    });
  });

  it('reads GraphQL errors out of a non-2xx response body', () => {
    const parsed = parseApiError({
      graphQLErrors: [],
      networkError: { statusCode: 400, result: { errors: [{ message: 'too complex', extensions: { code: 'QUERY_TOO_COMPLEX' } }] } },
    });
    expect(parsed.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('maps bare HTTP statuses and fetch failures', () => {
    expect(parseApiError({ message: 'Response not successful', status: 413 }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(parseApiError({ graphQLErrors: [], networkError: { statusCode: 502, message: 'Bad gateway' } }).code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect(parseApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(parseApiError({ graphQLErrors: [], networkError: new TypeError('Failed to fetch') }).code).toBe('NETWORK');
  });

  it('treats an unknown code as UNKNOWN, never as a crash', () => {
    expect(parseApiError(apolloError({ extensions: { code: 'SOMETHING_NEW' } })).code).toBe('UNKNOWN');
    expect(parseApiError('boom').code).toBe('UNKNOWN');
    expect(parseApiError(null).code).toBe('UNKNOWN');
  });

  it('is idempotent on errors the dataProvider already translated', () => {
    const first = { message: 'Log venligst ind.', status: 401, body: { code: 'UNAUTHENTICATED', fields: [] } };
    expect(parseApiError(first).code).toBe('UNAUTHENTICATED');
  });
});

describe('describeApiError', () => {
  const tooLong = parseApiError(
    apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'TOO_LONG', params: { max: 200 } } }),
  );

  it('names the field by its translated label, in Danish', () => {
    const d = describeApiError(tooLong, tDa, 'Processor');
    expect(d.message).toBe('Navn er for lang (højst 200 tegn).');
    expect(d.fieldErrors).toEqual({ name: 'Navn er for lang (højst 200 tegn).' });
    expect(d.status).toBe(400);
  });

  it('and in English', () => {
    expect(describeApiError(tooLong, tEn, 'Processor').message).toBe('Name is too long (at most 200 characters).');
  });

  it('uses the resource label of the field', () => {
    const email = parseApiError(
      apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'privacyContactEmail', reason: 'INVALID_EMAIL' } }),
    );
    expect(describeApiError(email, tEn, 'Processor').message).toBe('Privacy contact e-mail is not a valid e-mail address.');
  });

  it('gives the translated conflict sentence', () => {
    const conflict = parseApiError(raWrapped(apolloError({ extensions: { code: 'CONFLICT' } })));
    const d = describeApiError(conflict, tDa, 'Processor');
    expect(d).toEqual({
      message: 'En anden har ændret posten, efter du åbnede den. Genindlæs den, og foretag ændringen igen.',
      status: 409,
      fieldErrors: null,
    });
  });

  it('translates the invalid-credentials message', () => {
    const d = describeApiError(parseApiError(apolloError({ extensions: { code: 'INVALID_CREDENTIALS' } })), tEn);
    expect(d.message).toMatch(/^Sign-in failed/);
    expect(d.status).toBe(401);
  });

  it('falls back to the generic sentence when the reason is unknown', () => {
    const odd = parseApiError(apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'NEW_REASON' } }));
    expect(describeApiError(odd, tDa, 'Processor').message).toBe('Navn: Inddata er ikke gyldige.');
  });

  it('explains network failures and bare HTTP statuses', () => {
    expect(describeApiError(parseApiError(new TypeError('Failed to fetch')), tDa).message).toMatch(/^Serveren kunne ikke nås/);
    expect(describeApiError({ code: 'UNKNOWN', httpStatus: 418, fields: [] }, tEn).message).toBe(
      'The server answered with an error (HTTP 418).',
    );
  });
});

describe('fieldLabel', () => {
  it('falls back to shared labels, then to the raw field name', () => {
    expect(fieldLabel(tDa, 'User', 'newPassword')).toBe('Ny adgangskode');
    expect(fieldLabel(tDa, undefined, 'currentPassword')).toBe('Nuværende adgangskode');
    expect(fieldLabel(tDa, 'Processor', 'mystery')).toBe('mystery');
  });
});

describe('errors of the processor register and the DPAs', () => {
  it('names the field of a cycle in the chain', () => {
    const cycle = parseApiError(apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'subprocessorId', reason: 'CYCLE' } }));
    expect(describeApiError(cycle, tDa, 'SubprocessorLink').message).toBe(
      'Underdatabehandler: en databehandler kan ikke være sin egen underdatabehandler, hverken direkte eller længere nede i kæden.',
    );
  });

  it('says which state refuses the action', () => {
    const signed = parseApiError(apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_STATE', params: { state: 'SIGNED' } } }));
    expect(describeApiError(signed, tEn, 'Agreement').message).toBe('ID: not possible in the current state (SIGNED).');
  });

  it('names an item of a list input', () => {
    expect(fieldLabel(tDa, 'Processor', 'processingLocations.1.country')).toBe('Behandlingssteder 2: Land');
    const bad = parseApiError(apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'processingLocations.0.country', reason: 'UNKNOWN_COUNTRY' } }));
    expect(describeApiError(bad, tEn, 'Processor').message).toBe('Processing locations 1: Country is not an ISO 3166-1 country code.');
  });

  it('translates an invalid date', () => {
    const date = parseApiError(apolloError({ extensions: { code: 'BAD_USER_INPUT', field: 'on', reason: 'INVALID_DATE' } }));
    expect(describeApiError(date, tDa, 'Agreement').message).toBe('Dato er ikke en gyldig dato (ÅÅÅÅ-MM-DD).');
  });
});
