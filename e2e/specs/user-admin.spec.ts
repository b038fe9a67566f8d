import { expect, test } from '@playwright/test';
import { DEMO, signIn } from '../fixtures/session.js';

test('an administrator creates a user, who must choose a password at first sign-in', async ({ page, browser }) => {
  const email = `ny.kollega.${Date.now()}@demo.tilsyn.example`;
  await signIn(page, DEMO.ADMIN);
  await page.goto('/#/User/create');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByRole('textbox', { name: /^Navn/ }).fill('Ny Kollega');
  await page.getByRole('combobox', { name: /Rolle/ }).click();
  await page.getByRole('option', { name: /Leverandøransvarlig/ }).click();
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByTestId('secret-dialog')).toBeVisible();
  const temporary = await page.getByTestId('one-time-secret').inputValue();
  expect(temporary).toHaveLength(20);
  await page.getByTestId('secret-dialog-close').click();

  const colleague = await browser.newPage();
  await colleague.goto('/#/login');
  await colleague.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await colleague.getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(temporary);
  await colleague.getByRole('button', { name: 'Log ind' }).click();
  await expect(colleague.getByTestId('must-change-password')).toBeVisible();
  await colleague.getByRole('textbox', { name: 'Nuværende adgangskode', exact: true }).fill(temporary);
  await colleague.getByRole('textbox', { name: 'Ny adgangskode', exact: true }).fill('mit eget lange kodeord');
  await colleague.getByRole('textbox', { name: 'Gentag ny adgangskode', exact: true }).fill('mit eget lange kodeord');
  await colleague.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(colleague.getByTestId('dashboard-overdue')).toBeVisible();
  await colleague.goto('/#/Processor');
  await expect(colleague.locator('table tbody tr').first()).toBeVisible();
  await expect(colleague.getByRole('link', { name: 'Opret' })).toBeVisible();
  await colleague.close();
});
