import { useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { asLocale } from '../providers/i18nProvider';
import { fieldLabel } from '../providers/api-errors';
import { formatChangeValue, parseDetails } from '../resources/audit-events/changes';
import { useUserChoices } from './useUserChoices';

interface ChangeListProps {
  /** An audit event's `changes` JSON text. */
  changes: unknown;
  /** Resource whose field labels name the changed fields. */
  resource?: string;
  /** Also list context facts (reason, version…) after the field changes. */
  withContext?: boolean;
}

const USER_FIELDS = ['ownerId', 'assessedById'];
/** Processor ids in a change read as the processor's name. */
const PROCESSOR_FIELDS = ['exporterProcessorId', 'importerProcessorId', 'processorId', 'subprocessorId'];
const PICKER = { meta: { sparseFields: ['id', 'name'] } };

/** "Navn: Acme → Acme A/S", one line per changed field. */
export const ChangeList = ({ changes, resource, withContext = false }: ChangeListProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { nameOf } = useUserChoices();
  const details = parseDetails(changes);
  const context = withContext ? details.context : [];
  const processorIds = [
    ...new Set(
      [...details.changes.filter((c) => PROCESSOR_FIELDS.includes(c.field)).flatMap((c) => [c.before, c.after]), ...context.filter((c) => PROCESSOR_FIELDS.includes(c.key)).map((c) => c.value)].filter(
        (v): v is string => typeof v === 'string' && v !== '',
      ),
    ),
  ];
  const { data: processors } = useGetMany<{ id: string; name: string }>('Processor', { ids: processorIds, meta: PICKER.meta }, { enabled: processorIds.length > 0 });
  const processorName = (id: string) => processors?.find((p) => p.id === id)?.name;
  if (details.hidden) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.audit.details_hidden')}
      </Typography>
    );
  }
  if (details.changes.length === 0 && context.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.audit.no_changes')}
      </Typography>
    );
  }
  // User ids (a processor's owner) read as names; an unknown id stays as it is.
  const format = (field: string, value: unknown) => {
    if (USER_FIELDS.includes(field) && typeof value === 'string' && nameOf(value)) return nameOf(value) as string;
    if (PROCESSOR_FIELDS.includes(field) && typeof value === 'string' && processorName(value)) return processorName(value) as string;
    return formatChangeValue(field, value, translate, asLocale(locale));
  };
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {details.changes.map(({ field, before, after }) => (
        <Typography component="li" variant="body2" key={`change-${field}`} sx={{ wordBreak: 'break-word' }}>
          <strong>{fieldLabel(translate, resource, field)}:</strong> <span>{format(field, before)}</span>
          {' → '}
          <span>{format(field, after)}</span>
        </Typography>
      ))}
      {context.map(({ key, value }) => (
        <Typography component="li" variant="body2" key={`context-${key}`} color="text.secondary" sx={{ wordBreak: 'break-word' }}>
          {fieldLabel(translate, resource, key)}: {format(key, value)}
        </Typography>
      ))}
    </Box>
  );
};
