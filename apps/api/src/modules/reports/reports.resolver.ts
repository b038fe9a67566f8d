import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.decorators.js';
import { metaOf } from '../../common/actor.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import type { GqlContext } from '../../graphql/context.js';
import { ReportRunListArgs } from './dto/report-runs.args.js';
import { ReportRunModel } from './report-run.model.js';
import { ReportsService } from './reports.service.js';

/** The history of produced reports; the files themselves come from GET /api/reports/… */
@Resolver(() => ReportRunModel)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Allow('report.produce')
  @Query(() => ReportRunModel, { name: 'ReportRun', nullable: true })
  reportRun(@Args() { id }: IdArgs, @Context() ctx: GqlContext) {
    return this.reports.findRun(metaOf(ctx.req), id);
  }

  @Allow('report.produce')
  @Query(() => [ReportRunModel], {
    name: 'allReportRuns',
    description: 'Produced reports, newest first; filter by sha256 to check a file handed over is unchanged.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  allReportRuns(@Args() args: ReportRunListArgs, @Context() ctx: GqlContext) {
    return this.reports.listRuns(metaOf(ctx.req), args);
  }

  @Allow('report.produce')
  @Query(() => ListMetadata, { name: '_allReportRunsMeta' })
  async allReportRunsMeta(@Args() args: ReportRunListArgs, @Context() ctx: GqlContext): Promise<ListMetadata> {
    return { count: await this.reports.countRuns(metaOf(ctx.req), args.filter) };
  }

  @ResolveField(() => String, { nullable: true })
  async producedByName(@Parent() run: ReportRunModel, @Context() ctx: GqlContext): Promise<string | null> {
    if (!run.actorId || run.actorType !== 'USER') return null;
    return ctx.loaders.actorNames.load(run.actorId);
  }
}
