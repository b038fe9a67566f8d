/** Injection token for the Clock (packages/domain); tests provide a FixedClock. */
export const CLOCK = Symbol('CLOCK');
export const APP_CONFIG = Symbol('APP_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const KEYRING = Symbol('KEYRING');
/** The one HeavyWorkLimiter of the process (common/heavy-work.ts). */
export const HEAVY_WORK = Symbol('HEAVY_WORK');
