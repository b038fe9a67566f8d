import DataLoader from 'dataloader';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { AuditEventModel } from '../modules/audit/audit-event.model.js';
import type { UsersService } from '../modules/users/users.service.js';

/**
 * Per-request DataLoaders: every to-many or cross-record field is batched into one query per
 * request, results in key order (style.md §3.6).
 */
export interface ApiLoaders {
  processorHistory: DataLoader<string, AuditEventModel[]>;
  auditDetails: DataLoader<string, Record<string, unknown> | null>;
  actorNames: DataLoader<string, string | null>;
}

export function createLoaders(audit: AuditService, users: UsersService): ApiLoaders {
  return {
    processorHistory: new DataLoader(async (ids) => {
      const byId = await audit.byEntities('Processor', ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    auditDetails: new DataLoader(async (ids) => {
      const byId = await audit.detailsByEventIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    actorNames: new DataLoader(async (ids) => {
      const byId = await users.actorNames(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
