import type { Locale } from '../reference/countries';
import type { IsoDate } from '../time/dates';
import type { ReviewKind } from '../vocabulary/reviews';

/** What a reminder or a notice is about, in both languages: the one table the API and the mails use. */
export const REMINDER_KIND_TITLES: Readonly<Record<ReviewKind | 'AGREEMENT_END', Readonly<Record<Locale, string>>>> = {
  ANNUAL_DPA_REVIEW: { da: 'Årlig gennemgang af databehandleraftale', en: 'Annual DPA review' },
  TIA_REEVALUATION: { da: 'Genvurdering af TIA', en: 'TIA re-evaluation' },
  SUPERVISION: { da: 'Tilsyn med databehandler', en: 'Processor supervision' },
  ONBOARDING: { da: 'Onboarding af databehandler', en: 'Processor onboarding' },
  ADEQUACY_CHANGE: { da: 'Ændret tilstrækkelighedsafgørelse', en: 'Adequacy decision changed' },
  AGREEMENT_END: { da: 'Databehandleraftale udløber', en: 'DPA ends' },
};

export interface ReminderMessageInput {
  subject: ReviewKind | 'AGREEMENT_END';
  /** The stable threshold key, e.g. BEFORE_30, DUE, OVERDUE_14, ESCALATE_14. */
  thresholdKey: string;
  dueOn: IsoDate;
  /** The day the threshold fell on: an escalation sent late (the review was created late) says how late it really is. */
  thresholdOn?: IsoDate;
  /** The processor's (a company's) name: never a data subject's. */
  processorName: string;
  link: string;
  locale: Locale;
}

/** How many days overdue an OVERDUE or ESCALATE reminder speaks of: from its key, or from the day it fell on when later. */
function daysLate(key: string, dueOn: IsoDate, thresholdOn?: IsoDate): number | null {
  const m = /^(OVERDUE|ESCALATE)_(\d+)$/.exec(key);
  if (!m) return null;
  const fromKey = Number(m[2]);
  if (!thresholdOn) return fromKey;
  const actual = Math.round((Date.parse(`${thresholdOn}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
  return Math.max(fromKey, actual);
}

function when(key: string, dueOn: IsoDate, locale: Locale, thresholdOn?: IsoDate): string {
  const m = /^(BEFORE|OVERDUE|ESCALATE)_(\d+)$/.exec(key);
  if (key === 'DUE') return locale === 'da' ? `forfalder i dag (${dueOn})` : `is due today (${dueOn})`;
  if (m?.[1] === 'BEFORE') return locale === 'da' ? `forfalder om ${m[2]} dage (${dueOn})` : `is due in ${m[2]} days (${dueOn})`;
  const late = daysLate(key, dueOn, thresholdOn);
  if (m && late !== null) return locale === 'da' ? `er ${late} dage over fristen (${dueOn})` : `is ${late} days overdue (due ${dueOn})`;
  return locale === 'da' ? `forfalder ${dueOn}` : `is due ${dueOn}`;
}

/**
 * The one-line title of a reminder — the e-mail's subject and the in-app notice — e.g. "Årlig
 * gennemgang af databehandleraftale – Nordlys Hosting A/S forfalder om 7 dage (2027-05-05)".
 */
export function reminderTitle(input: Omit<ReminderMessageInput, 'link'>): string {
  const { locale } = input;
  const escalated = /^ESCALATE_(\d+)$/.test(input.thresholdKey);
  const prefix = escalated ? (locale === 'da' ? 'Eskaleret: ' : 'Escalated: ') : '';
  return `${prefix}${REMINDER_KIND_TITLES[input.subject][locale]} – ${input.processorName} ${when(input.thresholdKey, input.dueOn, locale, input.thresholdOn)}`;
}

/**
 * A short reminder e-mail in the recipient's language with a link to the item. It names the
 * processor (a company) and the review kind only; no data subject's personal data ever goes into
 * a reminder (design.md §4).
 */
export function reminderMessage(input: ReminderMessageInput): { subject: string; text: string } {
  const { locale } = input;
  const kind = REMINDER_KIND_TITLES[input.subject][locale];
  const escalated = /^ESCALATE_\d+$/.test(input.thresholdKey) ? daysLate(input.thresholdKey, input.dueOn, input.thresholdOn) : null;
  const subject = reminderTitle(input);
  const lines =
    locale === 'da'
      ? [
          `${kind} for ${input.processorName} ${when(input.thresholdKey, input.dueOn, locale, input.thresholdOn)}.`,
          escalated ? `Du modtager denne besked, fordi fristen er overskredet med ${escalated} dage.` : '',
          `Åbn den i Tilsyn: ${input.link}`,
          '',
          'Denne e-mail er sendt automatisk af Tilsyn.',
        ]
      : [
          `${kind} for ${input.processorName} ${when(input.thresholdKey, input.dueOn, locale, input.thresholdOn)}.`,
          escalated ? `You receive this because it is ${escalated} days overdue.` : '',
          `Open it in Tilsyn: ${input.link}`,
          '',
          'This e-mail was sent automatically by Tilsyn.',
        ];
  return { subject, text: lines.filter((l, i) => l !== '' || i === 3).join('\n') + '\n' };
}
