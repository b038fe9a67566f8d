import { describe, expect, it } from 'vitest';
import { describeApiError, parseApiError } from './api-errors';
import { MAX_DOCUMENT_BYTES, putAgreementDocument, putReviewDocument, putTransferDocument, reviewDocumentUrl, transferDocumentUrl, uploadError } from './document-upload';
import { makeTranslate } from '../i18n/test-translate';
import { da } from '../i18n/da';
import { en } from '../i18n/en';

const tDa = makeTranslate(da);
const tEn = makeTranslate(en);

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('putAgreementDocument', () => {
  it('PUTs the raw file with the upload header, the encoded name and the type', async () => {
    let seen: { url: string; init?: RequestInit } | null = null;
    const fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
      seen = { url: String(url), init };
      return jsonResponse(201, { fileName: 'Aftale æøå.pdf', contentType: 'application/pdf', sizeBytes: 8, sha256: 'ab', uploadedAt: '2026-01-01T00:00:00Z' });
    }) as typeof fetch;
    const file = new File(['%PDF-1.7'], 'Aftale æøå.pdf', { type: 'application/pdf' });
    const doc = await putAgreementDocument('a1', file, fetcher);
    expect(doc.sha256).toBe('ab');
    expect(seen!.url).toBe('/api/agreements/a1/document');
    expect(seen!.init?.method).toBe('PUT');
    expect(seen!.init?.credentials).toBe('same-origin');
    expect(seen!.init?.headers).toEqual({ 'X-Tilsyn-Upload': '1', 'X-File-Name': encodeURIComponent('Aftale æøå.pdf'), 'Content-Type': 'application/pdf' });
    expect(seen!.init?.body).toBe(file);
  });

  it('answers the API error so it reads as "Dokument: kun PDF- eller DOCX-filer på højst 20 MB."', async () => {
    const fetcher = (async () =>
      jsonResponse(400, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'document', reason: 'INVALID_FILE' } }] })) as typeof fetch;
    const error = await putAgreementDocument('a1', new File(['hello'], 'notes.txt', { type: 'text/plain' }), fetcher).catch((e: unknown) => e);
    const described = describeApiError(parseApiError(error), tDa, 'Agreement');
    expect(described.message).toBe('Dokument: kun PDF- eller DOCX-filer på højst 20 MB.');
    expect(described.fieldErrors).toEqual({ document: 'Dokument: kun PDF- eller DOCX-filer på højst 20 MB.' });
  });

  it('refuses an empty or too large file before sending it', async () => {
    let sent = false;
    const fetcher = (async () => {
      sent = true;
      return jsonResponse(201, {});
    }) as typeof fetch;
    const big = { name: 'big.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 } as File;
    const error = await putAgreementDocument('a1', big, fetcher).catch((e: unknown) => e);
    expect(sent).toBe(false);
    expect(describeApiError(parseApiError(error), tEn, 'Agreement').message).toBe('Document: only PDF or DOCX files up to 20 MB.');
  });
});

describe('uploadError', () => {
  it('says "only PDF or DOCX up to 20 MB" for 413', () => {
    expect(describeApiError(parseApiError(uploadError(413, { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] })), tEn, 'Agreement').message).toBe(
      'Document: only PDF or DOCX files up to 20 MB.',
    );
  });

  it('keeps other codes and bare statuses', () => {
    expect(parseApiError(uploadError(403, { errors: [{ extensions: { code: 'FORBIDDEN' } }] })).code).toBe('FORBIDDEN');
    expect(parseApiError(uploadError(502, null)).code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('putTransferDocument', () => {
  it('PUTs evidence to the transfer\'s documents with the same headers', async () => {
    let seen: { url: string; init?: RequestInit } | null = null;
    const fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
      seen = { url: String(url), init };
      return jsonResponse(201, { id: 'd1', fileName: 'SCC.pdf', contentType: 'application/pdf', sizeBytes: 8, sha256: 'cd', uploadedAt: '2026-01-01T00:00:00Z' });
    }) as typeof fetch;
    const file = new File(['%PDF-1.7'], 'SCC modul 2.pdf', { type: 'application/pdf' });
    const doc = await putTransferDocument('t1', file, fetcher);
    expect(doc.id).toBe('d1');
    expect(seen!.url).toBe('/api/transfers/t1/documents');
    expect(seen!.init?.headers).toEqual({ 'X-Tilsyn-Upload': '1', 'X-File-Name': encodeURIComponent('SCC modul 2.pdf'), 'Content-Type': 'application/pdf' });
  });

  it('downloads one document by its id', () => {
    expect(transferDocumentUrl('t1', 'd 2')).toBe('/api/transfers/t1/documents/d%202');
  });
});

describe('putReviewDocument', () => {
  it("PUTs evidence to the review's documents with the same headers", async () => {
    let seen: { url: string; init?: RequestInit } | null = null;
    const fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
      seen = { url: String(url), init };
      return jsonResponse(201, { id: 'd1', fileName: 'ISAE 3402.pdf', contentType: 'application/pdf', sizeBytes: 8, sha256: 'ef', uploadedAt: '2026-01-01T00:00:00Z' });
    }) as typeof fetch;
    const file = new File(['%PDF-1.7'], 'ISAE 3402.pdf', { type: 'application/pdf' });
    const doc = await putReviewDocument('r1', file, fetcher);
    expect(doc.id).toBe('d1');
    expect(seen!.url).toBe('/api/reviews/r1/documents');
    expect(seen!.init?.method).toBe('PUT');
    expect(seen!.init?.headers).toEqual({ 'X-Tilsyn-Upload': '1', 'X-File-Name': encodeURIComponent('ISAE 3402.pdf'), 'Content-Type': 'application/pdf' });
  });

  it('downloads one document by its id', () => {
    expect(reviewDocumentUrl('r1', 'd 2')).toBe('/api/reviews/r1/documents/d%202');
  });
});
