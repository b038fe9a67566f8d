import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DataCategory, DataSubjectCategory, RetentionTrigger, RetentionUnit } from '@tilsyn/domain';
import { DataCategoryEnum, DataSubjectCategoryEnum, RetentionTriggerEnum, RetentionUnitEnum } from '../../graphql/enums.js';

@ObjectType('RecordProcessor', { description: 'A processor of the register named in a record, by id and name.' })
export class RecordProcessorModel {
  @Field(() => ID, { description: 'Processor id.' })
  id: string;

  @Field({ description: 'Legal name.' })
  name: string;
}

@ObjectType('RetentionRule', { description: 'Art. 30(1)(f): how long data of some categories is kept in an activity, and from when.' })
export class RetentionRuleModel {
  @Field(() => ID, { description: 'Retention rule id.' })
  id: string;

  @Field(() => ID, { description: 'The processing activity it belongs to.' })
  activityId: string;

  @Field({ description: 'What the rule covers, in our own words ("Sagsdata", "Bogføringsbilag").' })
  label: string;

  @Field(() => [DataCategoryEnum], { description: 'The kinds of data it covers (may be empty: the label says it).' })
  dataCategories: DataCategory[];

  @Field(() => Int, { description: 'How many units, 1 to 1200.' })
  period: number;

  @Field(() => RetentionUnitEnum, { description: 'Days, months or years.' })
  unit: RetentionUnit;

  @Field(() => RetentionTriggerEnum, { description: 'What starts the period running.' })
  trigger: RetentionTrigger;

  @Field(() => String, { nullable: true, description: 'Where the period comes from (forældelsesloven §3, bogføringsloven §10, own policy).' })
  legalReference: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateRetentionRule.' })
  version: number;

  @Field({ description: 'When the rule was recorded.' })
  createdAt: Date;

  @Field({ description: 'When the rule was last changed.' })
  updatedAt: Date;
}

@ObjectType('ProcessingActivity', { description: 'A processing activity of ours as controller: one entry of the Art. 30(1) record.' })
export class ProcessingActivityModel {
  @Field(() => ID, { description: 'Processing activity id.' })
  id: string;

  @Field({ description: 'Name of the activity (unique), e.g. "Inddrivelse af fordringer".' })
  name: string;

  @Field({ description: 'Art. 30(1)(b): the purposes of the processing.' })
  purposes: string;

  @Field(() => String, { nullable: true, description: 'Legal basis (Art. 6, and 9, 10 or databeskyttelsesloven §11 where they apply).' })
  legalBasis: string | null;

  @Field(() => [DataSubjectCategoryEnum], { description: 'Art. 30(1)(c): whose data.' })
  dataSubjectCategories: DataSubjectCategory[];

  @Field(() => [DataCategoryEnum], { description: 'Art. 30(1)(c): the kinds of personal data.' })
  dataCategories: DataCategory[];

  @Field(() => [ID], { description: 'Art. 30(1)(d): the processors and recipients of the register it uses.' })
  processorIds: string[];

  @Field(() => String, { nullable: true, description: 'Art. 30(1)(d): recipients outside the register (courts, bailiff, tax authority …).' })
  otherRecipients: string | null;

  @Field(() => String, { nullable: true, description: "Art. 30(1)(g): measures particular to this activity; the organisation's general ones apply as well." })
  securityMeasures: string | null;

  @Field(() => String, { nullable: true, description: 'Internal notes.' })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'The day the activity stopped (YYYY-MM-DD); it is in the record up to and including that day.' })
  endedOn: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateProcessingActivity.' })
  version: number;

  @Field({ description: 'When the activity was recorded.' })
  createdAt: Date;

  @Field({ description: 'When the activity was last changed.' })
  updatedAt: Date;

  @Field(() => [RetentionRuleModel], {
    description: 'Art. 30(1)(f): its retention rules, by label.',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  retentionRules?: RetentionRuleModel[];

  @Field(() => [RecordProcessorModel], {
    description: 'The processors named in processorIds that are in the register, by name.',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  processors?: RecordProcessorModel[];
}

@ObjectType('ClientEngagement', { description: 'A client we act for as processor: one entry of the Art. 30(2) record.' })
export class ClientEngagementModel {
  @Field(() => ID, { description: 'Client engagement id.' })
  id: string;

  @Field({ description: 'Art. 30(2)(a): the controller we act for.' })
  clientName: string;

  @Field(() => String, { nullable: true, description: "The controller's registration number (CVR)." })
  clientRegistrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Address, contact person and e-mail of the controller.' })
  clientContact: string | null;

  @Field(() => String, { nullable: true, description: "The controller's DPO or its Art. 27 representative, where it has one." })
  clientDpoContact: string | null;

  @Field({ description: 'Art. 30(2)(b): the categories of processing carried out for the client.' })
  processingCategories: string;

  @Field(() => [DataSubjectCategoryEnum], { description: 'Whose data.' })
  dataSubjectCategories: DataSubjectCategory[];

  @Field(() => [DataCategoryEnum], { description: 'The kinds of personal data.' })
  dataCategories: DataCategory[];

  @Field(() => [ID], { description: 'Our sub-processors used for this client (Art. 28(2), (4)); their transfers make up Art. 30(2)(c).' })
  processorIds: string[];

  @Field(() => String, { nullable: true, description: 'Art. 30(2)(c): anything about transfers the register does not show.' })
  transfersNote: string | null;

  @Field(() => String, { nullable: true, description: "Art. 30(2)(d): measures particular to this client; the organisation's general ones apply as well." })
  securityMeasures: string | null;

  @Field(() => String, { nullable: true, description: 'The DPA under which we act (its title or reference).' })
  agreementReference: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; in the record up to and including that day.' })
  endedOn: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateClientEngagement.' })
  version: number;

  @Field({ description: 'When the engagement was recorded.' })
  createdAt: Date;

  @Field({ description: 'When the engagement was last changed.' })
  updatedAt: Date;

  @Field(() => [RecordProcessorModel], {
    description: 'The sub-processors named in processorIds that are in the register, by name.',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  processors?: RecordProcessorModel[];
}
