import type { RiskLevel } from '../vocabulary/reviews';
import type { DataCategory, ServiceKind } from '../vocabulary/processors';
import type { TransferStatus } from '../vocabulary/transfers';

/**
 * What the risk of a processor rests on (Datatilsynet, "tilsyn med databehandlere" 2021: a point
 * scale; the higher the risk, the deeper and more frequent the supervision).
 */
export interface RiskFacts {
  dataCategories: readonly DataCategory[];
  /** Number of data subjects whose data it holds (on the engagement); null when not recorded. */
  dataSubjectCount: number | null;
  /** Its third-country transfers (and those below it) with today's status. */
  transferStatuses: readonly TransferStatus[];
  /** Levels of sub-processors below it (0: none). */
  chainDepth: number;
  serviceKind: ServiceKind;
}

export type RiskFactorKey = 'DATA_CATEGORY' | 'DATA_SUBJECTS' | 'THIRD_COUNTRY' | 'TRANSFER_STATUS' | 'CHAIN_DEPTH' | 'SERVICE_KIND';

export interface RiskFactor {
  factor: RiskFactorKey;
  /** What gave the points: a data category, a count band, a status, a depth, a service kind. */
  value: string;
  points: number;
}

export interface RiskAssessment {
  level: RiskLevel;
  score: number;
  factors: RiskFactor[];
}

/**
 * Points per data category. Art. 9 and Art. 10 data weigh most; CPR numbers are protected by
 * databeskyttelsesloven §11; financial and debt data are the core of debt collection.
 */
export const DATA_CATEGORY_POINTS: Partial<Record<DataCategory, number>> = {
  HEALTH: 4,
  CRIMINAL: 4,
  CPR: 3,
  SOCIAL: 2,
  FINANCIAL: 2,
  DEBT: 1,
  CALL_RECORDINGS: 1,
};

/** Bands of data subjects: [at least, points]. */
export const DATA_SUBJECT_BANDS: readonly (readonly [number, number])[] = [
  [100_000, 3],
  [10_000, 2],
  [1_000, 1],
];

/** Services that hold the whole case file, or act on it, weigh more than a print run. */
export const SERVICE_KIND_POINTS: Partial<Record<ServiceKind, number>> = {
  IT_HOSTING: 2,
  SAAS: 2,
  SUB_COLLECTION_AGENCY: 2,
  CREDIT_BUREAU: 2,
  LEGAL: 1,
  PAYMENT: 1,
  TELEPHONY: 1,
  PRINT_AND_MAIL: 1,
};

/** Score bands: [at least, level], highest first. */
export const RISK_BANDS: readonly (readonly [number, RiskLevel])[] = [
  [12, 'CRITICAL'],
  [8, 'HIGH'],
  [4, 'MEDIUM'],
  [0, 'LOW'],
];

/** The processor's risk level with every factor that counted, so the breakdown can be shown. */
export function assessRisk(f: RiskFacts): RiskAssessment {
  const factors: RiskFactor[] = [];
  for (const c of [...new Set(f.dataCategories)]) {
    const points = DATA_CATEGORY_POINTS[c];
    if (points) factors.push({ factor: 'DATA_CATEGORY', value: c, points });
  }
  if (f.dataSubjectCount != null) {
    const band = DATA_SUBJECT_BANDS.find(([min]) => f.dataSubjectCount! >= min);
    if (band) factors.push({ factor: 'DATA_SUBJECTS', value: `>=${band[0]}`, points: band[1] });
  }
  const thirdCountry = f.transferStatuses.filter((s) => s !== 'NOT_A_TRANSFER');
  if (thirdCountry.length > 0) {
    factors.push({ factor: 'THIRD_COUNTRY', value: String(thirdCountry.length), points: 2 });
    // A transfer without a valid tool is the largest single risk (Art. 44; Schrems II).
    if (thirdCountry.includes('NON_COMPLIANT')) factors.push({ factor: 'TRANSFER_STATUS', value: 'NON_COMPLIANT', points: 3 });
    else if (thirdCountry.includes('AT_RISK')) factors.push({ factor: 'TRANSFER_STATUS', value: 'AT_RISK', points: 1 });
  }
  if (f.chainDepth > 0) factors.push({ factor: 'CHAIN_DEPTH', value: String(f.chainDepth), points: Math.min(f.chainDepth, 2) });
  const kind = SERVICE_KIND_POINTS[f.serviceKind];
  if (kind) factors.push({ factor: 'SERVICE_KIND', value: f.serviceKind, points: kind });
  const score = factors.reduce((sum, x) => sum + x.points, 0);
  const level = RISK_BANDS.find(([min]) => score >= min)![1];
  return { level, score, factors };
}
