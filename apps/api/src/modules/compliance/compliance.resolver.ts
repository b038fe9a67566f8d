import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { assessAgreement, assessProcessor, assessSubprocessorLink, CLAUSE_CATALOGUE, type ClauseAssessment, type DpaGapCode, type ProcessorFacts } from '@tilsyn/domain';
import { toComplianceModel } from './finding.mapper.js';
import { requireIsoDates } from '../../common/dates.js';
import { Allow } from '../../common/access.decorators.js';
import { DomainException } from '../../common/domain-exception.js';
import type { GqlContext } from '../../graphql/context.js';
import { ChainNodeModel, ProcessorComplianceModel } from './compliance.model.js';
import { ComplianceService } from './compliance.service.js';
import { AssessAgreementArgs, AssessProcessorFactsArgs, AssessSubprocessorLinkArgs, ComplianceArgs, type ProcessorFactsInput } from './dto/stateless.args.js';
import { AgreementAssessmentModel, ClauseCatalogueItemModel, SubprocessorLinkAssessmentModel } from './rules.model.js';


/**
 * The rules as stateless questions: the same input as the stored records plus an optional asOf,
 * so the admin can preview a form and a case system can ask before it sends data.
 */
@Resolver()
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @Allow('processor.read')
  @Query(() => [ClauseCatalogueItemModel], { description: 'The DPA checklist: each item with its article and what to look for.' })
  clauseCatalogue(): ClauseCatalogueItemModel[] {
    return CLAUSE_CATALOGUE.map((c) => ({ code: c.code, article: c.article, group: c.group, titleDa: c.title.da, titleEn: c.title.en, explanationDa: c.explanation.da, explanationEn: c.explanation.en }));
  }

  @Allow('agreement.read')
  @Query(() => AgreementAssessmentModel, { description: 'Status and gaps of a DPA from its facts, without saving anything.' })
  assessAgreement(@Args() { input, asOf }: AssessAgreementArgs): AgreementAssessmentModel {
    requireIsoDates(input, ['signedOn', 'effectiveFrom', 'endsOn', 'terminatedOn', 'lastReviewedOn']);
    requireIsoDates({ asOf }, ['asOf']);
    const clauses = Object.fromEntries(input.clauses.map((c) => [c.code, c.assessment])) as Partial<Record<DpaGapCode, ClauseAssessment>>;
    return assessAgreement({ ...input, clauses }, asOf ?? this.compliance.today());
  }

  @Allow('processor.read')
  @Query(() => SubprocessorLinkAssessmentModel, { description: 'Whether a sub-processor is authorised on a date, from its facts.' })
  assessSubprocessorLink(@Args() { input, asOf }: AssessSubprocessorLinkArgs): SubprocessorLinkAssessmentModel {
    requireIsoDates(input, ['notifiedOn', 'objectedOn', 'approvedOn', 'firstUsedOn']);
    requireIsoDates({ asOf }, ['asOf']);
    return assessSubprocessorLink(input, asOf ?? this.compliance.today());
  }

  @Allow('processor.read')
  @Query(() => ProcessorComplianceModel, { description: 'The roll-up rule on facts you send (a processor and its chain), without saving anything.' })
  assessProcessorFacts(@Args() { input, asOf }: AssessProcessorFactsArgs, @Context() ctx: GqlContext): ProcessorComplianceModel {
    requireIsoDates({ asOf }, ['asOf']);
    const names = new Map<string, string>();
    const toFacts = (p: ProcessorFactsInput, depth: number): ProcessorFacts => {
      if (depth > 20) throw DomainException.badInput('input.subprocessors', 'OUT_OF_RANGE', { min: 0, max: 20 });
      names.set(p.id, p.name ?? p.id);
      requireIsoDates(p.engagement ?? {}, ['startedOn', 'endedOn']);
      return {
        id: p.id,
        name: p.name ?? null,
        address: p.address ?? null,
        privacyContactName: p.privacyContactName ?? null,
        privacyContactEmail: p.privacyContactEmail ?? null,
        dataCategories: p.dataCategories ?? [],
        engagement: p.engagement ?? null,
        agreements: (p.agreements ?? []).map((a) => {
          requireIsoDates(a, ['signedOn', 'effectiveFrom', 'endsOn', 'terminatedOn', 'lastReviewedOn']);
          return { ...a, clauses: Object.fromEntries(a.clauses.map((c) => [c.code, c.assessment])) as Partial<Record<DpaGapCode, ClauseAssessment>> };
        }),
        subprocessors: (p.subprocessors ?? []).map((s) => {
          requireIsoDates(s.link, ['notifiedOn', 'objectedOn', 'approvedOn', 'firstUsedOn']);
          return { link: s.link, processor: toFacts(s.processor, depth + 1) };
        }),
      };
    };
    const day = asOf ?? this.compliance.today();
    const result = assessProcessor(toFacts(input, 0), day);
    return toComplianceModel(result, names, day, ctx.req.locale);
  }

  @Allow('processor.read')
  @Query(() => ProcessorComplianceModel, { description: 'Status and findings of a stored processor and its chain on a date.' })
  async processorCompliance(@Args() { id, asOf }: ComplianceArgs, @Context() ctx: GqlContext): Promise<ProcessorComplianceModel> {
    requireIsoDates({ asOf }, ['asOf']);
    const result = await ctx.loaders.compliance.load(`${id}|${asOf ?? ''}`);
    if (!result) throw DomainException.notFound('Processor');
    return result;
  }

  @Allow('processor.read')
  @Query(() => [ChainNodeModel], { description: 'The chain below a processor, flat (build the tree from parentProcessorId), each node with its status.' })
  async processorChain(@Args() { id, asOf }: ComplianceArgs, @Context() ctx: GqlContext): Promise<ChainNodeModel[]> {
    requireIsoDates({ asOf }, ['asOf']);
    return this.compliance.chainOf(id, asOf ?? null, ctx.req.locale);
  }
}
