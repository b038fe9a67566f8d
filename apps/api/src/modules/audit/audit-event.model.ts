import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One link of the tamper-evident audit chain: who did what, when.' })
export class AuditEventModel {
  @Field(() => ID, { description: 'Event id.' })
  id: string;

  @Field(() => Int, { description: 'Position in the chain, from 1 without gaps.' })
  seq: number;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field({ description: 'USER, TOKEN, SYSTEM or ANONYMOUS.' })
  actorType: string;

  @Field(() => String, { nullable: true, description: 'Id of the user or API token that acted.' })
  actorId: string | null;

  @Field({ description: 'What was done, e.g. processor.update, auth.sign_in_failed, access.denied.' })
  action: string;

  @Field({ description: 'Kind of record acted on, e.g. Processor, User.' })
  entityType: string;

  @Field(() => String, { nullable: true, description: 'Id of the record acted on.' })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'Request id, to match the event with the logs.' })
  requestId: string | null;

  @Field({ description: 'SHA-256 chaining this event to the previous one.' })
  hash: string;

  @Field({ description: 'Hash of the previous event (64 zeros for the first).' })
  previousHash: string;

  /** Loaded with the event by history loaders; otherwise resolved through the details loader. */
  details?: Record<string, unknown> | null;
}

@ObjectType('AuditVerification', { description: 'Result of walking the whole audit chain.' })
export class AuditVerificationModel {
  @Field({ description: 'True when every link holds.' })
  ok: boolean;

  @Field(() => Int, { description: 'Events checked before the first break (all when ok).' })
  checkedEvents: number;

  @Field(() => Int, { nullable: true, description: 'Seq of the first broken link.' })
  firstBrokenSeq?: number | null;

  @Field(() => ID, { nullable: true, description: 'Id of the first broken event, when it still exists.' })
  firstBrokenId?: string | null;

  @Field(() => String, { nullable: true, description: 'SEQUENCE_GAP, PREVIOUS_HASH_MISMATCH, HASH_MISMATCH, DETAILS_MISMATCH or DETAILS_MISSING.' })
  reason?: string | null;
}
