import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { DomainException } from '../common/domain-exception.js';

/**
 * The optimistic-lock UPDATE: `WHERE id = $1 AND version = $2`, bumping the version. TypeORM's
 * version column alone lets a concurrent save overwrite silently (reliability.md A0 item 4,
 * typeorm#2848), so the check lives in the statement itself; no row updated means CONFLICT.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  patch: QueryDeepPartialEntity<T>,
  now: Date,
  name: string,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, updatedAt: now, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw DomainException.conflict(name);
}
