import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import {
  AdequacyDecisionListArgs,
  CountryIdArgs,
  CountryListArgs,
  CreateAdequacyDecisionArgs,
  PreviewAdequacyDecisionArgs,
  RevokeAdequacyDecisionArgs,
  UpdateAdequacyDecisionArgs,
  UpdateCountryArgs,
  UpdateOrganisationDetailsArgs,
  UpdateOrganisationSettingsArgs,
} from './dto/reference.args.js';
import { AdequacyDecisionChangeModel, AdequacyDecisionModel, CountryChangeModel, CountryModel, OrganisationSettingsModel, TransferStatusChangeModel } from './reference.model.js';
import { ReferenceService } from './reference.service.js';

@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Allow('reference.read')
  @Query(() => [CountryModel], { name: 'allCountries', description: 'ISO 3166-1 countries with EEA membership.', complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, 100) * childComplexity })
  allCountries(@Meta() meta: RequestMeta, @Args() args: CountryListArgs) {
    return this.reference.listCountries(meta, args);
  }

  @Allow('reference.read')
  @Query(() => ListMetadata, { name: '_allCountriesMeta' })
  async allCountriesMeta(@Meta() meta: RequestMeta, @Args() args: CountryListArgs): Promise<ListMetadata> {
    return { count: await this.reference.countCountries(meta, args.filter) };
  }

  @Allow('reference.read')
  @Query(() => CountryModel, { name: 'Country', nullable: true })
  country(@Meta() meta: RequestMeta, @Args() { id }: CountryIdArgs) {
    return this.reference.getCountry(meta, id);
  }

  @Allow('reference.write')
  @Mutation(() => CountryChangeModel, { description: 'Corrects a country (names, EEA membership, notes); re-evaluates its transfers.' })
  updateCountry(@Meta() meta: RequestMeta, @Args() args: UpdateCountryArgs) {
    return this.reference.updateCountry(meta, args);
  }

  @Allow('reference.read')
  @Query(() => [AdequacyDecisionModel], { name: 'allAdequacyDecisions', description: 'Art. 45 decisions, dated and scoped.' })
  allAdequacyDecisions(@Meta() meta: RequestMeta, @Args() args: AdequacyDecisionListArgs) {
    return this.reference.listDecisions(meta, args);
  }

  @Allow('reference.read')
  @Query(() => ListMetadata, { name: '_allAdequacyDecisionsMeta' })
  async allAdequacyDecisionsMeta(@Meta() meta: RequestMeta, @Args() args: AdequacyDecisionListArgs): Promise<ListMetadata> {
    return { count: await this.reference.countDecisions(meta, args.filter) };
  }

  @Allow('reference.read')
  @Query(() => AdequacyDecisionModel, { name: 'AdequacyDecision', nullable: true })
  adequacyDecision(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.reference.getDecision(meta, id);
  }

  @Allow('reference.write')
  @Query(() => [TransferStatusChangeModel], { description: 'Before saving: the transfers whose status today would change. Writes nothing.' })
  previewAdequacyDecisionChange(@Meta() meta: RequestMeta, @Args() args: PreviewAdequacyDecisionArgs) {
    return this.reference.previewDecision(meta, args.id ?? null, args.input);
  }

  @Allow('reference.write')
  @Mutation(() => AdequacyDecisionChangeModel, { description: 'Records a new adequacy decision; re-evaluates and lists the transfers it changes.' })
  createAdequacyDecision(@Meta() meta: RequestMeta, @Args() args: CreateAdequacyDecisionArgs) {
    return this.reference.createDecision(meta, args.input);
  }

  @Allow('reference.write')
  @Mutation(() => AdequacyDecisionChangeModel, { description: 'Changes an adequacy decision; CONFLICT on a stale version.' })
  updateAdequacyDecision(@Meta() meta: RequestMeta, @Args() args: UpdateAdequacyDecisionArgs) {
    return this.reference.updateDecision(meta, args.id, args.version, args.input);
  }

  @Allow('reference.write')
  @Mutation(() => AdequacyDecisionChangeModel, { description: 'Art. 45(5): the decision stops covering transfers from revokedOn.' })
  revokeAdequacyDecision(@Meta() meta: RequestMeta, @Args() args: RevokeAdequacyDecisionArgs) {
    return this.reference.revokeDecision(meta, args.id, args.version, args.revokedOn);
  }

  @Allow('reference.read')
  @Query(() => OrganisationSettingsModel)
  organisationSettings(@Meta() meta: RequestMeta) {
    return this.reference.getSettings(meta);
  }

  @Allow('reference.write')
  @Mutation(() => OrganisationSettingsModel, { description: 'Changes the policy; re-evaluates and lists the transfers it changes.' })
  updateOrganisationSettings(@Meta() meta: RequestMeta, @Args() args: UpdateOrganisationSettingsArgs) {
    return this.reference.updateSettings(meta, args.version, args.guaranteesForEveryTransfer);
  }

  @Allow('records.write')
  @Mutation(() => OrganisationSettingsModel, { description: "Art. 30(1)(a): the controller's name and contact details, the DPO, joint controllers and the general security measures the records name." })
  updateOrganisationDetails(@Meta() meta: RequestMeta, @Args() args: UpdateOrganisationDetailsArgs) {
    return this.reference.updateDetails(meta, args);
  }
}
