import { describe, expect, it } from 'vitest';
import { fetchReport, fileNameOf, reportUrl, sha256Of } from './report-download';

describe('reportUrl', () => {
  it.each([
    [{ kind: 'ART30_CONTROLLER', format: 'PDF', lang: 'da', asOf: '2026-03-01' }, '/api/reports/art30-controller?lang=da&asOf=2026-03-01&format=pdf'],
    [{ kind: 'DPA_GAPS', format: 'CSV', lang: 'en', asOf: '', separator: ',' }, '/api/reports/dpa-gaps?lang=en&format=csv&sep=%2C'],
    [{ kind: 'ERASURE', format: 'PDF', lang: 'da', asOf: '2026-11-21', from: '2026-01-01', to: '2026-11-21', separator: ';' }, '/api/reports/erasure?lang=da&asOf=2026-11-21&format=pdf&from=2026-01-01&to=2026-11-21'],
    [{ kind: 'INSPECTION_PACK', format: 'ZIP', lang: 'en', asOf: '2026-03-01' }, '/api/reports/inspection-pack?lang=en&asOf=2026-03-01'],
  ] as const)('%o → %s', (choice, url) => expect(reportUrl(choice)).toBe(url));
});

describe('fetchReport', () => {
  it('returns the file with its name and hash', async () => {
    const fetcher = (async () =>
      new Response('PDF', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="fortegnelse-art30-1-2026-03-01.pdf"', 'X-Content-SHA256': 'ab', 'X-Report-Run': 'run' } })) as typeof fetch;
    const report = await fetchReport({ kind: 'ART30_CONTROLLER', format: 'PDF', lang: 'da', asOf: '2026-03-01' }, fetcher);
    expect([report.fileName, report.sha256, report.runId, await report.blob.text()]).toEqual(['fortegnelse-art30-1-2026-03-01.pdf', 'ab', 'run', 'PDF']);
  });
  it('throws the API error with the field, not a file', async () => {
    const body = { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'asOf', reason: 'IN_THE_FUTURE' } }] };
    const fetcher = (async () => new Response(JSON.stringify(body), { status: 400 })) as typeof fetch;
    await expect(fetchReport({ kind: 'DPA_GAPS', format: 'PDF', lang: 'da', asOf: '2099-01-01' }, fetcher)).rejects.toEqual({ status: 400, errors: body.errors });
  });
});

describe('file helpers', () => {
  it('reads the server’s file name', () => {
    expect(fileNameOf('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(fileNameOf(null, 'x')).toBe('x');
  });
  it('hashes a file like sha256sum', async () => {
    expect(await sha256Of(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
