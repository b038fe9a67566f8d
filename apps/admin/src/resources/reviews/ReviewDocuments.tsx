import { useRef, useState, type ChangeEvent } from 'react';
import { Confirm, useCanAccess, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Button, IconButton, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DeleteIcon from '@mui/icons-material/Delete';
import { formatBytes } from '../../components/dates';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { ReviewDocumentRecord, ReviewRecord } from '../../graphql/types';
import { DOCUMENT_ACCEPT, reviewDocumentUrl } from '../../providers/document-upload';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/**
 * The review's evidence (the audit report, the processor's answers): download for everyone;
 * upload and delete while the review is open, for review.write. Uploading makes the uploader an
 * author (four eyes), and is held back while the form has unsaved changes: the upload changes the
 * review's version, and reading it again would throw those changes away.
 */
export const ReviewDocuments = ({ record, editable, dirty }: { record: ReviewRecord; editable: boolean; dirty: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDateTime = useFormatDateTime();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canUpload } = useCanAccess({ resource: 'Review', action: 'upload' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'Review', action: 'deleteDocument' });
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ReviewDocumentRecord | null>(null);
  const documents = record.documents ?? [];
  const mayUpload = editable && !!canUpload;
  const mayDelete = editable && !!canDelete;

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.uploadReviewDocument(record.id, file);
      notify('tilsyn.reviews.evidence_uploaded', { type: 'success' });
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
      await dataProvider.deleteReviewDocument(deleting.id);
      notify('tilsyn.reviews.evidence_deleted', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  };

  return (
    <Box component="section" aria-labelledby="review-evidence-title">
      <Typography variant="h6" component="h2" id="review-evidence-title" gutterBottom>
        {translate('tilsyn.reviews.evidence_title')}
      </Typography>
      {documents.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="review-evidence" data-count={0}>
          {translate(record.kind === 'SUPERVISION' ? 'tilsyn.reviews.evidence_none_supervision' : 'tilsyn.reviews.evidence_none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', mb: 1 }}>
          <Table size="small" aria-label={translate('tilsyn.reviews.evidence_title')} data-testid="review-evidence" data-count={documents.length}>
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
                <TableRow key={doc.id} data-testid={`review-document-${doc.id}`}>
                  <TableCell>
                    <Link href={reviewDocumentUrl(String(record.id), doc.id)} download={doc.fileName} aria-label={translate('tilsyn.transfers.documents_download', { name: doc.fileName })}>
                      {doc.fileName}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatBytes(doc.sizeBytes, asLocale(locale))}</TableCell>
                  <TableCell>{formatDateTime(doc.uploadedAt)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all', fontSize: 12 }}>{doc.sha256}</TableCell>
                  {mayDelete && (
                    <TableCell>
                      <Tooltip title={translate('tilsyn.transfers.documents_delete')}>
                        <span>
                          <IconButton
                            size="small"
                            disabled={dirty || busy}
                            onClick={() => setDeleting(doc)}
                            aria-label={`${translate('tilsyn.transfers.documents_delete')} ${doc.fileName}`}
                            data-testid="review-document-delete"
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
            disabled={busy || dirty}
            onClick={() => input.current?.click()}
            data-testid="review-evidence-upload-button"
          >
            {translate(busy ? 'tilsyn.transfers.documents_uploading' : 'tilsyn.reviews.evidence_upload')}
          </Button>
          <input
            ref={input}
            type="file"
            accept={DOCUMENT_ACCEPT}
            hidden
            disabled={busy || dirty}
            onChange={upload}
            data-testid="review-evidence-upload"
            aria-label={translate('tilsyn.reviews.evidence_upload')}
          />
          <Typography variant="caption" color="text.secondary">
            {translate(dirty ? 'tilsyn.reviews.save_first' : 'tilsyn.reviews.evidence_help')}
          </Typography>
        </Stack>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert" data-testid="review-evidence-error">
          {problem}
        </Alert>
      )}
      <Confirm
        isOpen={deleting !== null}
        loading={busy}
        title={translate('tilsyn.transfers.documents_delete_title', { name: deleting?.fileName ?? '' })}
        content={translate('tilsyn.reviews.evidence_delete_content')}
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
