import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { isIsoDate } from '@tilsyn/domain';
import { useFormatIsoDate } from './IsoDateField';
import { useLoaded } from './useLoaded';

/**
 * An assessment on a chosen day: today's comes with the record; any other day is asked again
 * (`compliance(asOf)`, `assessment(asOf)`). The same for a processor and a transfer.
 */
export function useAsOfAssessment<T>(recordId: string | number | undefined, fromRecord: T | undefined, load: (id: string | number, day: string | null) => Promise<T>) {
  const [asOf, setAsOf] = useState('');
  const day = isIsoDate(asOf) ? asOf : '';
  const { data, error, loading } = useLoaded<T | undefined>(
    () => (recordId !== undefined && (day || !fromRecord) ? load(recordId, day || null) : Promise.resolve(fromRecord)),
    [recordId, day, fromRecord],
  );
  return { asOf, setAsOf, assessment: day ? data : (fromRecord ?? data), error, loading };
}

/** The date field, "status on <day>" with its chip, and the loading and error lines above an assessment. */
export const AsOfBar = ({
  asOf,
  setAsOf,
  shownAsOf,
  chip,
  labels,
  testId,
  loading,
  error,
}: {
  asOf: string;
  setAsOf: (value: string) => void;
  /** The day the shown assessment is for (absent while none is loaded). */
  shownAsOf: string | undefined;
  chip: ReactNode;
  /** Translation keys of the field, its help, and "status on %{date}". */
  labels: { field: string; help: string; statusAsOf: string };
  testId: string;
  loading: boolean;
  error: Error | null | undefined;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <TextField
          type="date"
          size="small"
          sx={{ width: 240 }}
          label={translate(labels.field)}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          helperText={translate(labels.help)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testId } }}
        />
        {shownAsOf && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              {translate(labels.statusAsOf, { date: formatDate(shownAsOf) })}
            </Typography>
            {chip}
          </Stack>
        )}
      </Stack>
      {loading && <LinearProgress sx={{ mb: 2 }} />}
      {error && !loading && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message || translate('tilsyn.compliance.load_failed')}
        </Alert>
      )}
    </>
  );
};
