import type { Locale } from '../reference/countries';
import type { ProcessorFindingCode } from '../vocabulary/agreements';
import type { TransferFindingCode } from '../vocabulary/transfers';
import type { FindingSeverity } from '../vocabulary/transfers';
import type { ProcessorStatus } from '../vocabulary/processors';

export type FindingCode = ProcessorFindingCode | TransferFindingCode;
export type Severity = FindingSeverity;

export interface FindingDefinition {
  /** The provision the finding rests on. */
  article: string;
  message: Record<Locale, string>;
}

/** What each processor-level finding means, for the UI, reports and API clients. */
export const PROCESSOR_FINDING_DEFINITIONS: Record<ProcessorFindingCode | 'CPR_DISCLOSURE_BASIS_MISSING', FindingDefinition> = {
  DPA_MISSING: {
    article: 'Art. 28(3), 28(9)',
    message: { da: 'Databehandleren behandler data for os, men der er ingen gældende databehandleraftale.', en: 'The processor processes data for us, but no data processing agreement is in force.' },
  },
  DPA_EXPIRED: {
    article: 'Art. 28(3)',
    message: { da: 'Databehandleraftalen er udløbet.', en: 'The data processing agreement has expired.' },
  },
  DPA_INCOMPLETE: {
    article: 'Art. 28(3)',
    message: { da: 'Databehandleraftalen mangler punkter, som art. 28, stk. 3, kræver.', en: 'The data processing agreement lacks items Art. 28(3) requires.' },
  },
  DPA_REVIEW_OVERDUE: {
    article: 'Art. 28(1), Art. 24',
    message: { da: 'Den periodiske gennemgang af databehandleraftalen er overskredet.', en: 'The periodic review of the data processing agreement is overdue.' },
  },
  UNAUTHORISED_SUBPROCESSOR: {
    article: 'Art. 28(2)',
    message: { da: 'En underdatabehandler bruges uden vores forudgående godkendelse.', en: 'A sub-processor is used without our prior authorisation.' },
  },
  SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW: {
    article: 'Art. 28(2)',
    message: { da: 'En underdatabehandler blev taget i brug, før fristen for indsigelse udløb.', en: 'A sub-processor was used before the period to object had ended.' },
  },
  SUBPROCESSOR_REJECTED: {
    article: 'Art. 28(2)',
    message: { da: 'Vi har gjort indsigelse mod underdatabehandleren; den er ikke godkendt.', en: 'We objected to the sub-processor; it is not authorised.' },
  },
  CHAIN_IDENTITY_INCOMPLETE: {
    article: 'Art. 28(1); EDPB Opinion 22/2024',
    message: { da: 'Navn, adresse eller kontaktperson mangler for en databehandler i kæden.', en: 'Name, address or contact person is missing for a processor in the chain.' },
  },
  CPR_DISCLOSURE_BASIS_MISSING: {
    article: 'Databeskyttelsesloven §11(2)',
    message: { da: 'CPR-numre videregives, men hjemlen efter databeskyttelseslovens § 11, stk. 2, er ikke angivet.', en: 'CPR numbers are disclosed, but no basis under databeskyttelsesloven §11(2) is recorded.' },
  },
};

const RANK: Record<Severity, number> = { INFO: 0, WARNING: 1, BLOCKER: 2 };

/** The status a set of findings gives: any blocker is NON_COMPLIANT, any warning AT_RISK. */
export function statusOf(severities: readonly Severity[]): ProcessorStatus {
  const worst = severities.reduce((max, s) => Math.max(max, RANK[s]), 0);
  return worst === 2 ? 'NON_COMPLIANT' : worst === 1 ? 'AT_RISK' : 'COMPLIANT';
}
