import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Request } from 'express';

/**
 * A multipart/form-data reader for public forms that streams each file to a private temporary
 * folder instead of memory, and stops reading the moment a limit is passed. It is driven by the
 * caller only after the caller has checked who may send (a form must never be read before that:
 * a body read into memory first is an anonymous memory exhaustion).
 *
 * busboy is what multer (under @nestjs/platform-express) uses; it ships no types, so the few parts
 * used here are typed below.
 */
interface BusboyFileInfo {
  filename: string | undefined;
  encoding: string;
  mimeType: string;
}
interface BusboyFieldInfo {
  nameTruncated: boolean;
  valueTruncated: boolean;
  encoding: string;
  mimeType: string;
}
interface BusboyFileStream extends Readable {
  truncated?: boolean;
}
interface BusboyEvents {
  on(event: 'file', listener: (name: string | undefined, stream: BusboyFileStream, info: BusboyFileInfo) => void): this;
  on(event: 'field', listener: (name: string | undefined, value: string, info: BusboyFieldInfo) => void): this;
  on(event: 'filesLimit' | 'fieldsLimit' | 'partsLimit' | 'close' | 'finish', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}
type Busboy = BusboyEvents & Writable;
type BusboyFactory = (config: {
  headers: Request['headers'];
  limits: { fileSize: number; files: number; fields: number; fieldSize: number; parts: number };
  defParamCharset?: string;
  preservePath?: boolean;
}) => Busboy;

const busboy = createRequire(import.meta.url)('busboy') as BusboyFactory;

export interface MultipartLimits {
  /** The whole body, counted as it arrives (a declared Content-Length is checked by the caller before). */
  maxBytes: number;
  /** File parts (a browser sends one per file input, empty or not). */
  maxFiles: number;
  /** One file; a larger one is cut short, marked `tooLarge` and its bytes dropped. */
  maxFileBytes: number;
  /** Text fields. */
  maxFields: number;
  /** One text field in bytes; a longer one is cut short and named in `truncatedFields`. */
  maxFieldBytes: number;
}

export interface StoredFile {
  field: string;
  fileName: string;
  size: number;
  /** Inside the request's own temporary folder, removed when the callback returns. */
  path: string;
  tooLarge: boolean;
}

export interface MultipartForm {
  fields: Map<string, string>;
  files: StoredFile[];
  truncatedFields: string[];
}

/** Which limit stopped the reading (the caller answers 413 and closes the connection). */
export type MultipartLimit = 'BODY' | 'FILES' | 'FIELDS';

export class MultipartLimitError extends Error {
  constructor(readonly limit: MultipartLimit) {
    super(`multipart limit: ${limit}`);
  }
}

/** The body is not a readable multipart form (malformed, cut off, or the client went away). */
export class MultipartFormatError extends Error {}

export function isMultipartForm(req: Request): boolean {
  return /^multipart\/form-data\s*;.*\bboundary=/i.test(req.headers['content-type'] ?? '');
}

/**
 * Reads the form (files to disk), calls `use` with it, and removes every stored file afterwards,
 * whatever happens. `keepFile(field)` says which file parts are worth storing; the others are
 * counted against the limits and dropped unread into nothing.
 *
 * On a limit the reading stops at once: the request is no longer consumed, and the caller's
 * answer should carry `Connection: close` so Node closes the socket instead of draining the rest.
 */
export async function withMultipartForm<T>(req: Request, limits: MultipartLimits, keepFile: (field: string) => boolean, use: (form: MultipartForm) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tilsyn-upload-'));
  try {
    const form = await readForm(req, limits, keepFile, dir);
    return await use(form);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The longest a form may take to arrive, whatever its size (a slow sender holds a slot meanwhile). */
export const FORM_READ_DEADLINE_MS = 120_000;

function readForm(req: Request, limits: MultipartLimits, keepFile: (field: string) => boolean, dir: string): Promise<MultipartForm> {
  return new Promise<MultipartForm>((resolve, reject) => {
    const form: MultipartForm = { fields: new Map(), files: [], truncatedFields: [] };
    const writes: Promise<void>[] = [];
    const open = new Set<Writable>();
    let settled = false;
    let received = 0;
    let parser: Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // fileSize one over the limit: busboy marks a file of exactly the limit as cut short.
        limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: limits.maxFields, fieldSize: limits.maxFieldBytes, parts: limits.maxFiles + limits.maxFields },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new MultipartFormatError('not a multipart form'));
      return;
    }

    const stop = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      // Stop consuming: no more bytes are read from the socket for this request.
      req.off('data', count);
      req.off('close', closed);
      req.unpipe(parser);
      req.pause();
      parser.destroy();
      for (const w of open) w.destroy();
      // Wait for the files being written to be closed before the folder is removed.
      void Promise.allSettled(writes).then(() => reject(error));
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) stop(new MultipartLimitError('BODY'));
    };
    const closed = () => {
      if (!req.complete) stop(new MultipartFormatError('the client went away'));
    };

    parser.on('file', (name, stream, info) => {
      if (settled) return void stream.resume();
      if (!name || !keepFile(name)) {
        stream.resume();
        return;
      }
      const file: StoredFile = { field: name, fileName: info.filename ?? '', size: 0, path: path.join(dir, String(form.files.length)), tooLarge: false };
      form.files.push(file);
      const out = createWriteStream(file.path, { flags: 'wx', mode: 0o600 });
      open.add(out);
      stream.on('data', (chunk: Buffer) => (file.size += chunk.length));
      stream.on('limit', () => (file.tooLarge = true));
      writes.push(
        new Promise<void>((done, fail) => {
          out.on('close', () => {
            open.delete(out);
            done();
          });
          out.on('error', fail);
          stream.on('error', (error: Error) => out.destroy(error));
        }),
      );
      stream.pipe(out);
    });
    parser.on('field', (name, value, info) => {
      if (settled || !name) return;
      if (info.valueTruncated) form.truncatedFields.push(name);
      if (!form.fields.has(name)) form.fields.set(name, value);
    });
    parser.on('filesLimit', () => stop(new MultipartLimitError('FILES')));
    parser.on('fieldsLimit', () => stop(new MultipartLimitError('FIELDS')));
    parser.on('partsLimit', () => stop(new MultipartLimitError('FIELDS')));
    parser.on('error', () => stop(new MultipartFormatError('malformed multipart form')));
    parser.on('close', () => {
      if (settled) return;
      Promise.all(writes).then(
        () => {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          req.off('data', count);
          req.off('close', closed);
          resolve(form);
        },
        (error: Error) => stop(error),
      );
    });

    // A form sent too slowly (a byte every few seconds to hold a slot) is cut off.
    const deadline = setTimeout(() => stop(new MultipartFormatError('the form was sent too slowly')), FORM_READ_DEADLINE_MS);
    req.on('data', count);
    req.on('close', closed);
    // The client may have gone before reading began (the checks before it take a moment): then no
    // 'close' or 'end' will come, and the form must end here, or its slot and folder stay taken.
    if (req.destroyed || req.readableAborted || req.socket?.destroyed) {
      stop(new MultipartFormatError('the client went away'));
      return;
    }
    req.pipe(parser);
  });
}
