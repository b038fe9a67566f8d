import { expect, test, type Page } from '@playwright/test';
import { DPA_GAP_CODES } from '@tilsyn/domain';
import { DEMO, signIn } from '../fixtures/session.js';

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

test('a DPO records a DPA, leaves (g) missing and sees INCOMPLETE with the gap, then completes it', async ({ page }) => {
  await signIn(page, DEMO.ADMIN);
  const { createProcessor } = await gql<{ createProcessor: { id: string } }>(
    page,
    `mutation { createProcessor(name: "Checkliste Print ApS ${Date.now()}", establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL,
       address: "Havnen 2, 8000 Aarhus C", privacyContactName: "Dorte", engagementRole: PROCESSOR, engagementStart: "2026-01-01") { id } }`,
  );
  const processorId = createProcessor.id;

  // Record the DPA from the processor's Agreements tab.
  await page.goto(`/#/Processor/${processorId}/show/agreements`);
  await page.getByTestId('new-agreement').click();
  await page.getByRole('textbox', { name: 'Titel' }).fill('Databehandleraftale 2026');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByTestId('agreement-status')).toHaveAttribute('data-value', 'DRAFT');

  // Assess every clause; (g) is missing. The article text stands beside each row.
  await expect(page.getByTestId('clause-row-ART28_3_G')).toContainText('Art. 28(3)(g)');
  for (const code of DPA_GAP_CODES) {
    const row = page.getByTestId(`clause-row-${code}`);
    await row.getByTestId('clause-assessment').selectOption(code === 'ART28_3_G' ? 'MISSING' : 'PRESENT');
    const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('assessAgreementClause'));
    await row.getByTestId('clause-save').click();
    expect((await (await saved).json()).errors).toBeUndefined();
    await expect(row).toHaveAttribute('data-assessment', code === 'ART28_3_G' ? 'MISSING' : 'PRESENT');
  }

  await page.getByTestId('agreement-sign').click();
  await page.getByTestId('agreement-sign-submit').click();
  await expect(page.getByTestId('agreement-status')).toHaveAttribute('data-value', 'INCOMPLETE');
  await expect(page.getByTestId('agreement-gaps').locator('li[data-code]')).toHaveCount(1);
  await expect(page.getByTestId('agreement-gaps').locator('li[data-code="ART28_3_G"]')).toBeVisible();

  // The processor is not compliant, and says exactly why.
  await page.goto(`/#/Processor/${processorId}/show/compliance`);
  await expect(page.getByTestId('compliance-status')).toHaveAttribute('data-value', 'NON_COMPLIANT');
  await expect(page.getByTestId('finding-DPA_INCOMPLETE')).toBeVisible();
  await expect(page.getByTestId('finding-DPA_INCOMPLETE').getByTestId('gap-list')).toContainText(/Sletning eller tilbagelevering/);

  // Mark (g) present: the DPA becomes COMPLETE and the processor compliant.
  await page.goto(`/#/Processor/${processorId}/show/agreements`);
  await page.getByTestId('agreement-row-1').click();
  const g = page.getByTestId('clause-row-ART28_3_G');
  await g.getByTestId('clause-assessment').selectOption('PRESENT');
  await g.getByTestId('clause-save').click();
  await expect(page.getByTestId('agreement-status')).toHaveAttribute('data-value', 'COMPLETE');
  await page.goto(`/#/Processor/${processorId}/show/compliance`);
  await expect(page.getByTestId('compliance-status')).toHaveAttribute('data-value', 'COMPLIANT');
});

test('the chain tree of a three-level chain shows a finding from the bottom at the top', async ({ page }) => {
  await signIn(page, DEMO.REVIEWER);
  const { allProcessors } = await gql<{ allProcessors: { id: string }[] }>(page, '{ allProcessors(filter: { q: "Fjordsoft" }) { id } }');
  const fjordsoft = allProcessors[0].id;

  await page.goto(`/#/Processor/${fjordsoft}/show/chain`);
  const tree = page.getByTestId('chain-tree');
  await expect(tree).toBeVisible();
  await expect(tree.locator('[data-testid^="chain-node-"][data-depth="2"]', { hasText: 'Lotus Support Services' })).toBeVisible();
  await expect(tree.getByTestId('chain-finding-CHAIN_IDENTITY_INCOMPLETE').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Overholdelse' }).click();
  const below = page.getByTestId('below-findings');
  await expect(below.getByTestId('finding-CHAIN_IDENTITY_INCOMPLETE')).toContainText('Fjordsoft ApS › Pinewood Cloud Services Inc. › Lotus Support Services Pvt. Ltd.');
  await expect(page.getByTestId('processor-status').first()).not.toHaveAttribute('data-value', 'COMPLIANT');
});
