import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProcessorLifecycle, ServiceKind } from '@tilsyn/domain';
import { AuditEventModel } from '../audit/audit-event.model.js';
import { ProcessorLifecycleEnum, ServiceKindEnum } from '../../graphql/enums.js';

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
