import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: 'Record id.' })
  @IsUUID('all')
  id: string;
}
