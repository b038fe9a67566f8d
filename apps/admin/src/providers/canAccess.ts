import { can, isRole, type Permission, type Role } from '@tilsyn/domain';

/**
 * react-admin resource + action → the permission the API checks. One table, default-deny: an
 * action or resource missing here is refused, so a button the UI shows is a call the API allows.
 * Resource names are the GraphQL type names (ra-data-graphql-simple maps them to operations).
 */
const READ_ACTIONS = ['list', 'show', 'export'] as const;

type ActionTable = Record<string, Permission>;

function table(read: Permission, write: Partial<Record<string, Permission>>): ActionTable {
  const out: ActionTable = {};
  for (const action of READ_ACTIONS) out[action] = read;
  for (const [action, permission] of Object.entries(write)) if (permission) out[action] = permission;
  return out;
}

export const ACCESS: Record<string, ActionTable> = {
  Processor: table('processor.read', {
    create: 'processor.write',
    edit: 'processor.write',
    clone: 'processor.write',
    delete: 'processor.delete',
    offboard: 'processor.write',
    // Issue 6: a new secret for the processor's erasure webhook, shown once.
    rotateWebhookSecret: 'processor.write',
  }),
  // DPA versions: recorded, signed, terminated and reviewed by vendor management; assessed clause by clause by the DPO.
  Agreement: table('agreement.read', {
    create: 'agreement.write',
    edit: 'agreement.write',
    delete: 'agreement.write',
    sign: 'agreement.write',
    terminate: 'agreement.write',
    review: 'agreement.write',
    upload: 'agreement.write',
    assess: 'agreement.assess',
  }),
  // Who engaged whom: facts recorded by vendor management, approval or objection decided by the DPO (Art. 28(2)).
  SubprocessorLink: table('processor.read', {
    create: 'subprocessor.write',
    edit: 'subprocessor.write',
    delete: 'subprocessor.write',
    approve: 'subprocessor.decide',
    object: 'subprocessor.decide',
  }),
  User: table('user.read', {
    create: 'user.manage',
    edit: 'user.manage',
    // There is no deleteUser mutation: "delete" maps to the permission for completeness, but the UI offers deactivate instead.
    delete: 'user.manage',
    deactivate: 'user.manage',
    reactivate: 'user.manage',
    resetPassword: 'user.manage',
  }),
  ApiToken: table('apiToken.read', {
    create: 'apiToken.manage',
    edit: 'apiToken.manage',
    delete: 'apiToken.manage',
    revoke: 'apiToken.manage',
  }),
  // Issue 7: reports are produced (audited, hash stored) by every role, the auditor included.
  ReportRun: table('report.produce', {}),
  // The audit trail is append-only: only reading (and verifying) exists.
  AuditEvent: table('audit.read', { verify: 'audit.read' }),
  // Chapter V: hops, tools and evidence are recorded by vendor management.
  Transfer: table('transfer.read', {
    create: 'transfer.write',
    edit: 'transfer.write',
    clone: 'transfer.write',
    delete: 'transfer.write',
    upload: 'transfer.write',
    deleteDocument: 'transfer.write',
  }),
  // A TIA is written by anyone who may write one and approved by another reviewer (four eyes).
  Tia: table('transfer.read', {
    create: 'tia.write',
    edit: 'tia.write',
    delete: 'tia.write',
    submit: 'tia.write',
    newVersion: 'tia.write',
    approve: 'tia.approve',
    sendBack: 'tia.approve',
  }),
  // Reference data: everyone reads, only the administrator changes it (design.md §1).
  AdequacyDecision: table('reference.read', { create: 'reference.write', edit: 'reference.write', revoke: 'reference.write' }),
  Country: table('reference.read', { edit: 'reference.write' }),
  OrganisationSettings: table('reference.read', { edit: 'reference.write' }),
  // Issue 5: reviews are planned and filled in by anyone who writes them, approved or sent back by
  // another reviewer (four eyes); evidence is added while the review is open.
  Review: table('review.read', {
    create: 'review.write',
    edit: 'review.write',
    start: 'review.write',
    submit: 'review.write',
    upload: 'review.write',
    deleteDocument: 'review.write',
    plan: 'review.write',
    approve: 'review.approve',
    sendBack: 'review.approve',
  }),
  // Reminders are read by everyone; sending a failed one again, or running the scan, is the administrator's call.
  Reminder: table('review.read', { retry: 'reference.write', scan: 'reference.write' }),
  // A processor's risk: everyone reads the breakdown; a reviewer overrides the level with a reason.
  ProcessorRisk: table('review.read', { override: 'review.approve' }),
  // Supervision cadence and reminder timing are organisation settings: the administrator changes them.
  SupervisionCadence: table('reference.read', { edit: 'reference.write' }),
  ReminderSettings: table('reference.read', { edit: 'reference.write' }),
  // Issue 6: everyone reads erasure requests (never the person's identifiers); staff file them and
  // record what a recipient answered by other means; the DPO decides them, records Art. 19
  // exceptions and cancellations, and sees the identifiers (each viewing audited).
  ErasureRequest: table('erasure.read', {
    create: 'erasure.file',
    decide: 'erasure.decide',
    approve: 'erasure.decide',
    extend: 'erasure.decide',
    identifiers: 'erasure.identifiers',
  }),
  ErasureNotice: table('erasure.read', {
    except: 'erasure.decide',
    cancel: 'erasure.decide',
    answer: 'erasure.file',
    markSent: 'erasure.file',
    retry: 'erasure.file',
  }),
  // How notices are followed up is an organisation setting: the administrator changes it and runs the follow-up now.
  ErasureSettings: table('erasure.read', { edit: 'reference.write', followUp: 'reference.write' }),
  // Custom pages: the map of destinations, the DPAs to renew, the demo mail sink and the own notifications.
  TransferMap: table('transfer.read', {}),
  Renewal: table('agreement.read', {}),
  SinkMail: table('mail.read', {}),
  Notification: table('self.read', { markRead: 'self.write' }),
  // Issue 7: the records of processing (Art. 30): everyone reads them; the DPO and the administrator keep them,
  // including the organisation's Art. 30(1)(a) details on the settings page.
  ProcessingActivity: table('records.read', { create: 'records.write', edit: 'records.write', delete: 'records.write' }),
  RetentionRule: table('records.read', { create: 'records.write', edit: 'records.write', delete: 'records.write' }),
  ClientEngagement: table('records.read', { create: 'records.write', edit: 'records.write', delete: 'records.write' }),
  OrganisationDetails: table('reference.read', { edit: 'records.write' }),
};

export function permissionFor(resource: string | undefined, action: string): Permission | null {
  if (!resource) return null;
  return ACCESS[resource]?.[action] ?? null;
}

export function canAccessWithRole(role: Role | string | null | undefined, resource: string | undefined, action: string): boolean {
  if (!isRole(role)) return false;
  const permission = permissionFor(resource, action);
  return permission !== null && can(role, permission);
}
