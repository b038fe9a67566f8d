import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config.js';
import { withAppDatabase } from '../fixtures/e2e-database.js';
import { GraphqlClient } from '../fixtures/graphql-client.js';
import { DEMO, signIn } from '../fixtures/session.js';
import { EMAIL_WITH_QUOTE, FORMULA_TRIGGERS, HTML_PAYLOADS, JAVASCRIPT_URL, SCHEME_PAYLOADS, URL_WITH_MARKUP, parseCsv } from '../fixtures/xss-payloads.js';
import { XssProbe, type PageCheck } from '../fixtures/xss-probe.js';
import { seedRegister, type Seeded } from '../fixtures/xss-register.js';
import { isoDay, XssSeeder } from '../fixtures/xss-seed.js';

/**
 * R13, stored XSS: payloads go into every free-text field the API lets an administrator write (one
 * record with the HTML payloads, one with scheme and formula payloads, per resource); Chromium then
 * opens every list, show and edit page of the admin, the custom pages, the processor's erasure
 * confirmation page and the notice e-mail, and the reports are downloaded. Nothing may run: the
 * `window.__xss` trap stays unset, no dialog opens, no markup is injected and no javascript:/data:
 * address becomes a link. CSP violations on the console are counted and printed.
 */

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 800 } });

const run = Date.now().toString(36).slice(-6).toUpperCase();
let admin: GraphqlClient;
let reviewer: GraphqlClient;
let seeder: XssSeeder;
let seeded: Seeded;
/** What was written to the database directly, past the API's validation. */
const planted: string[] = [];
const probes: XssProbe[] = [];
/** Renderings outside the admin (e-mail, reports) and what they showed. */
const otherChecks: { what: string; result: string }[] = [];

function tagsOf(s: Seeded): string[] {
  const pairs = [s.processors, s.agreements, s.transfers, s.tias, s.reviews, s.activities, s.engagements, s.countries, s.adequacy, s.users, s.tokens, s.erasures];
  return [...pairs.flatMap((p) => [p.A.tag, p.B.tag]), `X${s.run}STA`, `X${s.run}SEA`, `X${s.run}RRA`, `X${s.run}RRB`, `X${s.run}SLA`, `X${s.run}SLB`];
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  admin = await GraphqlClient.signIn(baseURL, DEMO.ADMIN);
  reviewer = await GraphqlClient.signIn(baseURL, DEMO.REVIEWER);
  seeder = new XssSeeder(admin, reviewer);
  seeded = await seedRegister(seeder, run);

  // The API refuses javascript: addresses (good); rows written before that check, or imported, may
  // still hold one, so processor B's website and decision B's source get one directly.
  await withAppDatabase({ table: 'processor', id: seeded.processors.B.id }, async (db) => {
    await db.query('UPDATE processor SET website = $1 WHERE id = $2', [`${JAVASCRIPT_URL}//${seeded.processors.B.tag}`, seeded.processors.B.id]);
    await db.query('UPDATE adequacy_decision SET source = $1 WHERE id = $2', [`${JAVASCRIPT_URL}//${seeded.adequacy.B.tag}`, seeded.adequacy.B.id]);
  });
  planted.push(`processor ${seeded.processors.B.tag}.website = javascript:…`, `adequacy decision ${seeded.adequacy.B.tag}.source = javascript:…`);
});

test.afterAll(async () => {
  for (const undo of seeded?.restore ?? []) await undo(admin).catch((error: unknown) => console.log(`could not restore a setting: ${String(error)}`));
  printSummary();
  await admin?.dispose();
  await reviewer?.dispose();
});

interface Visit {
  resource: string;
  page: 'list' | 'show' | 'edit' | 'page';
  path: string;
  /** Texts the page must show (as text or in a form field) before it is judged: the payload records. */
  shows: string[];
  /** Click through the page's tabs and judge each. */
  tabs?: boolean;
}

const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

function adminVisits(s: Seeded, auditEventIds: string[]): Visit[] {
  const visits: Visit[] = [];
  const resource = (name: string, list: string, pair: Seeded['processors'], opts: { edit?: boolean; tabs?: boolean; listShows?: string[] }) => {
    visits.push({ resource: name, page: 'list', path: `/${name}?${list}`, shows: opts.listShows ?? [pair.A.tag, pair.B.tag] });
    // Both records' show pages (B's addresses could become links); A's tabs one by one. Edit pages put
    // values into form fields only, so record A's (the markup payloads) is judged; a tabbed form
    // keeps every tab's fields in the page, hidden, so it is judged once.
    for (const r of [pair.A, pair.B]) visits.push({ resource: name, page: 'show', path: `/${name}/${encodeURIComponent(r.id)}/show`, shows: [r.tag], tabs: opts.tabs && r === pair.A });
    if (opts.edit) visits.push({ resource: name, page: 'edit', path: `/${name}/${encodeURIComponent(pair.A.id)}`, shows: [pair.A.tag] });
  };
  const tag = (code: string) => `X${s.run}${code}`;
  resource('Processor', filter({ q: tag('PR') }), s.processors, { edit: true, tabs: true });
  resource('Agreement', filter({ ids: [s.agreements.A.id, s.agreements.B.id] }), s.agreements, { edit: true });
  resource('User', filter({ q: tag('US') }), s.users, { edit: true });
  resource('ApiToken', filter({ q: tag('TK') }), s.tokens, {});
  resource('Transfer', filter({ importerProcessorId: s.processors.A.id }), s.transfers, { edit: true, tabs: true, listShows: [s.processors.A.tag] });
  resource('Tia', filter({ importerProcessorId: s.processors.A.id }), s.tias, { edit: true });
  resource('AdequacyDecision', filter({ ids: [s.adequacy.A.id, s.adequacy.B.id] }), s.adequacy, { edit: true });
  resource('Country', filter({ q: tag('CO') }), s.countries, { edit: true });
  resource('Review', filter({ ids: [s.reviews.A.id, s.reviews.B.id] }), s.reviews, { listShows: [s.processors.A.tag, s.processors.B.tag] });
  resource('ErasureRequest', '', s.erasures, {});
  resource('ProcessingActivity', filter({ q: tag('PA') }), s.activities, { edit: true });
  resource('ClientEngagement', filter({ q: tag('CE') }), s.engagements, { edit: true });
  visits.push({ resource: 'AuditEvent', page: 'list', path: `/AuditEvent?${filter({ entityId: s.processors.A.id })}`, shows: [] });
  for (const id of auditEventIds) visits.push({ resource: 'AuditEvent', page: 'show', path: `/AuditEvent/${id}/show`, shows: [] });
  visits.push({ resource: 'Reminder', page: 'list', path: `/Reminder?${filter({ processorId: s.processors.A.id })}`, shows: [] });
  visits.push({ resource: 'ErasureNotice', page: 'list', path: `/ErasureNotice?${filter({ processorId: s.processors.A.id })}`, shows: [s.erasures.A.tag] });
  visits.push({ resource: 'Dashboard', page: 'page', path: '/', shows: [] });
  visits.push({ resource: 'Map', page: 'page', path: '/map', shows: [] });
  visits.push({ resource: 'Settings', page: 'page', path: '/settings', shows: [tag('STA')] });
  visits.push({ resource: 'Renewals', page: 'page', path: '/renewals', shows: [s.agreements.A.tag] });
  visits.push({ resource: 'Reports', page: 'page', path: '/reports', shows: [] });
  return visits;
}

async function judge(probe: XssProbe, page: Page, visit: Visit): Promise<void> {
  const label = `${visit.resource} ${visit.page}`;
  await page.goto(`/#${visit.path}`);
  await probe.expectShown(page, visit.shows, `${label} ${visit.path}`);
  await probe.settle(page);
  await probe.inspect(page, label);
  if (!visit.tabs) return;
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  for (let i = 1; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await probe.settle(page);
    await probe.inspect(page, label);
  }
}

function expectClean(checks: readonly PageCheck[], probe: XssProbe): void {
  const dirty = checks.filter((c) => c.executed || c.injected.length || c.unsafeLinks.length);
  expect(dirty, 'pages where a payload ran, injected markup or became a javascript:/data: link').toEqual([]);
  expect(probe.executions, 'payloads that set window.__xss').toEqual([]);
  expect(probe.dialogs, 'dialogs opened').toEqual([]);
}

test('every list, show and edit page of the admin shows the stored payloads as text, and none runs', async ({ page }) => {
  test.setTimeout(480_000);
  const probe = await XssProbe.attach(page.context(), tagsOf(seeded));
  probes.push(probe);
  await signIn(page, DEMO.ADMIN);

  const { allAuditEvents } = await admin.call<{ allAuditEvents: { id: string }[] }>('audit events', 'query($e: String) { allAuditEvents(filter: { entityId: $e }, perPage: 3, sortField: "seq", sortOrder: "DESC") { id } }', {
    e: seeded.processors.A.id,
  });
  for (const visit of adminVisits(seeded, allAuditEvents.map((e) => e.id))) await judge(probe, page, visit);

  // The notifications (the TIA and the review sent back to their author, named by their titles).
  // The bell lists the newest 20, and earlier journeys (the reviews' clock jump) leave many
  // notifications at the same instant: the seeded ones are moved to the top so the menu shows them.
  await withAppDatabase({ table: 'tia', id: seeded.tias.A.id }, (db) =>
    // (on the app's business clock, which an earlier journey may have moved ahead: after the newest row, not now())
    db.query("UPDATE notification SET created_at = (SELECT max(created_at) FROM notification) + interval '1 second' WHERE title_da LIKE '%' || $1 || '%' OR title_en LIKE '%' || $1 || '%'", [seeded.tias.A.tag]),
  );
  await page.goto('/#/');
  await probe.settle(page);
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification-menu')).toContainText(seeded.tias.A.tag);
  await probe.settle(page);
  await probe.inspect(page, 'Notifications page');
  await page.keyboard.press('Escape');

  // The erasure request's identifiers, revealed (audited), hold payloads too.
  await page.goto(`/#/ErasureRequest/${seeded.erasures.A.id}/show`);
  await page.getByTestId('erasure-reveal-identifiers').click();
  await expect(page.getByTestId('erasure-identifiers')).toContainText(seeded.erasures.A.tag);
  await probe.settle(page);
  await probe.inspect(page, 'ErasureRequest show');

  const mine = probe.checks;
  console.log(`admin: ${mine.length} page states judged, ${mine.reduce((n, c) => n + c.tagsSeen, 0)} tagged values seen as text`);
  expectClean(mine, probe);
});

async function freshContext(browser: Browser, bypassCSP: boolean) {
  const context = await browser.newContext({ baseURL, locale: 'da-DK', viewport: { width: 1280, height: 800 }, bypassCSP });
  const probe = await XssProbe.attach(context, tagsOf(seeded));
  probes.push(probe);
  return { context, probe, page: await context.newPage() };
}

test('the probe notices a payload that runs, injected markup, a javascript: link and a CSP violation (control)', async ({ browser }) => {
  // Not counted in the summary: this proves that the detectors the other tests rely on work.
  const context = await browser.newContext();
  const probe = await XssProbe.attach(context, ['CONTROL']);
  const payload = `<p>CONTROL</p>${HTML_PAYLOADS[0].text}<a href="${JAVASCRIPT_URL}">link</a>`;
  await context.route('http://control.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: route.request().url().endsWith('/csp') ? `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">${payload}` : payload,
    }),
  );
  const page = await context.newPage();
  await page.goto('http://control.test/');
  await expect.poll(() => probe.executions.length, { message: 'the trap reports the run' }).toBe(1);
  const ran = await probe.inspect(page, 'control');
  expect(ran).toMatchObject({ executed: true, tagsSeen: 1 });
  expect(ran.injected.length).toBeGreaterThan(0);
  expect(ran.unsafeLinks).toHaveLength(1);
  await page.goto('http://control.test/csp');
  await expect.poll(() => probe.cspViolations.length, { message: 'the CSP violation is counted' }).toBeGreaterThan(0);
  const blocked = await probe.inspect(page, 'control');
  expect(blocked.executed).toBe(false);
  expect(blocked.injected.length).toBeGreaterThan(0);
  expect(probe.executions).toHaveLength(1);
  await context.close();
});

test('website and source addresses: only http(s) becomes a link, and clicking one runs nothing even without the CSP', async ({ browser }) => {
  test.setTimeout(120_000);
  // Without the CSP, so a javascript: link would really run: the rendering itself must be safe.
  const { context, probe, page } = await freshContext(browser, true);
  // The payload addresses never leave the machine: the popup gets a local answer.
  await context.route('https://xss.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'xss.example stand-in' }));
  await signIn(page, DEMO.ADMIN);

  for (const [resource, pair] of [
    ['Processor', seeded.processors],
    ['AdequacyDecision', seeded.adequacy],
  ] as const) {
    // A: a well-formed https address with markup in its path is a link that opens the address, in a new tab.
    await judge(probe, page, { resource, page: 'show', path: `/${resource}/${pair.A.id}/show`, shows: [pair.A.tag] });
    const link = page.locator('a[href^="https://xss.example/"]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('rel', /noopener/);
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await popup.waitForURL(/^https:\/\/xss\.example\//);
    await popup.close();
    await probe.inspect(page, `${resource} link-click`);

    // B: the javascript: address planted in the database is shown as text, not as a link; clicking the text does nothing.
    await judge(probe, page, { resource, page: 'show', path: `/${resource}/${pair.B.id}/show`, shows: [`${JAVASCRIPT_URL}//${pair.B.tag}`] });
    await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
    // The same text may stand in other fields of B too: none of them is inside a link; each is clicked.
    const texts = page.getByText(`${JAVASCRIPT_URL}//${pair.B.tag}`, { exact: true });
    await expect(texts.first()).toBeVisible();
    expect(await texts.evaluateAll((els) => els.filter((el) => el.closest('a, [role="link"]') !== null).length)).toBe(0);
    await expect(page.locator('span[title]').filter({ hasText: `${JAVASCRIPT_URL}//${pair.B.tag}` }), 'the address field says it is not a web address').toHaveCount(1);
    for (let i = 0; i < (await texts.count()); i++) await texts.nth(i).click();
    await probe.inspect(page, `${resource} link-click`);
  }

  // Mail addresses become mailto: links, the payload inside the one attribute.
  await page.goto(`/#/Processor/${seeded.processors.A.id}/show`);
  const mailto = page.locator('a[href^="mailto:"]').first();
  await expect(mailto).toBeVisible();
  await mailto.hover();
  await probe.inspect(page, 'Processor link-click');
  expectClean(probe.checks, probe);
  await context.close();
});

type SinkMail = { recipients: string[]; subject: string; body: string };

test("the erasure notice e-mail and the processor's confirmation page show the payloads as text", async ({ browser, page }) => {
  test.setTimeout(180_000);
  let mail: SinkMail | undefined;
  await expect
    .poll(
      async () => {
        const { allSinkMails } = await admin.call<{ allSinkMails: SinkMail[] }>('sink', 'query($q: String) { allSinkMails(filter: { q: $q }, perPage: 20) { recipients subject body } }', { q: seeded.erasureMailbox });
        mail = allSinkMails.find((m) => m.recipients.includes(seeded.erasureMailbox));
        return mail !== undefined;
      },
      { timeout: 90_000, message: 'the notice to processor A reaches the mail sink' },
    )
    .toBe(true);
  expect(mail!.body, 'the notice names the case by its (payload) reference, as text').toContain(seeded.erasures.A.tag);
  const link = /https?:\/\/[^\s]+\/erasure-answer\/([A-Za-z0-9_-]{43})/.exec(mail!.body);
  expect(link, 'the notice carries a signed link').not.toBeNull();

  // The notice is text/plain: shown as a mail client shows plain text (no CSP on this page at all).
  const mailCtx = await freshContext(browser, true);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  await mailCtx.page.setContent(`<!doctype html><html><body><h1>${escape(mail!.subject)}</h1><pre>${escape(mail!.body)}</pre></body></html>`);
  const asText = await mailCtx.probe.inspect(mailCtx.page, 'E-mail (text/plain) page');
  expect(asText.tagsSeen).toBeGreaterThan(0);
  otherChecks.push({ what: 'notice e-mail shown as text/plain', result: `executed=${asText.executed}, injected=${asText.injected.length}, tagged values seen=${asText.tagsSeen}` });
  expectClean(mailCtx.probe.checks, mailCtx.probe);
  await mailCtx.context.close();
  // For the record only (a context of its own, not probed): had the plain text been pasted unescaped
  // into an HTML part, would a payload run? setContent waits for the load event, after img errors.
  const rawCtx = await browser.newContext();
  const raw = await rawCtx.newPage();
  await raw.setContent(`<!doctype html><html><body>${mail!.body}</body></html>`);
  const rawRuns = await raw.evaluate(() => ((window as unknown as { __xss?: number }).__xss === undefined ? 'no' : 'yes'));
  otherChecks.push({ what: 'notice text if pasted unescaped into HTML (information only: the notice has no HTML part)', result: `a payload would run: ${rawRuns}` });
  await rawCtx.close();

  // The processor opens the link in a browser of its own, no session, and without the CSP.
  const answer = await freshContext(browser, true);
  const answerPath = `/erasure-answer/${link![1]}`;
  await answer.page.goto(answerPath);
  const ourCase = answer.page.locator('fieldset').filter({ hasText: seeded.erasures.A.tag });
  await expect(ourCase).toBeVisible();
  await expect(ourCase.locator('legend')).toContainText(HTML_PAYLOADS[0].text.slice(0, 12));
  await answer.probe.inspect(answer.page, 'ErasureAnswer page');
  // A note with a </textarea> breakout and no answer: the page comes back with the error and the note.
  await ourCase.locator('textarea').fill(`${seeded.erasures.A.tag} ${HTML_PAYLOADS.map((p) => p.text).join(' ')}`);
  await answer.page.getByRole('button').last().click();
  await expect(answer.page.getByRole('alert')).toBeVisible();
  await expect(answer.page.locator('fieldset').filter({ hasText: seeded.erasures.A.tag }).locator('textarea')).toHaveValue(new RegExp(`^${seeded.erasures.A.tag} `));
  await answer.probe.inspect(answer.page, 'ErasureAnswer page');
  // Refused, with the payload note as the reason: saved.
  const again = answer.page.locator('fieldset').filter({ hasText: seeded.erasures.A.tag });
  await again.locator('input[type="radio"][value="REFUSED"]').check();
  await answer.page.getByRole('button').last().click();
  await expect(answer.page.getByRole('status')).toBeVisible();
  await answer.probe.inspect(answer.page, 'ErasureAnswer page');
  expectClean(answer.probe.checks, answer.probe);
  await answer.context.close();

  // Back in the admin (with its CSP), the request shows the processor's note.
  const probe = await XssProbe.attach(page.context(), tagsOf(seeded));
  probes.push(probe);
  await signIn(page, DEMO.ADMIN);
  await judge(probe, page, { resource: 'ErasureRequest', page: 'show', path: `/ErasureRequest/${seeded.erasures.A.id}/show`, shows: [seeded.erasures.A.tag] });

  // Sent mail: the erasure notice (and the reminders), opened.
  await page.goto('/#/sent-mail');
  await page.getByTestId('sent-mail-search').fill(seeded.erasureMailbox);
  // The search applies once typing pauses: wait until only processor A's messages are listed.
  await expect
    .poll(async () => {
      const to = await page.getByTestId('sent-mail-to').allTextContents();
      return to.length > 0 && to.every((t) => t.includes(seeded.erasureMailbox));
    }, { timeout: 30_000, message: 'the sent mail list shows the messages to processor A' })
    .toBe(true);
  const toggles = page.getByTestId('sent-mail-toggle');
  for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
  await expect(page.getByTestId('sent-mail-body').first()).toContainText(seeded.erasures.A.tag);
  await probe.settle(page);
  await probe.inspect(page, 'SentMail page');
  expectClean(probe.checks, probe);
});

/** Cells a spreadsheet would run as a formula; plain numbers ("-3") are not formulas. */
const TRIGGERS = new Set<string>([...FORMULA_TRIGGERS, '\t', '\r']);
function formulaCells(rows: string[][]): string[] {
  return rows.flat().filter((c) => c.length > 0 && TRIGGERS.has(c[0]) && !/^[-+]?\d+([.,]\d+)?$/.test(c));
}

function checkCsv(name: string, csv: string, mustShow: string[]): void {
  const header = csv.split('\n')[0];
  const rows = parseCsv(csv, header.includes(';') ? ';' : ',');
  const bad = formulaCells(rows);
  const neutralised = rows.flat().filter((c) => /^'[=+\-@]/.test(c)).length;
  const tags = tagsOf(seeded).filter((t) => csv.includes(t));
  const htmlAsText = HTML_PAYLOADS.filter((p) => csv.includes(p.text)).length;
  otherChecks.push({ what: name, result: `${rows.length} rows, formula cells neutralised=${neutralised}, not neutralised=${bad.length}, our records=${tags.length}, HTML payloads as text=${htmlAsText}` });
  expect(bad, `${name}: cells starting with = + - @ must start with ' (CSV injection)`).toEqual([]);
  for (const t of mustShow) expect(tags, `${name} lists ${t}`).toContain(t);
}

function checkPdf(name: string, file: string, mustShow: string[]): void {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // No script or launch action anywhere in the file, and no link to a javascript:/data: address.
  const raw = bytes.toString('latin1');
  const actions = ['/JavaScript', '/JS ', '/JS(', '/Launch', '(javascript:', '(data:'].filter((a) => raw.includes(a));
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error('pdftotext (poppler-utils) is needed to read the PDF reports; run node scripts/ensure-poppler.mjs', { cause: error });
  }
  const tags = tagsOf(seeded).filter((t) => text.includes(t));
  const htmlAsText = HTML_PAYLOADS.filter((p) => text.replace(/\s+/g, ' ').includes(p.text.slice(0, 14))).length;
  otherChecks.push({ what: name, result: `script/launch actions=${actions.length}, our records=${tags.length}, HTML payloads as text=${htmlAsText}` });
  expect(actions, `${name}: no PDF script, launch or javascript:/data: link`).toEqual([]);
  for (const t of mustShow) expect(tags, `${name} shows ${t}`).toContain(t);
}

test('reports and list exports keep the payloads as text and neutralise formula cells', async ({ page }) => {
  test.setTimeout(180_000);
  const today = isoDay();
  const from = isoDay(-30);
  const expected: Record<string, string[]> = {
    'art30-controller': [seeded.activities.A.tag, seeded.activities.B.tag],
    'art30-processor': [seeded.engagements.A.tag, seeded.engagements.B.tag],
    transfers: [],
    'dpa-gaps': [],
    supervision: [],
    erasure: [],
  };
  for (const [slug, mustShow] of Object.entries(expected)) {
    const period = slug === 'supervision' || slug === 'erasure' ? `&from=${from}&to=${today}` : '';
    for (const format of ['csv', 'pdf'] as const) {
      const res = await admin.context.get(`/api/reports/${slug}?format=${format}&lang=da&asOf=${today}${period}`);
      expect(res.status(), `${slug}.${format}`).toBe(200);
      const file = test.info().outputPath(`${slug}.${format}`);
      fs.writeFileSync(file, await res.body());
      if (format === 'csv') checkCsv(`report ${slug}.csv`, fs.readFileSync(file, 'utf8'), mustShow);
      else checkPdf(`report ${slug}.pdf`, file, mustShow);
    }
  }

  // Through the admin, as a person does it: the Art. 30(1) record as CSV, and the processor list's export.
  const probe = await XssProbe.attach(page.context(), tagsOf(seeded));
  probes.push(probe);
  await signIn(page, DEMO.ADMIN);
  await page.goto('/#/reports');
  await page.getByTestId('report-kind-ART30_CONTROLLER').click();
  await page.getByTestId('report-format').getByRole('button', { name: 'CSV' }).click();
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
  const reportFile = test.info().outputPath('ui-art30.csv');
  await report.saveAs(reportFile);
  checkCsv('admin download art30-controller.csv', fs.readFileSync(reportFile, 'utf8'), expected['art30-controller']);
  await probe.settle(page);
  await probe.inspect(page, 'Reports page');

  await page.goto(`/#/Processor?${filter({ q: `X${run}PR` })}`);
  await probe.expectShown(page, [seeded.processors.A.tag, seeded.processors.B.tag], 'processor list');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér' }).click()]);
  const exportFile = test.info().outputPath('processors.csv');
  await exported.saveAs(exportFile);
  checkCsv('admin list export Processor.csv', fs.readFileSync(exportFile, 'utf8'), [seeded.processors.A.tag, seeded.processors.B.tag]);
  expectClean(probe.checks, probe);
});

function printSummary(): void {
  const checks = probes.flatMap((p) => p.checks);
  const executions = probes.flatMap((p) => p.executions);
  const dialogs = probes.flatMap((p) => p.dialogs);
  const csp = probes.flatMap((p) => p.cspViolations);
  const outcomes = seeder?.outcomes ?? [];
  const lines: string[] = ['', `=== R13 stored XSS (run ${run}) ===`];

  lines.push('', 'Payloads tried:');
  for (const p of [...HTML_PAYLOADS, ...SCHEME_PAYLOADS, URL_WITH_MARKUP, EMAIL_WITH_QUOTE]) lines.push(`  ${p.id.padEnd(20)} ${p.text}`);
  lines.push('', 'Stored through the API as ADMIN (and the DPO for send-backs): per record, the fields written, the payloads that got in, and what the API refused:');
  const records = [...new Set(outcomes.map((o) => `${o.resource}\u0000${o.record}`))];
  for (const key of records) {
    const [resource, record] = key.split('\u0000');
    const mine = outcomes.filter((o) => o.resource === resource && o.record === record);
    const counts = new Map<string, number>();
    for (const id of mine.flatMap((o) => o.stored)) counts.set(id, (counts.get(id) ?? 0) + 1);
    // TOO_LONG only means a shorter set of payloads was tried next; other refusals are the API's validation.
    const shortened = mine.filter((o) => o.refused.some((r) => r.reason === 'TOO_LONG')).map((o) => o.field);
    const refused = mine.flatMap((o) => o.refused.filter((r) => r.reason !== 'TOO_LONG').map((r) => `${o.field}: ${r.payloads.join('+') || 'value'} → ${r.reason}`));
    lines.push(
      `  ${resource} ${record}: ${mine.length} field(s), stored ${[...counts].map(([id, n]) => `${id}×${n}`).join(', ') || 'no payload'}${shortened.length ? `; shortened to fit: ${shortened.join(', ')}` : ''}${refused.length ? `; REFUSED ${refused.join('; ')}` : ''}`,
    );
  }
  for (const p of planted) lines.push(`  planted in the database past the API: ${p}`);

  const resources = [...new Set(checks.map((c) => c.label.split(' ')[0]))];
  const count = (r: string, kind: string) => checks.filter((c) => c.label === `${r} ${kind}`).length;
  const stored = (r: string) => outcomes.filter((o) => o.resource === r).reduce((n, o) => n + o.stored.length, 0);
  const refusedOf = (r: string) => outcomes.filter((o) => o.resource === r).reduce((n, o) => n + o.refused.filter((x) => x.reason !== 'TOO_LONG').length, 0);
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  lines.push('', `${pad('resource', 18)}${pad('list', 6)}${pad('show', 6)}${pad('edit', 6)}${pad('other', 7)}${pad('stored', 8)}${pad('refused', 9)}${pad('executed', 10)}${pad('injected', 10)}${pad('js-links', 10)}csp`);
  for (const r of resources) {
    const mine = checks.filter((c) => c.label.split(' ')[0] === r);
    const other = mine.length - count(r, 'list') - count(r, 'show') - count(r, 'edit');
    const cspHere = csp.filter((v) => mine.some((c) => v.startsWith(c.url))).length;
    lines.push(
      `${pad(r, 18)}${pad(count(r, 'list'), 6)}${pad(count(r, 'show'), 6)}${pad(count(r, 'edit'), 6)}${pad(other, 7)}${pad(stored(r), 8)}${pad(refusedOf(r), 9)}${pad(mine.filter((c) => c.executed).length, 10)}${pad(
        mine.reduce((n, c) => n + c.injected.length, 0),
        10,
      )}${pad(mine.reduce((n, c) => n + c.unsafeLinks.length, 0), 10)}${cspHere}`,
    );
  }
  for (const r of [...new Set(outcomes.map((o) => o.resource))].filter((r) => !resources.includes(r))) lines.push(`${pad(r, 18)}${pad('-', 6)}${pad('-', 6)}${pad('-', 6)}${pad('-', 7)}${pad(stored(r), 8)}${pad(refusedOf(r), 9)}(shown within other pages)`);
  lines.push('', 'Outside the admin:');
  for (const o of otherChecks) lines.push(`  ${o.what}: ${o.result}`);
  lines.push(
    '',
    `page states judged: ${checks.length}; payload instances stored: ${outcomes.reduce((n, o) => n + o.stored.length, 0)} in ${outcomes.filter((o) => o.stored.length).length} fields; refused by the API's validation: ${outcomes.reduce((n, o) => n + o.refused.filter((x) => x.reason !== 'TOO_LONG').length, 0)}`,
    `executed: ${executions.length + checks.filter((c) => c.executed).length}; dialogs: ${dialogs.length}; injected markup: ${checks.reduce((n, c) => n + c.injected.length, 0)}; javascript:/data: links: ${checks.reduce((n, c) => n + c.unsafeLinks.length, 0)}; CSP violations: ${csp.length}`,
  );
  for (const v of csp.slice(0, 20)) lines.push(`  CSP: ${v}`);
  for (const e of executions) lines.push(`  EXECUTED: ${e}`);
  for (const c of checks.filter((x) => x.injected.length || x.unsafeLinks.length)) lines.push(`  ${c.label} ${c.url}: ${[...c.injected, ...c.unsafeLinks].join(' | ')}`);
  console.log(lines.join('\n'));
}
