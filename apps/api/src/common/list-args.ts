import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainException } from './domain-exception.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/** A sort field is a property name: letters and digits, starting with a letter (no `__proto__`, no dots, no SQL). */
export const SORT_FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** react-admin's list grammar (ra-data-graphql-simple): zero-based page, perPage, sort. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Zero-based page number.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  page?: number;

  @Field(() => Int, { nullable: true, description: `Rows per page, 1 to ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  perPage?: number;

  @Field({ nullable: true, description: 'Field to sort by; each list names the fields it allows.' })
  @IsOptional()
  @MaxLength(64)
  @Matches(SORT_FIELD_PATTERN, { context: { reason: 'UNKNOWN_SORT_FIELD' } })
  sortField?: string;

  @Field({ nullable: true, description: 'ASC or DESC.' })
  @IsOptional()
  @IsIn(['ASC', 'DESC', 'asc', 'desc'])
  sortOrder?: string;
}

/**
 * Applies paging and a whitelisted sort. An unknown sort field is refused (never interpolated into
 * SQL); the id is always the last sort key so pages are stable.
 */
export function applyListArgs<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ListArgs,
  sortable: Readonly<Record<string, string>>,
  defaultSort: { field: string; order: 'ASC' | 'DESC' },
  /** The primary-key property, `id` unless the table is keyed otherwise (a country by its code). */
  key = 'id',
): SelectQueryBuilder<T> {
  const field = args.sortField ?? defaultSort.field;
  const column = field === 'id' ? `${qb.alias}.${key}` : sortColumn(sortable, field);
  if (!column) throw DomainException.badInput('sortField', 'UNKNOWN_SORT_FIELD');
  const order = args.sortOrder ? (args.sortOrder.toUpperCase() as 'ASC' | 'DESC') : args.sortField ? 'ASC' : defaultSort.order;
  qb.orderBy(column, order);
  if (field !== 'id') qb.addOrderBy(`${qb.alias}.${key}`, order);
  const perPage = args.perPage ?? DEFAULT_PAGE_SIZE;
  return qb.take(perPage).skip((args.page ?? 0) * perPage);
}

/**
 * The column behind a client's sort field, or undefined. Only the allowlist's OWN string entries
 * count: a plain `sortable[field]` answers `Object.prototype` for "__proto__" (and functions for
 * "constructor", "toString" …), and TypeORM's orderBy given an object writes into it — polluting
 * every object of the process (issue 15, item 1).
 */
export function sortColumn(sortable: Readonly<Record<string, string>>, field: string): string | undefined {
  if (!SORT_FIELD_PATTERN.test(field) || !Object.hasOwn(sortable, field)) return undefined;
  const column = sortable[field];
  return typeof column === 'string' ? column : undefined;
}

/** Escapes LIKE wildcards in free-text search. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
