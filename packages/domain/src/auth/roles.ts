/**
 * Roles and what each may do. The API's guard and the admin's canAccess both read this table,
 * so a menu the UI shows is a call the API allows. Default-deny: a permission not listed for a
 * role is refused.
 */
export const ROLES = ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

const EVERY_ROLE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  /** Read the processor register. */
  'processor.read': EVERY_ROLE,
  /** Create and edit processors (onboarding is the vendor manager's job). */
  'processor.write': ['ADMIN', 'VENDOR_MANAGER'],
  /** Remove a processor recorded by mistake; offboarding is the normal path. */
  'processor.delete': ['ADMIN'],
  /** DPAs: record versions, sign, terminate, upload the document, record reviews. */
  'agreement.read': EVERY_ROLE,
  'agreement.write': ['ADMIN', 'VENDOR_MANAGER'],
  /** The DPO assesses a DPA clause by clause (design.md §1). */
  'agreement.assess': ['ADMIN', 'REVIEWER'],
  /** Record sub-processor links, notifications and first use. */
  'subprocessor.write': ['ADMIN', 'VENDOR_MANAGER'],
  /** Approve or object to a sub-processor: the controller's decision (Art. 28(2)). */
  'subprocessor.decide': ['ADMIN', 'REVIEWER'],
  /** Transfers (Chapter V): record hops, tools and evidence. */
  'transfer.read': EVERY_ROLE,
  'transfer.write': ['ADMIN', 'VENDOR_MANAGER'],
  /** Write and submit a transfer impact assessment. */
  'tia.write': ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER'],
  /** Approve or send back a TIA: never one's own (four eyes, design.md §1). */
  'tia.approve': ['ADMIN', 'REVIEWER'],
  /** Reviews and supervision of processors (issue 5): plan, fill in, submit. */
  'review.read': EVERY_ROLE,
  'review.write': ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER'],
  /** Approve or send back a review, and override a processor's risk level: never one's own (four eyes). */
  'review.approve': ['ADMIN', 'REVIEWER'],
  /** Erasure requests (issue 6): their status and notices, never the person's identifiers. */
  'erasure.read': EVERY_ROLE,
  /** File a request: staff, and the case system through an API token. */
  'erasure.file': ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER'],
  /** Decide a request and record Art. 19 exceptions: the DPO. */
  'erasure.decide': ['ADMIN', 'REVIEWER'],
  /** See the person's identifiers in clear (each viewing audited). */
  'erasure.identifiers': ['ADMIN', 'REVIEWER'],
  /** Sent mail and reminder delivery (what left the system, for the DPO and the auditor). */
  'mail.read': ['ADMIN', 'REVIEWER', 'AUDITOR'],
  /** See the user list: the auditor checks who had which role. */
  'user.read': ['ADMIN', 'AUDITOR'],
  'user.manage': ['ADMIN'],
  'apiToken.read': ['ADMIN', 'AUDITOR'],
  'apiToken.manage': ['ADMIN'],
  /** The audit trail is readable, and verifiable, by every role (design.md §1: auditors verify). */
  'audit.read': EVERY_ROLE,
  'reference.read': EVERY_ROLE,
  /** Countries, adequacy decisions and organisation settings (design.md §1: the administrator). */
  'reference.write': ['ADMIN'],
  /** Produce the registers and reports a DPO hands to Datatilsynet (issue 7); the auditor may too. */
  'report.produce': EVERY_ROLE,
  /** The records of processing (Art. 30): processing activities, retention rules, client engagements. */
  'records.read': EVERY_ROLE,
  'records.write': ['ADMIN', 'REVIEWER'],
  /** Own account: identity, own password. */
  'self.read': EVERY_ROLE,
  'self.write': ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The auditor reads everything and changes nothing (design.md §1). */
export function isReadOnlyRole(role: Role): boolean {
  return role === 'AUDITOR';
}
