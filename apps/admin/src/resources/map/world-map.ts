import countries from 'i18n-iso-countries';
import type { TransferStatus } from '@tilsyn/domain';

/**
 * Pure helpers of the transfer map: the colour of a destination by the worst status of its
 * transfers, the ISO 3166-1 alpha-2 code of each world-atlas shape (numeric ids), and the
 * destinations too small to be drawn at 1:110m (Singapore, Hong Kong, Malta…).
 */

/** Red, amber, green as the status chips; everything else grey. */
export const STATUS_FILL: Record<TransferStatus, string> = {
  NON_COMPLIANT: '#d32f2f',
  AT_RISK: '#f9a825',
  COMPLIANT: '#388e3c',
  NOT_A_TRANSFER: '#9e9e9e',
};

/** Land with no recorded destination. */
export const LAND_FILL = '#eceff1';

/** The legend's order: worst first. */
export const LEGEND_STATUSES: readonly TransferStatus[] = ['NON_COMPLIANT', 'AT_RISK', 'COMPLIANT', 'NOT_A_TRANSFER'];

export function fillForStatus(status: string | null | undefined): string {
  return status && status in STATUS_FILL ? STATUS_FILL[status as TransferStatus] : LAND_FILL;
}

/** Shapes Natural Earth draws without an ISO numeric code. */
const BY_NAME: Record<string, string> = { Kosovo: 'XK' };

/** world-atlas ids are ISO 3166-1 numeric codes as strings ("208"); a few shapes have none. */
export function alpha2ForShape(id: string | number | undefined | null, name?: string | null): string | null {
  if (id !== undefined && id !== null && id !== '') {
    const code = countries.numericToAlpha2(String(id).padStart(3, '0'));
    if (code) return code;
  }
  return (name && BY_NAME[name]) || null;
}

/** Destinations with no shape on the map, to be listed below it. */
export function undrawnDestinations<T extends { country: string }>(destinations: readonly T[], drawn: ReadonlySet<string>): T[] {
  return destinations.filter((d) => !drawn.has(d.country));
}
