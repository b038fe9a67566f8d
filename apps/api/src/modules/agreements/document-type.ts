/** 20 MB: the largest DPA document accepted. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface DocumentType {
  contentType: string;
  extension: 'pdf' | 'docx';
}

/**
 * The type by content, never by name or declared type: a PDF starts with "%PDF-"; a DOCX is a ZIP
 * whose entries include "[Content_Types].xml" and "word/".
 */
export function detectDocumentType(content: Buffer): DocumentType | undefined {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return { contentType: 'application/pdf', extension: 'pdf' };
  if (content.length > 30 && content.readUInt32LE(0) === 0x04034b50) {
    const text = content.toString('latin1');
    if (text.includes('[Content_Types].xml') && text.includes('word/')) {
      return { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    }
  }
  return undefined;
}
