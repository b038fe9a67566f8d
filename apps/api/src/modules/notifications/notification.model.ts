import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('Notification', { description: 'A message to the signed-in user in the app.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. ADEQUACY_CHANGE.' })
  kind: string;

  @Field({ description: 'The kind of record it is about, e.g. AdequacyDecision.' })
  subjectType: string;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field({ description: "The title in the caller's language." })
  title: string;

  @Field()
  titleDa: string;

  @Field()
  titleEn: string;

  @Field(() => GraphQLJSONObject, { description: 'Ids and codes only, never personal data.' })
  details: Record<string, unknown>;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}
