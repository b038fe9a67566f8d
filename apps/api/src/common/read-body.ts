import type { TilsynRequest } from './actor.js';
import { DomainException } from './domain-exception.js';

/** Reads a request body into memory, refusing it as soon as it passes `limit` bytes. */
export function readBody(req: TilsynRequest, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Answer 413 at once, drop the rest unread, and close so the client sees the answer.
        req.removeAllListeners('data');
        req.resume();
        req.res?.setHeader('Connection', 'close');
        reject(new DomainException('PAYLOAD_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}


/**
 * A raw document upload: the custom header a cross-site form cannot send (CSRF), a declared size
 * refused before reading, the body read up to `limit`, and the file name from `X-File-Name`.
 */
export async function readUpload(req: TilsynRequest, limit: number): Promise<{ content: Buffer; fileName: string }> {
  if (req.headers['x-tilsyn-upload'] !== '1') throw DomainException.badInput('X-Tilsyn-Upload', 'REQUIRED');
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.res?.setHeader('Connection', 'close');
    throw new DomainException('PAYLOAD_TOO_LARGE');
  }
  const content = await readBody(req, limit);
  const raw = String(req.headers['x-file-name'] ?? '');
  try {
    return { content, fileName: decodeURIComponent(raw) };
  } catch {
    return { content, fileName: raw };
  }
}
