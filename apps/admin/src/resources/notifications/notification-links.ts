import type { Locale } from '@tilsyn/domain';
import type { NotificationRecord } from '../../graphql/types';

/** The record a notification is about, as a path in the admin; null when there is none to open. */
export function notificationPath(n: Pick<NotificationRecord, 'subjectType' | 'subjectId'>): string | null {
  switch (n.subjectType) {
    case 'AdequacyDecision':
    case 'Tia':
    case 'Country':
    case 'Transfer':
    case 'Review':
    case 'Agreement':
      return n.subjectId ? `/${n.subjectType}/${encodeURIComponent(n.subjectId)}/show` : null;
    case 'OrganisationSettings':
      return '/settings';
    default:
      return null;
  }
}

/** The title in the user's chosen language (the API's `title` follows the browser's). */
export const notificationTitle = (n: Pick<NotificationRecord, 'title' | 'titleDa' | 'titleEn'>, locale: Locale) =>
  (locale === 'en' ? n.titleEn : n.titleDa) || n.title;

/** "9+" past nine, nothing at zero: the badge on the bell. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 9 ? '9+' : String(count);
}
