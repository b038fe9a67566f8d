import type { AgreementDocumentRecord, ReviewDocumentRecord, TransferDocumentRecord } from '../graphql/types';

/** The API refuses larger documents (413); checked here first so a huge file is never sent. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** What the file picker offers; the API decides by content (PDF magic bytes, DOCX zip entries). */
export const DOCUMENT_ACCEPT =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const documentUrl = (agreementId: string) => `/api/agreements/${encodeURIComponent(agreementId)}/document`;

/** A transfer's evidence: PUT adds one, GET with the document id downloads it. */
export const transferDocumentsUrl = (transferId: string) => `/api/transfers/${encodeURIComponent(transferId)}/documents`;
export const transferDocumentUrl = (transferId: string, documentId: string) => `${transferDocumentsUrl(transferId)}/${encodeURIComponent(documentId)}`;

/** A review's evidence (the audit report, the answers): the same endpoints as a transfer's. */
export const reviewDocumentsUrl = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/documents`;
export const reviewDocumentUrl = (reviewId: string, documentId: string) => `${reviewDocumentsUrl(reviewId)}/${encodeURIComponent(documentId)}`;

/** The "document: only PDF or DOCX up to 20 MB" error, in the shape the API answers with. */
const invalidFile = (status: number) => ({
  status,
  errors: [{ message: 'INVALID_FILE', extensions: { code: 'BAD_USER_INPUT', field: 'document', reason: 'INVALID_FILE' } }],
});

/**
 * An upload failure as the error parseApiError reads: the API's JSON `{ errors: [...] }` with the
 * HTTP status. 413 (too large) is the same sentence as a wrong type: only PDF or DOCX up to 20 MB.
 */
export function uploadError(status: number, body: unknown): Record<string, unknown> {
  if (status === 413) return invalidFile(status);
  if (typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors)) {
    return { status, errors: (body as { errors: unknown[] }).errors };
  }
  return { status };
}

/**
 * PUTs the raw file to the document endpoint (the custom header is the API's CSRF guard; the
 * session cookie goes along on the same origin). Throws an error for parseApiError on failure.
 */
export async function putAgreementDocument(
  agreementId: string,
  file: File,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<AgreementDocumentRecord> {
  return putDocument<AgreementDocumentRecord>(documentUrl(agreementId), file, fetcher);
}

/** The same upload for a transfer's evidence (each PUT adds one document). */
export async function putTransferDocument(
  transferId: string,
  file: File,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<TransferDocumentRecord> {
  return putDocument<TransferDocumentRecord>(transferDocumentsUrl(transferId), file, fetcher);
}

/** The same upload for a review's evidence (each PUT adds one document). */
export async function putReviewDocument(
  reviewId: string,
  file: File,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<ReviewDocumentRecord> {
  return putDocument<ReviewDocumentRecord>(reviewDocumentsUrl(reviewId), file, fetcher);
}

async function putDocument<T>(url: string, file: File, fetcher: typeof fetch): Promise<T> {
  if (file.size === 0 || file.size > MAX_DOCUMENT_BYTES) throw invalidFile(400);
  const response = await fetcher(url, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: {
      'X-Tilsyn-Upload': '1',
      'X-File-Name': encodeURIComponent(file.name),
      'Content-Type': file.type || 'application/octet-stream',
    },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw uploadError(response.status, body);
  return body as T;
}
