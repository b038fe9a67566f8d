import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SubprocessorAuthorisation } from '@tilsyn/domain';
import { SubprocessorAuthorisationEnum } from '../../graphql/enums.js';
import { LinkFindingModel } from '../compliance/rules.model.js';

@ObjectType('SubprocessorLink', { description: 'A processor engaged a sub-processor (Art. 28(2), 28(4)).' })
export class SubprocessorLinkModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The processor that engaged it.' })
  processorId: string;

  @Field(() => ID)
  subprocessorId: string;

  @Field(() => SubprocessorAuthorisationEnum, { description: "The authorisation regime of the DPA above it." })
  regime: SubprocessorAuthorisation;

  @Field(() => Int, { nullable: true, description: 'GENERAL: days we have to object after being notified.' })
  noticeDays: number | null;

  @Field(() => String, { nullable: true, description: 'When the processor notified us (YYYY-MM-DD).' })
  notifiedOn: string | null;

  @Field(() => String, { nullable: true })
  objectedOn: string | null;

  @Field(() => String, { nullable: true })
  objectionReason: string | null;

  @Field(() => String, { nullable: true })
  approvedOn: string | null;

  @Field(() => String, { nullable: true, description: 'When the sub-processor first processed our data.' })
  firstUsedOn: string | null;

  @Field(() => Int)
  version: number;

  @Field({ description: 'Authorised today.' })
  authorised: boolean;

  @Field(() => String, { nullable: true })
  authorisedFrom: string | null;

  @Field(() => String, { nullable: true })
  objectionDeadline: string | null;

  @Field(() => [LinkFindingModel], { description: 'Findings about the link today.' })
  findings: LinkFindingModel[];
}
