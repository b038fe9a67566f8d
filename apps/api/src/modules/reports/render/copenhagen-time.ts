/**
 * Reports show times in Europe/Copenhagen, where they are used, whatever the server's TZ is.
 */

const TIME_ZONE = 'Europe/Copenhagen';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** "UTC+1" in winter, "UTC+2" in summer. */
  offset: string;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'shortOffset',
});

export function copenhagenWallClock(at: Date): WallClock {
  const parts = formatter.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    second: Number(part('second')),
    offset: part('timeZoneName').replace('GMT', 'UTC'),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "2026-03-02 14:05 (dansk tid, UTC+1)": ISO-style so it reads the same in both languages, with
 * the offset so it is unambiguous around the change to and from summer time.
 */
export function formatCopenhagenTime(at: Date, zoneLabel: string): string {
  const t = copenhagenWallClock(at);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)} (${zoneLabel}, ${t.offset})`;
}
