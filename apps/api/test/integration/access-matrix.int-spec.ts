import fs from 'node:fs';
import path from 'node:path';
import { ROLES } from '@tilsyn/domain';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, startTestApp, type TestApp } from '../utils/test-app.js';

const root = path.join(import.meta.dirname, '..', '..');
const matrix = JSON.parse(fs.readFileSync(path.join(root, 'test', 'access-matrix.json'), 'utf8')) as Record<string, string[]>;
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema.gql'), 'utf8'));
const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * Minimal calls that pass the access check and then fail or succeed harmlessly (a wrong current
 * password, an unknown id), so the test tells "denied" from "allowed" without side effects.
 */
const CALLS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  login: { query: 'mutation { login(email: "nobody@test.tilsyn.example", password: "wrong wrong wrong") { id } }' },
  completeSetup: { query: 'mutation { completeSetup(token: "invalid", email: "a@b.example", name: "A", password: "long enough password") { id } }' },
  logout: { query: 'mutation { logout }' },
  changeOwnPassword: { query: 'mutation { changeOwnPassword(currentPassword: "not my password", newPassword: "a new long password") }' },
  createProcessor: { query: 'mutation { createProcessor(name: "Matrix ApS", establishmentCountry: "DK", serviceKind: SAAS) { id } }' },
  updateProcessor: { query: `mutation { updateProcessor(id: "${MISSING}", version: 1, notes: "x") { id } }` },
  deleteProcessor: { query: `mutation { deleteProcessor(id: "${MISSING}") { id } }` },
  createUser: { query: 'mutation { createUser(email: "admin@test.tilsyn.example", name: "Dup", role: AUDITOR) { id } }' },
  updateUser: { query: `mutation { updateUser(id: "${MISSING}", version: 1, name: "x") { id } }` },
  deactivateUser: { query: `mutation { deactivateUser(id: "${MISSING}") { id } }` },
  reactivateUser: { query: `mutation { reactivateUser(id: "${MISSING}") { id } }` },
  resetUserPassword: { query: `mutation { resetUserPassword(id: "${MISSING}") { temporaryPassword } }` },
  createApiToken: { query: 'mutation { createApiToken(name: "   ", scope: READ_ONLY, expiresAt: "2027-01-01") { token } }' },
  revokeApiToken: { query: `mutation { revokeApiToken(id: "${MISSING}") { id } }` },
  offboardProcessor: { query: `mutation { offboardProcessor(id: "${MISSING}", version: 1, endedOn: "2026-01-01", endOfServiceOutcome: DELETED) { id } }` },
  createSubprocessorLink: { query: `mutation { createSubprocessorLink(processorId: "${MISSING}", subprocessorId: "${MISSING}", regime: SPECIFIC) { id } }` },
  updateSubprocessorLink: { query: `mutation { updateSubprocessorLink(id: "${MISSING}", version: 1, notifiedOn: "2026-01-01") { id } }` },
  deleteSubprocessorLink: { query: `mutation { deleteSubprocessorLink(id: "${MISSING}") { id } }` },
  objectToSubprocessor: { query: `mutation { objectToSubprocessor(id: "${MISSING}", version: 1, on: "2026-01-01", reason: "r") { id } }` },
  approveSubprocessor: { query: `mutation { approveSubprocessor(id: "${MISSING}", version: 1, on: "2026-01-01") { id } }` },
  createAgreement: { query: `mutation { createAgreement(processorId: "${MISSING}", template: OWN_TEMPLATE, title: "x") { id } }` },
  updateAgreement: { query: `mutation { updateAgreement(id: "${MISSING}", version: 1, title: "x") { id } }` },
  deleteAgreement: { query: `mutation { deleteAgreement(id: "${MISSING}") { id } }` },
  signAgreement: { query: `mutation { signAgreement(id: "${MISSING}", version: 1, on: "2026-01-01") { id } }` },
  terminateAgreement: { query: `mutation { terminateAgreement(id: "${MISSING}", version: 1, on: "2026-01-01", reason: "r") { id } }` },
  recordAgreementReview: { query: `mutation { recordAgreementReview(id: "${MISSING}", version: 1, on: "2026-01-01") { id } }` },
  assessAgreementClause: { query: `mutation { assessAgreementClause(agreementId: "${MISSING}", code: ART28_3_A, assessment: PRESENT) { id } }` },
  createAdequacyDecision: { query: 'mutation { createAdequacyDecision(input: { jurisdiction: "XX", instrument: "x", validFrom: "2026-01-01", scope: FULL, source: "https://x.example" }) { decision { id } } }' },
  updateAdequacyDecision: { query: `mutation { updateAdequacyDecision(id: "${MISSING}", version: 1, input: { jurisdiction: "CH", instrument: "x", validFrom: "2026-01-01", scope: FULL, source: "https://x.example" }) { decision { id } } }` },
  revokeAdequacyDecision: { query: `mutation { revokeAdequacyDecision(id: "${MISSING}", version: 1, revokedOn: "2026-01-01") { decision { id } } }` },
  updateCountry: { query: 'mutation { updateCountry(id: "ZZ", version: 1, notes: "x") { country { id } } }' },
  updateOrganisationSettings: { query: 'mutation { updateOrganisationSettings(version: 999, guaranteesForEveryTransfer: true) { id } }' },
  createTransfer: { query: `mutation { createTransfer(importerProcessorId: "${MISSING}", destinationCountry: "US") { id } }` },
  updateTransfer: { query: `mutation { updateTransfer(id: "${MISSING}", version: 1, notes: "x") { id } }` },
  deleteTransfer: { query: `mutation { deleteTransfer(id: "${MISSING}") { id } }` },
  deleteTransferDocument: { query: `mutation { deleteTransferDocument(id: "${MISSING}") { id } }` },
  createTia: { query: `mutation { createTia(transferIds: ["${MISSING}"]) { id } }` },
  updateTia: { query: `mutation { updateTia(id: "${MISSING}", version: 1, title: "x") { id } }` },
  submitTia: { query: `mutation { submitTia(id: "${MISSING}", version: 1) { id } }` },
  approveTia: { query: `mutation { approveTia(id: "${MISSING}", version: 1) { id } }` },
  sendBackTia: { query: `mutation { sendBackTia(id: "${MISSING}", version: 1, comment: "c") { id } }` },
  newTiaVersion: { query: `mutation { newTiaVersion(id: "${MISSING}", version: 1) { id } }` },
  deleteTia: { query: `mutation { deleteTia(id: "${MISSING}") { id } }` },
  markNotificationsRead: { query: `mutation { markNotificationsRead(ids: ["${MISSING}"]) }` },
  createReview: { query: `mutation { createReview(kind: SUPERVISION, subjectType: PROCESSOR, subjectId: "${MISSING}", dueOn: "2027-01-01") { id } }` },
  updateReview: { query: `mutation { updateReview(id: "${MISSING}", version: 1, summary: "x") { id } }` },
  startReview: { query: `mutation { startReview(id: "${MISSING}", version: 1) { id } }` },
  submitReview: { query: `mutation { submitReview(id: "${MISSING}", version: 1) { id } }` },
  approveReview: { query: `mutation { approveReview(id: "${MISSING}", version: 1) { id } }` },
  sendBackReview: { query: `mutation { sendBackReview(id: "${MISSING}", version: 1, comment: "x") { id } }` },
  deleteReviewDocument: { query: `mutation { deleteReviewDocument(id: "${MISSING}") { id } }` },
  planReviews: { query: 'mutation { planReviews }' },
  overrideProcessorRisk: { query: `mutation { overrideProcessorRisk(processorId: "${MISSING}", version: 1, level: HIGH, reason: "x") { level } }` },
  updateSupervisionCadence: { query: 'mutation { updateSupervisionCadence(riskLevel: LOW, version: 99, methods: [SELF_ASSESSMENT], intervalMonths: 36, followUp: false) { version } }' },
  retryReminder: { query: `mutation { retryReminder(id: "${MISSING}") { id } }` },
  runReminderScan: { query: 'mutation { runReminderScan }' },
  updateReminderSettings: { query: 'mutation { updateReminderSettings(version: 99, beforeDays: [30, 7], onDueDay: true, overdueEveryDays: 7, escalateAfterDays: 14, mailFrom: "tilsyn@example.dk", renewalWindowDays: 90) { version } }' },
  setTestClock: { query: 'mutation { setTestClock(at: "2027-01-01T08:00:00Z") }' },
  fileErasureRequest: { query: 'mutation { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [OBJECTION], caseReference: "INK-1", receivedOn: "2026-11-20", cpr: "010170-1234") { id } }' },
  decideErasureRequest: { query: `mutation { decideErasureRequest(id: "${MISSING}", version: 1, decision: APPROVE) { id } }` },
  revealErasureIdentifiers: { query: `mutation { revealErasureIdentifiers(id: "${MISSING}") { cpr } }` },
  fileErasureRequests: { query: 'mutation { fileErasureRequests(requests: [{ source: RETENTION_EXPIRY, caseReference: "INK-2", receivedOn: "2026-11-20", cpr: "010170-1234" }]) { created } }' },
  approveErasureRequests: { query: `mutation { approveErasureRequests(ids: ["${MISSING}"]) { approved } }` },
  extendErasureDeadline: { query: `mutation { extendErasureDeadline(id: "${MISSING}", version: 1, months: 1, reason: "x") { id } }` },
  exceptErasureNotice: { query: `mutation { exceptErasureNotice(id: "${MISSING}", version: 1, reason: "x") { id } }` },
  cancelErasureNotice: { query: `mutation { cancelErasureNotice(id: "${MISSING}", version: 1, reason: "x") { id } }` },
  recordErasureNoticeAnswer: { query: `mutation { recordErasureNoticeAnswer(id: "${MISSING}", version: 1, answer: NO_DATA) { id } }` },
  recordErasureNoticeSent: { query: `mutation { recordErasureNoticeSent(id: "${MISSING}", version: 1) { id } }` },
  retryErasureNotice: { query: `mutation { retryErasureNotice(id: "${MISSING}", version: 1) { id } }` },
  rotateErasureWebhookSecret: { query: `mutation { rotateErasureWebhookSecret(processorId: "${MISSING}") }` },
  updateErasureSettings: { query: 'mutation { updateErasureSettings(version: 99, organisationName: "Inkasso A/S", reminderDays: [5, 10], escalateAfterDays: 14, linkGraceDays: 30, minimumAnswerDays: 14) { version } }' },
  runErasureFollowUp: { query: 'mutation { runErasureFollowUp }' },
  reportErasureBounce: { query: 'mutation { reportErasureBounce(message: "Action: delayed") }' },
  createProcessingActivity: { query: 'mutation { createProcessingActivity(name: "   ", purposes: "x") { id } }' },
  updateProcessingActivity: { query: `mutation { updateProcessingActivity(id: "${MISSING}", version: 1, notes: "x") { id } }` },
  deleteProcessingActivity: { query: `mutation { deleteProcessingActivity(id: "${MISSING}") { id } }` },
  createRetentionRule: { query: `mutation { createRetentionRule(activityId: "${MISSING}", label: "Sagsdata", period: 5, unit: YEARS, trigger: CASE_CLOSED) { id } }` },
  updateRetentionRule: { query: `mutation { updateRetentionRule(id: "${MISSING}", version: 1, period: 3) { id } }` },
  deleteRetentionRule: { query: `mutation { deleteRetentionRule(id: "${MISSING}") { id } }` },
  createClientEngagement: { query: 'mutation { createClientEngagement(clientName: "   ", processingCategories: "x") { id } }' },
  updateClientEngagement: { query: `mutation { updateClientEngagement(id: "${MISSING}", version: 1, transfersNote: "x") { id } }` },
  deleteClientEngagement: { query: `mutation { deleteClientEngagement(id: "${MISSING}") { id } }` },
  updateOrganisationDetails: { query: 'mutation { updateOrganisationDetails(version: 999, organisationName: "Inkasso A/S", organisationRegistrationNumber: "", organisationAddress: "", organisationEmail: "", organisationPhone: "", dpoName: "", dpoEmail: "", dpoPhone: "", jointControllers: "", securityMeasures: "") { id } }' },
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function fingerprint(): Promise<string> {
  const res = await t.owner.query(`SELECT
    (SELECT md5(coalesce(string_agg(p::text, '|' ORDER BY id), '')) FROM processor p) AS processors,
    (SELECT md5(coalesce(string_agg(u::text, '|' ORDER BY id), '')) FROM app_user u) AS users,
    (SELECT md5(coalesce(string_agg(a::text, '|' ORDER BY id), '')) FROM api_token a) AS tokens,
    (SELECT md5(coalesce(string_agg(l::text, '|' ORDER BY id), '')) FROM subprocessor_link l) AS links,
    (SELECT md5(coalesce(string_agg(g::text, '|' ORDER BY id), '')) FROM agreement g) AS agreements,
    (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY agreement_id, code), '')) FROM agreement_clause c) AS clauses,
    (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY id), '')) FROM review r) AS reviews,
    (SELECT md5(coalesce(string_agg(m::text, '|' ORDER BY id), '')) FROM reminder m) AS reminders,
    (SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY risk_level), '')) FROM supervision_cadence s) AS cadences,
    (SELECT md5(coalesce(string_agg(e::text, '|' ORDER BY id), '')) FROM erasure_request e) AS erasure_requests,
    (SELECT md5(coalesce(string_agg(n::text, '|' ORDER BY id), '')) FROM erasure_notice n) AS erasure_notices,
    (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY id), '')) FROM processing_activity x) AS activities,
    (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY id), '')) FROM retention_rule x) AS retention_rules,
    (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY id), '')) FROM client_engagement x) AS client_engagements,
    (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY id), '')) FROM organisation_settings x) AS settings`);
  return JSON.stringify(res.rows[0]);
}

describe('access matrix', () => {
  it('lists every mutation of the schema, and nothing else', () => {
    expect(Object.keys(matrix).filter((k) => !k.startsWith('_')).sort()).toEqual(mutations);
    expect(Object.keys(CALLS).sort()).toEqual(mutations);
  });

  const actors = ['ANONYMOUS', ...ROLES] as const;
  for (const mutation of mutations) {
    for (const actor of actors) {
      const allowed = (matrix[mutation] ?? []).includes(actor);
      it(`${mutation} as ${actor}: ${allowed ? 'allowed' : 'denied'}`, async () => {
        const client = actor === 'ANONYMOUS' ? new GqlClient(t.url) : await t.as(actor);
        const before = await fingerprint();
        const deniedBefore = (await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND entity_id = $1`, [`Mutation.${mutation}`])).rows[0].n;
        const res = await client.post(CALLS[mutation].query, CALLS[mutation].variables);
        const code = res.body.errors?.[0]?.extensions?.code;
        if (allowed) {
          expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
        } else {
          expect(code).toBe(actor === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(await fingerprint()).toBe(before);
          const deniedAfter = (await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND entity_id = $1`, [`Mutation.${mutation}`])).rows[0].n;
          // completeSetup refuses signed-in callers in the resolver itself, not the guard.
          if (mutation !== 'completeSetup') expect(deniedAfter).toBe(deniedBefore + 1);
        }
      });
    }
  }

  it('lets the auditor read everything it may read', async () => {
    const auditor = await t.as('AUDITOR');
    const data = await auditor.ok<Record<string, unknown>>(
      '{ allProcessors { id } allUsers { id } allApiTokens { id } allAuditEvents { id } verifyAuditTrail { ok } }',
    );
    expect(Object.keys(data)).toHaveLength(5);
  });

  it('refuses reads to the anonymous and user lists to non-admins', async () => {
    const anonymous = await new GqlClient(t.url).post('{ allProcessors { id } }');
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const vm = await t.as('VENDOR_MANAGER');
    const users = await vm.post('{ allUsers { id email } }');
    expect(users.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
