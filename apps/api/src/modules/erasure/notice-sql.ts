import { SETTLED_NOTICE_STATUSES } from '@tilsyn/domain';

const SETTLED = SETTLED_NOTICE_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The domain's outstandingNotices / needsFollowUpOfRefusal as an SQL condition on erasure_notice
 * (optionally under a table alias): not yet answered, excepted or cancelled — or refused by a
 * processor, which a reviewer must follow up (Art. 28(3)(g)). One definition for every query that
 * decides whether a request is complete or a notice still open.
 */
export function outstandingNoticeSql(alias?: string): string {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  return `(${c('status')} NOT IN (${SETTLED}) OR (${c('status')} = 'REFUSED' AND ${c('legal_basis')} = 'PROCESSOR_INSTRUCTION'))`;
}
