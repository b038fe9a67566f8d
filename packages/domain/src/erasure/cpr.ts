import type { IsoDate } from '../time/dates';

export type CprProblem = 'FORMAT' | 'DATE';

export type CprResult = { ok: true; cpr: string; birthDate: IsoDate } | { ok: false; problem: CprProblem };

/**
 * The century of a CPR number from its seventh digit and its two-digit year (CPR-kontoret's
 * table): 0–3 → 1900s; 4 and 9 → 2000–2036, else 1900s; 5–8 → 2000–2057, else 1800s.
 */
function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/**
 * Checks a CPR number by its format (DDMMYY-SSSS, the hyphen optional, spaces ignored) and its
 * date of birth, and returns it as ten digits. Not by the modulus-11 check: numbers issued since
 * 2007 need not pass it (CPR-kontoret), so rejecting them would turn real people away.
 */
export function parseCpr(input: string): CprResult {
  const compact = input.replace(/\s+/g, '');
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(compact);
  if (!m) return { ok: false, problem: 'FORMAT' };
  const [day, month, yy] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = fullYear(yy, Number(m[4][0]));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, problem: 'DATE' };
  const birthDate = `${String(year).padStart(4, '0')}-${m[2]}-${m[1]}`;
  return { ok: true, cpr: `${m[1]}${m[2]}${m[3]}${m[4]}`, birthDate };
}

/** The form used for the keyed look-up hash: trimmed and lower-cased (an e-mail's case never matters to us). */
export function normaliseEmailForLookup(email: string): string {
  return email.trim().toLowerCase();
}
