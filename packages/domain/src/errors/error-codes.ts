import type { Locale } from '../reference/countries';

/**
 * Stable error codes carried in GraphQL `extensions.code`. The admin translates the code; API
 * clients get the message in the language of their Accept-Language header (Danish by default).
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  /** Too many requests from one client or to one heavy operation: try again after Retry-After. */
  'TOO_MANY_REQUESTS',
  /** The heavy-work queue is full (reports, charts, past-day snapshots): try again shortly. */
  'BUSY',
  /** The database does not answer (stopped, frozen, out of connections): try again after Retry-After. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a field was refused; `extensions.reason` next to `extensions.field`. */
export const INPUT_REASONS = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_SHORT',
  'INVALID_EMAIL',
  'INVALID_URL',
  'UNKNOWN_COUNTRY',
  'INVALID_VALUE',
  'OUT_OF_RANGE',
  'UNKNOWN_SORT_FIELD',
  'ALREADY_IN_USE',
  'LAST_ADMIN',
  'OWN_ACCOUNT',
  'INVALID_SETUP_TOKEN',
  'INVALID_DATE',
  'CYCLE',
  'INVALID_STATE',
  'INVALID_FILE',
  'FOUR_EYES',
  'MIXED_TRANSFERS',
  'INVALID_CPR',
  'IN_THE_FUTURE',
  'AT_LEAST',
  'AT_MOST',
  'DUPLICATE',
  'UNKNOWN_ID',
  'EXPIRED',
  /** A NUL character or a lone UTF-16 surrogate: PostgreSQL cannot store it in text. */
  'INVALID_CHARACTER',
  /** Not the form of an id (a UUID) at all, so it cannot name a record. */
  'INVALID_ID',
] as const;
export type InputReason = (typeof INPUT_REASONS)[number];

type Messages<K extends string> = Record<K, Record<Locale, string>>;

export const ERROR_MESSAGES: Messages<ErrorCode> = {
  BAD_USER_INPUT: { en: 'The input is not valid.', da: 'Inddata er ikke gyldige.' },
  NOT_FOUND: { en: 'The record was not found.', da: 'Posten blev ikke fundet.' },
  CONFLICT: {
    en: 'Someone else changed this record after you opened it. Reload it and make your change again.',
    da: 'En anden har ændret posten, efter du åbnede den. Genindlæs den, og foretag ændringen igen.',
  },
  FORBIDDEN: { en: 'Your role does not allow this.', da: 'Din rolle giver ikke adgang til dette.' },
  UNAUTHENTICATED: { en: 'Please sign in.', da: 'Log venligst ind.' },
  INVALID_CREDENTIALS: {
    en: 'Sign-in failed: the e-mail or password is wrong, or the account is locked for a while.',
    da: 'Login mislykkedes: e-mail eller adgangskode er forkert, eller kontoen er midlertidigt låst.',
  },
  QUERY_TOO_COMPLEX: { en: 'The query is too large or too deep.', da: 'Forespørgslen er for stor eller for dyb.' },
  PAYLOAD_TOO_LARGE: { en: 'The request is too large.', da: 'Forespørgslen er for stor.' },
  GRAPHQL_PARSE_FAILED: { en: 'The query could not be read.', da: 'Forespørgslen kunne ikke læses.' },
  GRAPHQL_VALIDATION_FAILED: { en: 'The query is not valid.', da: 'Forespørgslen er ikke gyldig.' },
  BAD_REQUEST: { en: 'The request is not valid.', da: 'Forespørgslen er ikke gyldig.' },
  TOO_MANY_REQUESTS: { en: 'Too many requests. Wait a moment and try again.', da: 'For mange forespørgsler. Vent lidt, og prøv igen.' },
  BUSY: {
    en: 'Tilsyn is busy with other reports and overviews right now. Try again in a few seconds; nothing was changed.',
    da: 'Tilsyn er optaget af andre rapporter og overblik lige nu. Prøv igen om få sekunder; intet blev ændret.',
  },
  SERVICE_UNAVAILABLE: {
    en: 'The database is not answering right now. Try again in a moment; nothing was saved.',
    da: 'Databasen svarer ikke lige nu. Prøv igen om lidt; intet blev gemt.',
  },
  INTERNAL_SERVER_ERROR: {
    en: 'Something went wrong on our side. Nothing was saved.',
    da: 'Der opstod en fejl hos os. Intet blev gemt.',
  },
};

export const INPUT_REASON_MESSAGES: Messages<InputReason> = {
  REQUIRED: { en: '{field} is required.', da: '{field} skal udfyldes.' },
  TOO_LONG: { en: '{field} is too long (at most {max} characters).', da: '{field} er for lang (højst {max} tegn).' },
  TOO_SHORT: { en: '{field} is too short (at least {min} characters).', da: '{field} er for kort (mindst {min} tegn).' },
  INVALID_EMAIL: { en: '{field} is not a valid e-mail address.', da: '{field} er ikke en gyldig e-mailadresse.' },
  INVALID_URL: { en: '{field} is not a valid web address (http or https).', da: '{field} er ikke en gyldig webadresse (http eller https).' },
  UNKNOWN_COUNTRY: { en: '{field} is not an ISO 3166-1 country code.', da: '{field} er ikke en ISO 3166-1-landekode.' },
  INVALID_VALUE: { en: '{field} has a value that is not allowed.', da: '{field} har en værdi, der ikke er tilladt.' },
  OUT_OF_RANGE: { en: '{field} must be between {min} and {max}.', da: '{field} skal være mellem {min} og {max}.' },
  UNKNOWN_SORT_FIELD: { en: '{field}: this list cannot be sorted by that field.', da: '{field}: listen kan ikke sorteres efter det felt.' },
  ALREADY_IN_USE: { en: '{field} is already in use.', da: '{field} er allerede i brug.' },
  LAST_ADMIN: {
    en: '{field}: the last active administrator cannot be removed or demoted.',
    da: '{field}: den sidste aktive administrator kan ikke fjernes eller nedgraderes.',
  },
  OWN_ACCOUNT: { en: '{field}: you cannot do this to your own account.', da: '{field}: det kan du ikke gøre med din egen konto.' },
  INVALID_SETUP_TOKEN: { en: '{field}: the setup link is invalid or already used.', da: '{field}: opsætningslinket er ugyldigt eller allerede brugt.' },
  INVALID_DATE: { en: '{field} is not a valid date (YYYY-MM-DD).', da: '{field} er ikke en gyldig dato (ÅÅÅÅ-MM-DD).' },
  CYCLE: {
    en: '{field}: a processor cannot be its own sub-processor, directly or further down the chain.',
    da: '{field}: en databehandler kan ikke være sin egen underdatabehandler, hverken direkte eller længere nede i kæden.',
  },
  INVALID_STATE: { en: '{field}: not possible in the current state ({state}).', da: '{field}: ikke muligt i den nuværende tilstand ({state}).' },
  INVALID_FILE: { en: '{field}: only PDF or DOCX files up to 20 MB.', da: '{field}: kun PDF- eller DOCX-filer på højst 20 MB.' },
  INVALID_CPR: {
    en: '{field} is not a valid CPR number (DDMMYY-SSSS with a real date of birth).',
    da: '{field} er ikke et gyldigt CPR-nummer (DDMMÅÅ-SSSS med en rigtig fødselsdato).',
  },
  IN_THE_FUTURE: { en: '{field} cannot be later than today.', da: '{field} kan ikke ligge efter i dag.' },
  AT_LEAST: { en: '{field} must be at least {min}.', da: '{field} skal være mindst {min}.' },
  AT_MOST: { en: '{field} must be at most {max}.', da: '{field} må højst være {max}.' },
  DUPLICATE: { en: '{field} appears more than once in the same call.', da: '{field} forekommer mere end én gang i samme kald.' },
  UNKNOWN_ID: { en: '{field} names a record that does not exist.', da: '{field} henviser til en post, der ikke findes.' },
  EXPIRED: { en: '{field} has expired.', da: '{field} er udløbet.' },
  INVALID_CHARACTER: {
    en: '{field} contains a character that cannot be saved (a NUL character or a broken Unicode character).',
    da: '{field} indeholder et tegn, der ikke kan gemmes (et NUL-tegn eller et ødelagt Unicode-tegn).',
  },
  INVALID_ID: { en: '{field} is not a valid id.', da: '{field} er ikke et gyldigt id.' },
  FOUR_EYES: {
    en: '{field}: the author of a transfer impact assessment cannot approve it; another reviewer must (four eyes).',
    da: '{field}: den, der har skrevet en konsekvensanalyse for overførsel, kan ikke selv godkende den; en anden skal (fire øjne).',
  },
  MIXED_TRANSFERS: {
    en: '{field}: one TIA covers transfers to the same country and importer only.',
    da: '{field}: én TIA dækker kun overførsler til samme land og samme modtager.',
  },
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return ERROR_MESSAGES[code][locale];
}

/** A sentence naming the field, e.g. "privacyContactEmail is not a valid e-mail address." */
export function inputErrorMessage(
  reason: InputReason,
  field: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = INPUT_REASON_MESSAGES[reason][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'field' ? field : String(params[key] ?? '')));
}

/** Picks Danish unless the client clearly prefers English (Accept-Language). */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return 'da';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}
