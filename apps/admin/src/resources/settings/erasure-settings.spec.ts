import { describe, expect, it } from 'vitest';
import { DEFAULT_ERASURE_FOLLOW_UP } from '@tilsyn/domain';
import { erasureSettingsDraft, parseErasureSettings, parseReminderDays } from './erasure-settings';

const settings = { organisationName: 'Inkasso A/S', ...DEFAULT_ERASURE_FOLLOW_UP, reminderDays: [10, 5], version: 3 };

describe('parseReminderDays', () => {
  it('reads the days after sending, smallest first, each once', () => {
    expect(parseReminderDays('10, 5')).toEqual({ ok: true, days: [5, 10] });
    expect(parseReminderDays('5;5 10')).toEqual({ ok: true, days: [5, 10] });
    expect(parseReminderDays(' ')).toEqual({ ok: true, days: [] });
  });

  it('refuses what the API refuses: not whole days, outside 1–60, more than five', () => {
    expect(parseReminderDays('5, ten')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseReminderDays('0')).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseReminderDays('61')).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseReminderDays('1 2 3 4 5 6')).toEqual({ ok: false, problem: 'too_many' });
  });
});

describe('parseErasureSettings', () => {
  it('starts from the settings read, with the reminder days in order', () => {
    expect(erasureSettingsDraft(settings)).toEqual({ organisationName: 'Inkasso A/S', reminderDays: '5, 10', escalateAfterDays: '14', linkGraceDays: '30', minimumAnswerDays: '14' });
  });

  it('turns the draft into updateErasureSettings arguments', () => {
    expect(parseErasureSettings({ ...erasureSettingsDraft(settings), organisationName: ' Inkasso A/S ' })).toEqual({
      ok: true,
      value: { organisationName: 'Inkasso A/S', reminderDays: [5, 10], escalateAfterDays: 14, linkGraceDays: 30, minimumAnswerDays: 14 },
    });
  });

  it('allows escalation to be turned off with 0, but never a zero answer time or link grace', () => {
    const draft = erasureSettingsDraft(settings);
    expect(parseErasureSettings({ ...draft, escalateAfterDays: '0' }).ok).toBe(true);
    expect(parseErasureSettings({ ...draft, minimumAnswerDays: '0', linkGraceDays: '0' })).toEqual({
      ok: false,
      problems: { minimumAnswerDays: 'days_out_of_range', linkGraceDays: 'days_out_of_range' },
    });
  });

  it('names every field in error', () => {
    expect(parseErasureSettings({ organisationName: ' ', reminderDays: '5, x', escalateAfterDays: '91', linkGraceDays: '366', minimumAnswerDays: '1.5' })).toEqual({
      ok: false,
      problems: {
        organisationName: 'organisation_required',
        reminderDays: 'reminder_days_not_a_number',
        escalateAfterDays: 'days_out_of_range',
        linkGraceDays: 'days_out_of_range',
        minimumAnswerDays: 'days_out_of_range',
      },
    });
    expect(parseErasureSettings({ ...erasureSettingsDraft(settings), organisationName: 'x'.repeat(201) })).toEqual({ ok: false, problems: { organisationName: 'organisation_too_long' } });
  });
});
