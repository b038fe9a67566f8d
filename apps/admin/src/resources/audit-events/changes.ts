import { countryName, type Locale } from '@tilsyn/domain';
import type { Translate } from '../../providers/api-errors';

/** One changed field of an audit event: `changes` is JSON text `{ field: { before, after } }`. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Other facts recorded with the event, e.g. `{ reason: "locked" }` or the new `version`. */
export interface ContextEntry {
  key: string;
  value: unknown;
}

export interface AuditDetails {
  changes: FieldChange[];
  context: ContextEntry[];
  /** Set when the API withheld the details from this role (`{ hidden: "user.read" }`): the permission they need. */
  hidden?: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBeforeAfter = (value: unknown): value is { before?: unknown; after?: unknown } =>
  isPlainObject(value) && ('before' in value || 'after' in value);

function toChanges(map: Record<string, unknown>): FieldChange[] {
  return Object.entries(map)
    .filter(([, change]) => isBeforeAfter(change))
    .map(([field, change]) => {
      const { before, after } = change as { before?: unknown; after?: unknown };
      return { field, before: before ?? null, after: after ?? null };
    });
}

/**
 * Reads an audit event's `changes` text. The API stores the event details as JSON: field changes
 * under `changes` (`{ changes: { name: { before, after } }, version: 4 }`), or directly as
 * `{ field: { before, after } }`; any other key is context. Junk or null gives nothing.
 */
export function parseDetails(json: unknown): AuditDetails {
  if (typeof json !== 'string' || json.trim() === '') return { changes: [], context: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { changes: [], context: [] };
  }
  if (!isPlainObject(parsed)) return { changes: [], context: [] };
  // Details of user and token events are only for roles that may read those (field-level access).
  if (Object.keys(parsed).length === 1 && typeof parsed.hidden === 'string') return { changes: [], context: [], hidden: parsed.hidden };
  const nested = isPlainObject(parsed.changes) ? parsed.changes : null;
  const changes = toChanges(nested ?? parsed);
  const context = Object.entries(parsed)
    .filter(([key, value]) => !(nested && key === 'changes') && !isBeforeAfter(value))
    .map(([key, value]) => ({ key, value }));
  return { changes, context };
}

/** Only the field changes of an audit event. */
export function parseChanges(json: unknown): FieldChange[] {
  return parseDetails(json).changes;
}

const ENUM_GROUPS: Record<string, string> = {
  serviceKind: 'serviceKind',
  lifecycle: 'lifecycle',
  role: 'role',
  engagementRole: 'engagementRole',
  erasureChannel: 'erasureChannel',
  dpfStatus: 'dpfStatus',
  cprDisclosureBasis: 'cprDisclosureBasis',
  endOfServiceOutcome: 'endOfServiceOutcome',
  dataCategories: 'dataCategory',
  dataSubjectCategories: 'dataSubjectCategory',
  template: 'agreementTemplate',
  regime: 'subprocessorRegime',
  subprocessorRegime: 'subprocessorRegime',
  assessment: 'clauseAssessment',
  mechanism: 'transferMechanism',
  frequency: 'transferFrequency',
  accessKind: 'accessKind',
  importerRole: 'engagementRole',
  derogationGround: 'derogationGround',
  conclusion: 'tiaConclusion',
  scope: 'adequacyScope',
  conditions: 'adequacyCondition',
};

/** A value as a reader wants it: enum labels and country names translated, empty shown as "(tom)". */
export function formatChangeValue(field: string, value: unknown, translate: Translate, locale: Locale): string {
  if (value === null || value === undefined || value === '') return translate('tilsyn.audit.empty_value');
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof value === 'string') {
    const group = ENUM_GROUPS[field];
    if (group) return translate(`tilsyn.enums.${group}.${value}`, { _: value });
    if (field === 'establishmentCountry' || field.endsWith('Country')) return countryName(value, locale);
    return value;
  }
  if (typeof value === 'number') return String(value);
  // Lists (data categories, processing locations): each item as above, comma-separated.
  if (Array.isArray(value)) return value.length === 0 ? translate('tilsyn.audit.empty_value') : value.map((item) => formatChangeValue(field, item, translate, locale)).join(', ');
  return JSON.stringify(value);
}

/** Case-insensitive match of an audit entityType to a react-admin resource name. */
/** "Databehandler ændret" for processor.update; unknown actions are shown as they are. */
export function actionLabel(translate: Translate, action: unknown): string {
  if (typeof action !== 'string' || action === '') return '';
  return translate(`tilsyn.audit.actions.${action}`, { _: action });
}

export function breakReasonLabel(translate: Translate, reason: unknown): string {
  if (typeof reason !== 'string' || reason === '') return '';
  return translate(`tilsyn.audit.break_reasons.${reason}`, { _: reason });
}

export function resourceForEntityType(entityType: unknown, resources: readonly string[]): string | null {
  if (typeof entityType !== 'string') return null;
  const wanted = entityType.replace(/[_\s-]/g, '').toLowerCase();
  return resources.find((r) => r.toLowerCase() === wanted) ?? null;
}
