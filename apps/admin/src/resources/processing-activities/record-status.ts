export type RecordStatus = 'IN_FORCE' | 'ENDED' | 'NOT_STARTED';

/**
 * In the record today, ended (from the day after endedOn), or not started yet: the rule the
 * Art. 30 reports apply. Shared by processing activities and client engagements.
 */
export function recordStatus(record: { startedOn?: string | null; endedOn?: string | null }, today: string): RecordStatus {
  if (record.endedOn && record.endedOn < today) return 'ENDED';
  if (record.startedOn && record.startedOn > today) return 'NOT_STARTED';
  return 'IN_FORCE';
}
