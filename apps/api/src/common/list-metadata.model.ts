import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ListMetadata', { description: 'Total number of rows matching a list filter.' })
export class ListMetadata {
  @Field(() => Int, { description: 'Number of matching rows.' })
  count: number;
}
