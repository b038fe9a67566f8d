import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/context.js';
import { AuditEventModel } from '../audit/audit-event.model.js';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { CreateTiaArgs, SendBackTiaArgs, TiaListArgs, TiaVersionArgs, UpdateTiaArgs } from './dto/tia.args.js';
import { TiaModel } from './tia.model.js';
import { TiasService } from './tias.service.js';

@Resolver(() => TiaModel)
export class TiasResolver {
  constructor(private readonly tias: TiasService) {}

  @Allow('transfer.read')
  @Query(() => TiaModel, { name: 'Tia', nullable: true })
  tia(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.tias.get(meta, id);
  }

  @Allow('transfer.read')
  @Query(() => [TiaModel], { name: 'allTias', description: 'Transfer impact assessments, every version.' })
  allTias(@Meta() meta: RequestMeta, @Args() args: TiaListArgs) {
    return this.tias.list(meta, args);
  }

  @Allow('transfer.read')
  @Query(() => ListMetadata, { name: '_allTiasMeta' })
  async allTiasMeta(@Meta() meta: RequestMeta, @Args() args: TiaListArgs): Promise<ListMetadata> {
    return { count: await this.tias.count(meta, args.filter) };
  }

  @Allow('tia.write')
  @Mutation(() => TiaModel, { description: 'Starts a TIA (version 1, draft) for transfers to one country and importer.' })
  createTia(@Meta() meta: RequestMeta, @Args() args: CreateTiaArgs) {
    return this.tias.create(meta, args);
  }

  @Allow('tia.write')
  @Mutation(() => TiaModel, { description: 'Edits a draft or sent-back TIA; the editor becomes one of its writers.' })
  updateTia(@Meta() meta: RequestMeta, @Args() args: UpdateTiaArgs) {
    return this.tias.update(meta, args);
  }

  @Allow('tia.write')
  @Mutation(() => TiaModel, { description: 'Sends the TIA to review once all six steps are written.' })
  submitTia(@Meta() meta: RequestMeta, @Args() args: TiaVersionArgs) {
    return this.tias.submit(meta, args);
  }

  @Allow('tia.approve')
  @Mutation(() => TiaModel, { description: 'Approves a submitted TIA; never one you wrote (four eyes). It is then frozen.' })
  approveTia(@Meta() meta: RequestMeta, @Args() args: TiaVersionArgs) {
    return this.tias.approve(meta, args);
  }

  @Allow('tia.approve')
  @Mutation(() => TiaModel, { description: 'Sends a submitted TIA back to its writers with comments.' })
  sendBackTia(@Meta() meta: RequestMeta, @Args() args: SendBackTiaArgs) {
    return this.tias.sendBack(meta, args);
  }

  @Allow('tia.write')
  @Mutation(() => TiaModel, { description: 'Starts the next version of an approved TIA as a draft.' })
  newTiaVersion(@Meta() meta: RequestMeta, @Args() args: TiaVersionArgs) {
    return this.tias.newVersion(meta, args);
  }

  @Allow('tia.write')
  @Mutation(() => TiaModel, { description: 'Removes a draft or sent-back version.' })
  deleteTia(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.tias.remove(meta, id);
  }

  @ResolveField(() => [AuditEventModel], { description: 'Its change log, oldest first.' })
  history(@Parent() tia: TiaModel, @Context() ctx: GqlContext) {
    return ctx.loaders.tiaHistory.load(tia.id);
  }
}
