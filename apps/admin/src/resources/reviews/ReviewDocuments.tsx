import { useCanAccess } from 'react-admin';
import { EvidenceDocuments } from '../../components/EvidenceDocuments';
import type { ReviewRecord } from '../../graphql/types';
import { reviewDocumentUrl } from '../../providers/document-upload';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/**
 * The review's evidence (the audit report, the processor's answers): download for everyone;
 * upload and delete while the review is open, for review.write. Uploading makes the uploader an
 * author (four eyes), and is held back while the form has unsaved changes: the upload changes the
 * review's version, and reading it again would throw those changes away.
 */
export const ReviewDocuments = ({ record, editable, dirty }: { record: ReviewRecord; editable: boolean; dirty: boolean }) => {
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canUpload } = useCanAccess({ resource: 'Review', action: 'upload' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'Review', action: 'deleteDocument' });
  return (
    <EvidenceDocuments
      documents={record.documents ?? []}
      downloadUrl={(doc) => reviewDocumentUrl(String(record.id), doc.id)}
      upload={(file) => dataProvider.uploadReviewDocument(record.id, file)}
      remove={(doc) => dataProvider.deleteReviewDocument(doc.id)}
      mayUpload={editable && !!canUpload}
      mayDelete={editable && !!canDelete}
      disabled={dirty}
      messages={{
        title: 'tilsyn.reviews.evidence_title',
        empty: record.kind === 'SUPERVISION' ? 'tilsyn.reviews.evidence_none_supervision' : 'tilsyn.reviews.evidence_none',
        upload: 'tilsyn.reviews.evidence_upload',
        help: dirty ? 'tilsyn.reviews.save_first' : 'tilsyn.reviews.evidence_help',
        deleteContent: 'tilsyn.reviews.evidence_delete_content',
        uploaded: 'tilsyn.reviews.evidence_uploaded',
        deleted: 'tilsyn.reviews.evidence_deleted',
      }}
      testIds={{
        titleId: 'review-evidence-title',
        list: 'review-evidence',
        row: (id) => `review-document-${id}`,
        delete: 'review-document-delete',
        uploadButton: 'review-evidence-upload-button',
        uploadInput: 'review-evidence-upload',
        error: 'review-evidence-error',
      }}
    />
  );
};
