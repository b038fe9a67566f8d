import { describe, expect, it } from 'vitest';
import { ROLES } from '@tilsyn/domain';
import { canAccessWithRole, permissionFor } from './canAccess';

describe('permissionFor', () => {
  it.each([
    ['Processor', 'list', 'processor.read'],
    ['Processor', 'show', 'processor.read'],
    ['Processor', 'create', 'processor.write'],
    ['Processor', 'edit', 'processor.write'],
    ['Processor', 'delete', 'processor.delete'],
    ['User', 'list', 'user.read'],
    ['User', 'show', 'user.read'],
    ['User', 'create', 'user.manage'],
    ['User', 'edit', 'user.manage'],
    ['User', 'delete', 'user.manage'],
    ['ApiToken', 'list', 'apiToken.read'],
    ['ApiToken', 'create', 'apiToken.manage'],
    ['ApiToken', 'revoke', 'apiToken.manage'],
    ['AuditEvent', 'list', 'audit.read'],
    ['AuditEvent', 'show', 'audit.read'],
    ['Processor', 'offboard', 'processor.write'],
    ['Agreement', 'list', 'agreement.read'],
    ['Agreement', 'show', 'agreement.read'],
    ['Agreement', 'create', 'agreement.write'],
    ['Agreement', 'edit', 'agreement.write'],
    ['Agreement', 'delete', 'agreement.write'],
    ['Agreement', 'sign', 'agreement.write'],
    ['Agreement', 'terminate', 'agreement.write'],
    ['Agreement', 'review', 'agreement.write'],
    ['Agreement', 'upload', 'agreement.write'],
    ['Agreement', 'assess', 'agreement.assess'],
    ['SubprocessorLink', 'create', 'subprocessor.write'],
    ['SubprocessorLink', 'edit', 'subprocessor.write'],
    ['SubprocessorLink', 'delete', 'subprocessor.write'],
    ['SubprocessorLink', 'approve', 'subprocessor.decide'],
    ['SubprocessorLink', 'object', 'subprocessor.decide'],
    ['Transfer', 'list', 'transfer.read'],
    ['Transfer', 'create', 'transfer.write'],
    ['Transfer', 'upload', 'transfer.write'],
    ['Tia', 'show', 'transfer.read'],
    ['Tia', 'create', 'tia.write'],
    ['Tia', 'submit', 'tia.write'],
    ['Tia', 'newVersion', 'tia.write'],
    ['Tia', 'approve', 'tia.approve'],
    ['Tia', 'sendBack', 'tia.approve'],
    ['AdequacyDecision', 'list', 'reference.read'],
    ['AdequacyDecision', 'edit', 'reference.write'],
    ['AdequacyDecision', 'revoke', 'reference.write'],
    ['Country', 'show', 'reference.read'],
    ['Country', 'edit', 'reference.write'],
    ['OrganisationSettings', 'show', 'reference.read'],
    ['OrganisationSettings', 'edit', 'reference.write'],
    ['TransferMap', 'list', 'transfer.read'],
  ])('%s %s → %s', (resource, action, permission) => {
    expect(permissionFor(resource, action)).toBe(permission);
  });

  it('denies what it does not know', () => {
    expect(permissionFor('AuditEvent', 'create')).toBeNull();
    expect(permissionFor('AuditEvent', 'delete')).toBeNull();
    expect(permissionFor('Agreement', 'approve')).toBeNull();
    expect(permissionFor('ErasureRequest', 'edit')).toBeNull();
    expect(permissionFor('ErasureRequest', 'delete')).toBeNull();
    expect(permissionFor('ErasureNotice', 'create')).toBeNull();
    expect(permissionFor('AdequacyDecision', 'delete')).toBeNull();
    expect(permissionFor('Country', 'create')).toBeNull();
    expect(permissionFor(undefined, 'list')).toBeNull();
    expect(permissionFor('Processor', 'launch')).toBeNull();
  });
});

describe('canAccessWithRole', () => {
  const writes = [
    ['Processor', 'create'],
    ['Processor', 'edit'],
    ['Processor', 'delete'],
    ['User', 'create'],
    ['User', 'edit'],
    ['User', 'deactivate'],
    ['User', 'resetPassword'],
    ['ApiToken', 'create'],
    ['ApiToken', 'revoke'],
    ['Processor', 'offboard'],
    ['Agreement', 'create'],
    ['Agreement', 'edit'],
    ['Agreement', 'delete'],
    ['Agreement', 'sign'],
    ['Agreement', 'terminate'],
    ['Agreement', 'review'],
    ['Agreement', 'upload'],
    ['Agreement', 'assess'],
    ['SubprocessorLink', 'create'],
    ['SubprocessorLink', 'edit'],
    ['SubprocessorLink', 'delete'],
    ['SubprocessorLink', 'approve'],
    ['SubprocessorLink', 'object'],
    ['Transfer', 'create'],
    ['Transfer', 'edit'],
    ['Transfer', 'delete'],
    ['Transfer', 'upload'],
    ['Tia', 'create'],
    ['Tia', 'edit'],
    ['Tia', 'submit'],
    ['Tia', 'approve'],
    ['Tia', 'sendBack'],
    ['Tia', 'newVersion'],
    ['AdequacyDecision', 'create'],
    ['AdequacyDecision', 'edit'],
    ['AdequacyDecision', 'revoke'],
    ['Country', 'edit'],
    ['OrganisationSettings', 'edit'],
    ['Review', 'create'],
    ['Review', 'edit'],
    ['Review', 'submit'],
    ['Review', 'approve'],
    ['Review', 'sendBack'],
    ['Review', 'upload'],
    ['Review', 'plan'],
    ['Reminder', 'retry'],
    ['Reminder', 'scan'],
    ['ProcessorRisk', 'override'],
    ['SupervisionCadence', 'edit'],
    ['ReminderSettings', 'edit'],
    ['ErasureRequest', 'create'],
    ['ErasureRequest', 'decide'],
    ['ErasureRequest', 'approve'],
    ['ErasureRequest', 'identifiers'],
    ['ErasureNotice', 'except'],
    ['ErasureNotice', 'cancel'],
    ['ErasureNotice', 'answer'],
    ['ErasureNotice', 'markSent'],
    ['ErasureNotice', 'retry'],
    ['ErasureSettings', 'edit'],
    ['ErasureSettings', 'followUp'],
    ['Processor', 'rotateWebhookSecret'],
  ] as const;

  it('gives the auditor no create, edit or delete anywhere', () => {
    for (const [resource, action] of writes) expect(canAccessWithRole('AUDITOR', resource, action), `${resource} ${action}`).toBe(false);
  });

  it('lets the auditor read users, tokens and the audit log', () => {
    expect(canAccessWithRole('AUDITOR', 'User', 'list')).toBe(true);
    expect(canAccessWithRole('AUDITOR', 'ApiToken', 'list')).toBe(true);
    expect(canAccessWithRole('AUDITOR', 'AuditEvent', 'list')).toBe(true);
    expect(canAccessWithRole('AUDITOR', 'AuditEvent', 'verify')).toBe(true);
  });

  it('lets the vendor manager write processors but not delete them, and hides users', () => {
    expect(canAccessWithRole('VENDOR_MANAGER', 'Processor', 'create')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'Processor', 'edit')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'Processor', 'delete')).toBe(false);
    expect(canAccessWithRole('VENDOR_MANAGER', 'User', 'list')).toBe(false);
    expect(canAccessWithRole('REVIEWER', 'ApiToken', 'list')).toBe(false);
  });

  it('lets the administrator do everything that exists', () => {
    for (const [resource, action] of writes) expect(canAccessWithRole('ADMIN', resource, action)).toBe(true);
  });

  it('lets every role read processors and the audit log', () => {
    for (const role of ROLES) {
      expect(canAccessWithRole(role, 'Processor', 'list')).toBe(true);
      expect(canAccessWithRole(role, 'AuditEvent', 'list')).toBe(true);
    }
  });

  it('splits DPA and sub-processor work between vendor manager and DPO', () => {
    for (const action of ['create', 'edit', 'sign', 'terminate', 'review', 'upload', 'delete']) {
      expect(canAccessWithRole('VENDOR_MANAGER', 'Agreement', action), action).toBe(true);
      expect(canAccessWithRole('REVIEWER', 'Agreement', action), action).toBe(false);
    }
    expect(canAccessWithRole('REVIEWER', 'Agreement', 'assess')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'Agreement', 'assess')).toBe(false);
    for (const action of ['create', 'edit', 'delete']) {
      expect(canAccessWithRole('VENDOR_MANAGER', 'SubprocessorLink', action), action).toBe(true);
      expect(canAccessWithRole('REVIEWER', 'SubprocessorLink', action), action).toBe(false);
    }
    for (const action of ['approve', 'object']) {
      expect(canAccessWithRole('REVIEWER', 'SubprocessorLink', action), action).toBe(true);
      expect(canAccessWithRole('VENDOR_MANAGER', 'SubprocessorLink', action), action).toBe(false);
    }
  });

  it('lets every role read agreements and sub-processor links', () => {
    for (const role of ROLES) {
      expect(canAccessWithRole(role, 'Agreement', 'list')).toBe(true);
      expect(canAccessWithRole(role, 'Agreement', 'show')).toBe(true);
      expect(canAccessWithRole(role, 'SubprocessorLink', 'list')).toBe(true);
    }
  });

  it('lets only the administrator change reference data, and everyone read it', () => {
    for (const role of ROLES) {
      for (const resource of ['AdequacyDecision', 'Country', 'OrganisationSettings']) {
        expect(canAccessWithRole(role, resource, 'list'), `${role} ${resource}`).toBe(true);
        expect(canAccessWithRole(role, resource, 'edit'), `${role} ${resource}`).toBe(role === 'ADMIN');
      }
    }
  });

  it('splits transfer work: vendor management records, writers write TIAs, reviewers approve them', () => {
    expect(canAccessWithRole('VENDOR_MANAGER', 'Transfer', 'create')).toBe(true);
    expect(canAccessWithRole('REVIEWER', 'Transfer', 'create')).toBe(false);
    expect(canAccessWithRole('REVIEWER', 'Tia', 'create')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'Tia', 'submit')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'Tia', 'approve')).toBe(false);
    expect(canAccessWithRole('REVIEWER', 'Tia', 'approve')).toBe(true);
    for (const role of ROLES) expect(canAccessWithRole(role, 'Transfer', 'list')).toBe(true);
  });

  it('lets writers fill in reviews and only reviewers approve them (four eyes is checked per record)', () => {
    for (const role of ROLES) expect(canAccessWithRole(role, 'Review', 'list'), role).toBe(true);
    for (const action of ['create', 'edit', 'start', 'submit', 'upload', 'deleteDocument', 'plan']) {
      expect(canAccessWithRole('VENDOR_MANAGER', 'Review', action), action).toBe(true);
      expect(canAccessWithRole('REVIEWER', 'Review', action), action).toBe(true);
    }
    for (const action of ['approve', 'sendBack']) {
      expect(canAccessWithRole('REVIEWER', 'Review', action), action).toBe(true);
      expect(canAccessWithRole('VENDOR_MANAGER', 'Review', action), action).toBe(false);
    }
    expect(canAccessWithRole('REVIEWER', 'ProcessorRisk', 'override')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'ProcessorRisk', 'override')).toBe(false);
  });

  it('lets only the administrator retry reminders and change cadence and reminder settings', () => {
    for (const role of ROLES) {
      expect(canAccessWithRole(role, 'Reminder', 'list'), role).toBe(true);
      expect(canAccessWithRole(role, 'Reminder', 'retry'), role).toBe(role === 'ADMIN');
      expect(canAccessWithRole(role, 'SupervisionCadence', 'edit'), role).toBe(role === 'ADMIN');
      expect(canAccessWithRole(role, 'ReminderSettings', 'edit'), role).toBe(role === 'ADMIN');
      expect(canAccessWithRole(role, 'Renewal', 'list'), role).toBe(true);
    }
  });

  it('shows sent mail to the administrator, the DPO and the auditor', () => {
    expect(canAccessWithRole('ADMIN', 'SinkMail', 'list')).toBe(true);
    expect(canAccessWithRole('REVIEWER', 'SinkMail', 'list')).toBe(true);
    expect(canAccessWithRole('AUDITOR', 'SinkMail', 'list')).toBe(true);
    expect(canAccessWithRole('VENDOR_MANAGER', 'SinkMail', 'list')).toBe(false);
  });

  it('follows the erasure permissions of @tilsyn/domain', () => {
    const expected: [string, string, string[]][] = [
      ['ErasureRequest', 'list', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR']],
      ['ErasureRequest', 'show', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR']],
      ['ErasureNotice', 'list', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR']],
      ['ErasureSettings', 'show', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR']],
      ['ErasureRequest', 'create', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER']],
      ['ErasureNotice', 'answer', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER']],
      ['ErasureNotice', 'markSent', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER']],
      ['ErasureNotice', 'retry', ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER']],
      ['ErasureRequest', 'decide', ['ADMIN', 'REVIEWER']],
      ['ErasureRequest', 'approve', ['ADMIN', 'REVIEWER']],
      ['ErasureRequest', 'identifiers', ['ADMIN', 'REVIEWER']],
      ['ErasureNotice', 'except', ['ADMIN', 'REVIEWER']],
      ['ErasureNotice', 'cancel', ['ADMIN', 'REVIEWER']],
      ['Processor', 'rotateWebhookSecret', ['ADMIN', 'VENDOR_MANAGER']],
      ['ErasureSettings', 'edit', ['ADMIN']],
      ['ErasureSettings', 'followUp', ['ADMIN']],
    ];
    for (const [resource, action, roles] of expected) {
      for (const role of ROLES) expect(canAccessWithRole(role, resource, action), `${role} ${resource} ${action}`).toBe(roles.includes(role));
    }
  });

  it('denies without a valid role', () => {
    expect(canAccessWithRole(null, 'Processor', 'list')).toBe(false);
    expect(canAccessWithRole('ROOT', 'Processor', 'list')).toBe(false);
  });
});
