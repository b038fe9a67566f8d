import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ESSENTIAL_GUARANTEES, GUARANTEE_RATINGS, MEASURE_KINDS, type EssentialGuarantee, type GuaranteeRating, type MeasureKind, type TiaConclusion, type TiaStatus } from '@tilsyn/domain';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EssentialGuaranteeEnum, GuaranteeRatingEnum, MeasureKindEnum, TiaConclusionEnum, TiaStatusEnum } from '../../graphql/enums.js';

@ObjectType('GuaranteeAssessment', { description: 'One European Essential Guarantee rated, with the reasons.' })
export class GuaranteeAssessmentModel {
  @Field(() => EssentialGuaranteeEnum)
  guarantee: EssentialGuarantee;

  @Field(() => GuaranteeRatingEnum)
  rating: GuaranteeRating;

  @Field(() => String, { nullable: true })
  rationale: string | null;

  @Field(() => String, { nullable: true })
  sources: string | null;
}

@InputType('GuaranteeAssessmentInput')
export class GuaranteeAssessmentInput {
  @Field(() => EssentialGuaranteeEnum) @IsIn(ESSENTIAL_GUARANTEES) guarantee: EssentialGuarantee;
  @Field(() => GuaranteeRatingEnum) @IsIn(GUARANTEE_RATINGS) rating: GuaranteeRating;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000, { context: { max: 10000 } }) rationale?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000, { context: { max: 5000 } }) sources?: string | null;
}

@ObjectType('SupplementaryMeasure')
export class SupplementaryMeasureModel {
  @Field(() => MeasureKindEnum)
  kind: MeasureKind;

  @Field()
  description: string;

  @Field({ description: 'Effective against the risk identified in step 3.' })
  effective: boolean;
}

@InputType('SupplementaryMeasureInput')
export class SupplementaryMeasureInput {
  @Field(() => MeasureKindEnum) @IsIn(MEASURE_KINDS) kind: MeasureKind;
  @Field() @IsString() @MaxLength(5000, { context: { max: 5000 } }) description: string;
  @Field() @IsBoolean() effective: boolean;
}

@ObjectType('Tia', { description: 'A transfer impact assessment version (EDPB Rec. 01/2020 six steps; four eyes).' })
export class TiaModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Shared by every version of this TIA.' })
  seriesId: string;

  @Field(() => Int)
  versionNo: number;

  @Field(() => TiaStatusEnum)
  status: TiaStatus;

  @Field()
  title: string;

  @Field()
  destinationCountry: string;

  @Field(() => ID)
  importerProcessorId: string;

  @Field()
  importerName: string;

  @Field(() => [ID], { description: 'The transfers it covers (same country and importer).' })
  transferIds: string[];

  @Field(() => String, { nullable: true, description: 'Step 1: the circumstances of the transfer.' })
  circumstances: string | null;

  @Field(() => String, { nullable: true, description: 'Step 2: the Art. 46 tool relied on.' })
  toolRelied: string | null;

  @Field(() => String, { nullable: true, description: 'Step 3: laws and practices on public-authority access.' })
  lawsAndPractices: string | null;

  @Field(() => [GuaranteeAssessmentModel])
  guarantees: GuaranteeAssessmentModel[];

  @Field(() => [SupplementaryMeasureModel], { description: 'Step 4.' })
  measures: SupplementaryMeasureModel[];

  @Field(() => String, { nullable: true, description: 'Step 5: procedural steps.' })
  proceduralSteps: string | null;

  @Field(() => TiaConclusionEnum, { nullable: true, description: 'Step 6.' })
  conclusion: TiaConclusion | null;

  @Field(() => String, { nullable: true })
  conclusionRationale: string | null;

  @Field(() => Int, { nullable: true })
  reevaluationMonths: number | null;

  @Field(() => String, { nullable: true, description: 'Approved on + interval.' })
  reevaluateOn: string | null;

  @Field({ description: 'Reference data for its country changed after approval.' })
  reevaluationRequested: boolean;

  @Field(() => String, { nullable: true })
  reevaluationReason: string | null;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => [ID], { description: 'Everyone who wrote in this version (none of them may approve it).' })
  writerIds: string[];

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  approvedById: string | null;

  @Field(() => String, { nullable: true })
  approvedByName: string | null;

  @Field(() => String, { nullable: true })
  approvedOn: string | null;

  @Field(() => String, { nullable: true, description: "The reviewer's comments when sent back." })
  reviewComment: string | null;

  @Field(() => [String], { description: 'What must still be written before it can be submitted (field names).' })
  submissionGaps: string[];

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
