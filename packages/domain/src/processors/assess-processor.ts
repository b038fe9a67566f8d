import { assessAgreement, type AgreementFacts } from '../agreements/assess-agreement';
import { findingDefinition, statusOf, type FindingCode, type Severity } from '../findings/findings';
import type { AdequacyDecision } from '../reference/adequacy-decisions';
import { EEA_MEMBER_CODES } from '../reference/countries';
import { assessTransfer, type TransferFacts, type TransferOptions } from '../transfers/assess-transfer';
import { assessSubprocessorLink, type SubprocessorLinkFacts } from '../subprocessors/assess-link';
import type { IsoDate } from '../time/dates';
import type { DpaGapCode } from '../vocabulary/agreements';
import type { CprDisclosureBasis, DataCategory, EngagementRole, LocationKind, ProcessorStatus } from '../vocabulary/processors';

export interface ProcessorFacts {
  id: string;
  name: string | null;
  address: string | null;
  privacyContactName: string | null;
  privacyContactEmail: string | null;
  dataCategories: readonly DataCategory[];
  /** Our engagement with it; absent for a processor that is only someone else's sub-processor. */
  engagement?: {
    role: EngagementRole;
    startedOn?: IsoDate | null;
    endedOn?: IsoDate | null;
    cprDisclosureBasis?: CprDisclosureBasis | null;
  } | null;
  agreements: readonly (AgreementFacts & { id: string })[];
  /** Sub-processors it engaged, with the link's facts. */
  subprocessors: readonly { link: SubprocessorLinkFacts & { id: string }; processor: ProcessorFacts }[];
  /** Countries where it stores data or reaches it from. */
  locations?: readonly { country: string; kind: LocationKind }[];
  /**
   * The due date of its open risk-based supervision review, if any (issue 5). Overdue supervision
   * is a finding: the controller must be able to show it supervises (Art. 28(1), Art. 24).
   */
  supervisionDueOn?: IsoDate | null;
  /** Recorded transfers whose importer it is (ours to it, or onward from the processor above). */
  transfers?: readonly { id: string; facts: TransferFacts }[];
}

/** What the transfer rules need besides the register: dated adequacy data and the organisation's policy. */
export interface ProcessorContext {
  decisions: readonly AdequacyDecision[];
  transferOptions?: TransferOptions;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  article: string;
  /** The processor the finding is about. */
  processorId: string;
  /** Processor ids from the assessed processor down to `processorId`. */
  path: string[];
  agreementId?: string;
  linkId?: string;
  gaps?: DpaGapCode[];
  /** A transfer finding: the recorded transfer, or the country of a location with none recorded. */
  transferId?: string;
  country?: string;
}

export interface ProcessorAssessment {
  status: ProcessorStatus;
  /** Findings about this processor itself. */
  own: Finding[];
  /** Findings from every processor below it, each with its path. */
  below: Finding[];
}

function finding(code: FindingCode, severity: Severity, processorId: string, path: string[], extra: Partial<Finding> = {}): Finding {
  const article = findingDefinition(code, !!extra.transferId || !!extra.country)?.article ?? '';
  return { code, severity, article, processorId, path, ...extra };
}

/** The agreement that governs on asOf: the newest signed one already effective, else the newest. */
function governingAgreement(agreements: ProcessorFacts['agreements'], asOf: IsoDate) {
  const assessed = agreements.map((a) => ({ facts: a, result: assessAgreement(a, asOf) }));
  const started = assessed
    .filter((a) => a.result.status !== 'DRAFT' && (!a.facts.effectiveFrom || a.facts.effectiveFrom <= asOf))
    .sort((a, b) => (b.facts.effectiveFrom ?? b.facts.signedOn ?? '').localeCompare(a.facts.effectiveFrom ?? a.facts.signedOn ?? ''));
  return started[0];
}

/**
 * Whether a link existed on asOf. A link whose every known date (notified, approved, first used)
 * lies after asOf had not happened yet; a link with no dates at all is taken as current.
 */
export function linkExistedOn(link: SubprocessorLinkFacts, asOf: IsoDate): boolean {
  const known = [link.notifiedOn, link.approvedOn, link.firstUsedOn, link.objectedOn].filter((d): d is IsoDate => !!d);
  return known.length === 0 || known.some((d) => d <= asOf);
}

/**
 * Chapter V at this processor: its recorded transfers on asOf, and every third-country location
 * without one (the transfer that must exist). Directly engaged, it is our transfer
 * (NO_TRANSFER_TOOL); further down it is an onward transfer (ONWARD_TRANSFER_NO_TOOL, Art. 44).
 */
function transferFindings(processor: ProcessorFacts, asOf: IsoDate, here: string[], direct: boolean, ctx: ProcessorContext): Finding[] {
  const out: Finding[] = [];
  const eea = ctx.transferOptions?.eeaCountries ?? new Set<string>(EEA_MEMBER_CODES);
  const current = (processor.transfers ?? []).filter((t) => (!t.facts.startedOn || t.facts.startedOn <= asOf) && (!t.facts.endedOn || t.facts.endedOn >= asOf));
  for (const t of current) {
    for (const f of assessTransfer(t.facts, ctx.decisions, asOf, ctx.transferOptions).findings) {
      if (f.severity === 'INFO') continue; // past periods are history, not today's status
      out.push(finding(f.code, f.severity, processor.id, here, { transferId: t.id, country: t.facts.destinationCountry }));
    }
  }
  const recorded = new Set((processor.transfers ?? []).map((t) => t.facts.destinationCountry));
  const missing = new Set((processor.locations ?? []).map((l) => l.country).filter((c) => !eea.has(c) && !recorded.has(c)));
  for (const country of [...missing].sort()) {
    out.push(finding(direct ? 'NO_TRANSFER_TOOL' : 'ONWARD_TRANSFER_NO_TOOL', 'BLOCKER', processor.id, here, { country }));
  }
  return out;
}

/**
 * Everything that makes a processor lawful to use on `asOf`, and the roll-up through its chain:
 * its status is the worst of its own findings and of every processor below it (EDPB Opinion
 * 22/2024: the controller answers for the whole chain). With a context, its transfers and those
 * of every hop below count too (Art. 44: onward transfers must meet Chapter V as well).
 */
export function assessProcessor(processor: ProcessorFacts, asOf: IsoDate, ctx?: ProcessorContext): ProcessorAssessment {
  return assessNode(processor, asOf, [], new Set(), ctx);
}

function assessNode(processor: ProcessorFacts, asOf: IsoDate, path: string[], seen: Set<string>, ctx: ProcessorContext | undefined): ProcessorAssessment {
  const here = [...path, processor.id];
  const own: Finding[] = [];

  if (!processor.name?.trim() || !processor.address?.trim() || !(processor.privacyContactName?.trim() || processor.privacyContactEmail?.trim())) {
    own.push(finding('CHAIN_IDENTITY_INCOMPLETE', 'WARNING', processor.id, here));
  }

  const engagement = processor.engagement;
  const engaged = !!engagement && (!engagement.startedOn || engagement.startedOn <= asOf) && (!engagement.endedOn || engagement.endedOn >= asOf);
  if (engaged && engagement!.role === 'PROCESSOR') {
    const governing = governingAgreement(processor.agreements, asOf);
    if (!governing || governing.result.status === 'TERMINATED') {
      own.push(finding('DPA_MISSING', 'BLOCKER', processor.id, here));
    } else if (governing.result.status === 'EXPIRED') {
      own.push(finding('DPA_EXPIRED', 'BLOCKER', processor.id, here, { agreementId: governing.facts.id }));
    } else {
      if (governing.result.status === 'INCOMPLETE') {
        own.push(finding('DPA_INCOMPLETE', 'BLOCKER', processor.id, here, { agreementId: governing.facts.id, gaps: governing.result.gaps }));
      }
      if (governing.result.reviewOverdue) own.push(finding('DPA_REVIEW_OVERDUE', 'WARNING', processor.id, here, { agreementId: governing.facts.id }));
    }
  }
  if (engaged && processor.supervisionDueOn && processor.supervisionDueOn < asOf) {
    own.push(finding('SUPERVISION_OVERDUE', 'WARNING', processor.id, here));
  }
  if (engaged && processor.dataCategories.includes('CPR') && !engagement!.cprDisclosureBasis) {
    own.push(finding('CPR_DISCLOSURE_BASIS_MISSING', 'BLOCKER', processor.id, here));
  }
  // An engagement that has ended (or not begun) sends nothing: no transfer to judge from us.
  const active = !engagement || engaged;
  if (ctx && active) {
    for (const f of transferFindings(processor, asOf, here, path.length === 0 && !!engagement, ctx)) {
      if (f.code === 'CPR_DISCLOSURE_BASIS_MISSING' && own.some((o) => o.code === f.code && !o.transferId)) continue;
      own.push(f);
    }
  }

  const below: Finding[] = [];
  const visiting = new Set(seen).add(processor.id);
  for (const { link, processor: child } of processor.subprocessors) {
    if (visiting.has(child.id)) continue; // cycles are refused on save; never loop on bad data
    if (!linkExistedOn(link, asOf)) continue;
    const linkResult = assessSubprocessorLink(link, asOf);
    const childPath = [...here, child.id];
    for (const f of linkResult.findings) below.push(finding(f.code, f.severity, child.id, childPath, { linkId: link.id }));
    const childResult = assessNode({ ...child, engagement: null, agreements: [] }, asOf, here, visiting, ctx);
    below.push(...childResult.own, ...childResult.below);
  }

  return { status: statusOf([...own, ...below].map((f) => f.severity)), own, below };
}
