import { useRef, useState, type ChangeEvent } from 'react';
import { Confirm, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Button, IconButton, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography, type SxProps, type Theme } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DeleteIcon from '@mui/icons-material/Delete';
import { formatBytes } from './dates';
import { useFormatDateTime } from './useFormatDateTime';
import { DOCUMENT_ACCEPT } from '../providers/document-upload';
import { asLocale } from '../providers/i18nProvider';

/** What the section shows of one stored document (a transfer's or a review's). */
export interface EvidenceDocument {
  id: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  /** Shown after the time where the record carries it (transfer documents do). */
  uploadedByName?: string | null;
}

/** Translation keys of the texts that differ between the resources. */
interface EvidenceMessages {
  title: string;
  empty: string;
  upload: string;
  /** The caption next to the upload button. */
  help: string;
  deleteContent: string;
  uploaded: string;
  deleted: string;
}

/**
 * The data-testid (and heading id) of each part. Spelled out per resource rather than built from
 * one prefix: the names grew apart before the section was shared, and tests rely on them.
 */
interface EvidenceTestIds {
  section?: string;
  titleId: string;
  /** On the table, or on the empty text, with data-count. */
  list?: string;
  row: (documentId: string) => string;
  delete: string;
  uploadButton: string;
  uploadInput: string;
  error: string;
}

interface EvidenceDocumentsProps {
  documents: readonly EvidenceDocument[];
  downloadUrl: (document: EvidenceDocument) => string;
  /** One dataProvider call each; the section notifies and refreshes after success. */
  upload: (file: File) => Promise<unknown>;
  remove: (document: EvidenceDocument) => Promise<unknown>;
  mayUpload: boolean;
  mayDelete: boolean;
  /** Greys out upload and delete (a review with unsaved changes); say why in messages.help. */
  disabled?: boolean;
  messages: EvidenceMessages;
  testIds: EvidenceTestIds;
  sx?: SxProps<Theme>;
}

/**
 * Stored evidence: each document with its facts and a download link for everyone, upload and
 * delete where the caller allows them. An upload error stays on screen next to the button (it
 * names the file's problem); a delete error is a notification.
 */
export const EvidenceDocuments = ({ documents, downloadUrl, upload, remove, mayUpload, mayDelete, disabled = false, messages, testIds, sx }: EvidenceDocumentsProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDateTime = useFormatDateTime();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<EvidenceDocument | null>(null);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await upload(file);
      notify(messages.uploaded, { type: 'success' });
      refresh();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const onDeleteConfirmed = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await remove(deleting);
      notify(messages.deleted, { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  return (
    <Box component="section" aria-labelledby={testIds.titleId} sx={sx} data-testid={testIds.section}>
      <Typography variant="h6" component="h2" id={testIds.titleId} gutterBottom>
        {translate(messages.title)}
      </Typography>
      {documents.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid={testIds.list} data-count={0}>
          {translate(messages.empty)}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', mb: 1 }}>
          <Table size="small" aria-label={translate(messages.title)} data-testid={testIds.list} data-count={documents.length}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('tilsyn.agreements.file_name')}</TableCell>
                <TableCell>{translate('tilsyn.agreements.size')}</TableCell>
                <TableCell>{translate('tilsyn.agreements.uploaded_at')}</TableCell>
                <TableCell>{translate('tilsyn.agreements.sha256')}</TableCell>
                {mayDelete && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.map((doc) => (
                <TableRow key={doc.id} data-testid={testIds.row(doc.id)}>
                  <TableCell>
                    <Link href={downloadUrl(doc)} download={doc.fileName} aria-label={translate('tilsyn.transfers.documents_download', { name: doc.fileName })}>
                      {doc.fileName}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatBytes(doc.sizeBytes, asLocale(locale))}</TableCell>
                  <TableCell>
                    {formatDateTime(doc.uploadedAt)}
                    {doc.uploadedByName ? ` ${translate('tilsyn.transfers.documents_uploaded_by', { name: doc.uploadedByName })}` : ''}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all', fontSize: 12 }}>{doc.sha256}</TableCell>
                  {mayDelete && (
                    <TableCell>
                      {/* The span lets the tooltip show while the button is disabled. */}
                      <Tooltip title={translate('tilsyn.transfers.documents_delete')}>
                        <span>
                          <IconButton
                            size="small"
                            disabled={disabled || busy}
                            onClick={() => setDeleting(doc)}
                            aria-label={`${translate('tilsyn.transfers.documents_delete')} ${doc.fileName}`}
                            data-testid={testIds.delete}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {mayUpload && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            size="small"
            startIcon={<UploadFileIcon />}
            disabled={disabled || busy}
            onClick={() => input.current?.click()}
            data-testid={testIds.uploadButton}
          >
            {translate(busy ? 'tilsyn.transfers.documents_uploading' : messages.upload)}
          </Button>
          <input
            ref={input}
            type="file"
            accept={DOCUMENT_ACCEPT}
            hidden
            disabled={disabled || busy}
            onChange={onFileChosen}
            data-testid={testIds.uploadInput}
            aria-label={translate(messages.upload)}
          />
          <Typography variant="caption" color="text.secondary">
            {translate(messages.help)}
          </Typography>
        </Stack>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert" data-testid={testIds.error}>
          {problem}
        </Alert>
      )}
      <Confirm
        isOpen={deleting !== null}
        loading={busy}
        title={translate('tilsyn.transfers.documents_delete_title', { name: deleting?.fileName ?? '' })}
        content={translate(messages.deleteContent)}
        onConfirm={onDeleteConfirmed}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
