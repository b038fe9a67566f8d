import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInspectionPack, verifyInspectionPack, type InspectionPackFile, type InspectionPackMeta } from '../zip.js';

const meta: InspectionPackMeta = {
  organisation: 'Inkasso Æbeløgård A/S',
  asOf: '2026-03-01',
  producedAt: new Date('2026-03-02T13:05:07Z'),
  producedBy: 'Åse Øberg (DPO)',
  locale: 'da',
};

function sampleFiles(): InspectionPackFile[] {
  return [
    { path: 'fortegnelse-art30.pdf', content: Buffer.from('%PDF-1.3 pretend register Æ') },
    { path: 'csv/behandlingsaktiviteter.csv', content: Buffer.from('\uFEFFNavn;Land\r\nÆbeløgård;Føroyar\r\n') },
    { path: 'csv/overførsler.csv', content: Buffer.from('\uFEFFLand\r\nUSA\r\n') },
  ];
}

const workDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-zip-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Rebuilds a pack with fflate directly, the way someone editing the unpacked files would. */
function repack(zip: Buffer, change: (entries: Record<string, Uint8Array>) => void): Buffer {
  const entries = unzipSync(new Uint8Array(zip));
  change(entries);
  const zippable: Zippable = { ...entries };
  return Buffer.from(zipSync(zippable));
}

describe('buildInspectionPack', () => {
  it('adds a manifest, SHA256SUMS and a README in a fixed order, and verifies as ok', () => {
    const { zip, manifest } = buildInspectionPack(sampleFiles(), meta);
    const entries = unzipSync(new Uint8Array(zip));
    expect(Object.keys(entries)).toEqual(['README.txt', 'manifest.json', 'SHA256SUMS', 'csv/behandlingsaktiviteter.csv', 'csv/overførsler.csv', 'fortegnelse-art30.pdf']);

    expect(manifest.files.map((f) => f.path)).toEqual(['csv/behandlingsaktiviteter.csv', 'csv/overførsler.csv', 'fortegnelse-art30.pdf']);
    expect(manifest.producedAt).toBe('2026-03-02T13:05:07.000Z');
    expect(JSON.parse(strFromU8(entries['manifest.json']))).toEqual(manifest);
    const pdf = manifest.files.find((f) => f.path === 'fortegnelse-art30.pdf');
    expect(pdf).toEqual({ path: 'fortegnelse-art30.pdf', bytes: Buffer.byteLength('%PDF-1.3 pretend register Æ'), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(strFromU8(entries['SHA256SUMS'])).toBe(manifest.files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));

    const readme = strFromU8(entries['README.txt']);
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain('opgjort pr. 2026-03-01');
    expect(readme).toContain('Udarbejdet 2026-03-02 14:05 (dansk tid, UTC+1) af Åse Øberg (DPO)');
    expect(readme).toContain('as of 2026-03-01');
    expect(readme.indexOf('--- Dansk ---')).toBeLessThan(readme.indexOf('--- English ---'));

    expect(verifyInspectionPack(zip)).toEqual({ ok: true, checkedFiles: 3, problems: [] });
  });

  it('puts the English README text first for an English pack', () => {
    const readme = strFromU8(unzipSync(new Uint8Array(buildInspectionPack(sampleFiles(), { ...meta, locale: 'en' }).zip))['README.txt']);
    expect(readme.indexOf('--- English ---')).toBeLessThan(readme.indexOf('--- Dansk ---'));
  });

  it('gives the same bytes for the same input, whatever the input order and the server time zone', () => {
    const first = buildInspectionPack(sampleFiles(), meta).zip;
    const reversed = buildInspectionPack(sampleFiles().reverse(), meta).zip;
    expect(reversed.equals(first)).toBe(true);

    const originalTz = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(buildInspectionPack(sampleFiles(), meta).zip.equals(first)).toBe(true);
      process.env.TZ = 'UTC';
      expect(buildInspectionPack(sampleFiles(), meta).zip.equals(first)).toBe(true);
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }

    const later = buildInspectionPack(sampleFiles(), { ...meta, producedAt: new Date('2026-03-02T13:05:09Z') }).zip;
    expect(later.equals(first)).toBe(false);
  });

  it.each([
    ['../etc/passwd'],
    ['a/../../b'],
    ['/etc/passwd'],
    ['a\\b.pdf'],
    ['C:/report.pdf'],
    ['a//b.pdf'],
    ['./a.pdf'],
    ['csv/'],
    [''],
    ['line\nbreak.csv'],
    ['manifest.json'],
    ['SHA256SUMS'],
  ])('rejects the unsafe path %j', (unsafe) => {
    expect(() => buildInspectionPack([{ path: unsafe, content: Buffer.from('x') }], meta)).toThrow(/Unsafe path in inspection pack/);
  });

  it('rejects a path given twice', () => {
    expect(() => buildInspectionPack([...sampleFiles(), { path: 'csv/overførsler.csv', content: Buffer.from('y') }], meta)).toThrow(/Duplicate path/);
  });

  it('unpacks into a folder where `sha256sum -c SHA256SUMS` passes', () => {
    const { zip } = buildInspectionPack(sampleFiles(), meta);
    const dir = path.join(workDir, 'unpacked');
    mkdirSync(dir);
    const zipFile = path.join(workDir, 'pack.zip');
    writeFileSync(zipFile, zip);
    unpack(zipFile, dir);
    const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(output.trim().split('\n')).toEqual(['csv/behandlingsaktiviteter.csv: OK', 'csv/overførsler.csv: OK', 'fortegnelse-art30.pdf: OK']);
  });
});

/** Debian's unzip when installed (what a recipient would use), else fflate. */
function unpack(zipFile: string, dir: string): void {
  try {
    execFileSync('unzip', ['-q', zipFile, '-d', dir]);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const [name, content] of Object.entries(unzipSync(new Uint8Array(execFileSync('cat', [zipFile]))))) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

describe('verifyInspectionPack', () => {
  const { zip } = buildInspectionPack(sampleFiles(), meta);

  it('reports a changed file as HASH_MISMATCH', () => {
    const tampered = repack(zip, (entries) => {
      const content = entries['csv/overførsler.csv'];
      content[content.length - 3] ^= 0x01; // "USA" -> "USB"-like: one bit in one byte
    });
    expect(verifyInspectionPack(tampered)).toEqual({ ok: false, checkedFiles: 3, problems: [{ path: 'csv/overførsler.csv', problem: 'HASH_MISMATCH' }] });
  });

  it('reports a removed file as MISSING', () => {
    const removed = repack(zip, (entries) => delete entries['fortegnelse-art30.pdf']);
    expect(verifyInspectionPack(removed)).toEqual({ ok: false, checkedFiles: 2, problems: [{ path: 'fortegnelse-art30.pdf', problem: 'MISSING' }] });
  });

  it('reports an added file as UNLISTED', () => {
    const added = repack(zip, (entries) => {
      entries['csv/ekstra.csv'] = new TextEncoder().encode('smuglet ind');
    });
    expect(verifyInspectionPack(added)).toEqual({ ok: false, checkedFiles: 3, problems: [{ path: 'csv/ekstra.csv', problem: 'UNLISTED' }] });
  });

  it('reports SHA256SUMS that no longer matches the manifest, and a missing manifest', () => {
    const editedSums = repack(zip, (entries) => {
      entries['SHA256SUMS'] = new TextEncoder().encode(`${'0'.repeat(64)}  fortegnelse-art30.pdf\n`);
    });
    expect(verifyInspectionPack(editedSums).problems).toEqual([{ path: 'SHA256SUMS', problem: 'HASH_MISMATCH' }]);

    const noManifest = repack(zip, (entries) => delete entries['manifest.json']);
    expect(verifyInspectionPack(noManifest)).toEqual({ ok: false, checkedFiles: 0, problems: [{ path: 'manifest.json', problem: 'MISSING' }] });
  });

  it('refuses a manifest that is not an inspection manifest', () => {
    const foreign = repack(zip, (entries) => {
      entries['manifest.json'] = new TextEncoder().encode('{"files": "nope"}');
    });
    expect(() => verifyInspectionPack(foreign)).toThrow(/not a Tilsyn inspection manifest/);
  });
});
