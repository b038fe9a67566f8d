import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DescriptionIcon from '@mui/icons-material/Description';
import DownloadIcon from '@mui/icons-material/Download';
import type { Locale } from '@tilsyn/domain';
import { useLoaded } from '../../components/useLoaded';
import type { ErasureRequestRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { statementFileName } from './erasure-rules';

/** Saves the text as a UTF-8 .txt file (with a byte-order mark, so Notepad shows æøå). */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** The statement in one language, fetched when the dialog is open (each retrieval is audited). */
const StatementDialog = ({ record, onClose }: { record: ErasureRequestRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const [uiLocale] = useLocaleState();
  const [locale, setLocale] = useState<Locale>(asLocale(uiLocale));
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const statement = useLoaded<string>(() => dataProvider.getErasureRecipientStatement(record.id, locale).then((a) => a.data), [record.id, locale]);
  const text = statement.data ?? '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="erasure-statement-title" maxWidth="md" fullWidth data-testid="erasure-statement-dialog">
      <DialogTitle id="erasure-statement-title">{translate('tilsyn.erasure.statement.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('tilsyn.erasure.statement.intro')}</DialogContentText>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={locale}
            onChange={(_e, value: Locale | null) => {
              if (value) {
                setLocale(value);
                setCopied('idle');
              }
            }}
            aria-label={translate('tilsyn.erasure.statement.language')}
          >
            <ToggleButton value="da" data-testid="erasure-statement-da">
              {translate('tilsyn.enums.locale.da')}
            </ToggleButton>
            <ToggleButton value="en" data-testid="erasure-statement-en">
              {translate('tilsyn.enums.locale.en')}
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {statement.loading && <LinearProgress sx={{ mb: 1 }} />}
        {statement.error && <Alert severity="error">{statement.error.message}</Alert>}
        {statement.data !== undefined && (
          <TextField
            value={text}
            multiline
            fullWidth
            minRows={8}
            label={translate('tilsyn.erasure.statement.text')}
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'erasure-statement-text', lang: locale, style: { fontFamily: 'monospace', fontSize: 13 } } }}
          />
        )}
        {copied === 'copied' && (
          <Alert severity="success" sx={{ mt: 2 }}>
            {translate('tilsyn.erasure.statement.copied')}
          </Alert>
        )}
        {copied === 'failed' && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('tilsyn.erasure.statement.copy_failed')}
          </Alert>
        )}
        <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
          {translate('tilsyn.erasure.statement.logged')}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy} disabled={!text} data-testid="erasure-statement-copy">
          {translate('tilsyn.erasure.statement.copy')}
        </Button>
        <Button startIcon={<DownloadIcon />} onClick={() => download(text, statementFileName(record.caseReference, locale))} disabled={!text} data-testid="erasure-statement-download">
          {translate('tilsyn.erasure.statement.download')}
        </Button>
        <Button variant="contained" onClick={onClose} data-testid="erasure-statement-close">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * Art. 19, last sentence: the person may ask which recipients were told of the erasure. The text
 * (Danish or English) names our case reference and the recipients only; it is copied or saved as a
 * .txt file to send to the person. Fetched only when asked for: every retrieval is audited.
 */
export const RecipientStatementButton = ({ record }: { record: ErasureRequestRecord }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<DescriptionIcon />} onClick={() => setOpen(true)} data-testid="erasure-statement">
        {translate('tilsyn.erasure.statement.button')}
      </Button>
      {open && <StatementDialog record={record} onClose={() => setOpen(false)} />}
    </>
  );
};
