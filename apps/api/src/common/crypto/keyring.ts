import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The keys that protect a data subject's identifiers (issue 6; reliability.md R18), kept outside
 * the database — a key file or the environment — so a database dump or backup alone reveals no
 * CPR number, name or e-mail. Both kinds are versioned for rotation: new data is sealed with the
 * current version; older versions still open what they sealed until it is re-encrypted.
 *
 * - encryption: AES-256-GCM, a fresh 96-bit IV per value, the row's context (table, column, id)
 *   as additional authenticated data, so a sealed value moved to another row does not open;
 * - lookup: HMAC-SHA256 of the normalised value (a "blind index"), to find a person's requests
 *   and spot duplicates without decrypting; a search tries every lookup key version.
 */
export interface KeyringFile {
  encryption: { current: number; keys: Record<string, string> };
  lookup: { current: number; keys: Record<string, string> };
}

export class KeyringError extends Error {}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function decodeKeys(kind: string, part: KeyringFile['encryption'] | undefined): Map<number, Buffer> {
  if (!part || typeof part !== 'object' || !part.keys || typeof part.keys !== 'object') throw new KeyringError(`keyring: "${kind}" must have "current" and "keys"`);
  const keys = new Map<number, Buffer>();
  for (const [version, encoded] of Object.entries(part.keys)) {
    const v = Number(version);
    const key = Buffer.from(String(encoded), 'base64');
    if (!Number.isInteger(v) || v < 1) throw new KeyringError(`keyring: "${kind}.keys" has a version that is not a positive whole number: ${version}`);
    if (key.length !== KEY_BYTES) throw new KeyringError(`keyring: "${kind}.keys.${version}" must be ${KEY_BYTES} bytes in base64`);
    keys.set(v, key);
  }
  if (!keys.has(part.current)) throw new KeyringError(`keyring: "${kind}.current" (${String(part.current)}) names no key in "${kind}.keys"`);
  return keys;
}

export class Keyring {
  private readonly encryption: Map<number, Buffer>;
  private readonly lookup: Map<number, Buffer>;
  readonly encryptionVersion: number;
  readonly lookupVersion: number;

  constructor(file: KeyringFile) {
    this.encryption = decodeKeys('encryption', file.encryption);
    this.lookup = decodeKeys('lookup', file.lookup);
    this.encryptionVersion = file.encryption.current;
    this.lookupVersion = file.lookup.current;
  }

  static parse(text: string): Keyring {
    let file: KeyringFile;
    try {
      file = JSON.parse(text) as KeyringFile;
    } catch {
      throw new KeyringError('keyring: not valid JSON');
    }
    return new Keyring(file);
  }

  /** A new keyring with one key of each kind (version 1). */
  static generate(): KeyringFile {
    return { encryption: { current: 1, keys: { '1': randomBytes(KEY_BYTES).toString('base64') } }, lookup: { current: 1, keys: { '1': randomBytes(KEY_BYTES).toString('base64') } } };
  }

  /** The same keyring with a new current key of the given kind (the old ones stay, to open old data). */
  static rotate(file: KeyringFile, kind: 'encryption' | 'lookup'): KeyringFile {
    const next = Math.max(0, ...Object.keys(file[kind].keys).map(Number)) + 1;
    return { ...file, [kind]: { current: next, keys: { ...file[kind].keys, [String(next)]: randomBytes(KEY_BYTES).toString('base64') } } };
  }

  /** Seals a value for one place (`context`, e.g. "erasure_request.identifiers:<id>"): "v<version>.<iv>.<tag>.<ciphertext>". */
  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryption.get(this.encryptionVersion)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `v${this.encryptionVersion}.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
  }

  /** Opens a sealed value; a changed byte, another context or an unknown key version is refused. */
  open(sealed: string, context: string): string {
    const m = /^v(\d+)\.([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec(sealed);
    if (!m) throw new KeyringError('sealed value: not in the expected form');
    const key = this.encryption.get(Number(m[1]));
    if (!key) throw new KeyringError(`sealed value: key version ${m[1]} is not in the keyring`);
    const iv = Buffer.from(m[2], 'base64url');
    const tag = Buffer.from(m[3], 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new KeyringError('sealed value: not in the expected form');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(m[4], 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new KeyringError('sealed value: does not open (altered, or sealed for another place)');
    }
  }

  /** The key version a sealed value was made with (for re-encryption after a rotation). */
  static versionOf(sealed: string): number | null {
    const m = /^v(\d+)\./.exec(sealed);
    return m ? Number(m[1]) : null;
  }

  /** The blind index of a normalised value under the current lookup key: "<version>:<hex>". */
  lookupHash(kind: string, normalised: string): string {
    return this.hashWith(this.lookupVersion, kind, normalised);
  }

  /** The value's blind index under every lookup key version, to search rows hashed before a rotation. */
  lookupHashes(kind: string, normalised: string): string[] {
    return [...this.lookup.keys()].sort((a, b) => b - a).map((v) => this.hashWith(v, kind, normalised));
  }

  private hashWith(version: number, kind: string, normalised: string): string {
    const mac = createHmac('sha256', this.lookup.get(version)!).update(`${kind}\u0000${normalised}`, 'utf8').digest('hex');
    return `${version}:${mac}`;
  }

  /** Constant-time comparison of two blind indexes or tokens. */
  static same(a: string, b: string): boolean {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  }
}

/**
 * The keyring the app uses: TILSYN_KEYRING (JSON) or TILSYN_KEYRING_FILE, else keyring.json in the
 * data directory, created on the first start (mode 0600). The data directory is not the database,
 * but the embedded PostgreSQL lives under it too: a production installation should point
 * TILSYN_KEYRING_FILE elsewhere, so that a copy of the database never carries its keys.
 */
export function loadKeyring(source: { keyringJson?: string; keyringFile?: string; dataDir: string }, onCreated?: (file: string) => void): Keyring {
  if (source.keyringJson) return Keyring.parse(source.keyringJson);
  const file = source.keyringFile ?? path.join(source.dataDir, 'keyring.json');
  if (fs.existsSync(file)) return Keyring.parse(fs.readFileSync(file, 'utf8'));
  if (source.keyringFile) throw new KeyringError(`keyring: TILSYN_KEYRING_FILE ${file} does not exist`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(Keyring.generate(), null, 2), { mode: 0o600, flag: 'wx' });
  onCreated?.(file);
  return Keyring.parse(fs.readFileSync(file, 'utf8'));
}
