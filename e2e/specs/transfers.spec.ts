import { expect, test, type Page } from '@playwright/test';
import { DEMO, gql, signIn, signOut } from '../fixtures/session.js';

/** Picks an option of a react-admin (MUI) select or autocomplete by its visible label. */
async function choose(page: Page, combobox: ReturnType<Page['getByRole']>, option: string | RegExp): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option }).first().click();
}

test('SCC module 2 without a TIA is NON_COMPLIANT; a TIA written by the vendor manager and approved by the DPO makes it COMPLIANT, and the map follows', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.VENDOR_MANAGER);
  const name = `Manila Collect Inc ${Date.now()}`;
  await gql(page, `mutation($name: String!) { createProcessor(name: $name, establishmentCountry: "PH", serviceKind: SUB_COLLECTION_AGENCY, address: "Ayala Ave 1, Makati", privacyContactName: "Maria", engagementRole: PROCESSOR) { id } }`, { name });

  // The map before: the Philippines has no transfers yet.
  await page.goto('/#/map');
  await expect(page.getByTestId('transfer-map')).toBeVisible();
  await expect(page.getByTestId('map-country-PH')).toHaveAttribute('data-status', 'NONE');

  // Record the transfer; the live assessment answers as the form is filled.
  await page.goto('/#/Transfer/create');
  await page.getByTestId('transfer-importer').fill(name.slice(0, 14));
  await page.getByRole('option', { name }).click();
  await page.getByTestId('transfer-country').fill('Filippinerne');
  await page.getByRole('option', { name: 'Filippinerne' }).click();
  await page.getByTestId('transfer-mechanism').selectOption('SCC');
  await page.getByTestId('transfer-scc-module').selectOption('2');
  await page.getByTestId('transfer-scc-signed').fill('2026-10-01');
  const live = page.getByTestId('transfer-live-status');
  await expect(live).toHaveAttribute('data-status', 'NON_COMPLIANT');
  await expect(page.getByTestId('transfer-live-panel').getByTestId('finding-TIA_MISSING')).toBeVisible();
  await page.getByRole('button', { name: 'Gem' }).click();

  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'NON_COMPLIANT');
  await expect(page.getByTestId('finding-TIA_MISSING').first()).toBeVisible();
  const transferUrl = page.url();
  await page.goto('/#/map');
  await expect(page.getByTestId('map-country-PH')).toHaveAttribute('data-status', 'NON_COMPLIANT');

  // The vendor manager writes the TIA through EDPB's six steps and submits it.
  await page.goto(transferUrl);
  await page.getByTestId('new-tia').click();
  await page.getByRole('textbox', { name: 'Overførslens omstændigheder' }).fill('Sager mod skyldnere bosat på Filippinerne overdrages til lokal inddrivelse.');
  await page.getByRole('textbox', { name: 'Grundlag efter art. 46' }).fill('Standardkontraktbestemmelser 2021/914, modul 2');
  await page.getByRole('textbox', { name: 'Lovgivning og praksis for myndighedsadgang' }).fill('Data Privacy Act 2012; Anti-Terrorism Act 2020.');
  for (const g of ['EEG_A', 'EEG_B', 'EEG_C', 'EEG_D']) {
    const box = page.getByTestId(`tia-guarantee-input-${g}`);
    await choose(page, box.getByRole('combobox'), 'Delvist opfyldt');
    await box.getByRole('textbox', { name: 'Begrundelse' }).fill(`Vurdering af garanti ${g.slice(-1)}`);
  }
  await choose(page, page.getByRole('combobox', { name: 'Konklusion' }), 'I det væsentlige tilsvarende beskyttelse');
  await page.getByRole('textbox', { name: 'Begrundelse for konklusionen' }).fill('Pseudonymisering og kontraktlige forpligtelser dækker risikoen.');
  await page.getByRole('spinbutton', { name: 'Revurderes hver (måneder)' }).fill('12');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByTestId('tia-status')).toHaveAttribute('data-status', 'DRAFT');
  await page.getByTestId('tia-submit').click();
  await page.getByTestId('tia-submit-submit').click();
  await expect(page.getByTestId('tia-status')).toHaveAttribute('data-status', 'SUBMITTED');
  // Four eyes: the writer is offered no approval.
  await expect(page.getByTestId('tia-approve')).toHaveCount(0);
  const tiaUrl = page.url();

  // The DPO approves.
  await signOut(page);
  await signIn(page, DEMO.REVIEWER);
  await page.goto(tiaUrl);
  await page.getByTestId('tia-approve').click();
  await page.getByTestId('tia-approve-submit').click();
  await expect(page.getByTestId('tia-status')).toHaveAttribute('data-status', 'APPROVED');
  await expect(page.getByTestId('tia-frozen')).toBeVisible();

  await page.goto(transferUrl);
  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'COMPLIANT');
  await page.goto('/#/map');
  await expect(page.getByTestId('map-country-PH')).toHaveAttribute('data-status', 'COMPLIANT');
});
