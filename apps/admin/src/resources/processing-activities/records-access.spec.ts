import { describe, expect, it } from 'vitest';
import { ROLES } from '@tilsyn/domain';
import { canAccessWithRole, permissionFor } from '../../providers/canAccess';

const RESOURCES = ['ProcessingActivity', 'RetentionRule', 'ClientEngagement'] as const;

describe('who may see and keep the records of processing (Art. 30)', () => {
  it('maps the views to records.read and the writes to records.write', () => {
    for (const resource of RESOURCES) {
      for (const action of ['list', 'show', 'export']) expect(permissionFor(resource, action), `${resource} ${action}`).toBe('records.read');
      for (const action of ['create', 'edit', 'delete']) expect(permissionFor(resource, action), `${resource} ${action}`).toBe('records.write');
    }
    expect(permissionFor('OrganisationDetails', 'edit')).toBe('records.write');
    expect(permissionFor('ProcessingActivity', 'clone')).toBeNull();
  });

  it('lets every role read them, and only the administrator and the DPO write them', () => {
    for (const role of ROLES) {
      const writes = role === 'ADMIN' || role === 'REVIEWER';
      for (const resource of RESOURCES) {
        expect(canAccessWithRole(role, resource, 'list')).toBe(true);
        expect(canAccessWithRole(role, resource, 'show')).toBe(true);
        for (const action of ['create', 'edit', 'delete']) expect(canAccessWithRole(role, resource, action), `${role} ${resource} ${action}`).toBe(writes);
      }
      expect(canAccessWithRole(role, 'OrganisationDetails', 'edit')).toBe(writes);
    }
  });
});
