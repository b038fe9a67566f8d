import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CprDisclosureBasis, DataCategory, DataSubjectCategory, DpfStatus, EndOfServiceOutcome, EngagementRole, ErasureChannel, ProcessorLifecycle, ServiceKind } from '@tilsyn/domain';
import { AuditEventModel } from '../audit/audit-event.model.js';
import {
  CprDisclosureBasisEnum,
  DataCategoryEnum,
  DataSubjectCategoryEnum,
  DpfStatusEnum,
  EndOfServiceOutcomeEnum,
  EngagementRoleEnum,
  ErasureChannelEnum,
  ProcessorLifecycleEnum,
  ServiceKindEnum,
} from '../../graphql/enums.js';

@ObjectType('Processor', { description: 'A company that processes personal data for us or for another processor (databehandler).' })
export class ProcessorModel {
  @Field(() => ID, { description: 'Processor id.' })
  id: string;

  @Field({ description: 'Legal name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Company registration number (CVR for Danish companies).' })
  registrationNumber: string | null;

  @Field({ description: 'Country of establishment, ISO 3166-1 alpha-2.' })
  establishmentCountry: string;

  @Field(() => ServiceKindEnum, { description: 'What the processor does for us.' })
  serviceKind: ServiceKind;

  @Field(() => String, { nullable: true, description: 'Privacy contact (DPO or privacy team) at the processor.' })
  privacyContactName: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail of the privacy contact.' })
  privacyContactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https).' })
  website: string | null;

  @Field(() => ProcessorLifecycleEnum, { description: 'Onboarding, active, suspended or offboarded.' })
  lifecycle: ProcessorLifecycle;

  @Field(() => String, { nullable: true, description: 'Internal notes.' })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Fallback contact when the privacy contact does not answer.' })
  fallbackContactName: string | null;

  @Field(() => String, { nullable: true })
  fallbackContactEmail: string | null;

  @Field(() => [DataCategoryEnum], { description: 'Kinds of personal data it holds.' })
  dataCategories: DataCategory[];

  @Field(() => [DataSubjectCategoryEnum], { description: 'Whose data it holds.' })
  dataSubjectCategories: DataSubjectCategory[];

  @Field(() => DpfStatusEnum, { description: 'EU-US Data Privacy Framework certification (US recipients).' })
  dpfStatus: DpfStatus;

  @Field(() => String, { nullable: true, description: 'When the DPF list was last checked (YYYY-MM-DD).' })
  dpfCheckedOn: string | null;

  @Field(() => String, { nullable: true, description: 'First day on the DPF list (YYYY-MM-DD).' })
  dpfCertifiedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day the DPF certification lapsed (YYYY-MM-DD); DPF adequacy stops covering from then.' })
  dpfLapsedOn: string | null;

  @Field({ description: 'Canada: subject to PIPEDA.' })
  subjectToPipeda: boolean;

  @Field({ description: 'Korea: credit information under the FSC (outside the adequacy decision).' })
  fscCreditInformation: boolean;

  @Field({ description: 'A public authority.' })
  publicAuthority: boolean;

  @Field({ description: 'Faroe Islands: a Danish realm authority (outside the adequacy decision).' })
  danishRealmAuthority: boolean;

  @Field(() => ErasureChannelEnum, { description: 'How erasure notices reach it.' })
  erasureChannel: ErasureChannel;

  @Field(() => String, { nullable: true, description: 'E-mail address or https webhook for erasure notices.' })
  erasureAddress: string | null;

  @Field(() => EngagementRoleEnum, { nullable: true, description: 'What it is towards us; null when it is only a sub-processor of another processor.' })
  engagementRole: EngagementRole | null;

  @Field(() => String, { nullable: true })
  engagementPurpose: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  engagementStart: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set at offboarding.' })
  engagementEnd: string | null;

  @Field(() => String, { nullable: true, description: 'User id of the owner.' })
  ownerId: string | null;

  @Field(() => CprDisclosureBasisEnum, { nullable: true, description: 'databeskyttelsesloven §11(2) basis for disclosing CPR numbers to it.' })
  cprDisclosureBasis: CprDisclosureBasis | null;

  @Field(() => String, { nullable: true })
  cprDisclosureJustification: string | null;

  @Field(() => Int, { nullable: true, description: "How many data subjects' data it holds under our engagement (a risk factor)." })
  dataSubjectCount: number | null;

  @Field(() => EndOfServiceOutcomeEnum, { nullable: true, description: 'Art. 28(3)(g) at offboarding.' })
  endOfServiceOutcome: EndOfServiceOutcome | null;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateProcessor.' })
  version: number;

  @Field({ description: 'When the processor was recorded.' })
  createdAt: Date;

  @Field({ description: 'When the processor was last changed.' })
  updatedAt: Date;

  @Field(() => [AuditEventModel], {
    description: 'Every recorded change to this processor, oldest first.',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  history?: AuditEventModel[];
}
