import { ADEQUACY_CONDITIONS } from '@tilsyn/domain';
import type { AdequacyDecisionRecord } from '../../graphql/types';

/** AdequacyDecisionInput, the one argument of create/update/preview (apps/api/schema.gql). */
export interface AdequacyDecisionInput {
  jurisdiction: string;
  instrument: string;
  adoptedOn: string | null;
  validFrom: string;
  validUntil: string | null;
  revokedOn: string | null;
  scope: string;
  conditions: string[];
  source: string;
  notes: string | null;
  toVerify: boolean;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * The form's values (or a stored decision) as AdequacyDecisionInput: blanks are null, the
 * jurisdiction in capitals, and conditions only on a PARTIAL decision (a FULL one has none).
 */
export function toAdequacyInput(values: Partial<AdequacyDecisionRecord> & Record<string, unknown>): AdequacyDecisionInput {
  const scope = values.scope === 'PARTIAL' ? 'PARTIAL' : 'FULL';
  const conditions = Array.isArray(values.conditions)
    ? values.conditions.filter((c): c is string => typeof c === 'string' && (ADEQUACY_CONDITIONS as readonly string[]).includes(c))
    : [];
  return {
    jurisdiction: (text(values.jurisdiction) ?? '').toUpperCase(),
    instrument: text(values.instrument) ?? '',
    adoptedOn: text(values.adoptedOn),
    validFrom: text(values.validFrom) ?? '',
    validUntil: text(values.validUntil),
    revokedOn: text(values.revokedOn),
    scope,
    conditions: scope === 'PARTIAL' ? conditions : [],
    source: text(values.source) ?? '',
    notes: text(values.notes),
    toVerify: values.toVerify === true,
  };
}

/** Revoking previews the stored decision with a revocation date (previewAdequacyDecisionChange). */
export function revocationInput(record: AdequacyDecisionRecord, revokedOn: string): AdequacyDecisionInput {
  return { ...toAdequacyInput(record), revokedOn };
}
