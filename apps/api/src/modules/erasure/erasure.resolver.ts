import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LOCALES, type Locale } from '@tilsyn/domain';
import { Allow } from '../../common/access.decorators.js';
import type { RequestMeta } from '../../common/actor.js';
import { Meta } from '../../common/current.decorators.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import {
  ApproveErasureRequestsArgs,
  ApprovedErasureRequestsModel,
  DecideErasureRequestArgs,
  ErasureDispatchModel,
  ErasureExclusionInput,
  ErasureIdentifiersModel,
  ErasureNoticeListArgs,
  ErasureNoticeModel,
  ErasureNoticeStepArgs,
  ErasureRecipientPreviewModel,
  ErasureRequestListArgs,
  ErasureRequestModel,
  ErasureSettingsModel,
  ExtendErasureDeadlineArgs,
  FiledErasureRequestsModel,
  FileErasureRequestArgs,
  FileErasureRequestsArgs,
  RecordErasureAnswerArgs,
  SettleErasureNoticeArgs,
  UpdateErasureSettingsArgs,
} from './erasure.model.js';
import { ErasureService } from './erasure.service.js';

@Resolver(() => ErasureRequestModel)
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

  @Allow('erasure.read')
  @Query(() => [ErasureRequestModel], { name: 'allErasureRequests' })
  allErasureRequests(@Meta() meta: RequestMeta, @Args() args: ErasureRequestListArgs) {
    return this.erasure.list(meta, args);
  }

  @Allow('erasure.read')
  @Query(() => ListMetadata, { name: '_allErasureRequestsMeta' })
  async allErasureRequestsMeta(@Meta() meta: RequestMeta, @Args() args: ErasureRequestListArgs): Promise<ListMetadata> {
    return { count: await this.erasure.count(meta, args.filter) };
  }

  @Allow('erasure.read')
  @Query(() => ErasureRequestModel, { name: 'ErasureRequest' })
  erasureRequest(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }) id: string) {
    return this.erasure.get(meta, id);
  }

  @Allow('erasure.read')
  @ResolveField(() => [ErasureDispatchModel], { description: 'The messages that carried this request’s notices: the evidence of who was told when.' })
  messages(@Meta() meta: RequestMeta, @Parent() request: ErasureRequestModel) {
    return this.erasure.dispatches(meta, request.id);
  }

  @Allow('erasure.read')
  @Query(() => ErasureRecipientPreviewModel, { description: 'Who would be told of the erasure and why, and who not and why. Writes nothing.' })
  erasureRecipientPreview(
    @Meta() meta: RequestMeta,
    @Args('id', { type: () => ID }) id: string,
    @Args('exclusions', { type: () => [ErasureExclusionInput], nullable: true }) exclusions?: ErasureExclusionInput[] | null,
  ) {
    return this.erasure.preview(meta, id, exclusions ?? []);
  }

  @Allow('erasure.read')
  @Query(() => String, { description: 'Art. 19, last sentence: the recipients told of the erasure, as a text for the person (da or en). Audited.' })
  erasureRecipientStatement(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }) id: string, @Args('locale', { type: () => String, defaultValue: 'da' }) locale: string) {
    return this.erasure.statement(meta, id, ((LOCALES as readonly string[]).includes(locale) ? locale : 'da') as Locale);
  }

  @Allow('erasure.file')
  @Mutation(() => ErasureRequestModel, { description: 'Files an erasure request (staff, or the case system with an API token). An idempotency key makes a repeated call create nothing new.' })
  fileErasureRequest(@Meta() meta: RequestMeta, @Args() args: FileErasureRequestArgs) {
    return this.erasure.file(meta, args);
  }

  @Allow('erasure.file')
  @Mutation(() => FiledErasureRequestsModel, { description: 'Files many requests in one call (retention erasure of closed cases): all or none; errors name the item (requests.3.cpr).' })
  fileErasureRequests(@Meta() meta: RequestMeta, @Args() args: FileErasureRequestsArgs) {
    return this.erasure.fileMany(meta, args.requests);
  }

  @Allow('erasure.decide')
  @Mutation(() => ErasureRequestModel, { description: 'Approves (wholly or partly) or refuses a request; an approval writes one notice per recipient at once.' })
  decideErasureRequest(@Meta() meta: RequestMeta, @Args() args: DecideErasureRequestArgs) {
    return this.erasure.decide(meta, args);
  }

  @Allow('erasure.decide')
  @Mutation(() => ApprovedErasureRequestsModel, { description: 'Approves many received requests at once; their notices go out as one digest per recipient.' })
  approveErasureRequests(@Meta() meta: RequestMeta, @Args() args: ApproveErasureRequestsArgs) {
    return this.erasure.approveMany(meta, args.ids, args.reasoning ?? null);
  }

  @Allow('erasure.identifiers')
  @Mutation(() => ErasureIdentifiersModel, { description: "Shows the person's identifiers in clear. A mutation because every viewing is recorded in the audit trail." })
  revealErasureIdentifiers(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }) id: string) {
    return this.erasure.reveal(meta, id);
  }

  @Allow('erasure.read')
  @Query(() => [ErasureNoticeModel], { name: 'allErasureNotices' })
  allErasureNotices(@Meta() meta: RequestMeta, @Args() args: ErasureNoticeListArgs) {
    return this.erasure.listNotices(meta, args);
  }

  @Allow('erasure.read')
  @Query(() => ListMetadata, { name: '_allErasureNoticesMeta' })
  async allErasureNoticesMeta(@Meta() meta: RequestMeta, @Args() args: ErasureNoticeListArgs): Promise<ListMetadata> {
    return { count: await this.erasure.countNotices(meta, args.filter) };
  }

  @Allow('erasure.decide')
  @Mutation(() => ErasureRequestModel, { description: 'Art. 12(3): extends the deadline to answer the person by one or two months in all, with the reason; only within the first month.' })
  extendErasureDeadline(@Meta() meta: RequestMeta, @Args() args: ExtendErasureDeadlineArgs) {
    return this.erasure.extendDeadline(meta, args);
  }

  @Allow('erasure.decide')
  @Mutation(() => ErasureRequestModel, { description: 'Art. 19: records that telling this recipient is impossible or disproportionate, with the reason.' })
  exceptErasureNotice(@Meta() meta: RequestMeta, @Args() args: SettleErasureNoticeArgs) {
    return this.erasure.settleNotice(meta, args, 'EXCEPTION');
  }

  @Allow('erasure.decide')
  @Mutation(() => ErasureRequestModel, { description: 'Cancels a notice that is not answered yet, with the reason.' })
  cancelErasureNotice(@Meta() meta: RequestMeta, @Args() args: SettleErasureNoticeArgs) {
    return this.erasure.settleNotice(meta, args, 'CANCEL');
  }

  @Allow('erasure.file')
  @Mutation(() => ErasureRequestModel, { description: 'Records an answer had by other means (MANUAL recipients, a call, a letter).' })
  recordErasureNoticeAnswer(@Meta() meta: RequestMeta, @Args() args: RecordErasureAnswerArgs) {
    return this.erasure.recordAnswer(meta, args);
  }

  @Allow('erasure.file')
  @Mutation(() => ErasureRequestModel, { description: 'A MANUAL recipient has been contacted: the notice is sent and follow-up starts.' })
  recordErasureNoticeSent(@Meta() meta: RequestMeta, @Args() args: ErasureNoticeStepArgs) {
    return this.erasure.recordSent(meta, args);
  }

  @Allow('erasure.file')
  @Mutation(() => ErasureRequestModel, { description: 'Sends a FAILED notice again (after its address was corrected), in a new message.' })
  retryErasureNotice(@Meta() meta: RequestMeta, @Args() args: ErasureNoticeStepArgs) {
    return this.erasure.requeue(meta, args);
  }

  @Allow('erasure.file')
  @Mutation(() => Int, {
    description: 'A bounce report (DSN, the raw message) that arrived after a notice was accepted: matched by VERP return path or Message-ID; a permanent failure moves the notices to the fallback contact or fails them with an alert. Returns the notices affected.',
  })
  reportErasureBounce(@Meta() meta: RequestMeta, @Args('message', { type: () => String }) message: string) {
    return this.erasure.reportBounce(meta, message);
  }

  @Allow('processor.write')
  @Mutation(() => String, { description: "A new secret for the processor's erasure webhook (HMAC-SHA256 both ways). Shown once; the old one stops working." })
  rotateErasureWebhookSecret(@Meta() meta: RequestMeta, @Args('processorId', { type: () => ID }) processorId: string) {
    return this.erasure.rotateWebhookSecret(meta, processorId);
  }

  @Allow('erasure.read')
  @Query(() => ErasureSettingsModel)
  erasureSettings(@Meta() meta: RequestMeta) {
    return this.erasure.settings(meta);
  }

  @Allow('reference.write')
  @Mutation(() => ErasureSettingsModel)
  updateErasureSettings(@Meta() meta: RequestMeta, @Args() args: UpdateErasureSettingsArgs) {
    return this.erasure.updateSettings(meta, args);
  }

  @Allow('reference.write')
  @Mutation(() => Int, { description: 'Runs the erasure follow-up now (reminders and escalations due); returns the messages created.' })
  runErasureFollowUp(@Meta() meta: RequestMeta) {
    return this.erasure.runFollowUp(meta);
  }
}

