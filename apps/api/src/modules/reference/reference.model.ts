import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AdequacyCondition, AdequacyScope, TransferStatus } from '@tilsyn/domain';
import { AdequacyConditionEnum, AdequacyScopeEnum, TransferStatusEnum } from '../../graphql/enums.js';

@ObjectType('Country', { description: 'ISO 3166-1 country with its names and EEA membership (reference data).' })
export class CountryModel {
  @Field(() => ID, { description: 'The ISO 3166-1 alpha-2 code.' })
  id: string;

  @Field()
  code: string;

  @Field({ description: "Name in the caller's language." })
  name: string;

  @Field()
  nameDa: string;

  @Field()
  nameEn: string;

  @Field({ description: 'EU-27 + IS, LI, NO: no transfer tool is needed inside the EEA.' })
  eeaMember: boolean;

  @Field({ description: 'An adequacy decision is in force for it today (any scope).' })
  adequacyToday: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('AdequacyDecision', { description: 'An Art. 45 adequacy decision: dated, scoped, editable reference data.' })
export class AdequacyDecisionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO 3166-1 alpha-2, or ORG:<KEY> for an international organisation.' })
  jurisdiction: string;

  @Field({ description: "The jurisdiction's name in the caller's language." })
  jurisdictionName: string;

  @Field()
  instrument: string;

  @Field(() => String, { nullable: true })
  adoptedOn: string | null;

  @Field()
  validFrom: string;

  @Field(() => String, { nullable: true })
  validUntil: string | null;

  @Field(() => String, { nullable: true })
  revokedOn: string | null;

  @Field(() => AdequacyScopeEnum)
  scope: AdequacyScope;

  @Field(() => [AdequacyConditionEnum], { description: 'What a recipient must be for a PARTIAL decision to cover it.' })
  conditions: AdequacyCondition[];

  @Field()
  source: string;

  @Field({ description: 'Not yet confirmed against the official text: shown with a "to verify" flag.' })
  toVerify: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field({ description: 'In force today (started, not ended, not revoked).' })
  inForceToday: boolean;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('TransferStatusChange', { description: 'A transfer whose status or findings change (preview) or changed (after saving).' })
export class TransferStatusChangeModel {
  @Field(() => ID)
  transferId: string;

  @Field()
  importerName: string;

  @Field()
  destinationCountry: string;

  @Field(() => TransferStatusEnum)
  before: TransferStatus;

  @Field(() => TransferStatusEnum)
  after: TransferStatus;

  @Field(() => [String])
  findingsBefore: string[];

  @Field(() => [String])
  findingsAfter: string[];

  @Field({ description: 'The first day the change shows: today, or a later date the decision names (e.g. a revocation tomorrow).' })
  effectiveOn: string;
}

@ObjectType('AdequacyDecisionChange', { description: 'The saved decision and the transfers re-evaluated because of it.' })
export class AdequacyDecisionChangeModel {
  @Field(() => AdequacyDecisionModel)
  decision: AdequacyDecisionModel;

  @Field(() => [TransferStatusChangeModel])
  changedTransfers: TransferStatusChangeModel[];

  @Field(() => Int, { description: 'Approved TIAs for the country now marked for re-evaluation.' })
  tiasMarkedForReevaluation: number;
}

@ObjectType('OrganisationSettings', { description: "The organisation's policy choices." })
export class OrganisationSettingsModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Assess the four essential guarantees for every third-country transfer, whatever the tool (default: only Art. 46 tools).' })
  guaranteesForEveryTransfer: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => [TransferStatusChangeModel], { description: 'After a change: the transfers it re-evaluated.' })
  changedTransfers: TransferStatusChangeModel[];

  @Field({ description: 'Art. 30(1)(a): the controller, as the records and erasure notices name us.' })
  organisationName: string;

  @Field({ description: 'Company registration number (CVR).' })
  organisationRegistrationNumber: string;

  @Field({ description: 'Postal address.' })
  organisationAddress: string;

  @Field({ description: 'E-mail for data protection matters.' })
  organisationEmail: string;

  @Field()
  organisationPhone: string;

  @Field({ description: 'The data protection officer (Art. 37–39).' })
  dpoName: string;

  @Field()
  dpoEmail: string;

  @Field()
  dpoPhone: string;

  @Field({ description: 'Joint controllers (Art. 26) and an Art. 27 representative, where there are any.' })
  jointControllers: string;

  @Field({ description: 'Art. 30(1)(g), 30(2)(d): the general description of the Art. 32(1) technical and organisational measures.' })
  securityMeasures: string;
}

@ObjectType('CountryChange', { description: 'The saved country and the transfers re-evaluated because of it.' })
export class CountryChangeModel {
  @Field(() => CountryModel)
  country: CountryModel;

  @Field(() => [TransferStatusChangeModel])
  changedTransfers: TransferStatusChangeModel[];

  @Field(() => Int)
  tiasMarkedForReevaluation: number;
}
