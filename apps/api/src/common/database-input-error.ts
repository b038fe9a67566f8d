import type { InputReason } from '@tilsyn/domain';
import { DomainException } from './domain-exception.js';

/**
 * PostgreSQL data exceptions (SQLSTATE class 22) that a client's value causes when it reaches the
 * database unchecked, and the reason to give. The input guard (graphql/input-guard.plugin.ts)
 * refuses NUL characters, lone surrogates and non-UUID ids before any SQL; this is the net under
 * it — a String-typed argument that is really a uuid, a date PostgreSQL cannot read — so such a
 * value is the client's BAD_USER_INPUT, not our INTERNAL_SERVER_ERROR. Inside a service's
 * transaction the statement failing rolls everything back: nothing is half-written.
 */
const VALUE_SQLSTATES: Readonly<Record<string, InputReason>> = {
  '22P02': 'INVALID_VALUE', // invalid_text_representation: "abc" for a uuid, an integer, a boolean
  '22021': 'INVALID_CHARACTER', // character_not_in_repertoire: a NUL in text
  '22P05': 'INVALID_CHARACTER', // untranslatable_character: \u0000 in jsonb
  '22007': 'INVALID_DATE', // invalid_datetime_format
  '22008': 'INVALID_DATE', // datetime_field_overflow: 2026-02-30
  '22001': 'INVALID_VALUE', // string_data_right_truncation: longer than the column
  '22003': 'INVALID_VALUE', // numeric_value_out_of_range
};

/** A lone high or low surrogate: valid in a JS string, but it has no UTF-8 form, so PostgreSQL never sees what the client meant. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when PostgreSQL cannot store the string as sent: a NUL (text and jsonb refuse U+0000) or a lone surrogate. */
export function hasUnstorableCharacter(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/** The SQLSTATE of a pg error or a TypeORM QueryFailedError wrapping one (which copies `code`). */
function sqlStateOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown }; severity?: unknown; query?: unknown };
  // Only database errors: pg's DatabaseError has a severity, TypeORM's QueryFailedError the query.
  if (e.severity === undefined && e.query === undefined) return undefined;
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' ? code : undefined;
}

/** Every string in the arguments with its dotted path (list positions left out), depth-bounded. */
function stringsOf(value: unknown, path: string, out: [string, string][], depth = 0): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value) && depth < 20) for (const item of value) stringsOf(item, path, out, depth + 1);
  else if (value && typeof value === 'object' && depth < 20) for (const [k, v] of Object.entries(value)) stringsOf(v, path ? `${path}.${k}` : k, out, depth + 1);
  return out;
}

/**
 * The argument PostgreSQL refused, when the error lets us tell: the quoted value of an
 * invalid_text_representation ("invalid input syntax for type uuid: \"abc\""), or the string that
 * holds the NUL or lone surrogate.
 */
function fieldOf(sqlState: string, message: string, args: unknown): string | undefined {
  const strings = stringsOf(args, '', []);
  if (sqlState === '22P02') {
    const quoted = /: "(.*)"$/s.exec(message)?.[1];
    return quoted === undefined ? undefined : strings.find(([, v]) => v === quoted)?.[0];
  }
  if (sqlState === '22021' || sqlState === '22P05') return strings.find(([, v]) => hasUnstorableCharacter(v))?.[0];
  return undefined;
}

/**
 * BAD_USER_INPUT for a database error caused by a value the client sent, naming the argument when it
 * can be told; undefined for any other error. `args` are the resolver's arguments (or a route's
 * params and query).
 */
export function databaseInputError(error: unknown, args: unknown): DomainException | undefined {
  const sqlState = sqlStateOf(error);
  const reason = sqlState ? VALUE_SQLSTATES[sqlState] : undefined;
  if (!sqlState || !reason) return undefined;
  const message = (error as { driverError?: { message?: unknown }; message?: unknown }).driverError?.message ?? (error as { message?: unknown }).message;
  const field = fieldOf(sqlState, typeof message === 'string' ? message : '', args);
  if (!field) return new DomainException('BAD_USER_INPUT');
  const isUuid = sqlState === '22P02' && typeof message === 'string' && message.includes('type uuid');
  return DomainException.badInput(field, isUuid ? 'INVALID_ID' : reason);
}
