import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import {
  ApproveReviewArgs,
  CreateReviewArgs,
  OverrideRiskArgs,
  ReminderListArgs,
  SinkMailListArgs,
  ReviewListArgs,
  ReviewVersionArgs,
  SendBackReviewArgs,
  SetTestClockArgs,
  UpdateCadenceArgs,
  UpdateReminderSettingsArgs,
  UpdateReviewArgs,
} from './dto/review.args.js';
import { DashboardModel, ProcessorRiskModel, ReminderModel, ReminderSettingsModel, RenewalModel, ReviewDocumentModel, ReviewModel, SinkMailModel, SupervisionCadenceModel } from './review.model.js';
import { sinkMailsFor } from '../mail/sink-redaction.js';
import { RemindersService } from './reminders.service.js';
import { ReviewsService } from './reviews.service.js';
import { SupervisionService } from './supervision.service.js';

/** Reviews, risk, cadence, reminders, renewals and the dashboard (issue 5). Thin: one service call each. */
@Resolver(() => ReviewModel)
export class ReviewsResolver {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly supervision: SupervisionService,
    private readonly reminders: RemindersService,
  ) {}

  @Allow('review.read')
  @Query(() => ReviewModel, { name: 'Review', nullable: true })
  review(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string) {
    return this.reviews.get(meta, id);
  }

  @Allow('review.read')
  @Query(() => [ReviewModel], { name: 'allReviews' })
  allReviews(@Meta() meta: RequestMeta, @Args() args: ReviewListArgs) {
    return this.reviews.list(meta, args);
  }

  @Allow('review.read')
  @Query(() => ListMetadata, { name: '_allReviewsMeta' })
  async allReviewsMeta(@Meta() meta: RequestMeta, @Args() args: ReviewListArgs): Promise<ListMetadata> {
    return { count: await this.reviews.count(meta, args.filter) };
  }

  @Allow('review.write')
  @Mutation(() => ReviewModel, { description: 'Plans a review by hand (the daily planning creates the usual ones).' })
  async createReview(@Meta() meta: RequestMeta, @Args() args: CreateReviewArgs) {
    return this.reviews.create(meta, await this.supervision.withSupervisionDefaults(args));
  }

  @Allow('review.write')
  @Mutation(() => ReviewModel, { description: 'Edits an open review: assignee, due date, checklist, findings, actions, outcome. The editor becomes an author.' })
  updateReview(@Meta() meta: RequestMeta, @Args() args: UpdateReviewArgs) {
    return this.reviews.update(meta, args);
  }

  @Allow('review.write')
  @Mutation(() => ReviewModel, { description: 'Marks an open review as being worked on.' })
  startReview(@Meta() meta: RequestMeta, @Args() args: ReviewVersionArgs) {
    return this.reviews.start(meta, args);
  }

  @Allow('review.write')
  @Mutation(() => ReviewModel, { description: 'Sends the review for approval once the checklist, outcome and (for supervision) evidence are complete.' })
  submitReview(@Meta() meta: RequestMeta, @Args() args: ReviewVersionArgs) {
    return this.reviews.submit(meta, args);
  }

  @Allow('review.approve')
  @Mutation(() => ReviewModel, { description: 'Approves a submitted review (never one you wrote): it is completed, frozen, and the next one is scheduled from today.' })
  approveReview(@Meta() meta: RequestMeta, @Args() args: ApproveReviewArgs) {
    return this.reviews.approve(meta, args);
  }

  @Allow('review.approve')
  @Mutation(() => ReviewModel, { description: 'Sends a submitted review back to its authors with comments.' })
  sendBackReview(@Meta() meta: RequestMeta, @Args() args: SendBackReviewArgs) {
    return this.reviews.sendBack(meta, args);
  }

  @Allow('review.write')
  @Mutation(() => ReviewDocumentModel, { description: 'Removes an evidence document from an open review.' })
  deleteReviewDocument(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string) {
    return this.reviews.deleteDocument(meta, id);
  }

  @Allow('review.write')
  @Mutation(() => Int, { description: 'Runs the planning now (it also runs daily): returns how many reviews were created.' })
  planReviews(@Meta() meta: RequestMeta) {
    return this.supervision.planNow(meta);
  }

  @Allow('review.read')
  @Query(() => ProcessorRiskModel, { description: "A processor's risk with its breakdown and supervision cadence." })
  processorRisk(@Meta() meta: RequestMeta, @Args('processorId', { type: () => ID }, new ParseUUIDPipe()) processorId: string) {
    return this.supervision.risk(meta, processorId);
  }

  @Allow('review.read')
  @Query(() => [ProcessorRiskModel], { description: 'Every processor with its risk level.' })
  processorRisks() {
    return this.supervision.risks(null);
  }

  @Allow('review.approve')
  @Mutation(() => ProcessorRiskModel, { description: "Overrides a processor's computed risk level with a reason (audited); a null level removes the override." })
  overrideProcessorRisk(@Meta() meta: RequestMeta, @Args() args: OverrideRiskArgs) {
    return this.supervision.overrideRisk(meta, args);
  }

  @Allow('reference.read')
  @Query(() => [SupervisionCadenceModel], { description: 'Supervision method and interval by risk level.' })
  supervisionCadences() {
    return this.supervision.cadences();
  }

  @Allow('reference.write')
  @Mutation(() => SupervisionCadenceModel)
  updateSupervisionCadence(@Meta() meta: RequestMeta, @Args() args: UpdateCadenceArgs) {
    return this.supervision.updateCadence(meta, args);
  }

  @Allow('agreement.read')
  @Query(() => [RenewalModel], { description: 'DPAs whose end date approaches, or whose yearly review is due.' })
  renewals(@Meta() meta: RequestMeta) {
    return this.supervision.renewals(meta);
  }

  @Allow('review.read')
  @Query(() => DashboardModel, { description: 'What needs action this week.' })
  dashboard(@Meta() meta: RequestMeta) {
    return this.supervision.dashboard(meta);
  }

  @Allow('review.read')
  @Query(() => [ReminderModel], { name: 'allReminders' })
  allReminders(@Meta() meta: RequestMeta, @Args() args: ReminderListArgs) {
    return this.reminders.list(meta, args);
  }

  @Allow('review.read')
  @Query(() => ListMetadata, { name: '_allRemindersMeta' })
  async allRemindersMeta(@Meta() meta: RequestMeta, @Args() args: ReminderListArgs): Promise<ListMetadata> {
    return { count: await this.reminders.count(meta, args.filter) };
  }

  @Allow('reference.write')
  @Mutation(() => ReminderModel, { description: 'Sends a failed reminder again once the cause is fixed.' })
  retryReminder(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string) {
    return this.reminders.retry(meta, id);
  }

  @Allow('reference.write')
  @Mutation(() => Int, { description: 'Runs the daily reminder scan now: returns how many reminders were new.' })
  runReminderScan(@Meta() meta: RequestMeta) {
    return this.reminders.runScan(meta);
  }

  @Allow('reference.read')
  @Query(() => ReminderSettingsModel)
  reminderSettings(@Meta() meta: RequestMeta) {
    return this.reminders.settings(meta);
  }

  @Allow('reference.write')
  @Mutation(() => ReminderSettingsModel)
  updateReminderSettings(@Meta() meta: RequestMeta, @Args() args: UpdateReminderSettingsArgs) {
    return this.reminders.updateSettings(meta, args);
  }

  @Allow('mail.read')
  @Query(() => [SinkMailModel], { name: 'allSinkMails', description: 'Mail the demo SMTP sink received (demo mode).' })
  async allSinkMails(@Meta() meta: RequestMeta, @Args() args: SinkMailListArgs) {
    // A confirmation link in a kept mail is live: only a role that may see identifiers gets it.
    return sinkMailsFor(meta, await this.reminders.sinkMails(meta, args));
  }

  @Allow('mail.read')
  @Query(() => ListMetadata, { name: '_allSinkMailsMeta' })
  async allSinkMailsMeta(@Meta() meta: RequestMeta, @Args() args: SinkMailListArgs): Promise<ListMetadata> {
    return { count: await this.reminders.sinkMailCount(meta, args.filter) };
  }

  @Allow('reference.write')
  @Mutation(() => Date, { description: 'Test-only (TILSYN_TEST_CLOCK=true, never in production): sets the clock of every process and runs the reminder scan.' })
  setTestClock(@Meta() meta: RequestMeta, @Args() args: SetTestClockArgs) {
    return this.reminders.setTestClock(meta, args.at);
  }
}
