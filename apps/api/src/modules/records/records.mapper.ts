import type { ClientEngagementEntity, ProcessingActivityEntity, RetentionRuleEntity } from './records.entities.js';
import type { ClientEngagementModel, ProcessingActivityModel, RetentionRuleModel } from './records.model.js';

/** The API shape of the record rows; only fields listed here leave the server. */
export function toProcessingActivityModel(e: ProcessingActivityEntity): ProcessingActivityModel {
  return {
    id: e.id,
    name: e.name,
    purposes: e.purposes,
    legalBasis: e.legalBasis,
    dataSubjectCategories: e.dataSubjectCategories,
    dataCategories: e.dataCategories,
    processorIds: e.processorIds,
    otherRecipients: e.otherRecipients,
    securityMeasures: e.securityMeasures,
    notes: e.notes,
    endedOn: e.endedOn,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toRetentionRuleModel(e: RetentionRuleEntity): RetentionRuleModel {
  return {
    id: e.id,
    activityId: e.activityId,
    label: e.label,
    dataCategories: e.dataCategories,
    period: e.period,
    unit: e.unit,
    trigger: e.trigger,
    legalReference: e.legalReference,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toClientEngagementModel(e: ClientEngagementEntity): ClientEngagementModel {
  return {
    id: e.id,
    clientName: e.clientName,
    clientRegistrationNumber: e.clientRegistrationNumber,
    clientContact: e.clientContact,
    clientDpoContact: e.clientDpoContact,
    processingCategories: e.processingCategories,
    dataSubjectCategories: e.dataSubjectCategories,
    dataCategories: e.dataCategories,
    processorIds: e.processorIds,
    transfersNote: e.transfersNote,
    securityMeasures: e.securityMeasures,
    agreementReference: e.agreementReference,
    startedOn: e.startedOn,
    endedOn: e.endedOn,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/** Fields a user edits; the audit trail records their before/after. */
export const ACTIVITY_FIELDS = [
  'name',
  'purposes',
  'legalBasis',
  'dataSubjectCategories',
  'dataCategories',
  'processorIds',
  'otherRecipients',
  'securityMeasures',
  'notes',
  'endedOn',
] as const satisfies readonly (keyof ProcessingActivityEntity)[];

export const RETENTION_RULE_FIELDS = ['label', 'dataCategories', 'period', 'unit', 'trigger', 'legalReference'] as const satisfies readonly (keyof RetentionRuleEntity)[];

export const ENGAGEMENT_FIELDS = [
  'clientName',
  'clientRegistrationNumber',
  'clientContact',
  'clientDpoContact',
  'processingCategories',
  'dataSubjectCategories',
  'dataCategories',
  'processorIds',
  'transfersNote',
  'securityMeasures',
  'agreementReference',
  'startedOn',
  'endedOn',
] as const satisfies readonly (keyof ClientEngagementEntity)[];
