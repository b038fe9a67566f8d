import { useCanAccess, useRecordContext } from 'react-admin';
import { EvidenceDocuments } from '../../components/EvidenceDocuments';
import type { TransferRecord } from '../../graphql/types';
import { transferDocumentUrl } from '../../providers/document-upload';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/** The transfer's evidence: each document with its facts and download, upload and delete for transfer.write. */
export const TransferDocuments = () => {
  const record = useRecordContext<TransferRecord>();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canUpload } = useCanAccess({ resource: 'Transfer', action: 'upload' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'Transfer', action: 'deleteDocument' });
  if (!record) return null;
  return (
    <EvidenceDocuments
      documents={record.documents ?? []}
      downloadUrl={(doc) => transferDocumentUrl(String(record.id), doc.id)}
      upload={(file) => dataProvider.uploadTransferDocument(record.id, file)}
      remove={(doc) => dataProvider.deleteTransferDocument(doc.id)}
      mayUpload={!!canUpload}
      mayDelete={!!canDelete}
      messages={{
        title: 'tilsyn.transfers.documents_title',
        empty: 'tilsyn.transfers.documents_none',
        upload: 'tilsyn.transfers.documents_upload',
        help: 'tilsyn.transfers.documents_help',
        deleteContent: 'tilsyn.transfers.documents_delete_content',
        uploaded: 'tilsyn.transfers.documents_uploaded',
        deleted: 'tilsyn.transfers.documents_deleted',
      }}
      testIds={{
        section: 'transfer-documents',
        titleId: 'transfer-documents-title',
        row: (id) => `transfer-document-${id}`,
        delete: 'transfer-document-delete',
        uploadButton: 'transfer-document-upload',
        uploadInput: 'transfer-document-input',
        error: 'transfer-document-error',
      }}
      sx={{ mb: 3 }}
    />
  );
};
