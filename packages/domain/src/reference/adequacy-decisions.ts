import type { IsoDate } from '../time/dates';

export const ADEQUACY_SCOPES = ['FULL', 'PARTIAL'] as const;
export type AdequacyScope = (typeof ADEQUACY_SCOPES)[number];

/** What a recipient must be for a partial decision to cover it (legal-facts §2.4). */
export const ADEQUACY_CONDITIONS = [
  'DPF_CERTIFIED',
  'SUBJECT_TO_PIPEDA',
  'NOT_FSC_CREDIT_INFORMATION',
  'PRIVATE_SECTOR',
  'NOT_DANISH_REALM_AUTHORITY',
] as const;
export type AdequacyCondition = (typeof ADEQUACY_CONDITIONS)[number];

export interface AdequacyDecision {
  /** ISO 3166-1 alpha-2, or an organisation key such as `ORG:EPO`. */
  jurisdiction: string;
  instrument: string;
  adoptedOn: IsoDate | null;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  revokedOn: IsoDate | null;
  scope: AdequacyScope;
  conditions: AdequacyCondition[];
  source: string;
  /** Marked [VERIFY]/[UNCERTAIN] in the research: shown with a "to verify" flag, editable. */
  toVerify: boolean;
}

const COMMISSION = 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en';

/**
 * The adequacy decisions of Art. 45 as researched in legal-facts §2.4, to seed the editable
 * reference table. Dates not confirmed there carry `toVerify`. Greenland has none (a third country).
 */
export const ADEQUACY_DECISIONS_SEED: readonly AdequacyDecision[] = [
  { jurisdiction: 'AD', instrument: 'Decision 2010/625/EU', adoptedOn: '2010-10-19', validFrom: '2010-10-19', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'AR', instrument: 'Decision 2003/490/EC', adoptedOn: '2003-06-30', validFrom: '2003-06-30', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'CA', instrument: 'Decision 2002/2/EC', adoptedOn: '2001-12-20', validFrom: '2001-12-20', validUntil: null, revokedOn: null, scope: 'PARTIAL', conditions: ['SUBJECT_TO_PIPEDA'], source: COMMISSION, toVerify: true },
  { jurisdiction: 'FO', instrument: 'Decision 2010/146/EU', adoptedOn: '2010-03-05', validFrom: '2010-03-05', validUntil: null, revokedOn: null, scope: 'PARTIAL', conditions: ['NOT_DANISH_REALM_AUTHORITY'], source: COMMISSION, toVerify: true },
  { jurisdiction: 'GG', instrument: 'Decision 2003/821/EC', adoptedOn: '2003-11-21', validFrom: '2003-11-21', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'IM', instrument: 'Decision 2004/411/EC', adoptedOn: '2004-04-28', validFrom: '2004-04-28', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'IL', instrument: 'Decision 2011/61/EU', adoptedOn: '2011-01-31', validFrom: '2011-01-31', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'JE', instrument: 'Decision 2008/393/EC', adoptedOn: '2008-05-08', validFrom: '2008-05-08', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'NZ', instrument: 'Decision 2013/65/EU', adoptedOn: '2012-12-19', validFrom: '2012-12-19', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'CH', instrument: 'Decision 2000/518/EC', adoptedOn: '2000-07-26', validFrom: '2000-07-26', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'UY', instrument: 'Decision 2012/484/EU', adoptedOn: '2012-08-21', validFrom: '2012-08-21', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'JP', instrument: 'Implementing Decision (EU) 2019/419', adoptedOn: '2019-01-23', validFrom: '2019-01-23', validUntil: null, revokedOn: null, scope: 'PARTIAL', conditions: ['PRIVATE_SECTOR'], source: COMMISSION, toVerify: true },
  { jurisdiction: 'KR', instrument: 'Implementing Decision (EU) 2022/254', adoptedOn: '2021-12-17', validFrom: '2021-12-17', validUntil: null, revokedOn: null, scope: 'PARTIAL', conditions: ['NOT_FSC_CREDIT_INFORMATION'], source: COMMISSION, toVerify: true },
  { jurisdiction: 'GB', instrument: 'Implementing Decision (EU) 2021/1772', adoptedOn: '2021-06-28', validFrom: '2021-06-28', validUntil: '2025-12-27', revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: false },
  { jurisdiction: 'GB', instrument: 'Renewed UK adequacy decision (GDPR), 19 Dec 2025', adoptedOn: '2025-12-19', validFrom: '2025-12-28', validUntil: '2031-12-27', revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'US', instrument: 'Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)', adoptedOn: '2023-07-10', validFrom: '2023-07-10', validUntil: null, revokedOn: null, scope: 'PARTIAL', conditions: ['DPF_CERTIFIED'], source: COMMISSION, toVerify: true },
  { jurisdiction: 'BR', instrument: 'Implementing Decision (EU) 2026/179', adoptedOn: '2026-01-26', validFrom: '2026-01-26', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
  { jurisdiction: 'ORG:EPO', instrument: 'Adequacy decision for the European Patent Organisation', adoptedOn: '2025-07-15', validFrom: '2025-07-15', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [], source: COMMISSION, toVerify: true },
];
