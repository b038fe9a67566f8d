import { useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { fieldLabel } from '../../providers/api-errors';
import { parseChanges, resourceForEntityType } from './changes';

/** "2 felter ændret: Navn, Websted" for the list; the show page has the full before → after. */
export const ChangesSummaryField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ id: string; changes?: string | null; entityType?: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const changes = parseChanges(record.changes);
  if (changes.length === 0) return null;
  const resource = resourceForEntityType(record.entityType, ['Processor', 'User', 'ApiToken']) ?? undefined;
  const labels = changes.map((c) => fieldLabel(translate, resource, c.field));
  const shown = labels.length > 3 ? `${labels.slice(0, 3).join(', ')}, …` : labels.join(', ');
  return (
    <Typography component="span" variant="body2" title={labels.join(', ')}>
      {translate('tilsyn.audit.changed_fields', { smart_count: changes.length })}: {shown}
    </Typography>
  );
};
