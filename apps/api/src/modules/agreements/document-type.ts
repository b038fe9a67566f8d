import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { DomainException } from '../../common/domain-exception.js';

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

export interface CheckedDocument {
  type: DocumentType;
  /** The file name as stored: letters, digits and a few marks; the rest become `_`. */
  fileName: string;
  sha256: string;
}

/**
 * Checks an uploaded document (PDF or DOCX by content, 1 byte to 20 MB) and names it safely with
 * its SHA-256, for every kind of evidence: DPAs and transfer documents alike.
 */
export function checkDocument(content: Buffer, fileName: string, fallbackBase: string): CheckedDocument {
  if (content.length === 0 || content.length > MAX_DOCUMENT_BYTES) throw DomainException.badInput('document', 'INVALID_FILE');
  const type = detectDocumentType(content);
  if (!type) throw DomainException.badInput('document', 'INVALID_FILE');
  const safeName = (fileName.replace(/[^\p{L}\p{N} ._()-]/gu, '_').trim() || `${fallbackBase}.${type.extension}`).slice(0, 200);
  return { type, fileName: safeName, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Sends a stored document as a download, with its hash, never cached. */
export function sendDocument(res: Response, doc: { contentType: string; sizeBytes: number; fileName: string; sha256: string; content: Buffer }): void {
  res.setHeader('Content-Type', doc.contentType);
  res.setHeader('Content-Length', String(doc.sizeBytes));
  res.setHeader('Content-Disposition', `attachment; filename="${doc.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
  res.setHeader('X-Content-SHA256', doc.sha256);
  res.setHeader('Cache-Control', 'no-store');
  res.end(doc.content);
}
