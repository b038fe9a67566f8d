/**
 * Time-outs in tests are ceilings, never expectations: a test awaits the event it needs and the
 * ceiling only stops a test that would otherwise hang. On a busy 2-core machine (CI with other
 * work, or `npm test` beside two busy loops) everything runs several times slower, so every
 * ceiling is the figure measured on a quiet machine times TEST_TIME_SCALE (default 4).
 */
export const TEST_TIME_SCALE = Math.max(1, Number(process.env.TEST_TIME_SCALE ?? 4) || 4);

export function ceiling(quietMs: number): number {
  return Math.round(quietMs * TEST_TIME_SCALE);
}
