/**
 * Time is an argument, never read inside rules (design.md §2): services take a Clock, rules take
 * an `asOf` date, so tests and "as of" questions can place the system at any moment.
 */
export interface Clock {
  now(): Date;
}

// The one place that reads the real time; everything else receives a Clock.
// eslint-disable-next-line no-restricted-syntax
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: for tests and for asOf evaluations. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date): void {
    this.current = new Date(to.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Calendar date (YYYY-MM-DD) of an instant in Europe/Copenhagen, the agencies' legal time zone. */
export function copenhagenDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
