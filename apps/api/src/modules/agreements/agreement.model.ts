import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgreementStatus, AgreementTemplate, ClauseAssessment, DpaGapCode, SubprocessorAuthorisation } from '@tilsyn/domain';
import { AgreementStatusEnum, AgreementTemplateEnum, ClauseAssessmentEnum, ClauseCodeEnum, SubprocessorAuthorisationEnum } from '../../graphql/enums.js';

@ObjectType('AgreementClause', { description: 'One checklist item of a DPA version, with what the law asks for.' })
export class AgreementClauseModel {
  @Field(() => ClauseCodeEnum)
  code: DpaGapCode;

  @Field(() => ClauseAssessmentEnum)
  assessment: ClauseAssessment;

  @Field(() => String, { nullable: true, description: 'Section or page in the document.' })
  location: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'User id of the assessor.' })
  assessedById: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the assessor (deactivated users included).' })
  assessedByName?: string | null;

  @Field(() => Date, { nullable: true })
  assessedAt: Date | null;

  @Field({ description: 'Copied from the previous version: confirm it against the new text.' })
  needsReconfirmation: boolean;

  @Field()
  article: string;

  @Field()
  titleDa: string;

  @Field()
  titleEn: string;

  @Field()
  explanationDa: string;

  @Field()
  explanationEn: string;
}

@ObjectType('AgreementDocument', { description: 'The signed document: metadata; download at /api/agreements/{id}/document.' })
export class AgreementDocumentModel {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field()
  sha256: string;

  @Field()
  uploadedAt: Date;
}

@ObjectType('Agreement', { description: 'One DPA version with one processor; status derived from dates and checklist.' })
export class AgreementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  processorId: string;

  @Field(() => Int, { description: '1, 2, 3 … per processor.' })
  versionNo: number;

  @Field(() => ID, { nullable: true })
  previousVersionId: string | null;

  @Field(() => AgreementTemplateEnum)
  template: AgreementTemplate;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  signedOn: string | null;

  @Field(() => String, { nullable: true })
  effectiveFrom: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true })
  terminatedOn: string | null;

  @Field(() => String, { nullable: true })
  terminationReason: string | null;

  @Field(() => Int, { nullable: true })
  reviewIntervalMonths: number | null;

  @Field(() => String, { nullable: true })
  lastReviewedOn: string | null;

  @Field(() => SubprocessorAuthorisationEnum, { nullable: true, description: 'The sub-processor option (Clause 7.7).' })
  subprocessorRegime: SubprocessorAuthorisation | null;

  @Field(() => Int, { nullable: true })
  subprocessorNoticeDays: number | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => AgreementStatusEnum, { description: 'Today (Copenhagen).' })
  status: AgreementStatus;

  @Field(() => [ClauseCodeEnum], { description: 'Checklist items not PRESENT.' })
  gaps: DpaGapCode[];

  @Field()
  inForce: boolean;

  @Field(() => String, { nullable: true })
  reviewDueOn: string | null;

  @Field()
  reviewOverdue: boolean;
}
