import { Field, ObjectType } from '@nestjs/graphql';
import type { AgreementStatus, DpaGapCode, FindingSeverity } from '@tilsyn/domain';
import { AgreementStatusEnum, ClauseCodeEnum, FindingSeverityEnum, ProcessorFindingCodeEnum } from '../../graphql/enums.js';

@ObjectType('AgreementAssessment', { description: 'What the rules say about a DPA version on a date.' })
export class AgreementAssessmentModel {
  @Field(() => AgreementStatusEnum)
  status: AgreementStatus;

  @Field(() => [ClauseCodeEnum], { description: 'Catalogue items not PRESENT: exactly what the DPA lacks.' })
  gaps: DpaGapCode[];

  @Field({ description: 'Signed, effective, not ended, not terminated on the date.' })
  inForce: boolean;

  @Field(() => String, { nullable: true })
  reviewDueOn: string | null;

  @Field()
  reviewOverdue: boolean;
}

@ObjectType('LinkFinding')
export class LinkFindingModel {
  @Field(() => ProcessorFindingCodeEnum)
  code: string;

  @Field(() => FindingSeverityEnum)
  severity: FindingSeverity;
}

@ObjectType('SubprocessorLinkAssessment', { description: 'Is the sub-processor authorised on the date, and from when (Art. 28(2)).' })
export class SubprocessorLinkAssessmentModel {
  @Field()
  authorised: boolean;

  @Field(() => String, { nullable: true, description: 'From this day it counts (or will count) as authorised.' })
  authorisedFrom: string | null;

  @Field(() => String, { nullable: true, description: 'GENERAL: the day silence becomes authorisation.' })
  objectionDeadline: string | null;

  @Field()
  inUse: boolean;

  @Field(() => [LinkFindingModel])
  findings: LinkFindingModel[];
}

@ObjectType('ClauseCatalogueItem', { description: 'What a DPA must contain, item by item (Art. 28(3), 28(9)).' })
export class ClauseCatalogueItemModel {
  @Field(() => ClauseCodeEnum)
  code: string;

  @Field()
  article: string;

  @Field({ description: 'PREAMBLE, STIPULATION or FORM.' })
  group: string;

  @Field()
  titleDa: string;

  @Field()
  titleEn: string;

  @Field()
  explanationDa: string;

  @Field()
  explanationEn: string;
}
