import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { HEAVY_WORK } from '../../common/clock.js';
import type { HeavyWorkLimiter } from '../../common/heavy-work.js';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import type { GqlContext } from '../../graphql/context.js';
import { AuditEventModel } from '../audit/audit-event.model.js';
import { AssessTransferArgs, CreateTransferArgs, TransferAsOfArgs, TransferListArgs, UpdateTransferArgs } from './dto/transfer.args.js';
import { TiaModel } from './tia.model.js';
import { SuggestedTransferModel, TransferAssessmentModel, TransferDocumentModel, TransferMapCountryModel, TransferModel } from './transfer.model.js';
import { TransfersService } from './transfers.service.js';

@Resolver(() => TransferModel)
export class TransfersResolver {
  constructor(
    private readonly transfers: TransfersService,
    @Inject(HEAVY_WORK) private readonly heavy: HeavyWorkLimiter,
  ) {}

  @Allow('transfer.read')
  @Query(() => TransferModel, { name: 'Transfer', nullable: true })
  transfer(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.transfers.get(meta, id);
  }

  @Allow('transfer.read')
  @Query(() => [TransferModel], {
    name: 'allTransfers',
    description: 'The transfer register: paginated, sortable, filterable by status, finding, country, tool, exporter and importer.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  allTransfers(@Meta() meta: RequestMeta, @Args() args: TransferListArgs) {
    return this.transfers.list(meta, args);
  }

  @Allow('transfer.read')
  @Query(() => ListMetadata, { name: '_allTransfersMeta' })
  async allTransfersMeta(@Meta() meta: RequestMeta, @Args() args: TransferListArgs): Promise<ListMetadata> {
    return { count: await this.transfers.count(meta, args.filter) };
  }

  @Allow('transfer.read')
  @Query(() => TransferAssessmentModel, { description: 'The rule engine on a transfer as typed (stored or not) on asOf; writes nothing. Same function as stored transfers and roll-ups.' })
  assessTransfer(@Meta() meta: RequestMeta, @Args() args: AssessTransferArgs) {
    return this.transfers.assessStateless(meta, args);
  }

  @Allow('transfer.read')
  @Query(() => [SuggestedTransferModel], { description: 'Third-country processing locations with no transfer recorded: the transfers that must exist.' })
  suggestedTransfers(@Meta() meta: RequestMeta) {
    return this.transfers.suggested(meta);
  }

  @Allow('transfer.read')
  @Query(() => [TransferMapCountryModel], {
    // Every transfer assessed on a day: heavy work, priced and queued like the dashboard's charts.
    complexity: 500,
    description: 'Where the data goes, each destination with the worst status of its transfers on asOf.',
  })
  transferMap(@Meta() meta: RequestMeta, @Args() { asOf }: TransferAsOfArgs) {
    return this.heavy.run(() => this.transfers.map(meta, asOf ?? null));
  }

  @Allow('transfer.write')
  @Mutation(() => TransferModel, { description: 'Records a transfer (one hop).' })
  createTransfer(@Meta() meta: RequestMeta, @Args() args: CreateTransferArgs) {
    return this.transfers.create(meta, args);
  }

  @Allow('transfer.write')
  @Mutation(() => TransferModel, { description: 'Changes a transfer; CONFLICT on a stale version.' })
  updateTransfer(@Meta() meta: RequestMeta, @Args() args: UpdateTransferArgs) {
    return this.transfers.update(meta, args);
  }

  @Allow('transfer.write')
  @Mutation(() => TransferModel, { description: 'Removes a transfer recorded by mistake (set endedOn for one that stopped).' })
  deleteTransfer(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.transfers.remove(meta, id);
  }

  @Allow('transfer.write')
  @Mutation(() => TransferDocumentModel, { description: 'Removes an evidence document.' })
  deleteTransferDocument(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.transfers.deleteDocument(meta, id);
  }

  @ResolveField(() => TransferAssessmentModel, { description: 'Status, findings with remedies, and past periods without a valid tool, on asOf (today by default).' })
  assessment(@Parent() t: TransferModel, @Meta() meta: RequestMeta, @Args() { asOf }: TransferAsOfArgs) {
    return this.transfers.assessStored(meta, t.id, asOf ?? null);
  }

  @ResolveField(() => [TiaModel], { description: 'Every TIA version covering it, newest first.' })
  tias(@Parent() t: TransferModel, @Context() ctx: GqlContext) {
    return ctx.loaders.transferTias.load(t.id);
  }

  @ResolveField(() => [TransferDocumentModel], { description: 'Evidence documents.' })
  documents(@Parent() t: TransferModel, @Context() ctx: GqlContext) {
    return ctx.loaders.transferDocuments.load(t.id);
  }

  @ResolveField(() => [AuditEventModel], { description: 'Its change log, oldest first.' })
  history(@Parent() t: TransferModel, @Context() ctx: GqlContext) {
    return ctx.loaders.transferHistory.load(t.id);
  }
}
