import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { NON_UUID_IDS } from '../../src/graphql/input-guard.plugin.js';

/**
 * The committed schema (schema.gql, kept equal to the served one by hardening.int-spec.ts), walked
 * to generate the fuzz cases: every root field, its arguments, and the fields of its input objects.
 */
export const SCHEMA: GraphQLSchema = buildSchema(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'schema.gql'), 'utf8'));

/** A UUID no row has. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export type RootKind = 'Query' | 'Mutation';
export type RootField = GraphQLField<unknown, unknown>;

export function rootFields(kind: RootKind): RootField[] {
  const type = kind === 'Query' ? SCHEMA.getQueryType() : SCHEMA.getMutationType();
  return Object.values(type!.getFields()).sort((a, b) => a.name.localeCompare(b.name));
}

/** react-admin list queries: `allX` (their `_allXMeta` twins take the same arguments). */
export function listQueries(): RootField[] {
  return rootFields('Query').filter((f) => /^_?all[A-Z]/.test(f.name));
}

/**
 * A place a value can go: an argument, or a field of an input-object argument (`filter.q`,
 * `input.jurisdiction`, `caseRecipients[].processorId`: a list of input objects gets one element).
 */
export interface Slot {
  /** Argument name, then input field names. */
  path: string[];
  /** `filter.q`, the name the API reports in extensions.field. */
  label: string;
  /** The leaf's named type: String, ID, Int, an enum … */
  leaf: string;
  /** Schema coordinate of the leaf (`Query.allProcessors.sortField`, `ProcessorFilter.q`), for NON_UUID_IDS. */
  coordinate: string;
  type: GraphQLInputType;
}

/** Every leaf slot of a root field's arguments, input objects walked (each input type once per path, so recursive inputs end). */
export function slotsOf(parent: RootKind, field: RootField): Slot[] {
  const slots: Slot[] = [];
  const visit = (type: GraphQLInputType, pathSoFar: string[], coordinate: string, seen: ReadonlySet<string>) => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      for (const f of Object.values(named.getFields())) visit(f.type, [...pathSoFar, f.name], `${named.name}.${f.name}`, new Set([...seen, named.name]));
      return;
    }
    slots.push({ path: pathSoFar, label: pathSoFar.join('.'), leaf: named.name, coordinate, type });
  };
  for (const arg of field.args) visit(arg.type, [arg.name], `${parent}.${field.name}.${arg.name}`, new Set());
  return slots;
}

/** Is the slot a string the client types (String, or an ID that is not a UUID key)? */
export const isTextSlot = (slot: Slot) => slot.leaf === 'String' || (slot.leaf === 'ID' && NON_UUID_IDS.has(slot.coordinate));

let serial = 0;
/** A fresh number, so filler names and e-mails do not collide with unique constraints. */
export const nextSerial = () => ++serial;

/**
 * A value that passes for `name` of `type`: the filler for the arguments a case does not fuzz, so
 * the fuzzed one gets as far as it can. Guessed from the name (e-mail, date, country, URL …).
 */
export function fillerFor(name: string, type: GraphQLInputType, coordinate = ''): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [fillerFor(name, nullable.ofType, coordinate)];
  if (isInputObjectType(nullable)) return requiredFillers(Object.values(nullable.getFields()), nullable.name);
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (!isScalarType(nullable)) return null;
  switch (nullable.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return NON_UUID_IDS.has(coordinate) ? 'DK' : MISSING_ID;
    case 'DateTime':
      return '2026-11-20T09:00:00Z';
    case 'JSONObject':
      return {};
    default:
      return stringFiller(name);
  }
}

export function stringFiller(name: string): string {
  const n = name.toLowerCase();
  if (n.includes('email') || n === 'mailfrom') return `fuzz${nextSerial()}@example.dk`;
  if (/country|jurisdiction/.test(n)) return 'DK';
  if (n === 'locale') return 'da';
  if (n === 'cpr') return '010170-1234';
  if (/website|source|url/.test(n)) return 'https://example.dk';
  if (/(on|date|from|before|after|until|asof)$/.test(n) || n === 'at') return '2026-11-20';
  if (/password/.test(n)) return 'not the password at all';
  return `Fuzz ${nextSerial()}`;
}

/** Fillers for the required arguments (or input fields) only. */
export function requiredFillers(args: readonly { name: string; type: GraphQLInputType }[], owner: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of args) if (isNonNullType(a.type) && !('defaultValue' in a && a.defaultValue !== undefined)) out[a.name] = fillerFor(a.name, a.type, `${owner}.${a.name}`);
  return out;
}

/** Sets `value` at `slot.path` inside `args`, creating input objects (and one-element lists of them) on the way. */
export function withValue(field: RootField, args: Record<string, unknown>, slot: Slot, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(args);
  let holder: Record<string, unknown> = out;
  let type: GraphQLInputType = field.args.find((a) => a.name === slot.path[0])!.type;
  for (let i = 0; i < slot.path.length - 1; i++) {
    const key = slot.path[i];
    const named = getNamedType(type);
    if (!isInputObjectType(named)) break;
    const isList = isListType(getNullableType(type));
    let next = isList ? (holder[key] as Record<string, unknown>[] | undefined)?.[0] : (holder[key] as Record<string, unknown> | undefined);
    if (!next || typeof next !== 'object') {
      next = requiredFillers(Object.values(named.getFields()), named.name);
      holder[key] = isList ? [next] : next;
    }
    holder = next;
    type = named.getFields()[slot.path[i + 1]].type;
  }
  holder[slot.path[slot.path.length - 1]] = value;
  return out;
}

/** The base arguments of a root field: every required argument filled. */
export function baseArgs(parent: RootKind, field: RootField): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of field.args as readonly GraphQLArgument[]) if (isNonNullType(a.type) && a.defaultValue === undefined) out[a.name] = fillerFor(a.name, a.type, `${parent}.${field.name}.${a.name}`);
  return out;
}

/** The smallest selection of a field's result: none for a scalar, `__typename` otherwise. */
export function selectionOf(field: RootField): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
}

/**
 * One operation calling `field` once per alias, every argument a variable (`$a0_name`), so inline
 * literal escaping never gets in the way of the bytes under test.
 */
export function aliasedOperation(parent: RootKind, field: RootField, calls: Record<string, unknown>[], selection = selectionOf(field)): { query: string; variables: Record<string, unknown>; aliases: string[] } {
  const defs: string[] = [];
  const bodies: string[] = [];
  const variables: Record<string, unknown> = {};
  const aliases: string[] = [];
  calls.forEach((args, i) => {
    const alias = `a${i}`;
    aliases.push(alias);
    const passed: string[] = [];
    for (const arg of field.args) {
      if (!(arg.name in args)) continue;
      const v = `${alias}_${arg.name}`;
      defs.push(`$${v}: ${String(arg.type)}`);
      passed.push(`${arg.name}: $${v}`);
      variables[v] = args[arg.name];
    }
    bodies.push(`${alias}: ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection}`);
  });
  const keyword = parent === 'Query' ? 'query' : 'mutation';
  return { query: `${keyword} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${bodies.join(' ')} }`, variables, aliases };
}
