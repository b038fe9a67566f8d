import { useRef, useState, type ChangeEvent } from 'react';
import { useCanAccess, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Button, Grid, Link, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import { formatBytes } from '../../components/dates';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { AgreementRecord } from '../../graphql/types';
import { DOCUMENT_ACCEPT, documentUrl } from '../../providers/document-upload';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

const Fact = ({ label, children, mono = false }: { label: string; children: React.ReactNode; mono?: boolean }) => (
  <Grid size={{ xs: 12, md: mono ? 12 : 4 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" sx={mono ? { fontFamily: 'monospace', wordBreak: 'break-all' } : undefined}>
      {children}
    </Typography>
  </Grid>
);

/** The signed document: its facts (name, size, SHA-256, when), a download link, and an upload for agreement.write. */
export const AgreementDocument = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDateTime = useFormatDateTime();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canUpload } = useCanAccess({ resource: 'Agreement', action: 'upload' });
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!record) return null;
  const doc = record.document;

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.uploadAgreementDocument(record.id, file);
      notify('tilsyn.agreements.uploaded', { type: 'success' });
      refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="agreement-document-title" sx={{ mt: 3 }} data-testid="agreement-document">
      <Typography variant="h6" component="h2" id="agreement-document-title" gutterBottom>
        {translate('tilsyn.agreements.document_title')}
      </Typography>
      {doc ? (
        <Grid container spacing={1} sx={{ mb: 1 }}>
          <Fact label={translate('tilsyn.agreements.file_name')}>{doc.fileName}</Fact>
          <Fact label={translate('tilsyn.agreements.size')}>{formatBytes(doc.sizeBytes, asLocale(locale))}</Fact>
          <Fact label={translate('tilsyn.agreements.uploaded_at')}>{formatDateTime(doc.uploadedAt)}</Fact>
          <Fact label={translate('tilsyn.agreements.sha256')} mono>
            <span data-testid="document-sha256">{doc.sha256}</span>
          </Fact>
        </Grid>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tilsyn.agreements.no_document')}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {doc && (
          <Button component={Link} href={documentUrl(String(record.id))} download={doc.fileName} startIcon={<DownloadIcon />} size="small" data-testid="document-download">
            {translate('tilsyn.agreements.download')}
          </Button>
        )}
        {canUpload && (
          <>
            <Button variant="outlined" size="small" startIcon={<UploadFileIcon />} disabled={busy} onClick={() => input.current?.click()} data-testid="document-upload">
              {translate(busy ? 'tilsyn.agreements.uploading' : doc ? 'tilsyn.agreements.replace' : 'tilsyn.agreements.upload')}
            </Button>
            <input ref={input} type="file" accept={DOCUMENT_ACCEPT} hidden onChange={upload} data-testid="document-input" aria-label={translate('tilsyn.agreements.upload')} />
            <Typography variant="caption" color="text.secondary">
              {translate('tilsyn.agreements.upload_help')}
            </Typography>
          </>
        )}
      </Stack>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert" data-testid="document-error">
          {problem}
        </Alert>
      )}
    </Box>
  );
};
