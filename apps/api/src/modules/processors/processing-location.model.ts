import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { LocationKind } from '@tilsyn/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LOCATION_KINDS } from '@tilsyn/domain';
import { LocationKindEnum } from '../../graphql/enums.js';

@ObjectType('ProcessingLocation', { description: 'A country where the processor stores data or reaches it from.' })
export class ProcessingLocationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country: string;

  @Field(() => LocationKindEnum)
  kind: LocationKind;

  @Field(() => String, { nullable: true, description: 'What happens there, e.g. "support desk with remote access".' })
  description: string | null;
}

@InputType('ProcessingLocationInput')
export class ProcessingLocationInput {
  @Field()
  @IsString()
  @MaxLength(10)
  country: string;

  @Field(() => LocationKindEnum)
  @IsIn(LOCATION_KINDS)
  kind: LocationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { context: { max: 500 } })
  description?: string | null;
}
