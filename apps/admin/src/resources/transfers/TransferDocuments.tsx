import { useRef, useState, type ChangeEvent } from 'react';
import { Confirm, useCanAccess, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Button, IconButton, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DeleteIcon from '@mui/icons-material/Delete';
import { formatBytes } from '../../components/dates';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { TransferDocumentRecord, TransferRecord } from '../../graphql/types';
import { DOCUMENT_ACCEPT, transferDocumentUrl } from '../../providers/document-upload';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/** The transfer's evidence: each document with its facts and download, upload and delete for transfer.write. */
export const TransferDocuments = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDateTime = useFormatDateTime();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canUpload } = useCanAccess({ resource: 'Transfer', action: 'upload' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'Transfer', action: 'deleteDocument' });
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TransferDocumentRecord | null>(null);
  if (!record) return null;
  const documents = record.documents ?? [];

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.uploadTransferDocument(record.id, file);
      notify('tilsyn.transfers.documents_uploaded', { type: 'success' });
      refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await dataProvider.deleteTransferDocument(deleting.id);
      notify('tilsyn.transfers.documents_deleted', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  return (
    <Box component="section" aria-labelledby="transfer-documents-title" sx={{ mb: 3 }} data-testid="transfer-documents">
      <Typography variant="h6" component="h2" id="transfer-documents-title" gutterBottom>
        {translate('tilsyn.transfers.documents_title')}
      </Typography>
      {documents.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tilsyn.transfers.documents_none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', mb: 1 }}>
          <Table size="small" aria-label={translate('tilsyn.transfers.documents_title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('tilsyn.agreements.file_name')}</TableCell>
                <TableCell>{translate('tilsyn.agreements.size')}</TableCell>
                <TableCell>{translate('tilsyn.agreements.uploaded_at')}</TableCell>
                <TableCell>{translate('tilsyn.agreements.sha256')}</TableCell>
                {canDelete && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.map((doc) => (
                <TableRow key={doc.id} data-testid={`transfer-document-${doc.id}`}>
                  <TableCell>
                    <Link href={transferDocumentUrl(String(record.id), doc.id)} download={doc.fileName} aria-label={translate('tilsyn.transfers.documents_download', { name: doc.fileName })}>
                      {doc.fileName}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatBytes(doc.sizeBytes, asLocale(locale))}</TableCell>
                  <TableCell>
                    {formatDateTime(doc.uploadedAt)}
                    {doc.uploadedByName ? ` ${translate('tilsyn.transfers.documents_uploaded_by', { name: doc.uploadedByName })}` : ''}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all', fontSize: 12 }}>{doc.sha256}</TableCell>
                  {canDelete && (
                    <TableCell>
                      <Tooltip title={translate('tilsyn.transfers.documents_delete')}>
                        <IconButton size="small" onClick={() => setDeleting(doc)} aria-label={`${translate('tilsyn.transfers.documents_delete')} ${doc.fileName}`} data-testid="transfer-document-delete">
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {canUpload && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button variant="outlined" size="small" startIcon={<UploadFileIcon />} disabled={busy} onClick={() => input.current?.click()} data-testid="transfer-document-upload">
            {translate(busy ? 'tilsyn.transfers.documents_uploading' : 'tilsyn.transfers.documents_upload')}
          </Button>
          <input ref={input} type="file" accept={DOCUMENT_ACCEPT} hidden onChange={upload} data-testid="transfer-document-input" aria-label={translate('tilsyn.transfers.documents_upload')} />
          <Typography variant="caption" color="text.secondary">
            {translate('tilsyn.transfers.documents_help')}
          </Typography>
        </Stack>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert" data-testid="transfer-document-error">
          {problem}
        </Alert>
      )}
      <Confirm
        isOpen={deleting !== null}
        loading={busy}
        title={translate('tilsyn.transfers.documents_delete_title', { name: deleting?.fileName ?? '' })}
        content={translate('tilsyn.transfers.documents_delete_content')}
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
