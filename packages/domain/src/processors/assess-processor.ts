import { assessAgreement, type AgreementFacts } from '../agreements/assess-agreement';
import { PROCESSOR_FINDING_DEFINITIONS, statusOf, type FindingCode, type Severity } from '../findings/findings';
import { assessSubprocessorLink, type SubprocessorLinkFacts } from '../subprocessors/assess-link';
import type { IsoDate } from '../time/dates';
import type { DpaGapCode } from '../vocabulary/agreements';
import type { CprDisclosureBasis, DataCategory, EngagementRole, ProcessorStatus } from '../vocabulary/processors';

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
}

export interface ProcessorAssessment {
  status: ProcessorStatus;
  /** Findings about this processor itself. */
  own: Finding[];
  /** Findings from every processor below it, each with its path. */
  below: Finding[];
}

function finding(code: FindingCode, severity: Severity, processorId: string, path: string[], extra: Partial<Finding> = {}): Finding {
  const article = (PROCESSOR_FINDING_DEFINITIONS as Record<string, { article: string }>)[code]?.article ?? '';
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
 * Everything that makes a processor lawful to use on `asOf`, and the roll-up through its chain:
 * its status is the worst of its own findings and of every processor below it (EDPB Opinion
 * 22/2024: the controller answers for the whole chain).
 */
export function assessProcessor(processor: ProcessorFacts, asOf: IsoDate, path: string[] = [], seen: Set<string> = new Set()): ProcessorAssessment {
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
  if (engaged && processor.dataCategories.includes('CPR') && !engagement!.cprDisclosureBasis) {
    own.push(finding('CPR_DISCLOSURE_BASIS_MISSING', 'BLOCKER', processor.id, here));
  }

  const below: Finding[] = [];
  const visiting = new Set(seen).add(processor.id);
  for (const { link, processor: child } of processor.subprocessors) {
    if (visiting.has(child.id)) continue; // cycles are refused on save; never loop on bad data
    if (!linkExistedOn(link, asOf)) continue;
    const linkResult = assessSubprocessorLink(link, asOf);
    const childPath = [...here, child.id];
    for (const f of linkResult.findings) below.push(finding(f.code, f.severity, child.id, childPath, { linkId: link.id }));
    const childResult = assessProcessor({ ...child, engagement: null, agreements: [] }, asOf, here, visiting);
    below.push(...childResult.own, ...childResult.below);
  }

  return { status: statusOf([...own, ...below].map((f) => f.severity)), own, below };
}
