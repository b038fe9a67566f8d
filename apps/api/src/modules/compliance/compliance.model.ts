import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DpaGapCode, FindingSeverity, ProcessorStatus } from '@tilsyn/domain';
import { ClauseCodeEnum, FindingSeverityEnum, ProcessorFindingCodeEnum, ProcessorStatusEnum } from '../../graphql/enums.js';

@ObjectType('Finding', { description: 'Why a processor is not (fully) lawful to use on the date asked.' })
export class FindingModel {
  @Field(() => ProcessorFindingCodeEnum)
  code: string;

  @Field(() => FindingSeverityEnum)
  severity: FindingSeverity;

  @Field({ description: 'The provision it rests on.' })
  article: string;

  @Field({ description: "The finding as a sentence in the caller's language." })
  message: string;

  @Field()
  messageDa: string;

  @Field()
  messageEn: string;

  @Field(() => ID, { description: 'The processor the finding is about.' })
  processorId: string;

  @Field({ description: 'Its name.' })
  processorName: string;

  @Field(() => [ID], { description: 'Processor ids from the assessed processor down to this one.' })
  path: string[];

  @Field(() => [String], { description: 'The same path as names.' })
  pathNames: string[];

  @Field(() => ID, { nullable: true })
  agreementId?: string | null;

  @Field(() => ID, { nullable: true })
  linkId?: string | null;

  @Field(() => [ClauseCodeEnum], { nullable: true, description: 'DPA_INCOMPLETE: exactly the missing catalogue items.' })
  gaps?: DpaGapCode[] | null;

  @Field(() => ID, { nullable: true, description: 'A transfer finding: the recorded transfer.' })
  transferId?: string | null;

  @Field(() => String, { nullable: true, description: 'A transfer finding: the destination country (also for a location with no transfer recorded).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'What would put it right, in the caller\'s language.' })
  remedy?: string | null;

  @Field(() => String, { nullable: true })
  remedyDa?: string | null;

  @Field(() => String, { nullable: true })
  remedyEn?: string | null;
}

@ObjectType('ProcessorCompliance', { description: 'Status and findings of a processor and its chain on a date.' })
export class ProcessorComplianceModel {
  @Field({ description: 'The date assessed (YYYY-MM-DD).' })
  asOf: string;

  @Field(() => ProcessorStatusEnum)
  status: ProcessorStatus;

  @Field(() => [FindingModel], { description: 'Findings about the processor itself.' })
  own: FindingModel[];

  @Field(() => [FindingModel], { description: 'Findings from every processor below it, each with its path.' })
  below: FindingModel[];
}

@ObjectType('ChainNode', { description: 'One processor in a chain, flat: build the tree from parentProcessorId.' })
export class ChainNodeModel {
  @Field(() => ID)
  processorId: string;

  @Field()
  name: string;

  @Field()
  establishmentCountry: string;

  @Field(() => ID, { nullable: true, description: 'The processor above it; null at the root.' })
  parentProcessorId: string | null;

  @Field(() => ID, { nullable: true, description: 'The link from the parent.' })
  linkId: string | null;

  @Field(() => Int, { description: '0 at the root.' })
  depth: number;

  @Field(() => [ID])
  path: string[];

  @Field(() => [String])
  pathNames: string[];

  @Field(() => ProcessorStatusEnum, { description: 'Status of this node with everything below it.' })
  status: ProcessorStatus;

  @Field(() => [FindingModel], { description: 'Findings about this node: its own and those of the link from its parent.' })
  findings: FindingModel[];
}
