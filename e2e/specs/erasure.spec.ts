import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config.js';
import { DEMO, gql, signIn } from '../fixtures/session.js';

type Processor = { id: string; name: string };
type SinkMail = { recipients: string[]; subject: string; body: string; receivedAt: string };

/**
 * Issue 6: the DPO approves an erasure whose recipients are the three parties that hold guarantors'
 * data plus the foreign agency that had the case; four notices go out; the agency opens its link in
 * a browser of its own (no account) and confirms; the request shows that recipient as confirmed.
 */
test('a reviewer approves an erasure, four notices go out, the foreign agency confirms on its link and the request shows it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.REVIEWER);
  const { allProcessors } = await gql<{ allProcessors: Processor[] }>(page, 'query { allProcessors(perPage: 100) { id name } }');
  const agency = allProcessors.find((p) => p.name === 'Thames Debt Recovery Ltd');
  expect(agency, 'the demo register has the English collection agency').toBeDefined();

  // Filed as the case system would (GraphQL); a debtor's guarantor, with the agency's own case reference.
  const caseReference = `E2E-${Date.now()}`;
  const today = new Date().toISOString().slice(0, 10);
  const { fileErasureRequest } = await gql<{ fileErasureRequest: { id: string } }>(
    page,
    `mutation($ref: String!, $on: String!, $agency: ID!) { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [NO_LONGER_NECESSARY], caseReference: $ref, receivedOn: $on,
       cpr: "150378-4411", name: "Gitte Kofoed", dataSubjectCategory: GUARANTORS, caseRecipients: [{ processorId: $agency, reference: "TDR-E2E-1" }]) { id } }`,
    { ref: caseReference, on: today, agency: agency!.id },
  );

  // The DPO finds it in the list and opens it: the preview names four recipients, each with its reason.
  await page.goto('/#/ErasureRequest');
  await page.getByRole('row').filter({ hasText: caseReference }).click();
  await expect(page).toHaveURL(new RegExp(`/ErasureRequest/${fileErasureRequest.id}/show`));
  const preview = page.getByTestId('erasure-preview-recipients');
  await expect(preview.locator('tbody tr').first()).toBeVisible();
  // A party whose data-subject categories are not recorded is included to be safe (journeys that
  // ran before this one may have added one): the DPO checked, and leaves it out with the reason.
  const expected = ['Fjordsoft ApS', 'Nordlys Hosting A/S', 'Strandvejens Advokatfirma I/S', 'Thames Debt Recovery Ltd'];
  for (;;) {
    const names = await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    const extra = names.findIndex((n) => !expected.some((e) => n.includes(e)));
    if (extra < 0) break;
    await preview.locator('tbody tr').nth(extra).getByTestId('erasure-exclude').click();
    const dialog = page.getByTestId('erasure-exclude-dialog');
    await dialog.getByRole('textbox').fill('Behandler ikke kautionisters oplysninger (kontrolleret i aftalen)');
    await page.getByTestId('erasure-exclude-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(preview).toHaveAttribute('data-count', String(names.length - 1));
  }
  await expect(preview).toHaveAttribute('data-count', '4');
  await expect(page.getByTestId(`erasure-preview-recipient-${agency!.id}`)).toContainText('TDR-E2E-1');
  await expect(page.getByTestId('erasure-decision-summary')).toContainText('4');

  // Approve (the default decision): one notice per recipient, written with the decision.
  await page.getByTestId('erasure-decide').click();
  const notices = page.getByTestId('erasure-notices');
  await expect(notices).toHaveAttribute('data-count', '4');
  for (const status of await notices.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))) {
    expect(['QUEUED', 'SENDING', 'SENT']).toContain(status);
  }
  await expect(page.getByTestId('erasure-decision')).toHaveCount(0);

  // The agency's message arrives at the demo mail sink: no CPR number in it, a link to answer.
  let mail: SinkMail | undefined;
  await expect
    .poll(
      async () => {
        const { allSinkMails } = await gql<{ allSinkMails: SinkMail[] }>(page, 'query { allSinkMails(filter: { q: "thames" }, perPage: 50) { recipients subject body receivedAt } }');
        mail = allSinkMails.find((m) => m.body.includes(caseReference));
        return mail?.recipients ?? null;
      },
      { timeout: 60_000, message: 'the notice to the agency is delivered to the sink' },
    )
    .toEqual(['dpo@thames-recovery.example']);
  expect(mail!.body).not.toMatch(/150378-?4411/);
  expect(mail!.body).not.toContain('Gitte Kofoed');
  const link = /https?:\/\/[^\s]+\/erasure-answer\/([A-Za-z0-9_-]{43})/.exec(mail!.body);
  expect(link, 'the message carries a signed link').not.toBeNull();

  // The agency, in a browser of its own with no session, answers on the page behind the link.
  const agencyContext = await browser.newContext({ baseURL, locale: 'en-GB' });
  const answer = await agencyContext.newPage();
  await answer.goto(`/erasure-answer/${link![1]}`);
  const ourCase = answer.locator('fieldset').filter({ hasText: caseReference });
  await expect(ourCase).toContainText('TDR-E2E-1');
  // Shown behind the link (over HTTPS in production), not in the e-mail: the agency's reference is known, so no identifiers.
  await expect(ourCase).not.toContainText('150378');
  await ourCase.locator('input[type="radio"][value="CONFIRMED"]').check();
  await ourCase.locator('input[type="date"]').fill(today);
  await ourCase.getByRole('checkbox').check();
  await answer.getByRole('button').last().click();
  await expect(answer.getByRole('status')).toBeVisible();
  await expect(answer.locator('fieldset').filter({ hasText: caseReference }).locator('.done')).toBeVisible();
  await agencyContext.close();

  // Back in Tilsyn the request shows the agency as confirmed, the others still outstanding.
  await page.reload();
  const agencyRow = notices.locator('tbody tr').filter({ hasText: 'Thames Debt Recovery Ltd' });
  await expect(agencyRow).toHaveAttribute('data-status', 'CONFIRMED');
  await expect(notices.locator('tbody tr[data-status="CONFIRMED"]')).toHaveCount(1);
  await expect(page.getByTestId('erasure-outstanding')).toContainText('3');
  await expect(page.getByTestId('erasure-completed')).toHaveCount(0);
});
