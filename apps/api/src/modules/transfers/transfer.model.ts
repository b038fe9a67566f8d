import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CprDisclosureBasis,
  DataCategory,
  DataSubjectCategory,
  DerogationGround,
  EngagementRole,
  FindingSeverity,
  TransferAccessKind,
  TransferFrequency,
  TransferMechanism,
  TransferStatus,
} from '@tilsyn/domain';
import {
  CprDisclosureBasisEnum,
  DataCategoryEnum,
  DataSubjectCategoryEnum,
  DerogationGroundEnum,
  EngagementRoleEnum,
  FindingSeverityEnum,
  TransferAccessKindEnum,
  TransferFindingCodeEnum,
  TransferFrequencyEnum,
  TransferMechanismEnum,
  TransferStatusEnum,
} from '../../graphql/enums.js';
import { AuditEventModel } from '../audit/audit-event.model.js';

@ObjectType('Period', { description: 'A span of days; `to` null: still open.' })
export class PeriodModel {
  @Field()
  from: string;

  @Field(() => String, { nullable: true })
  to: string | null;
}

@ObjectType('TransferFinding', { description: 'Why a transfer is not (fully) lawful on the date asked, and what would fix it.' })
export class TransferFindingModel {
  @Field(() => TransferFindingCodeEnum)
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

  @Field({ description: "What would put it right, in the caller's language." })
  remedy: string;

  @Field()
  remedyDa: string;

  @Field()
  remedyEn: string;

  @Field(() => [PeriodModel], { nullable: true, description: 'PERIOD_WITHOUT_VALID_MECHANISM: the past periods.' })
  periods: PeriodModel[] | null;
}

@ObjectType('TransferAssessment', { description: 'The rule engine on one transfer and one date.' })
export class TransferAssessmentModel {
  @Field()
  asOf: string;

  @Field(() => TransferStatusEnum)
  status: TransferStatus;

  @Field(() => [TransferFindingModel])
  findings: TransferFindingModel[];

  @Field({ description: 'An approved TIA is needed (Art. 46 tools, or every tool under the stricter policy).' })
  tiaRequired: boolean;

  @Field(() => Int, { description: 'The SCC module the roles call for (2021/914).' })
  expectedSccModule: number;

  @Field(() => String, { nullable: true, description: 'The adequacy decision relied on, when one covers it.' })
  adequacyInstrument: string | null;

  @Field(() => ID, { nullable: true })
  adequacyDecisionId: string | null;

  @Field(() => [PeriodModel], { description: 'Every period from the start up to asOf without a valid tool (open or closed).' })
  periodsWithoutValidMechanism: PeriodModel[];
}

@ObjectType('TransferDocument', { description: 'Evidence attached to a transfer.' })
export class TransferDocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  transferId: string;

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

  @Field(() => String, { nullable: true })
  uploadedByName?: string | null;

  @Field(() => ID, { nullable: true })
  uploadedById: string | null;
}

@ObjectType('Transfer', { description: 'One hop of personal data to a third country, or remote access from there (Chapter V).' })
export class TransferModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'NULL: we export; a processor: an onward transfer.' })
  exporterProcessorId: string | null;

  @Field({ description: 'The exporter: "us" in the caller\'s language, or the processor\'s name.' })
  exporterName: string;

  @Field(() => ID)
  importerProcessorId: string;

  @Field()
  importerName: string;

  @Field(() => EngagementRoleEnum)
  importerRole: EngagementRole;

  @Field()
  destinationCountry: string;

  @Field(() => TransferAccessKindEnum)
  accessKind: TransferAccessKind;

  @Field(() => [DataCategoryEnum])
  dataCategories: DataCategory[];

  @Field(() => [DataSubjectCategoryEnum])
  dataSubjectCategories: DataSubjectCategory[];

  @Field(() => TransferFrequencyEnum)
  frequency: TransferFrequency;

  @Field(() => Int, { nullable: true })
  dataSubjectCount: number | null;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true })
  endedOn: string | null;

  @Field(() => TransferMechanismEnum, { nullable: true })
  mechanism: TransferMechanism | null;

  @Field(() => Int, { nullable: true })
  sccModule: number | null;

  @Field(() => String, { nullable: true })
  sccSignedOn: string | null;

  @Field()
  sccDocking: boolean;

  @Field(() => String, { nullable: true })
  sccAnnexNotes: string | null;

  @Field(() => String, { nullable: true })
  bcrAuthority: string | null;

  @Field(() => String, { nullable: true })
  bcrApprovedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Code of conduct, certification, or the ad-hoc clauses\' authorisation.' })
  toolReference: string | null;

  @Field(() => DerogationGroundEnum, { nullable: true })
  derogationGround: DerogationGround | null;

  @Field(() => String, { nullable: true })
  derogationJustification: string | null;

  @Field(() => CprDisclosureBasisEnum, { nullable: true })
  cprDisclosureBasis: CprDisclosureBasis | null;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => TransferStatusEnum, { description: 'Status today.' })
  status: TransferStatus;

  @Field(() => [TransferFindingCodeEnum], { description: 'Finding codes today.' })
  findingCodes: string[];

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => [AuditEventModel], { nullable: true, description: 'Its change log, newest first.' })
  history?: AuditEventModel[];
}

@ObjectType('SuggestedTransfer', { description: 'A third-country location on a processor with no transfer recorded to that country: NO_TRANSFER_TOOL until one is.' })
export class SuggestedTransferModel {
  @Field(() => ID)
  importerProcessorId: string;

  @Field()
  importerName: string;

  @Field(() => ID, { nullable: true, description: 'The processor above it in a chain (the exporter of the onward transfer); NULL when we engage it.' })
  exporterProcessorId: string | null;

  @Field()
  exporterName: string;

  @Field()
  destinationCountry: string;

  @Field(() => TransferAccessKindEnum)
  accessKind: TransferAccessKind;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'NO_TRANSFER_TOOL, or ONWARD_TRANSFER_NO_TOOL further down a chain.' })
  findingCode: string;
}

@ObjectType('TransferMapCountry', { description: 'A destination on the map, coloured by the worst status of its transfers.' })
export class TransferMapCountryModel {
  @Field()
  country: string;

  @Field()
  name: string;

  @Field(() => TransferStatusEnum)
  worstStatus: TransferStatus;

  @Field(() => Int)
  transferCount: number;

  @Field(() => Int, { description: 'Third-country locations with no transfer recorded.' })
  unrecordedCount: number;
}
