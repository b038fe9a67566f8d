import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { DEMO, signIn } from '../fixtures/session.js';

/** A day well before the demo's later changes (the credit-bureau activity, the US cloud's SCCs). */
function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('an auditor produces the Art. 30 record as of an earlier day and the inspection pack, downloads both, and the pack verifies', async ({ page }) => {
  await signIn(page, DEMO.AUDITOR);
  await page.getByTestId('menu-reports').click();
  await expect(page.getByTestId('report-kind')).toBeVisible();

  // The Art. 30(1) record as the register stood 100 days ago, as PDF in Danish.
  const earlier = daysAgo(100);
  await page.getByTestId('report-kind-ART30_CONTROLLER').click();
  await page.getByTestId('report-as-of').fill(earlier);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
  expect(pdf.suggestedFilename()).toBe(`fortegnelse-art30-1-${earlier}.pdf`);
  const pdfPath = test.info().outputPath('art30.pdf');
  await pdf.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

  // The run is listed with who produced it, and the downloaded file is recognised as unchanged.
  await expect(page.getByTestId('report-runs').locator('tr[data-kind="ART30_CONTROLLER"]').first()).toContainText('Rasmus Revisor');
  await page.getByTestId('report-check-file').setInputFiles(pdfPath);
  await expect(page.getByTestId('report-check-result')).toContainText('Uændret');

  // The inspection pack in English.
  await page.getByTestId('report-kind-INSPECTION_PACK').click();
  await page.getByTestId('report-language').getByRole('button', { name: 'English' }).click();
  await page.getByTestId('report-as-of').fill(daysAgo(0));
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
  expect(zip.suggestedFilename()).toMatch(/^inspection-pack-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = test.info().outputPath('pack.zip');
  await zip.saveAs(zipPath);
  const files = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
  const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString()) as { files: { path: string; sha256: string }[] };
  expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['reports/record-art30-1-' + daysAgo(0) + '.pdf', 'transfer-impact-assessments.pdf', 'audit-trail-verification.json']));
  for (const f of manifest.files) expect(createHash('sha256').update(files[f.path]).digest('hex'), f.path).toBe(f.sha256);
  expect(JSON.parse(Buffer.from(files['audit-trail-verification.json']).toString()).ok).toBe(true);

  // A day in the future is refused on the field, and nothing is downloaded.
  await page.getByTestId('report-as-of').fill('2099-01-01');
  await page.getByTestId('report-download').click();
  await expect(page.getByTestId('report-error')).toContainText('i dag');
});
