import { isCountryCode, isIsoDate, TRANSFER_MECHANISMS, type TransferMechanism } from '@tilsyn/domain';

/**
 * The transfer form's rules, pure and tested: which tool fields belong to which mechanism, which
 * facts matter when, and the form's values as assessTransfer / createTransfer arguments.
 */

/** The fields of each Chapter V tool; a tool's fields are shown, and sent, only when it is chosen. */
export const TOOL_FIELDS: Record<TransferMechanism, readonly string[]> = {
  ADEQUACY: [],
  SCC: ['sccModule', 'sccSignedOn', 'sccDocking', 'sccAnnexNotes'],
  BCR: ['bcrAuthority', 'bcrApprovedOn'],
  CODE_OF_CONDUCT: ['toolReference'],
  CERTIFICATION: ['toolReference'],
  AD_HOC_CLAUSES: ['toolReference'],
  DEROGATION: ['derogationGround', 'derogationJustification'],
};

export const ALL_TOOL_FIELDS: readonly string[] = [...new Set(Object.values(TOOL_FIELDS).flat())];

export function isMechanism(value: unknown): value is TransferMechanism {
  return typeof value === 'string' && (TRANSFER_MECHANISMS as readonly string[]).includes(value);
}

/** The tool fields to show for the chosen mechanism (none while no tool is chosen). */
export function toolFieldsFor(mechanism: unknown): readonly string[] {
  return isMechanism(mechanism) ? TOOL_FIELDS[mechanism] : [];
}

/** Art. 49 derogations are for occasional transfers: how many people is then a fact worth recording. */
export const showsDataSubjectCount = (frequency: unknown) => frequency === 'OCCASIONAL';

/** databeskyttelsesloven §11(2): the CPR basis matters only when CPR numbers are among the data. */
export const showsCprBasis = (dataCategories: unknown) => Array.isArray(dataCategories) && dataCategories.includes('CPR');

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * The form's values as createTransfer / updateTransfer arguments: "us" (no exporter) is null, and
 * the fields of tools not chosen, the head count of a systematic transfer and the CPR basis
 * without CPR numbers are cleared, so nothing stale stays stored behind a hidden input.
 */
export function toTransferMutationData<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  if ('exporterProcessorId' in out) out.exporterProcessorId = blankToNull(out.exporterProcessorId);
  if ('ownerId' in out) out.ownerId = blankToNull(out.ownerId);
  if ('mechanism' in out) {
    out.mechanism = isMechanism(out.mechanism) ? out.mechanism : null;
    const keep = new Set(toolFieldsFor(out.mechanism));
    for (const field of ALL_TOOL_FIELDS) {
      if (keep.has(field)) continue;
      out[field] = field === 'sccDocking' ? false : null;
    }
  }
  if ('frequency' in out && !showsDataSubjectCount(out.frequency)) out.dataSubjectCount = null;
  if ('dataCategories' in out && !showsCprBasis(out.dataCategories)) out.cprDisclosureBasis = null;
  if (out.sccModule !== null && out.sccModule !== undefined) {
    const module = Number(out.sccModule);
    out.sccModule = Number.isInteger(module) ? module : null;
  }
  return out as T;
}

/** The arguments assessTransfer takes besides the transfer's own (see operations.ts ASSESS_TRANSFER). */
const ASSESS_ARGS = [
  'importerProcessorId',
  'exporterProcessorId',
  'importerRole',
  'destinationCountry',
  'accessKind',
  'dataCategories',
  'dataSubjectCategories',
  'dataSubjectCount',
  'frequency',
  'purpose',
  'startedOn',
  'endedOn',
  'mechanism',
  'sccModule',
  'sccSignedOn',
  'sccDocking',
  'sccAnnexNotes',
  'bcrAuthority',
  'bcrApprovedOn',
  'toolReference',
  'derogationGround',
  'derogationJustification',
  'cprDisclosureBasis',
  'ownerId',
  'notes',
] as const;

const DATE_ARGS = new Set(['startedOn', 'endedOn', 'sccSignedOn', 'bcrApprovedOn']);

/**
 * The form as typed, as assessTransfer arguments; null until the two facts the rule engine needs
 * are there (an importer and a valid destination). Half-typed dates are left out rather than
 * refused, so the preview follows the typing instead of failing.
 */
export function toAssessTransferArgs(values: Record<string, unknown>, transferId?: string | null): Record<string, unknown> | null {
  if (typeof values.importerProcessorId !== 'string' || values.importerProcessorId === '') return null;
  if (!isCountryCode(values.destinationCountry)) return null;
  const data = toTransferMutationData(values);
  const args: Record<string, unknown> = {};
  for (const key of ASSESS_ARGS) {
    const value = data[key];
    if (value === undefined || value === '') continue;
    if (DATE_ARGS.has(key) && value !== null && !(typeof value === 'string' && isIsoDate(value))) continue;
    if (key === 'dataSubjectCount' && value !== null && !Number.isInteger(Number(value))) continue;
    args[key] = key === 'dataSubjectCount' && value !== null ? Number(value) : value;
  }
  if (transferId) args.transferId = transferId;
  return args;
}

/** A stable key of the assessed facts: the live panel asks again only when it changes. */
export const assessKey = (args: Record<string, unknown> | null) => (args ? JSON.stringify(args, Object.keys(args).sort()) : '');
