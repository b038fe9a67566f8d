import { describe, expect, it } from 'vitest';
import { badgeText, notificationPath, notificationTitle } from './notification-links';

describe('notificationPath', () => {
  it.each([
    ['AdequacyDecision', 'd1', '/AdequacyDecision/d1/show'],
    ['Tia', 't1', '/Tia/t1/show'],
    ['Country', 'US', '/Country/US/show'],
    ['Review', 'r1', '/Review/r1/show'],
    ['Agreement', 'a1', '/Agreement/a1/show'],
    ['Review', null, null],
    ['OrganisationSettings', 's', '/settings'],
    ['AdequacyDecision', null, null],
    ['Martian', 'x', null],
  ])('%s %s → %s', (subjectType, subjectId, path) => {
    expect(notificationPath({ subjectType, subjectId })).toBe(path);
  });
});

describe('notificationTitle', () => {
  it('follows the chosen language', () => {
    const n = { title: 'Browser', titleDa: 'Dansk', titleEn: 'English' };
    expect(notificationTitle(n, 'da')).toBe('Dansk');
    expect(notificationTitle(n, 'en')).toBe('English');
  });
});

describe('badgeText', () => {
  it('shows nothing at zero and caps at 9+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(12)).toBe('9+');
  });
});
