import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { Role, ServiceKind, ProcessorLifecycle } from '@tilsyn/domain';
import { errorMessages, inputReasonMessages } from './domain-messages';

/** Same keys, any strings: the Danish catalogue must have exactly this shape (checked by tsc and i18n.spec.ts). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const roles: Record<Role, string> = {
  ADMIN: 'Administrator',
  VENDOR_MANAGER: 'Vendor manager',
  REVIEWER: 'DPO / reviewer',
  AUDITOR: 'Auditor (read-only)',
};

const serviceKinds: Record<ServiceKind, string> = {
  IT_HOSTING: 'IT hosting and operations',
  SAAS: 'Software as a service (SaaS)',
  PRINT_AND_MAIL: 'Print and mail',
  CREDIT_BUREAU: 'Credit reference agency',
  SUB_COLLECTION_AGENCY: 'Collection agency (subcontractor)',
  LEGAL: 'Legal services',
  PAYMENT: 'Payment services',
  TELEPHONY: 'Telephony',
  OTHER: 'Other',
};

const lifecycles: Record<ProcessorLifecycle, string> = {
  ONBOARDING: 'Onboarding',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  OFFBOARDED: 'Offboarded',
};

export const enApp = {
  resources: {
    Processor: {
      name: 'Processor |||| Processors',
      fields: {
        id: 'ID',
        q: 'Search',
        name: 'Name',
        registrationNumber: 'Registration number',
        establishmentCountry: 'Country of establishment',
        serviceKind: 'Service',
        privacyContactName: 'Privacy contact',
        privacyContactEmail: 'Privacy contact e-mail',
        website: 'Website',
        lifecycle: 'Lifecycle',
        notes: 'Notes',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        history: 'Change log',
      },
    },
    User: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        q: 'Search',
        email: 'E-mail',
        name: 'Name',
        role: 'Role',
        active: 'Active',
        lockedUntil: 'Locked until',
        lastSignInAt: 'Last sign-in',
        mustChangePassword: 'Must change password',
        createdAt: 'Created',
        version: 'Version',
        temporaryPassword: 'Temporary password',
      },
    },
    ApiToken: {
      name: 'API token |||| API tokens',
      fields: {
        id: 'ID',
        q: 'Search',
        name: 'Name',
        role: 'Role',
        createdAt: 'Created',
        lastUsedAt: 'Last used',
        revokedAt: 'Revoked',
        revoked: 'Revoked',
        tokenPrefix: 'Token prefix',
        token: 'Token',
        status: 'Status',
      },
    },
    AuditEvent: {
      name: 'Audit event |||| Audit log',
      fields: {
        id: 'ID',
        q: 'Search',
        seq: 'No.',
        occurredAt: 'Time',
        actorType: 'Actor type',
        actorId: 'Actor ID',
        actorName: 'Actor',
        action: 'Action',
        entityType: 'Record type',
        entityId: 'Record ID',
        entity: 'Record',
        requestId: 'Request ID',
        changes: 'Changes',
        hash: 'Hash',
        previousHash: 'Previous hash',
      },
    },
  },
  tilsyn: {
    app_title: 'Tilsyn',
    language: 'Language',
    errors: errorMessages('en'),
    input_reasons: inputReasonMessages('en'),
    client_errors: {
      network: 'The server could not be reached. Check your connection and try again.',
      http_status: 'The server answered with an error (HTTP %{status}).',
      unexpected: 'Something unexpected happened. Nothing was saved.',
    },
    validation: {
      invalid_email: 'Must be a valid e-mail address',
      invalid_url: 'Must be a web address starting with http:// or https://',
      password_mismatch: 'The two passwords are not the same',
    },
    enums: {
      role: roles,
      serviceKind: serviceKinds,
      lifecycle: lifecycles,
      actorType: {
        USER: 'User',
        TOKEN: 'API token',
        SYSTEM: 'System',
        ANONYMOUS: 'Not signed in',
      },
    },
    fields: {
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'Repeat new password',
      email: 'E-mail',
      password: 'Password',
      name: 'Name',
      role: 'Role',
      active: 'Active',
      version: 'Version',
      reason: 'Reason',
      failures: 'Failed attempts',
      lockedUntil: 'Locked until',
      sortField: 'Sort field',
      perPage: 'Rows per page',
      token: 'Setup token',
    },
    auth: {
      change_password: 'Change password',
      change_password_title: 'Change your password',
      change_password_required: 'You signed in with a temporary password. Choose your own password before you continue.',
      change_password_intro: 'Enter your current password and choose a new one.',
      password_changed: 'Your password has been changed.',
      signed_in_as: 'Signed in as %{name}',
      password_hint: 'At least %{min} characters.',
      wrong_current_password: 'The current password is wrong.',
      same_password: 'The new password must differ from the current one.',
    },
    secret: {
      shown_once: 'This is the only time it is shown. Copy it now and hand it over securely; it cannot be shown again.',
      copy: 'Copy',
      copied: 'Copied to the clipboard',
      copy_failed: 'Could not copy automatically. Select the text and copy it.',
      close: 'I have copied it, close',
    },
    processors: {
      history_empty: 'No changes recorded yet.',
      unsafe_website: 'Not a web address (not shown as a link)',
      delete_hint: 'Delete only a processor recorded by mistake; otherwise set the lifecycle to offboarded.',
    },
    users: {
      created_title: 'User created',
      temporary_password_intro: 'Give this temporary password to %{name}. They must choose their own password at first sign-in.',
      deactivate: 'Deactivate',
      reactivate: 'Reactivate',
      reset_password: 'Reset password',
      deactivate_confirm_title: 'Deactivate %{name}?',
      deactivate_confirm_content: 'The user can no longer sign in, and open sessions end. The account and its history are kept.',
      reactivate_confirm_title: 'Reactivate %{name}?',
      reactivate_confirm_content: 'The user can sign in again with the current password.',
      reset_confirm_title: 'Reset the password of %{name}?',
      reset_confirm_content: 'The current password stops working and a temporary password is created. The user must change it at the next sign-in.',
      reset_done_title: 'Temporary password',
      deactivated: 'The user has been deactivated.',
      reactivated: 'The user has been reactivated.',
      status_active: 'Active',
      status_inactive: 'Deactivated',
    },
    api_tokens: {
      created_title: 'API token created',
      token_intro: 'Use this token as a bearer token (Authorization: Bearer …) from the case system.',
      copy_hint: 'Copy the token now: only its prefix is stored in readable form.',
      revoke: 'Revoke',
      revoke_confirm_title: 'Revoke the token %{name}?',
      revoke_confirm_content: 'Systems using this token lose access immediately. This cannot be undone.',
      revoked: 'The token has been revoked.',
      status_active: 'Active',
      status_revoked: 'Revoked',
    },
    setup: {
      title: 'Set up Tilsyn',
      intro: 'Create the first administrator. The setup link works once; afterwards, administrators create users.',
      submit: 'Create administrator and sign in',
      missing_token: 'The setup link is incomplete: open the full link printed when Tilsyn started.',
      not_required: 'Tilsyn is already set up. Sign in instead.',
      go_to_login: 'Go to sign-in',
    },
    audit: {
      verify: 'Verify chain',
      verifying: 'Verifying…',
      verify_ok: 'The audit trail is intact: %{count} events checked, every hash matches.',
      verify_broken: 'The audit trail is broken at event no. %{seq}: %{reason}',
      verify_broken_unknown: 'The audit trail is broken at event no. %{seq}.',
      verify_title_ok: 'Chain verified',
      verify_title_broken: 'Chain broken',
      no_changes: 'No field changes',
      changed_fields: '%{smart_count} field changed |||| %{smart_count} fields changed',
      empty_value: '(empty)',
      system_actor: 'System',
      context: 'Details',
      entity_types: {
        Processor: 'Processor',
        User: 'User',
        ApiToken: 'API token',
        Operation: 'GraphQL operation',
      },
      actions: {
        processor: { create: 'Processor created', update: 'Processor changed', delete: 'Processor deleted' },
        user: {
          create: 'User created',
          create_initial_admin: 'First administrator created',
          update: 'User changed',
          deactivate: 'User deactivated',
          reactivate: 'User reactivated',
          reset_password: 'Password reset by an administrator',
        },
        api_token: { create: 'API token created', revoke: 'API token revoked' },
        auth: {
          signed_in: 'Signed in',
          signed_out: 'Signed out',
          sign_in_failed: 'Sign-in failed',
          account_locked: 'Account locked',
          password_changed: 'Own password changed',
        },
        access: { denied: 'Access denied' },
        demo: { seed_user: 'Demo user loaded', seed_processor: 'Demo processor loaded' },
      },
      break_reasons: {
        SEQUENCE_GAP: 'an event is missing (gap in the numbering)',
        PREVIOUS_HASH_MISMATCH: 'the link to the previous event does not match',
        HASH_MISMATCH: 'the event was changed after it was recorded',
        DETAILS_MISMATCH: 'the details were changed after they were recorded',
        DETAILS_MISSING: 'the details are missing',
      },
    },
  },
};

export type AppMessages = Shape<typeof enApp>;

/** react-admin's English, with the app's spelling of "e-mail" on the sign-in form. */
const raEnglish: TranslationMessages['ra'] = {
  ...englishMessages.ra,
  auth: { ...englishMessages.ra.auth, email: 'E-mail' },
};

export const en: TranslationMessages = { ra: raEnglish, ...enApp };
