import type { ProcessorEntity } from './processor.entity.js';
import type { ProcessorModel } from './processor.model.js';

/** The API shape of a processor row; only fields listed here leave the server. */
export function toProcessorModel(entity: ProcessorEntity): ProcessorModel {
  return {
    id: entity.id,
    name: entity.name,
    registrationNumber: entity.registrationNumber,
    establishmentCountry: entity.establishmentCountry,
    serviceKind: entity.serviceKind,
    privacyContactName: entity.privacyContactName,
    privacyContactEmail: entity.privacyContactEmail,
    website: entity.website,
    lifecycle: entity.lifecycle,
    notes: entity.notes,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** Fields a user edits; the audit trail records their before/after. */
export const PROCESSOR_AUDITED_FIELDS = [
  'name',
  'registrationNumber',
  'establishmentCountry',
  'serviceKind',
  'privacyContactName',
  'privacyContactEmail',
  'website',
  'lifecycle',
  'notes',
] as const satisfies readonly (keyof ProcessorEntity)[];
