import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { copenhagenWallClock, formatCopenhagenTime } from './copenhagen-time.js';
import type { ReportLocale } from './report-document.js';

/**
 * The inspection pack: the reports an inspector (Datatilsynet, an auditor) asked for, in one ZIP
 * with a manifest and checksums, so the recipient can show that what they hold is what was
 * produced. The same inputs give the same bytes, so a pack's hash can be recorded and re-checked.
 */

export const MANIFEST_PATH = 'manifest.json';
export const CHECKSUMS_PATH = 'SHA256SUMS';
export const README_PATH = 'README.txt';
const RESERVED_PATHS = new Set([MANIFEST_PATH, CHECKSUMS_PATH, README_PATH]);

export interface InspectionPackFile {
  path: string;
  content: Buffer;
}

export interface InspectionPackMeta {
  organisation: string;
  asOf: string;
  producedAt: Date;
  producedBy: string;
  locale: ReportLocale;
}

export interface InspectionManifest {
  format: 'tilsyn-inspection-pack/1';
  organisation: string;
  asOf: string;
  /** ISO 8601, UTC. */
  producedAt: string;
  producedBy: string;
  locale: ReportLocale;
  /** Sorted by path. */
  files: { path: string; bytes: number; sha256: string }[];
}

export interface InspectionPackProblem {
  path: string;
  problem: 'MISSING' | 'HASH_MISMATCH' | 'UNLISTED';
}

export interface InspectionPackVerification {
  ok: boolean;
  /** Listed files that were present and hashed. */
  checkedFiles: number;
  problems: InspectionPackProblem[];
}

export function buildInspectionPack(files: InspectionPackFile[], meta: InspectionPackMeta): { zip: Buffer; manifest: InspectionManifest } {
  const sorted = [...files].sort((a, b) => compareCodeUnits(a.path, b.path));
  sorted.forEach((file) => assertSafePackPath(file.path));
  assertNoDuplicates(sorted.map((file) => file.path));

  const manifest: InspectionManifest = {
    format: 'tilsyn-inspection-pack/1',
    organisation: meta.organisation,
    asOf: meta.asOf,
    producedAt: meta.producedAt.toISOString(),
    producedBy: meta.producedBy,
    locale: meta.locale,
    files: sorted.map((file) => ({ path: file.path, bytes: file.content.length, sha256: sha256Hex(file.content) })),
  };

  const entries: [string, Uint8Array][] = [
    [README_PATH, strToU8(readmeText(manifest, meta.producedAt))],
    [MANIFEST_PATH, strToU8(manifestJson(manifest))],
    [CHECKSUMS_PATH, strToU8(checksumsText(manifest))],
    ...sorted.map((file): [string, Uint8Array] => [file.path, new Uint8Array(file.content.buffer, file.content.byteOffset, file.content.length)]),
  ];
  return { zip: zipEntries(entries, meta.producedAt), manifest };
}

/**
 * Checks a pack against its own manifest.json: every listed file present with the listed SHA-256,
 * nothing extra, and SHA256SUMS saying the same as the manifest. Throws when the data is not a
 * ZIP or manifest.json is not an inspection manifest (there is nothing to check against).
 */
export function verifyInspectionPack(zip: Buffer): InspectionPackVerification {
  const entries = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.length));
  const files = new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
  const manifestBytes = files.get(MANIFEST_PATH);
  if (!manifestBytes) return { ok: false, checkedFiles: 0, problems: [{ path: MANIFEST_PATH, problem: 'MISSING' }] };
  const manifest = parseManifest(strFromU8(manifestBytes));

  const problems: InspectionPackProblem[] = [];
  let checkedFiles = 0;
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const content = files.get(entry.path);
    if (!content) {
      problems.push({ path: entry.path, problem: 'MISSING' });
      continue;
    }
    checkedFiles += 1;
    if (content.length !== entry.bytes || sha256Hex(content) !== entry.sha256) problems.push({ path: entry.path, problem: 'HASH_MISMATCH' });
  }
  for (const name of [...files.keys()].sort(compareCodeUnits)) {
    if (!listed.has(name) && !RESERVED_PATHS.has(name)) problems.push({ path: name, problem: 'UNLISTED' });
  }
  problems.push(...checksumsProblems(files.get(CHECKSUMS_PATH), manifest));
  return { ok: problems.length === 0, checkedFiles, problems };
}

/**
 * A path inside the pack must stay inside the folder it is unpacked into, on Linux and Windows:
 * relative, forward slashes, no empty, "." or ".." segments, no drive letters or control
 * characters (a newline would also break the SHA256SUMS line format).
 */
export function assertSafePackPath(path: string): void {
  const reason = unsafePathReason(path);
  if (reason) throw new Error(`Unsafe path in inspection pack: ${JSON.stringify(path)} (${reason})`);
}

function unsafePathReason(path: string): string | undefined {
  if (path.length === 0) return 'empty';
  if (path.startsWith('/')) return 'absolute';
  if (path.includes('\\')) return 'backslash; use forward slashes';
  if (path.includes(':')) return 'colon (drive letter or stream name)';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control character';
  if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return 'empty, "." or ".." segment';
  if (RESERVED_PATHS.has(path)) return 'reserved for the pack itself';
  return undefined;
}

function assertNoDuplicates(paths: string[]): void {
  const duplicate = paths.find((path, index) => index > 0 && paths[index - 1] === path);
  if (duplicate !== undefined) throw new Error(`Duplicate path in inspection pack: ${JSON.stringify(duplicate)}`);
}

/** Code-unit order, not localeCompare: the order must not depend on the server's ICU data or locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function manifestJson(manifest: InspectionManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** GNU coreutils format ("<hex>  <path>", LF), so `sha256sum -c SHA256SUMS` works after unpacking. */
function checksumsText(manifest: InspectionManifest): string {
  return manifest.files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}

function checksumsProblems(checksums: Uint8Array | undefined, manifest: InspectionManifest): InspectionPackProblem[] {
  if (!checksums) return [{ path: CHECKSUMS_PATH, problem: 'MISSING' }];
  return strFromU8(checksums) === checksumsText(manifest) ? [] : [{ path: CHECKSUMS_PATH, problem: 'HASH_MISMATCH' }];
}

function parseManifest(text: string): InspectionManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('manifest.json is not valid JSON');
  }
  if (!isManifest(value)) throw new Error('manifest.json is not a Tilsyn inspection manifest');
  return value;
}

function isManifest(value: unknown): value is InspectionManifest {
  if (typeof value !== 'object' || value === null) return false;
  const { format, files } = value as Partial<InspectionManifest>;
  return (
    format === 'tilsyn-inspection-pack/1' &&
    Array.isArray(files) &&
    files.every((f) => typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.bytes === 'number' && typeof f.sha256 === 'string')
  );
}

/**
 * Entries are marked as made on Unix with mode rw-r--r--. fflate's default (host 0 = MS-DOS)
 * makes Info-ZIP unzip 6.0 (Debian's, most Linux distributions') ignore the UTF-8 flag and
 * mangle names such as "overførsler.csv"; a Unix host with no mode bits would unpack files as
 * mode 000.
 */
const UNIX_HOST = 3;
const UNIX_REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;

/**
 * ZIP timestamps are wall-clock times without a zone, and fflate reads them with the local-time
 * getters of the Date it is given. Handing it a Date whose *local* fields are the Copenhagen wall
 * clock makes the bytes independent of the server's TZ and shows unpacked files with the same
 * time as the cover of the reports.
 */
function zipEntries(entries: [string, Uint8Array][], producedAt: Date): Buffer {
  const t = copenhagenWallClock(producedAt);
  const mtime = new Date(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const zippable: Zippable = {};
  for (const [path, content] of entries) zippable[path] = content;
  const zip = zipSync(zippable, { mtime, level: 6, os: UNIX_HOST, attrs: UNIX_REGULAR_FILE_0644 });
  return Buffer.from(zip.buffer, zip.byteOffset, zip.length);
}

/** Both languages, the pack's own language first. */
function readmeText(manifest: InspectionManifest, producedAt: Date): string {
  const fileList = manifest.files.map((file) => `  ${file.path}  (${file.bytes} bytes)`);
  const danish = readmeDanish(manifest, producedAt, fileList);
  const english = readmeEnglish(manifest, producedAt, fileList);
  const lines = ['Tilsynspakke / Inspection pack', manifest.organisation, '', ...(manifest.locale === 'en' ? [...english, ...danish] : [...danish, ...english])];
  // CRLF: the README is most likely opened in Notepad on the recipient's Windows PC.
  return lines.join('\r\n');
}

function readmeDanish(manifest: InspectionManifest, producedAt: Date, fileList: string[]): string[] {
  return [
    '--- Dansk ---',
    '',
    `Denne pakke indeholder rapporter fra Tilsyn for ${manifest.organisation}, opgjort pr. ${manifest.asOf}.`,
    `Udarbejdet ${formatCopenhagenTime(producedAt, 'dansk tid')} af ${manifest.producedBy}.`,
    '',
    'Filer:',
    ...fileList,
    '',
    `${MANIFEST_PATH} beskriver pakken og angiver for hver fil dens størrelse og SHA-256-kontrolsum.`,
    `${CHECKSUMS_PATH} indeholder de samme kontrolsummer i det format, som sha256sum bruger.`,
    '',
    'Sådan kontrollerer du, at filerne er uændrede, efter pakken er pakket ud:',
    `  Linux:   sha256sum -c ${CHECKSUMS_PATH}`,
    `  macOS:   shasum -a 256 -c ${CHECKSUMS_PATH}`,
    `  Windows: Get-FileHash -Algorithm SHA256 <fil> i PowerShell, og sammenlign med ${CHECKSUMS_PATH}.`,
    'sha256sum og shasum skal melde "OK" for hver fil. En afvigelse betyder, at filen er ændret, efter at pakken blev udarbejdet.',
    '',
  ];
}

function readmeEnglish(manifest: InspectionManifest, producedAt: Date, fileList: string[]): string[] {
  return [
    '--- English ---',
    '',
    `This pack contains reports from Tilsyn for ${manifest.organisation}, as of ${manifest.asOf}.`,
    `Produced ${formatCopenhagenTime(producedAt, 'Copenhagen time')} by ${manifest.producedBy}.`,
    '',
    'Files:',
    ...fileList,
    '',
    `${MANIFEST_PATH} describes the pack and lists each file's size and SHA-256 checksum.`,
    `${CHECKSUMS_PATH} holds the same checksums in the format sha256sum uses.`,
    '',
    'To check that the files are unchanged after unpacking the pack:',
    `  Linux:   sha256sum -c ${CHECKSUMS_PATH}`,
    `  macOS:   shasum -a 256 -c ${CHECKSUMS_PATH}`,
    `  Windows: Get-FileHash -Algorithm SHA256 <file> in PowerShell, and compare with ${CHECKSUMS_PATH}.`,
    'sha256sum and shasum must report "OK" for every file. A difference means the file was changed after the pack was produced.',
    '',
  ];
}
