import { addDays, type IsoDate } from '../time/dates';
import type { SubprocessorAuthorisation } from '../vocabulary/agreements';
import type { FindingCode, Severity } from '../findings/findings';

export interface SubprocessorLinkFacts {
  regime: SubprocessorAuthorisation;
  /** GENERAL only: days the controller has to object after being notified. */
  noticeDays?: number | null;
  notifiedOn?: IsoDate | null;
  objectedOn?: IsoDate | null;
  approvedOn?: IsoDate | null;
  firstUsedOn?: IsoDate | null;
}

export interface LinkFinding {
  code: FindingCode;
  severity: Severity;
}

export interface SubprocessorLinkAssessment {
  authorised: boolean;
  /** The day from which the sub-processor counts as authorised, when it does or will. */
  authorisedFrom: IsoDate | null;
  /** GENERAL: the last day the controller can object. */
  objectionDeadline: IsoDate | null;
  inUse: boolean;
  findings: LinkFinding[];
}

/**
 * Art. 28(2) and 28(4); SCC 2021/915 Clause 7.7 options 1 and 2.
 * - SPECIFIC: authorised only by an approval; in use without one is UNAUTHORISED_SUBPROCESSOR.
 * - GENERAL: authorised by an approval, or by silence: no objection within the notice period means
 *   authorised from notified date + notice days. Use before that day is
 *   SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW (a blocker while the window is still open);
 *   in use with no notice at all is UNAUTHORISED_SUBPROCESSOR.
 * - An objection makes it SUBPROCESSOR_REJECTED, never authorised (a blocker when in use).
 */
export function assessSubprocessorLink(facts: SubprocessorLinkFacts, asOf: IsoDate): SubprocessorLinkAssessment {
  const findings: LinkFinding[] = [];
  const inUse = !!facts.firstUsedOn && facts.firstUsedOn <= asOf;
  const objected = !!facts.objectedOn && facts.objectedOn <= asOf;
  const approved = !!facts.approvedOn && facts.approvedOn <= asOf;
  const objectionDeadline =
    facts.regime === 'GENERAL' && facts.notifiedOn && facts.noticeDays != null ? addDays(facts.notifiedOn, facts.noticeDays) : null;

  if (objected) {
    findings.push({ code: 'SUBPROCESSOR_REJECTED', severity: inUse ? 'BLOCKER' : 'WARNING' });
    return { authorised: false, authorisedFrom: null, objectionDeadline, inUse, findings };
  }

  let authorisedFrom: IsoDate | null;
  if (facts.regime === 'SPECIFIC') {
    authorisedFrom = facts.approvedOn ?? null;
    if (inUse && !approved) findings.push({ code: 'UNAUTHORISED_SUBPROCESSOR', severity: 'BLOCKER' });
  } else {
    const bySilence = objectionDeadline;
    authorisedFrom = [facts.approvedOn, bySilence].filter((d): d is IsoDate => !!d).sort()[0] ?? null;
    if (inUse && !facts.notifiedOn && !approved) {
      findings.push({ code: 'UNAUTHORISED_SUBPROCESSOR', severity: 'BLOCKER' });
    } else if (inUse && facts.firstUsedOn && (!authorisedFrom || facts.firstUsedOn < authorisedFrom)) {
      const stillOpen = !authorisedFrom || authorisedFrom > asOf;
      findings.push({ code: 'SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW', severity: stillOpen ? 'BLOCKER' : 'WARNING' });
    }
  }
  const authorised = !!authorisedFrom && authorisedFrom <= asOf;
  return { authorised, authorisedFrom, objectionDeadline, inUse, findings };
}
