import { expect, test } from '@playwright/test';
import { DEMO, openList, signIn, switchLanguage } from '../fixtures/session.js';

test('a vendor manager records a processor, finds it, edits it, and reads the UI in both languages', async ({ page }) => {
  const name = `Vestjysk Print ApS ${Date.now()}`;
  await signIn(page, DEMO.VENDOR_MANAGER);
  await openList(page, 'Processor');

  // Create
  await page.getByRole('link', { name: 'Opret' }).click();
  await page.getByRole('textbox', { name: 'Navn' }).fill(name);
  await page.getByRole('textbox', { name: 'CVR-/registreringsnummer' }).fill('39887766');
  await page.getByRole('combobox', { name: 'Etableringsland' }).fill('Danm');
  await page.getByRole('option', { name: /^Danmark/ }).click();
  await page.getByRole('combobox', { name: 'Ydelse' }).click();
  await page.getByRole('option', { name: /print/i }).first().click();
  await page.getByRole('textbox', { name: 'E-mail til kontaktperson for databeskyttelse' }).fill('dpo@vestjysk-print.example');
  await page.getByRole('textbox', { name: 'Websted' }).fill('https://vestjysk-print.example');
  const created = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('createProcessor'));
  await page.getByRole('button', { name: 'Gem' }).click();
  expect((await (await created).json()).errors).toBeUndefined();

  // Find through the list's search
  await page.goto('/#/Processor');
  await page.locator('input[name="q"]').fill('Vestjysk Print');
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expect(page.locator('table tbody tr').first()).toContainText(name);

  // Edit
  await page.locator('table tbody tr').first().click();
  await page.getByRole('link', { name: 'Redigér' }).click();
  const notes = page.getByRole('textbox', { name: 'Noter' });
  await notes.fill('Kuvertering af rykkere fra 1. december.');
  const updated = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateProcessor'));
  await page.getByRole('button', { name: 'Gem' }).click();
  const updateBody = await (await updated).json();
  expect(updateBody.errors).toBeUndefined();
  expect(updateBody.data.data?.notes ?? updateBody.data.updateProcessor?.notes).toBe('Kuvertering af rykkere fra 1. december.');

  // The change log on the show page names who changed what.
  await page.goto('/#/Processor');
  await page.locator('input[name="q"]').fill('Vestjysk Print');
  await page.locator('table tbody tr').first().click();
  await page.getByRole('tab', { name: 'Historik' }).click();
  await expect(page.getByTestId('processor-history')).toContainText('Kuvertering af rykkere');

  // English, then back to Danish: labels follow.
  await page.goto('/#/Processor');
  await expect(page.locator('thead').getByText('Etableringsland', { exact: true })).toBeVisible();
  await switchLanguage(page, 'English');
  await expect(page.locator('thead').getByText('Country of establishment', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create' })).toBeVisible();
  await switchLanguage(page, 'Dansk');
  await expect(page.locator('thead').getByText('Etableringsland', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Opret' })).toBeVisible();
});

test('bad input is named in the form and nothing is saved', async ({ page }) => {
  await signIn(page, DEMO.VENDOR_MANAGER);
  await openList(page, 'Processor');
  await page.getByRole('link', { name: 'Opret' }).click();
  await page.getByRole('textbox', { name: 'Navn' }).fill('Forkert Web ApS');
  await page.getByRole('combobox', { name: 'Etableringsland' }).fill('Sver');
  await page.getByRole('option', { name: /^Sverige/ }).click();
  await page.getByRole('combobox', { name: 'Ydelse' }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('textbox', { name: 'Websted' }).fill('javascript:alert(1)');
  let sent = false;
  page.on('request', (r) => {
    if ((r.postData() ?? '').includes('createProcessor')) sent = true;
  });
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Skal være en webadresse, der begynder med http:// eller https://')).toBeVisible();
  expect(sent).toBe(false);
});

test('the auditor sees no edit buttons, and the API refuses its mutations', async ({ page }) => {
  await signIn(page, DEMO.AUDITOR);
  await openList(page, 'Processor');
  await expect(page.getByRole('link', { name: 'Opret' })).toHaveCount(0);
  await page.locator('table tbody tr').first().click();
  await expect(page.getByText('Noter').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigér' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Slet' })).toHaveCount(0);

  const refused = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: 'mutation { createProcessor(name: "Revisor ApS", establishmentCountry: "DK", serviceKind: SAAS) { id } }' },
  });
  const body = await refused.json();
  expect(body.errors[0].extensions.code).toBe('FORBIDDEN');

  // The audit log is readable by the auditor, and the chain verifies.
  await page.goto('/#/AuditEvent');
  await page.getByTestId('verify-chain').click();
  await expect(page.getByTestId('verify-chain-result')).toBeVisible();
  await expect(page.getByTestId('verify-chain-result')).not.toContainText(/brudt|broken/i);
});
