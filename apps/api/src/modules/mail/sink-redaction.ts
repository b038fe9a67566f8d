import { can } from '@tilsyn/domain';
import type { RequestMeta } from '../../common/actor.js';

/** What replaces a confirmation link's token for a reader who may not use it. */
export const REDACTED_ANSWER_TOKEN = '[skjult/hidden]';

/**
 * A confirmation link's token (`/erasure-answer/<token>`, also URL-encoded as `erasure-answer%2F`)
 * and, to be safe, any bare 43-character base64url word of the same shape as a token.
 */
const ANSWER_LINK = /(erasure-answer(?:\/|%2F))[A-Za-z0-9_-]+/gi;
const BARE_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export function redactAnswerLinks(text: string): string {
  return text.replace(ANSWER_LINK, `$1${REDACTED_ANSWER_TOKEN}`).replace(BARE_TOKEN, REDACTED_ANSWER_TOKEN);
}

/**
 * The demo's sink keeps the mail a processor would have received, with its live confirmation link.
 * The link is a credential: behind it are the person's identifiers and the processor's answer. So
 * only a role that may see identifiers (`erasure.identifiers`) is handed the link; every other
 * reader (the auditor) gets the mail with the token replaced, in every field that carries content.
 */
export function sinkMailsFor<T extends { subject: string; body: string }>(meta: Pick<RequestMeta, 'actor'>, mails: readonly T[]): T[] {
  // A person whose role holds the permission; never a token (it may not read identifiers at all).
  if (meta.actor?.type === 'USER' && can(meta.actor.role, 'erasure.identifiers')) return [...mails];
  return mails.map((m) => ({ ...m, subject: redactAnswerLinks(m.subject), body: redactAnswerLinks(m.body) }));
}
