import { expect, test } from '@playwright/test';
import { DEMO, gql, signIn, signOut } from '../fixtures/session.js';

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const addYears = (iso: string, years: number): string => {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

type ReviewRow = { id: string; dueOn: string; processorName: string };
type ReminderRow = { thresholdKey: string; status: string };

// The app's clock is moved for this journey (TILSYN_TEST_CLOCK, test-only); put it back for the
// journeys that run after it.
test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, DEMO.ADMIN);
  await gql(page, 'mutation($at: String!) { setTestClock(at: $at) }', { at: new Date().toISOString() });
  await page.close();
});

test('a week before a DPA review is due the assignee is reminded by e-mail and in the app, fills in the checklist, and the DPO approves; the next review is due a year after completion', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.ADMIN);
  const today = new Date().toISOString().slice(0, 10);
  const { allReviews } = await gql<{ allReviews: ReviewRow[] }>(
    page,
    'query { allReviews(filter: { open: true, kind: ANNUAL_DPA_REVIEW, status: OPEN }, sortField: "dueOn", sortOrder: "ASC", perPage: 100) { id dueOn processorName assigneeName } }',
  );
  const review = allReviews.find((r) => r.dueOn > addDays(today, 40));
  expect(review, 'the demo has an annual DPA review due later than in 40 days').toBeDefined();
  const { id, dueOn, processorName } = review!;

  // Move the shared clock to a week before the due day; the scan runs and queues the reminders.
  const visitDay = addDays(dueOn, -7);
  await gql(page, 'mutation($at: String!) { setTestClock(at: $at) }', { at: `${visitDay}T08:00:00Z` });
  // Moving the clock ends every session (they were issued "in the past" or "in the future").
  await signIn(page, DEMO.ADMIN);
  await expect
    .poll(
      async () => {
        const { allReminders } = await gql<{ allReminders: ReminderRow[] }>(page, 'query($id: ID!) { allReminders(filter: { subjectId: $id }) { thresholdKey status } }', { id });
        return allReminders.filter((r) => r.status === 'SENT').map((r) => r.thresholdKey).sort();
      },
      { timeout: 90_000, message: 'the 30- and 7-day reminders are delivered through the SMTP sink' },
    )
    .toEqual(['BEFORE_30', 'BEFORE_7']);

  // The administrator sees the mail in the demo sink: Danish, naming the processor, no one's data.
  await page.goto('/#/sent-mail');
  await page.getByTestId('sent-mail-search').fill(processorName);
  const mail = page.getByTestId('sent-mail-row').filter({ hasText: `Årlig gennemgang af databehandleraftale – ${processorName} forfalder om 7 dage (${dueOn})` });
  await expect(mail).toHaveCount(1);
  await expect(mail.getByTestId('sent-mail-to')).toContainText(DEMO.VENDOR_MANAGER);
  await signOut(page);

  // The assignee (the vendor manager) has a notification that leads to the review.
  await signIn(page, DEMO.VENDOR_MANAGER);
  await expect(page.getByTestId('notification-bell')).not.toHaveAttribute('data-count', '0');
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-menu').getByRole('menuitem').filter({ hasText: processorName }).first().click();
  await expect(page).toHaveURL(new RegExp(`/Review/${id}/show`));
  await expect(page.getByTestId('review-due-state')).toHaveAttribute('data-value', 'DUE_SOON');
  await expect(page.getByTestId('review-reminders').locator('tr[data-status="SENT"]')).toHaveCount(2);

  // Submit is greyed out, naming what is missing, until the checklist and outcome are filled in.
  await expect(page.getByTestId('review-submit')).toBeDisabled();
  for (const key of ['PARTIES_UNCHANGED', 'PROCESSING_UNCHANGED', 'SUBPROCESSORS_UNCHANGED']) {
    await page.getByTestId(`review-checklist-${key}-answer`).selectOption('YES');
  }
  for (const key of ['CHAIN_CHANGES', 'INCIDENTS']) {
    await page.getByTestId(`review-checklist-${key}-answer`).selectOption('NO');
    await page.getByTestId(`review-checklist-${key}-note`).fill('Ingen ændringer eller hændelser siden sidste gennemgang.');
  }
  await page.getByTestId('review-summary').fill('Aftalen dækker fortsat behandlingen; ingen ændringer i kæden.');
  await page.getByTestId('review-outcome').selectOption('APPROVED');
  await page.getByTestId('review-save').click();
  await expect(page.getByTestId('review-submit')).toBeEnabled();
  await page.getByTestId('review-submit').click();
  await page.getByTestId('review-submit-submit').click();
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-value', 'SUBMITTED');
  // The author may not approve it (four eyes).
  await expect(page.getByTestId('review-approve')).toHaveCount(0);
  await signOut(page);

  // The DPO approves.
  await signIn(page, DEMO.REVIEWER);
  await page.goto(`/#/Review/${id}/show`);
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-value', 'SUBMITTED');
  await page.getByTestId('review-approve').click();
  await page.getByTestId('review-approve-submit').click();
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-value', 'APPROVED');
  await expect(page.getByTestId('review-frozen')).toBeVisible();

  // The next review is due a year after the day it was completed, not after the old due day.
  const next = page.getByTestId('review-next-link');
  await expect(next).toHaveAttribute('data-due', addYears(visitDay, 1));
  await next.click();
  await expect(page).not.toHaveURL(new RegExp(`/Review/${id}/show`));
  await expect(page.getByTestId('review-status')).toHaveAttribute('data-value', 'OPEN');
});
