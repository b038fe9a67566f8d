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

