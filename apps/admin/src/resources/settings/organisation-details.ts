import { isEmailAddress, ORGANISATION_DETAILS_LIMITS } from '@tilsyn/domain';
import type { OrganisationDetailsRecord } from '../../graphql/types';

/** The organisation's Art. 30(1)(a) details as the panel edits them (every field text). */
export type OrganisationDetailsDraft = Omit<OrganisationDetailsRecord, 'version'>;
export type OrganisationDetailsField = keyof OrganisationDetailsDraft;

export const ORGANISATION_DETAILS_FIELDS: readonly OrganisationDetailsField[] = [
  'organisationName',
  'organisationRegistrationNumber',
  'organisationAddress',
  'organisationEmail',
  'organisationPhone',
  'dpoName',
  'dpoEmail',
  'dpoPhone',
  'jointControllers',
  'securityMeasures',
];

const EMAILS: readonly OrganisationDetailsField[] = ['organisationEmail', 'dpoEmail'];

export const organisationDetailsDraft = (s: OrganisationDetailsRecord): OrganisationDetailsDraft =>
  Object.fromEntries(ORGANISATION_DETAILS_FIELDS.map((f) => [f, s[f] ?? ''])) as OrganisationDetailsDraft;

export type DetailsProblem = { key: 'required' | 'too_long' | 'invalid_email'; max?: number };

/**
 * The draft as updateOrganisationDetails' arguments (trimmed), or each field that is not valid with
 * the problem: the same checks as the API (the controller's name required, lengths as the columns,
 * e-mail addresses well formed or empty).
 */
export function parseOrganisationDetails(
  draft: OrganisationDetailsDraft,
): { ok: true; value: OrganisationDetailsDraft } | { ok: false; problems: Partial<Record<OrganisationDetailsField, DetailsProblem>> } {
  const problems: Partial<Record<OrganisationDetailsField, DetailsProblem>> = {};
  const value = {} as OrganisationDetailsDraft;
  for (const field of ORGANISATION_DETAILS_FIELDS) {
    const text = draft[field].trim();
    value[field] = text;
    const max = ORGANISATION_DETAILS_LIMITS[field];
    if (text.length > max) problems[field] = { key: 'too_long', max };
    else if (EMAILS.includes(field) && text !== '' && !isEmailAddress(text)) problems[field] = { key: 'invalid_email' };
  }
  if (value.organisationName === '') problems.organisationName = { key: 'required' };
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value };
}
