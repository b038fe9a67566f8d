import type { ErasureAnswer, ErasureNoticeStatus } from '../vocabulary/erasure';
import { SETTLED_NOTICE_STATUSES } from '../vocabulary/erasure';

/** What can happen to a notice. Each is one explicit mutation or job step, never a status edit. */
export type NoticeEvent =
  | { type: 'SEND_STARTED' }
  | { type: 'SEND_ACCEPTED' }
  | { type: 'SEND_TEMPORARY_FAILURE' }
  | { type: 'SEND_PERMANENT_FAILURE'; hasFallback: boolean }
  | { type: 'BOUNCE_REPORTED'; hasFallback: boolean }
  | { type: 'ANSWERED'; answer: ErasureAnswer }
  | { type: 'REQUEUE' }
  | { type: 'EXCEPTION' }
  | { type: 'CANCEL' };

export const isSettledNotice = (status: ErasureNoticeStatus): boolean => (SETTLED_NOTICE_STATUSES as readonly string[]).includes(status);

/**
 * The notice's state machine (design.md §3): QUEUED → SENDING → SENT → CONFIRMED / NO_DATA /
 * REFUSED. A permanent failure or a later bounce makes it BOUNCED when there is a fallback contact
 * to try next, else FAILED. A temporary failure leaves it
 * SENDING in its message, which is retried with the same Message-ID (a repeat is recognisable). A reviewer may record an Art. 19 EXCEPTION or CANCEL while it is unsettled. Sent is
 * never done: only an answer, an exception or a cancellation settles it. An answer may arrive
 * while the send is still being recorded (a webhook answers synchronously), and a processor may
 * answer a notice that bounced to a wrong address but reached it another way. Returns the new
 * status, or null when the event does not apply in this status.
 */
export function noticeTransition(status: ErasureNoticeStatus, event: NoticeEvent): ErasureNoticeStatus | null {
  // A refusal is followed up by a reviewer, who closes it with a recorded reason (exception or cancellation).
  if (status === 'REFUSED' && (event.type === 'EXCEPTION' || event.type === 'CANCEL')) return event.type === 'EXCEPTION' ? 'EXCEPTION' : 'CANCELLED';
  if (isSettledNotice(status)) return null;
  switch (event.type) {
    case 'SEND_STARTED':
      // BOUNCED: the next attempt goes to the fallback contact.
      return status === 'QUEUED' || status === 'SENDING' || status === 'BOUNCED' ? 'SENDING' : null;
    case 'SEND_ACCEPTED':
      return status === 'SENDING' ? 'SENT' : null;
    case 'SEND_TEMPORARY_FAILURE':
      return status === 'SENDING' ? 'SENDING' : null;
    case 'SEND_PERMANENT_FAILURE':
      return status === 'SENDING' ? (event.hasFallback ? 'BOUNCED' : 'FAILED') : null;
    case 'BOUNCE_REPORTED':
      return status === 'SENT' ? (event.hasFallback ? 'BOUNCED' : 'FAILED') : null;
    case 'ANSWERED':
      return status === 'SENDING' || status === 'SENT' || status === 'BOUNCED' || status === 'FAILED' || status === 'QUEUED' ? event.answer : null;
    case 'REQUEUE':
      // Staff fixed the address after a failure: the notice goes out again in a new message.
      return status === 'FAILED' || status === 'BOUNCED' ? 'QUEUED' : null;
    case 'EXCEPTION':
    case 'CANCEL':
      return event.type === 'EXCEPTION' ? 'EXCEPTION' : 'CANCELLED';
  }
}

/**
 * A processor that refuses to erase has no basis of its own to keep the data: it acts only on our
 * documented instructions (Art. 28(3)(a) and (g)). Its refusal therefore keeps the request open
 * until a reviewer follows it up and records the outcome (an exception or a cancellation, with the
 * reason). An independent controller's refusal (Art. 19 notice) may rest on its own legal duty and
 * settles the notice.
 */
export const needsFollowUpOfRefusal = (n: { status: ErasureNoticeStatus; legalBasis?: string | null }): boolean => n.status === 'REFUSED' && n.legalBasis === 'PROCESSOR_INSTRUCTION';

/** A request is complete only when every notice is answered, excepted or cancelled — never merely sent, nor refused by a processor. */
export function outstandingNotices<T extends { status: ErasureNoticeStatus; legalBasis?: string | null }>(notices: readonly T[]): T[] {
  return notices.filter((n) => !isSettledNotice(n.status) || needsFollowUpOfRefusal(n));
}
